package qushi.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.FramingHeadings;
import qushi.analytics.prepare.PassageTokens;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.Passage;
import qushi.analytics.text.Section;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TextPipeline;

/**
 * One document as an executor prepared it: the cleaned text, its sections, size figures and the
 * tokens of its passages (cut and tokenized by the same functions as the local path: {@link
 * CleanDocument#of}, {@link CleanDocument#passages}, {@link PassageTokens#of}). Kept in the
 * executors' memory between the jobs of one run.
 */
record PreparedDocument(
    int index,
    int year,
    String text,
    long bytes,
    String sha256,
    String[] sectionTitles,
    int[] sectionBounds,
    long characters,
    long boilerplate,
    PassageTokens[] passages)
    implements Serializable {
  /**
   * Cuts and tokenizes the cleaned document {@code cleaned} with {@code segmenter}, the corpus's
   * {@code boilerplate} dropped and the words of its {@code framing} headings no terms ({@link
   * FramingHeadings}).
   */
  static PreparedDocument of(
      CleanedText cleaned,
      Boilerplate boilerplate,
      TextPipeline text,
      Segmenter segmenter,
      Set<String> framing) {
    DocumentRef ref = cleaned.ref();
    CleanDocument clean = cleaned.clean(boilerplate, text);
    List<Passage> cut = clean.passages(text, 0, 0);
    PassageTokens[] tokens = new PassageTokens[cut.size()];
    for (int i = 0; i < tokens.length; i++) {
      Passage p = cut.get(i);
      tokens[i] =
          PassageTokens.of(
              clean.text().substring(p.start(), p.end()),
              segmenter,
              text.filter(),
              FramingHeadings.headings(clean, p, framing));
    }
    return new PreparedDocument(
        ref.index,
        ref.year,
        clean.text(),
        clean.bytes(),
        clean.sha256(),
        clean.sections().stream().map(Section::title).toArray(String[]::new),
        clean.sections().stream().flatMapToInt(x -> IntStream.of(x.start(), x.end())).toArray(),
        clean.characters(),
        clean.boilerplate(),
        tokens);
  }

  /**
   * Returns the document's sections as the executor found them (on the text before the Markdown
   * marks of its headings were taken out, so they cannot be found again from {@link #text}).
   */
  List<Section> sectionList() {
    List<Section> out = new ArrayList<>(sectionTitles.length);
    for (int i = 0; i < sectionTitles.length; i++) {
      out.add(new Section(sectionTitles[i], sectionBounds[2 * i], sectionBounds[2 * i + 1]));
    }
    return out;
  }

  /** Returns the number of sections. */
  int sections() {
    return sectionTitles.length;
  }

  /** Returns the word tokens of the document. */
  long tokens() {
    long n = 0;
    for (PassageTokens p : passages) n += p.size();
    return n;
  }
}
