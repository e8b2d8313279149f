package io.newsflow.bench.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stanford CoreNLP's English CoNLL-2003 CRF ({@code english.conll.4class.distsim}) on gold tokens.
 *
 * <p>Each sentence is classified on its own, as CoreNLP's own CoNLL evaluation does (its column
 * reader makes every blank-line-separated sentence a document). {@code classifySentence} is the
 * entry point for pre-tokenised text: it runs the model's token preprocessing (word shapes, the
 * Americanize word function) before {@code classify}, which the features need. Not thread-safe.
 */
public final class CoreNlpCrfTagger implements DocumentTagger {
  public static final String MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final CRFClassifier<CoreLabel> classifier;

  private CoreNlpCrfTagger(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /** Loads the model from the CoreNLP models jar on the classpath. */
  public static CoreNlpCrfTagger load() {
    try {
      return new CoreNlpCrfTagger(CRFClassifier.getClassifier(MODEL));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot deserialise " + MODEL, e);
    }
  }

  /** The model's classes, as it names them. */
  public List<String> classes() {
    return new ArrayList<>(classifier.classIndex.objectsList());
  }

  @Override
  public String[][] tag(List<String[]> sentences) {
    String[][] tags = new String[sentences.size()][];
    for (int s = 0; s < tags.length; s++) {
      List<CoreLabel> labelled = classifier.classifySentence(labels(sentences.get(s)));
      List<String> answers = new ArrayList<>(labelled.size());
      for (CoreLabel token : labelled) {
        answers.add(token.get(CoreAnnotations.AnswerAnnotation.class));
      }
      tags[s] = CoreNlpTags.toIob2(answers);
    }
    return tags;
  }

  private static List<CoreLabel> labels(String[] words) {
    List<CoreLabel> labels = new ArrayList<>(words.length);
    for (String word : words) {
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      label.setValue(word);
      label.setOriginalText(word);
      labels.add(label);
    }
    return labels;
  }
}
