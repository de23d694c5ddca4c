package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.Qushi;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.text.Passage;

/** {@code qushi segment}: the cleaned, segmented text, for inspection. */
@Command(name = "segment", mixinStandardHelpOptions = true)
final class SegmentCommand extends CorpusCommand {
  @Option(names = "--doc", paramLabel = "ID")
  String doc;

  @Option(names = "--clean")
  boolean clean;

  @Option(names = "--ids")
  boolean ids;

  @Override
  public Integer call() {
    corpus.requireDocument(doc);
    Qushi q = open();
    PrintWriter out = spec.commandLine().getOut();
    if (clean) {
      List<String> texts = q.cleaned(doc);
      List<CleanDocument> docs =
          q.corpus().documents().stream().filter(d -> doc == null || d.id().equals(doc)).toList();
      for (int i = 0; i < texts.size(); i++) {
        String prefix = ids ? prefix(docs.get(i).id(), docs.get(i).year()) : "";
        texts.get(i).lines().forEach(line -> out.println(prefix + line));
      }
    } else {
      List<String> lines = q.segmented(doc);
      List<Passage> passages =
          q.corpus().passages().stream().filter(p -> doc == null || p.docId().equals(doc)).toList();
      for (int i = 0; i < lines.size(); i++) {
        Passage p = passages.get(i);
        out.println((ids ? prefix(p.docId(), p.year()) : "") + lines.get(i));
      }
    }
    out.flush();
    return 0;
  }

  /**
   * Returns the start of a line with {@code --ids}: the document id and year, each followed by a
   * tab.
   */
  private static String prefix(String id, int year) {
    return id + "\t" + year + "\t";
  }
}
