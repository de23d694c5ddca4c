package qushi.reports.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import qushi.analytics.compare.Period;
import qushi.analytics.context.CooccurOptions;
import qushi.analytics.context.Cooccurrence;
import qushi.analytics.core.Rows;

/** {@code qushi cooccur}: term pairs that share sentences or passages. */
@Command(name = "cooccur", mixinStandardHelpOptions = true)
final class CooccurCommand extends TableCommand {
  private static final CooccurOptions DEFAULTS = CooccurOptions.defaults();

  @Option(names = "--window", paramLabel = "sentence|passage")
  Cooccurrence.Unit window = DEFAULTS.unit();

  @Option(names = "--vocabulary", paramLabel = "N")
  int vocabulary = DEFAULTS.vocabulary();

  @Mixin Limits limits = new Limits(DEFAULTS.top(), DEFAULTS.minCount());

  @Parameters(paramLabel = "TERM", arity = "0..*")
  List<String> terms = new ArrayList<>();

  @Option(names = "--periods", paramLabel = "P,P,...")
  String periods;

  @Override
  public Integer call() {
    CooccurOptions o = new CooccurOptions(window, vocabulary, limits.minCount, limits.top, terms);
    if (periods != null) {
      if (terms.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--periods needs at least one TERM");
      }
      // read before the corpus is prepared: a malformed period costs no preparation
      List<Period> list = Period.parseList("periods", periods);
      Rows<Cooccurrence.Collocate> rows = open().cooccurByPeriod(o, list);
      SearchNotes.note(spec.commandLine().getErr(), rows.notes());
      return print(rows);
    }
    Rows<Cooccurrence.Pair> pairs = open().cooccur(o);
    if (pairs.size() == 0 && terms.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "qushi: note: no two of the "
                  + vocabulary
                  + " most frequent terms share "
                  + limits.minCount
                  + " or more "
                  + (window == Cooccurrence.Unit.SENTENCE ? "sentences" : "passages")
                  + (window == Cooccurrence.Unit.SENTENCE
                      ? "; try --window passage or a lower --min-count"
                      : "; try a lower --min-count"));
    }
    SearchNotes.note(spec.commandLine().getErr(), pairs.notes());
    return print(pairs);
  }
}
