package qushi.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import qushi.analytics.text.LearnedTerms;
import qushi.analytics.text.Lexicon;
import qushi.analytics.text.Normalizer;
import qushi.analytics.text.Splitter;
import qushi.analytics.text.TermFilter;
import qushi.analytics.text.TermLearner;
import qushi.analytics.text.TextPipeline;

/**
 * The settings of the driver's {@link TextPipeline}, sent to the executors: every executor builds
 * the same pipeline from them (the lexicon's entries, the stopwords and the terms learned from the
 * corpus travel as data, so the executors need none of the driver's files).
 */
final class PipelineSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  private final boolean traditionalToSimplified;
  private final int headerMinRepeats;
  private final int headerMaxWidth;
  private final boolean keepCode;
  private final int minLength;
  private final int maxLength;
  private final int slack;
  private final String[] lexiconTerms;
  private final String[] lexiconNatures;
  private final int[] lexiconFrequencies;
  private final String[] stopwords;
  private final String[] singles;
  private final String[] posTags;
  private final String[] filterLexicon;
  private final String[] lexiconTermSet;
  private final String[] notTerms;
  private final TermLearner.Term[] learned;
  private transient TextPipeline pipeline;

  private PipelineSpec(TextPipeline p) {
    Normalizer n = p.normalizer();
    traditionalToSimplified = n.traditionalToSimplified();
    headerMinRepeats = n.headerMinRepeats();
    headerMaxWidth = n.headerMaxWidth();
    keepCode = n.keepCode();
    Splitter s = p.splitter();
    minLength = s.minLength();
    maxLength = s.maxLength();
    slack = s.slack();
    List<Lexicon.Entry> entries = p.lexicon().entries();
    lexiconTerms = new String[entries.size()];
    lexiconNatures = new String[entries.size()];
    lexiconFrequencies = new int[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      lexiconTerms[i] = entries.get(i).term();
      lexiconNatures[i] = entries.get(i).nature();
      lexiconFrequencies[i] = entries.get(i).frequency();
    }
    TermFilter f = p.filter();
    stopwords = f.stopwords().toArray(new String[0]);
    singles = f.singles().toArray(new String[0]);
    posTags = f.posTags().toArray(new String[0]);
    filterLexicon = f.lexicon().toArray(new String[0]);
    lexiconTermSet = p.lexiconTerms().toArray(new String[0]);
    notTerms = p.notTerms().toArray(new String[0]);
    learned = p.learned().terms().toArray(new TermLearner.Term[0]);
    pipeline = p;
  }

  /** Returns the settings of {@code pipeline}. */
  static PipelineSpec of(TextPipeline pipeline) {
    return new PipelineSpec(pipeline);
  }

  /** Returns the pipeline of these settings (built once per JVM that holds this object). */
  TextPipeline pipeline() {
    if (pipeline == null) {
      List<Lexicon.Entry> entries = new ArrayList<>();
      for (int i = 0; i < lexiconTerms.length; i++)
        entries.add(new Lexicon.Entry(lexiconTerms[i], lexiconNatures[i], lexiconFrequencies[i]));
      pipeline =
          new TextPipeline(
              null,
              new Normalizer(traditionalToSimplified, headerMinRepeats, headerMaxWidth, keepCode),
              new Splitter(minLength, maxLength, slack),
              new Lexicon(entries),
              new TermFilter(
                  Set.of(stopwords), Set.of(singles), List.of(posTags), Set.of(filterLexicon)),
              Set.of(lexiconTermSet),
              Set.of(notTerms),
              learned.length == 0 ? LearnedTerms.none() : new LearnedTerms(List.of(learned)));
    }
    return pipeline;
  }
}
