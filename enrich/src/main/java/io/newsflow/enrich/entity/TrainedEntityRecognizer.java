package io.newsflow.enrich.entity;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import io.newsflow.common.concurrent.Background;
import io.newsflow.enrich.entity.gazetteer.Cities;
import io.newsflow.enrich.entity.gazetteer.Countries;
import io.newsflow.enrich.entity.gazetteer.NameLists;
import io.newsflow.enrich.entity.tagger.SequenceTagger;
import io.newsflow.enrich.entity.tagger.Tags;
import io.newsflow.enrich.text.Sentences;
import io.newsflow.enrich.text.Span;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The entity recogniser behind enrichment: tokenises the headline and the body, tags them with the
 * CoNLL-2003 tagger as one document, corrects the tags by the words around names ({@link
 * NameCues}), turns the tags into mentions with exact offsets, and links the mentions of one
 * article into entities ({@link MentionLinker}).
 *
 * <p>The body is tagged before the headline, so what the body says about a word ("Blinken" is a
 * person) informs the headline, whose case is often no guide. Title Case lines (headlines,
 * sub-headings) are shown to the tagger in upper case, the form in which the training corpus has
 * its headlines, so that capitalised common words there are not taken for names.
 *
 * <p>Immutable after construction and thread-safe; load it once.
 */
public final class TrainedEntityRecognizer implements EntityRecognizer {
  private final SequenceTagger tagger;
  private final MentionShapes shapes;
  private final MentionLinker linker;
  private final NameCues cues;

  public TrainedEntityRecognizer(SequenceTagger tagger, Countries countries, Cities cities) {
    this(tagger, countries, cities, new NameCues(countries));
  }

  private TrainedEntityRecognizer(
      SequenceTagger tagger, Countries countries, Cities cities, NameCues cues) {
    this.tagger = tagger;
    this.cues = cues;
    this.shapes = new MentionShapes(countries);
    this.linker = new MentionLinker(countries, cities);
  }

  /** With the committed model, country and city tables, read from the classpath. */
  public static TrainedEntityRecognizer load() {
    // the tagger's typed names and the cues come from the same name lists, read once; the cues
    // and the cities load beside the tagger, as for CoNLL tagging
    Background<NameLists> lists = Background.start(NameLists::read);
    Countries countries = Countries.load();
    Background<NameCues> cues = Background.start(() -> new NameCues(countries, lists.get()));
    Background<Cities> cities = Background.start(Cities::load);
    SequenceTagger tagger = SequenceTagger.load(lists::get);
    return new TrainedEntityRecognizer(tagger, countries, cities.get(), cues.get());
  }

  @Override
  public List<Entity> recognize(String headline, String body) {
    headline = headline == null ? "" : headline;
    body = body == null ? "" : body;
    List<MentionLinker.TypedMention> mentions = taggedMentions(headline, body);
    addDatelinePlace(body, mentions);
    return linker.link(mentions, body.length());
  }

  /**
   * The mentions the tagger finds, shaped, with offsets into the headline or the body; not linked.
   */
  List<MentionLinker.TypedMention> taggedMentions(String headline, String body) {
    List<Segment> segments = new ArrayList<>();
    addSentences(Mention.BODY, body, segments);
    addSentences(Mention.HEADLINE, headline, segments);
    List<String[]> words = new ArrayList<>(segments.size());
    for (Segment segment : segments) {
      words.add(segment.words());
    }
    String[][] tags = cues.correct(words, tagger.tag(words));
    List<MentionLinker.TypedMention> mentions = new ArrayList<>();
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      String text = segment.field().equals(Mention.HEADLINE) ? headline : body;
      for (int[] span : Tags.spans(tags[s])) {
        EntityType type = EntityType.fromConllTag(Tags.TYPES[span[2]]);
        for (MentionShapes.Shape shape : shapes.shape(segment.tokens(), span[0], span[1], type)) {
          Mention mention =
              new Mention(
                  segment.field(),
                  shape.start(),
                  shape.end(),
                  text.substring(shape.start(), shape.end()));
          mentions.add(new MentionLinker.TypedMention(mention, shape.type(), shape.words()));
        }
      }
    }
    return mentions;
  }

  /**
   * The place of the body's dateline ("NAIROBI (Reuters) -") is a place whatever the tagger made of
   * it: unless the tagger found exactly that place, what it found there gives way to a LOCATION.
   * Articles only: CoNLL tagging ({@link ConllTagging}) takes the corpus's tokens as they are.
   */
  private static void addDatelinePlace(String body, List<MentionLinker.TypedMention> mentions) {
    Optional<Span> found = Datelines.place(body);
    if (found.isEmpty()) {
      return;
    }
    Span place = found.get();
    boolean tagged =
        mentions.stream()
            .anyMatch(
                m ->
                    inBody(m)
                        && m.type() == EntityType.LOCATION
                        && m.mention().start() == place.start()
                        && m.mention().end() == place.end());
    if (tagged) {
      return;
    }
    mentions.removeIf(
        m -> inBody(m) && m.mention().start() < place.end() && place.start() < m.mention().end());
    mentions.add(
        new MentionLinker.TypedMention(
            new Mention(Mention.BODY, place.start(), place.end(), place.of(body)),
            EntityType.LOCATION,
            Tokenizer.tokenize(place.of(body)).size()));
  }

  private static boolean inBody(MentionLinker.TypedMention m) {
    return m.mention().field().equals(Mention.BODY);
  }

  private record Segment(String field, List<Token> tokens, String[] words) {}

  private static void addSentences(String field, String text, List<Segment> out) {
    for (Span sentence : Sentences.split(text)) {
      List<Token> tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
      if (tokens.isEmpty()) {
        continue;
      }
      String[] words = new String[tokens.size()];
      boolean titleCase = isTitleCase(tokens);
      for (int i = 0; i < words.length; i++) {
        String w = tokens.get(i).text();
        words[i] = titleCase ? w.toUpperCase(Locale.ROOT) : w;
      }
      out.add(new Segment(field, tokens, words));
    }
  }

  /**
   * "Biden Promises Summit on Ukraine": most longer words capitalised and no sentence-final
   * punctuation. Such a line says nothing by its case.
   */
  static boolean isTitleCase(List<Token> tokens) {
    String lastText = tokens.get(tokens.size() - 1).text();
    if (lastText.equals(".") || lastText.equals("?") || lastText.equals("!") || tokens.size() < 2) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (Token token : tokens) {
      String w = token.text();
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= 2 && capitalised * 10 >= words * 7;
  }
}
