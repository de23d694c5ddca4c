package qushi.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * What a section contributes to the page: its template model, and what it tells the rest of the
 * report — its charts, the CSV files it writes, the terms whose context lines the page must embed,
 * the statistics it shows (for the methods section) and the parameters it used. Built with a {@link
 * Builder}; immutable once built.
 *
 * @param id the section id (anchor and template name)
 * @param model the template model (the template sees it as {@code m})
 * @param charts the charts, in page order
 * @param csv CSV file name → table
 * @param terms terms whose context lines the page embeds
 * @param methods names of the statistics shown (label keys {@code method.<name>})
 * @param parameters label key → the value used
 * @param notes warnings worth printing on the console after the run, in English
 * @param script data the page's script reads (key → value, serialised as JSON into the page)
 */
public record SectionModel(
    String id,
    Map<String, Object> model,
    List<Figure> charts,
    Map<String, Table> csv,
    Set<String> terms,
    List<String> methods,
    Map<String, String> parameters,
    List<String> notes,
    Map<String, Object> script) {

  /** Copies the collections. */
  public SectionModel {
    Objects.requireNonNull(id, "id");
    model = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(model));
    charts = List.copyOf(charts);
    csv = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(csv));
    terms = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(terms));
    methods = List.copyOf(methods);
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    notes = List.copyOf(notes);
    script = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(script));
  }

  /** Returns a builder for section {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Collects a section's model; {@link #build()} once. */
  public static final class Builder {
    private final String id;
    private final Map<String, Object> model = new LinkedHashMap<>();
    private final List<Figure> charts = new ArrayList<>();
    private final Map<String, Table> csv = new LinkedHashMap<>();
    private final Set<String> terms = new LinkedHashSet<>();
    private final List<String> methods = new ArrayList<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Object> script = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = id;
    }

    /** Puts {@code value} into the template model under {@code key}. */
    public Builder put(String key, Object value) {
      model.put(key, value);
      return this;
    }

    /** Registers a chart and returns it (for the template model). */
    public Figure chart(Figure figure) {
      charts.add(figure);
      return figure;
    }

    /**
     * Registers {@code table} to be written as {@code file} (UTF-8 CSV with BOM) and returns the
     * file name.
     */
    public String csv(String file, Table table) {
      if (!file.matches("[a-z0-9_+-]+\\.csv"))
        throw new IllegalArgumentException("bad CSV file name " + file);
      if (csv.putIfAbsent(file, table) != null)
        throw new IllegalStateException("two tables are written to " + file);
      return file;
    }

    /** Registers terms whose context lines the page embeds. */
    public Builder terms(java.util.Collection<String> more) {
      for (String t : more) if (t != null && !t.isBlank()) terms.add(t);
      return this;
    }

    /** Records that the section shows the statistic explained by label {@code method.<name>}. */
    public Builder method(String name) {
      if (!methods.contains(name)) methods.add(name);
      return this;
    }

    /** Records a parameter for the methods section: a label key and the value used. */
    public Builder parameter(String labelKey, Object value) {
      parameters.put(labelKey, String.valueOf(value));
      return this;
    }

    /** Records a warning worth printing on the console after the run, in English. */
    public Builder note(String note) {
      notes.add(note);
      return this;
    }

    /** Puts data for the page's script under {@code key} (one key per page). */
    public Builder script(String key, Object value) {
      script.put(key, value);
      return this;
    }

    /** Returns the section model. */
    public SectionModel build() {
      return new SectionModel(id, model, charts, csv, terms, methods, parameters, notes, script);
    }
  }
}
