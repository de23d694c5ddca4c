package qushi.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import qushi.analytics.corpus.RawText;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TextPipeline;

/**
 * A document as an executor read and cleaned it, before the corpus-wide steps (boilerplate, learned
 * terms) are known: the cleaned text and the size and hash of the file.
 *
 * @param ref the document
 * @param text the cleaned text
 * @param bytes the size of the file
 * @param sha256 hex SHA-256 of the file
 */
record CleanedText(DocumentRef ref, String text, long bytes, String sha256)
    implements Serializable {
  /** What the executors make of a cleaned document, with the pipeline and its segmenter. */
  interface Cut<T> extends Serializable {
    T of(CleanedText cleaned, Boilerplate boilerplate, TextPipeline text, Segmenter segmenter);
  }

  /**
   * Returns what {@code cut} makes of each of the {@code cleaned} documents on the executors,
   * {@code boilerplate} dropped: one pipeline of {@code spec} and one segmenter per partition.
   */
  static <T> JavaRDD<T> cutEach(
      JavaRDD<CleanedText> cleaned,
      Broadcast<PipelineSpec> spec,
      Broadcast<Boilerplate> boilerplate,
      Cut<T> cut) {
    return cleaned.mapPartitions(
        it -> {
          TextPipeline p = spec.value().pipeline();
          Segmenter segmenter = p.segmenter();
          List<T> out = new ArrayList<>();
          while (it.hasNext()) out.add(cut.of(it.next(), boilerplate.value(), p, segmenter));
          return out.iterator();
        });
  }

  /**
   * Reads the document {@code ref} (a located file with the {@code hadoop} settings) and cleans it
   * with {@code pipeline}.
   */
  static CleanedText of(DocumentRef ref, TextPipeline pipeline, Map<String, String> hadoop) {
    RawText raw = ref.read(hadoop);
    return new CleanedText(ref, pipeline.normalizer().normalize(raw), raw.bytes(), raw.sha256());
  }

  /** Returns the cleaned document, {@code boilerplate} dropped and cut into sections. */
  CleanDocument clean(Boilerplate boilerplate, TextPipeline pipeline) {
    return CleanDocument.of(ref.document(), ref.index, text, boilerplate, bytes, sha256, pipeline);
  }
}
