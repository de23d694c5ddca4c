package qushi.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import qushi.CorpusNotes;
import qushi.analytics.core.Tables;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.YearStats;
import qushi.analytics.text.Script;
import tech.tablesaw.api.Table;

/**
 * Corpus overview: documents, sections, passages, characters and tokens per year, a chart of tokens
 * per year, the list of documents, and warnings when the years differ greatly in size or when
 * documents are written in traditional characters (see {@link Script}).
 */
public final class OverviewSection extends BuilderSection {
  /** Largest/smallest tokens per year above which the page warns that raw counts mislead. */
  public static final double IMBALANCE = 5;

  @Override
  void fill(SectionModel.Builder s, ReportData data, Labels l) {
    List<YearStats> stats = data.stats();
    Table table = Tables.of("stats", YearStats.class, stats);
    String file = s.csv("stats.csv", table);
    int[] years = stats.stream().mapToInt(YearStats::year).toArray();
    double[] tokens = stats.stream().mapToDouble(YearStats::tokens).toArray();
    String[] hover =
        stats.stream()
            .map(y -> l.format("overview.hover", y.year(), y.tokens(), y.documents(), y.passages()))
            .toArray(String[]::new);
    s.put("stats", TableView.of(table, l, file));
    s.put(
        "chart",
        s.chart(
            Charts.yearColumns(
                "overview tokens",
                l.get("overview.chart"),
                years,
                tokens,
                l.get("col.tokens"),
                hover)));
    s.put(
        "documents", TableView.of(documents(data), l, "").firstRows(l, "overview.documents_first"));
    YearStats max = stats.stream().max(Comparator.comparingLong(YearStats::tokens)).orElseThrow();
    // a year without a word has no rate at all: it is named below, not compared in size
    YearStats min =
        stats.stream()
            .filter(y -> y.tokens() > 0)
            .min(Comparator.comparingLong(YearStats::tokens))
            .orElse(max);
    double ratio = (double) max.tokens() / Math.max(1, min.tokens());
    List<String> warnings = new ArrayList<>();
    List<String> wordless = CorpusNotes.wordlessYears(data.q());
    if (!wordless.isEmpty()) {
      warnings.add(l.format("overview.wordless", wordless.size(), CorpusNotes.first(wordless, 5)));
    }
    if (ratio > IMBALANCE) {
      Object[] sizes = {
        String.format(Locale.ROOT, "%.1f", ratio),
        max.year(),
        max.tokens(),
        min.year(),
        min.tokens(),
        smallYears(stats, min, l)
      };
      warnings.add(l.format("overview.warning", sizes));
      // the console's note is in the command line's language; the other warnings below are the
      // corpus's notes, which every command already prints there
      Labels en = Labels.of(Labels.Lang.EN);
      sizes[5] = smallYears(stats, min, en);
      s.note(en.format("overview.warning", sizes));
    }
    String traditional = traditional(data, l);
    if (traditional != null) warnings.add(traditional);
    if (data.q().options().text().traditionalToSimplified()) warnings.add(l.get("overview.t2s"));
    List<String> latin = CorpusNotes.latin(data.q());
    if (!latin.isEmpty()) {
      warnings.add(l.format("overview.latin", latin.size(), CorpusNotes.first(latin, 5)));
    }
    List<String> cases = CorpusNotes.caseVariants(data.q());
    if (!cases.isEmpty()) {
      warnings.add(l.format("overview.case", cases.size(), CorpusNotes.first(cases, 5)));
    }
    List<String> empty = CorpusNotes.emptyDocuments(data.q());
    if (!empty.isEmpty()) {
      warnings.add(l.format("overview.empty_documents", empty.size(), CorpusNotes.first(empty, 5)));
    }
    List<String> copies = CorpusNotes.copies(data.q());
    if (!copies.isEmpty()) {
      warnings.add(l.format("overview.copies", copies.size(), CorpusNotes.first(copies, 5)));
    }
    List<String> deduplicated = CorpusNotes.deduplicated(data.q());
    if (!deduplicated.isEmpty()) {
      warnings.add(
          l.format(
              "overview.copies_dropped", deduplicated.size(), CorpusNotes.first(deduplicated, 5)));
    }
    List<String> repeating = data.q().corpus().selfRepeating();
    if (!repeating.isEmpty()) {
      warnings.add(
          l.format("overview.self_repeating", repeating.size(), CorpusNotes.first(repeating, 5)));
    }
    List<String> annotated = data.q().corpus().withNotes();
    if (!annotated.isEmpty()) {
      warnings.add(
          l.format("overview.notes_dropped", annotated.size(), CorpusNotes.first(annotated, 5)));
    }
    List<String> distant = CorpusNotes.distantYears(data.q());
    if (!distant.isEmpty()) {
      warnings.add(l.format("overview.distant_years", distant.size(), String.join("; ", distant)));
    }
    List<String> lone = CorpusNotes.loneEdgeYears(data.q());
    if (!lone.isEmpty()) {
      warnings.add(l.format("overview.lone_edge_years", lone.size(), String.join("; ", lone)));
    }
    for (CorpusNotes.Mix m : CorpusNotes.mixChanges(data.q())) {
      warnings.add(
          l.format(
              "overview.mix",
              m.column(),
              m.value(),
              m.earlyShare(),
              m.early(),
              m.lateShare(),
              m.late()));
    }
    CorpusNotes.lookAlikes(data.q())
        .forEach(
            (column, alike) ->
                warnings.add(l.format("overview.look_alike", column, CorpusNotes.first(alike, 3))));
    List<String> twice = CorpusNotes.listedTwice(data.q(), false);
    if (!twice.isEmpty()) {
      warnings.add(l.format("overview.listed_twice", twice.size(), CorpusNotes.first(twice, 5)));
    }
    List<String> copied = CorpusNotes.listedTwice(data.q(), true);
    if (!copied.isEmpty()) {
      warnings.add(
          l.format("overview.listed_twice_copies", copied.size(), CorpusNotes.first(copied, 5)));
    }
    s.put("warnings", warnings);
    s.method("tokens").method("characters");
  }

