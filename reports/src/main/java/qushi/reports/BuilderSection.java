package qushi.reports;

import java.util.Locale;

/**
 * A section whose model is put together in a {@link SectionModel.Builder} for its id: the subclass
 * fills the builder, and its name gives the id ({@code KeywordsSection} is {@code keywords}, with
 * the template {@code templates/sections/keywords.peb}).
 */
abstract class BuilderSection implements Section {
  private final String id;

  BuilderSection() {
    String name = getClass().getSimpleName();
    this.id = name.substring(0, name.length() - "Section".length()).toLowerCase(Locale.ROOT);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final SectionModel build(ReportData data, Labels labels) {
    SectionModel.Builder page = SectionModel.builder(id);
    fill(page, data, labels);
    return page.build();
  }

  /**
   * Puts the section's content, built from {@code data} in the words of {@code l}, in {@code page}.
   */
  abstract void fill(SectionModel.Builder page, ReportData data, Labels l);
}
