package io.newsflow.sink.subscription;

/**
 * One article bound for a file or webhook: its id, the bytes to deliver, and the enriched record as
 * read with where it was read, for the dead letter if it cannot be delivered.
 */
record Delivery(
    String id, byte[] payload, byte[] original, String topic, int partition, long offset) {}
