package io.newsflow.enrich.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A story waiting for its band votes: the raw record it is read again from (microseconds) and its
 * headers, which name where it came from should it be dead-lettered later. Stored as bytes, the raw
 * record as it came (JSON would inflate it by a third, past the record limit an article may reach
 * on the raw topic): the headers, then the record.
 */
record Awaiting(byte[] raw, Headers headers) {
  static final Serde<Awaiting> SERDE =
      Serdes.serdeFrom(
          (topic, waiting) -> waiting == null ? null : waiting.bytes(),
          (topic, bytes) -> bytes == null ? null : read(bytes));

  private byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 256);
    try (DataOutputStream data = new DataOutputStream(out)) {
      Header[] all = headers.toArray();
      data.writeInt(all.length);
      for (Header header : all) {
        data.writeUTF(header.key());
        byte[] value = header.value();
        data.writeInt(value == null ? -1 : value.length);
        if (value != null) {
          data.write(value);
        }
      }
      data.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Awaiting read(byte[] bytes) {
    try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes))) {
      RecordHeaders headers = new RecordHeaders();
      for (int count = data.readInt(); count > 0; count--) {
        String key = data.readUTF();
        int length = data.readInt();
        headers.add(key, length < 0 ? null : data.readNBytes(length));
      }
      return new Awaiting(data.readAllBytes(), headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
