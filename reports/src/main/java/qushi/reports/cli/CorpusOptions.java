package qushi.reports.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import qushi.analytics.Analysis;
import qushi.analytics.Corpus;
import qushi.analytics.Options;

/** Options every command shares: where the corpus is and how it is segmented. */
final class CorpusOptions {
  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Corpus folder with a corpus.csv manifest (default: seeds/, the bundled corpus).")
  Path corpus;

  @Option(names = "--years-from-filenames",
      description = "Read a folder without manifest; each .txt file's name starts with its year (2023-name.txt).")
  boolean yearsFromFileNames;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Extra lexicon file, one term per line as 'term [pos [freq]]' (repeatable).")
  List<Path> lexicons = new ArrayList<>();

  @Option(names = "--no-bundled-lexicon", description = "Do not load the bundled policy and technology lexicon.")
  boolean noBundledLexicon;

  @Option(names = "--stopwords", paramLabel = "FILE", description = "Stopword file replacing the bundled list.")
  Path stopwords;

  @Option(names = "--pos", paramLabel = "TAGS", split = ",",
      description = "Allowed part-of-speech tags for terms, comma-separated; 'n*' matches a prefix "
          + "(default: n*,g*,v,vi,vl,vg,vn).")
  List<String> pos;

  @Option(names = "--t2s", description = "Convert traditional to simplified characters during cleanup.")
  boolean traditionalToSimplified;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = Options.DEFAULT_SEED;

  /** Returns the corpus folder: --corpus, else seeds/ in the working directory, else the installation's seeds/. */
  Path folder() {
    if (corpus != null) return corpus;
    Path local = Path.of("seeds");
    if (Files.isRegularFile(local.resolve("corpus.csv"))) return local;
    String home = System.getProperty("qushi.home");
    return home != null ? Path.of(home, "seeds") : local;
  }

  Corpus loadCorpus() {
    return yearsFromFileNames ? Corpus.loadByFileName(folder()) : Corpus.load(folder());
  }

  Options options() {
    Options o = Options.defaults().withBundledLexicon(!noBundledLexicon).withSeed(seed)
        .withTraditionalToSimplified(traditionalToSimplified);
    for (Path p : lexicons) o = o.withLexicon(p);
    if (stopwords != null) o = o.withStopwords(stopwords);
    if (pos != null) o = o.withPosTags(pos);
    return o;
  }

  Analysis analyse() {
    return Analysis.of(loadCorpus(), options());
  }
}
