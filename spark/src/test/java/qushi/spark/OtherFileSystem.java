package qushi.spark;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * This machine's files under the scheme {@value #SCHEME}: a file system that only Hadoop's client
 * reads, as hdfs: and s3a: are, for tests without a cluster.
 */
public class OtherFileSystem extends RawLocalFileSystem {
  static final String SCHEME = "qtest";

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }
}
