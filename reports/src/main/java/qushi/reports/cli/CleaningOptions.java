package qushi.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import qushi.analytics.text.TextOptions;

/**
 * Options every command shares on how the corpus's text is cleaned and segmented: lexicons,
 * stopwords, part of speech, learned terms, boilerplate and script.
 */
final class CleaningOptions {
  @Option(names = "--lexicon", paramLabel = "FILE")
  List<Path> lexicons = new ArrayList<>();

  @Option(names = "--no-bundled-lexicon")
  boolean noBundledLexicon;

  @Option(names = "--stopwords", paramLabel = "FILE")
  Path stopwords;

  @Option(names = "--pos", paramLabel = "TAGS", split = ",")
  List<String> pos;

  @Option(names = "--no-learned-terms")
  boolean noLearnedTerms;

  @Option(names = "--not-terms", paramLabel = "FILE")
  List<Path> notTerms = new ArrayList<>();

  @Option(names = "--keep-boilerplate")
  boolean keepBoilerplate;

  @Option(names = "--keep-copies")
  boolean keepCopies;

  @Option(names = "--keep-code")
  boolean keepCode;

  @Option(names = "--t2s")
  boolean traditionalToSimplified;

  /** Returns {@code text} with these flags applied. */
  TextOptions applyTo(TextOptions text) {
    text =
        text.withBundledLexicon(!noBundledLexicon)
            .withTraditionalToSimplified(traditionalToSimplified)
            .withStopwords(stopwords)
            .withDropBoilerplate(!keepBoilerplate)
            .withKeepCode(keepCode)
            .withKeepCopies(keepCopies)
            .withLearnTerms(!noLearnedTerms);
    for (Path p : notTerms) text = text.withNotTerms(p);
    for (Path p : lexicons) text = text.withLexicon(p);
    if (pos != null) text = text.withPosTags(pos);
    return text;
  }
}
