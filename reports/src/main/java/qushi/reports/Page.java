package qushi.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import qushi.analytics.Analysis;
import qushi.analytics.Comparisons;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendTable;
import tech.tablesaw.api.Table;

/**
 * What the sections of one report share while it is built: the analysed corpus, its comparisons
 * (computed once), the options and labels, and what the sections register — charts, CSV files,
 * terms for the drill-down, parameters and the methods used.
 */
public final class Page {
  private final Analysis analysis;
  private final Comparisons comparisons;
  private final ReportOptions options;
  private final Labels labels;
  private final Charts charts = new Charts();
  private final Set<String> chartIds = new HashSet<>();
  private final Map<String, Table> csv = new LinkedHashMap<>();
  private final Set<String> terms = new TreeSet<>();
  private final Map<String, String> parameters = new LinkedHashMap<>();
  private final List<String> methods = new ArrayList<>();
  private TrendTable trend;

  Page(Analysis analysis, ReportOptions options) {
    this.analysis = analysis;
    this.comparisons = new Comparisons(analysis);
    this.options = options;
    this.labels = Labels.of(options.lang());
  }

  /** Returns the analysed corpus. */
  public Analysis analysis() {
    return analysis;
  }

  /** Returns the cross-year comparisons of the corpus. */
  public Comparisons comparisons() {
    return comparisons;
  }

  /** Returns the trend classes with default options (the last year against all earlier ones), computed once. */
  public TrendTable trend() {
    if (trend == null) trend = comparisons.trend(TrendOptions.defaults());
    return trend;
  }

  /** Returns the report options. */
  public ReportOptions options() {
    return options;
  }

  /** Returns the labels of the page language. */
  public Labels labels() {
    return labels;
  }

  /** Returns the chart builder. */
  public Charts charts() {
    return charts;
  }

  /** Registers a chart and returns it; chart ids must be unique in the page. */
  public Chart add(Chart chart) {
    if (!chartIds.add(chart.id())) throw new IllegalStateException("two charts have the id " + chart.id());
    return chart;
  }

  /** Registers {@code table} to be written as {@code file} (UTF-8 CSV with BOM) and returns the file name. */
  public String csv(String file, Table table) {
    if (!file.matches("[a-z0-9_]+\\.csv")) throw new IllegalArgumentException("bad CSV file name " + file);
    if (csv.putIfAbsent(file, table) != null) throw new IllegalStateException("two tables are written to " + file);
    return file;
  }

  /** Registers terms whose context lines the page embeds. */
  public void terms(Collection<String> more) {
    for (String t : more) if (t != null && !t.isBlank()) terms.add(t);
  }

  /** Registers one term whose context lines the page embeds. */
  public void term(String term) {
    terms(List.of(term));
  }

  /** Records a parameter for the methods section: a label key and the value used. */
  public void parameter(String labelKey, Object value) {
    parameters.put(labelKey, String.valueOf(value));
  }

  /** Records that the page uses the statistic explained by label {@code method.<name>}. */
  public void method(String name) {
    if (!methods.contains(name)) methods.add(name);
  }

  Map<String, Table> csvFiles() {
    return csv;
  }

  Set<String> drillTerms() {
    return terms;
  }

  Map<String, String> parameters() {
    return parameters;
  }

  List<String> methods() {
    return methods;
  }
}