  /**
   * Returns the small years, smallest first, with their tokens ("1923 (1,470)"): those under {@link
   * #SMALL} of the median year's tokens, and always {@code min}, the smallest; the first five, then
   * an ellipsis.
   */
  static String smallYears(List<YearStats> stats, YearStats min, Labels l) {
    long[] sizes =
        stats.stream().mapToLong(YearStats::tokens).filter(t -> t > 0).sorted().toArray();
    double median =
        sizes.length % 2 == 1
            ? sizes[sizes.length / 2]
            : (sizes[sizes.length / 2 - 1] + sizes[sizes.length / 2]) / 2.0;
    List<String> small =
        stats.stream()
            .filter(y -> y.tokens() > 0 && (y == min || y.tokens() < SMALL * median))
            .sorted(Comparator.comparingLong(YearStats::tokens).thenComparingInt(YearStats::year))
            .map(y -> l.format("overview.small_year", y.year(), y.tokens()))
            .toList();
    return CorpusNotes.first(small, 5);
  }

  /** A year under this share of the median year's tokens is named as small. */
  static final double SMALL = 0.5;

  /**
   * Returns the warning about documents written in traditional characters (the first five named,
   * with their share of changed characters), or null when there are none.
   */
  private static String traditional(ReportData data, Labels l) {
    List<String> named = CorpusNotes.traditional(data.q());
    if (named.isEmpty()) return null;
    return l.format("overview.traditional", named.size(), CorpusNotes.first(named, 5));
  }

  /**
   * A row of the documents table (public: {@link Tables} reads it by reflection); {@code copyOf}
   * names the earlier document whose text this one repeats, or is empty.
   */
  public record DocumentRow(
      String doc,
      int year,
      String title,
      String source,
      long characters,
      int sections,
      String copyOf) {}

  private static Table documents(ReportData data) {
    // a copy left with no characters of its own read as an empty document: the table says whose
    java.util.Map<String, String> copyOf = new java.util.HashMap<>();
    for (var c : data.q().corpus().copies()) copyOf.put(c.document(), c.of());
    List<DocumentRow> rows = new ArrayList<>();
    for (CleanDocument d : data.q().corpus().documents()) {
      rows.add(
          new DocumentRow(
              d.id(),
              d.year(),
              d.document().title(),
              d.document().source(),
              d.characters(),
              d.sections().size(),
              copyOf.getOrDefault(d.id(), "")));
    }
    return Tables.of("documents", DocumentRow.class, rows);
  }
}
