package qushi.reports;

/**
 * A section whose model is put together in a {@link SectionModel.Builder} for its id: the subclass
 * names the id and fills the builder.
 */
abstract class BuilderSection implements Section {
  private final String id;

  BuilderSection(String id) {
    this.id = id;
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
