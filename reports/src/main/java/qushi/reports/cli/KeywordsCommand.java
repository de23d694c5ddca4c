package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;

/** {@code qushi keywords}: distinctive terms and key phrases per year or document. */
@Command(name = "keywords", mixinStandardHelpOptions = true)
final class KeywordsCommand extends TableCommand {
  private static final KeywordOptions DEFAULTS = KeywordOptions.defaults();

  @Option(names = "--by", paramLabel = "year|doc")
  Keywords.By by = DEFAULTS.by();

  @Option(names = "--method", paramLabel = "keyness|tfidf|textrank")
  Keywords.Method method = DEFAULTS.method();

  @Mixin Limits limits = new Limits(DEFAULTS.top(), DEFAULTS.minCount());

  @Option(names = "--no-phrases")
  boolean noPhrases;

  @Override
  public Integer call() {
    KeywordOptions o =
        new KeywordOptions(by, method, limits.top, noPhrases ? 0 : limits.top, limits.minCount);
    // TextRank and key phrases read term sequences; c-TF-IDF needs the counts alone
    if (method == Keywords.Method.TEXTRANK || o.phrases() > 0) return print(open().keywords(o));
    return printFromCounts(c -> c.keywords(o));
  }
}
