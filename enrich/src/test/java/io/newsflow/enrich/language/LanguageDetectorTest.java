package io.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void tellsTheLanguagesOfShortNewsFromTheirFunctionWords() {
    assertThat(detector.detect("The minister said that the talks with Kyiv would go on."))
        .isEqualTo("en");
    assertThat(detector.detect("Der Minister sagte, dass die Gespräche mit Kiew weitergehen."))
        .isEqualTo("de");
    assertThat(detector.detect("Le ministre a dit que les discussions avec Kiev sont en cours."))
        .isEqualTo("fr");
    assertThat(detector.detect("El ministro dijo que las conversaciones con Kiev siguen."))
        .isEqualTo("es");
    assertThat(detector.detect("Regjeringen sier at det er for tidlig, og han vil ikke svare."))
        .isEqualTo("no");
    assertThat(detector.detect("Regeringen säger att det är för tidigt och hon vill inte svara."))
        .isEqualTo("sv");
  }

  @Test
  void aWordSharedByLanguagesCountsForEachAndPunctuationOrCaseDoNotMatter() {
    // "de", "en" and "is" are Dutch, and also Spanish, Norwegian or English: Dutch has the most
    assertThat(detector.detect("DE minister IS (van) het; een en... dat!")).isEqualTo("nl");
  }

  @Test
  void tooLittleEvidenceIsUndetermined() {
    assertThat(detector.detect("")).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(detector.detect("Kyiv Moscow Washington Brussels")).isEqualTo("und");
    assertThat(detector.detect("the 12345 ---")).isEqualTo("und");
    // two English function words among far more than ten times as many other words
    assertThat(detector.detect("the and " + "Zelensky ".repeat(30))).isEqualTo("und");
  }

  @Test
  void theDeclaredLanguageWinsAsItsPrimarySubtag() {
    assertThat(detector.detect("pt-BR", "The minister said that")).isEqualTo("pt");
    assertThat(detector.detect(" EN_gb ", "Der Minister")).isEqualTo("en");
  }
}
