package io.newsflow.enrich.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TabRowsTest {
  @Test
  void skipsBlankLinesAndCommentsAndSplitsAtEveryTab() {
    TabRows rows =
        TabRows.of("# a comment\n\nword\t0.5\r\n  \t \nkind\tnew york\t\tlast\n#x\tno\n");
    List<String> seen = new ArrayList<>();
    while (rows.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < rows.fields(); i++) {
        fields.add(rows.text(i));
      }
      seen.add(String.join("|", fields));
    }
    assertThat(seen).containsExactly("word|0.5", "kind|new york||last");
    assertThat(TabRows.of("# a comment\n\nword\t0.5\r\n  \t \nkind\tnew york\n").count())
        .isEqualTo(2);
  }

  @Test
  void readsUtf8TextComparesAsciiFieldsAndGivesTheRestOfARow() {
    TabRows rows = TabRows.of("cp.city\tXi’an\tShaanxi\nlast");
    assertThat(rows.next()).isTrue();
    assertThat(rows.is(0, "cp.city")).isTrue();
    assertThat(rows.is(0, "cp.cit")).isFalse();
    assertThat(rows.is(0, "cp.cityx")).isFalse();
    assertThat(rows.text(1)).isEqualTo("Xi’an");
    assertThat(rows.rest(1)).isEqualTo("Xi’an\tShaanxi");
    assertThat(rows.next()).isTrue();
    assertThat(rows.fields()).isEqualTo(1);
    assertThat(rows.text(0)).isEqualTo("last");
    assertThat(rows.next()).isFalse();
  }

  @Test
  void aFieldBeyondTheRowIsAnErrorThatSaysSo() {
    TabRows rows = TabRows.of("one\ttwo\n");
    rows.next();
    assertThatThrownBy(() -> rows.text(2))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("field 2 of a row with 2 fields");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "0.0",
        "-0.0",
        "1",
        "0.1",
        "-0.889528",
        "1.77337",
        "16777215",
        "16777216",
        "16777217",
        "0.0000000001",
        "0.00000000001",
        "123456.789",
        "9007199254740991",
        "9007199254740993",
        "1e-5",
        "-2.5E3",
        " 2.5 ",
        ".5",
        "5.",
        "+1.5",
        "0x1p3",
        "NaN",
        "-Infinity",
        "3.4028235e38",
        "1.0000001",
        "0.30000000000000004",
        "1234567890123456789012345"
      })
  void readsNumbersToTheBitAsTheJdkDoes(String number) {
    TabRows rows = TabRows.of("x\t" + number + "\n");
    rows.next();
    assertThat(Float.floatToRawIntBits(rows.floatValue(1)))
        .as("float %s", number)
        .isEqualTo(Float.floatToRawIntBits(Float.parseFloat(number)));
    assertThat(Double.doubleToRawLongBits(rows.doubleValue(1)))
        .as("double %s", number)
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(number)));
  }

  @Test
  void readsRandomDecimalsOfEveryLengthToTheBitAsTheJdkDoes() {
    SplittableRandom random = new SplittableRandom(20261203);
    StringBuilder file = new StringBuilder();
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      // 1 to 18 digits, the point anywhere among them: the model files' %g-style weights and far
      // beyond, so the fast path's limits (2^24, 2^53, ten and twenty-two fraction digits) and the
      // JDK fallback past them are all crossed
      int digits = 1 + random.nextInt(18);
      long significand = random.nextLong(1, 1_000_000_000_000_000_000L) % pow10(digits);
      String text = Long.toString(significand);
      int point = random.nextInt(text.length() + 1);
      String number =
          (random.nextBoolean() ? "-" : "")
              + text.substring(0, point)
              + (point < text.length() || random.nextBoolean() ? "." : "")
              + text.substring(point);
      if (number.equals("-") || number.equals("-.") || number.equals(".")) {
        continue;
      }
      numbers.add(number);
      file.append("n\t").append(number).append('\n');
    }
    TabRows rows = TabRows.of(file.toString());
    for (String number : numbers) {
      assertThat(rows.next()).isTrue();
      if (Float.floatToRawIntBits(rows.floatValue(1))
              != Float.floatToRawIntBits(Float.parseFloat(number))
          || Double.doubleToRawLongBits(rows.doubleValue(1))
              != Double.doubleToRawLongBits(Double.parseDouble(number))) {
        throw new AssertionError(
            String.format(
                Locale.ROOT,
                "%s read as %s / %s, the JDK reads %s / %s",
                number,
                rows.floatValue(1),
                rows.doubleValue(1),
                Float.parseFloat(number),
                Double.parseDouble(number)));
      }
    }
    assertThat(rows.next()).isFalse();
    assertThat(numbers).hasSizeGreaterThan(190_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", ".", "-.", "1.2.3", "1,5", "abc", "1-2"})
  void rejectsWhatTheJdkRejects(String notANumber) {
    TabRows rows = TabRows.of("x\t" + notANumber + "\tend\n");
    rows.next();
    assertThatThrownBy(() -> rows.floatValue(1)).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> rows.doubleValue(1)).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> TabRows.resource(TabRowsTest.class, "no-such-file.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing classpath resource no-such-file.tsv");
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}
