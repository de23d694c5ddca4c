package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.Qushi;
import qushi.analytics.topics.TopicOptions;

/**
 * Opens generated reports in headless Chromium with networking disabled and checks that every chart
 * renders, nothing logs an error, no network request is attempted and corpus text cannot run
 * script. Needs Chromium on the PATH (CI installs it); without it the test fails.
 *
 * <p>Evidence comes from three places: the DOM after load (--dump-dom), where the page's runtime
 * writes its status (errors caught by window.onerror, unhandled rejections and console.error,
 * resource-load errors, Content-Security-Policy violations, the Performance API's resource entries,
 * the document title) and where each chart div must hold Plotly's svg.main-svg; Chromium's console
 * log on stderr; and Chromium's net log, which records every URL request.
 */
@Tag("browser")
class BrowserTest {
  /**
   * Hosts Chromium itself contacts (updates, time, accounts) whatever page is open; requests to
   * them are not the page's.
   */
  static final Pattern CHROMIUM_OWN =
      Pattern.compile(
          "^https?://([a-z0-9-]+\\.)*(google\\.com|googleapis\\.com|gstatic\\.com|gvt1\\.com|gvt2\\.com)(:\\d+)?/.*");

  static final Pattern URL = Pattern.compile("\"url\":\"([^\"]+)\"");
  static final Pattern STATUS = Pattern.compile("<pre id=\"qushi-status\"[^>]*>([^<]*)</pre>");
  static final int TIMEOUT_SECONDS = 240;

  @TempDir Path tmp;

  record Run(String dom, String stderr, String netLog) {}

  static Path chromium() {
    for (String name :
        List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) return p;
      }
    }
    return fail(
        "Chromium is not installed (looked for chromium, chromium-browser, google-chrome on the"
            + " PATH). Install it with: apt-get update && apt-get install -y chromium"
            + " fonts-noto-cjk — this test does not skip.");
  }

  /** Runs headless Chromium on {@code page} with networking disabled and the given extra flags. */
  Run chrome(Path page, String name, String... extra) throws IOException, InterruptedException {
    return chromeAt(page, "", name, extra);
  }

  /** Runs Chromium on {@code page} with a URL fragment ("" or "#…"). */
  Run chromeAt(Path page, String fragment, String name, String... extra)
      throws IOException, InterruptedException {
    Path work = Files.createDirectories(tmp.resolve(name));
    Path profile = Files.createDirectories(work.resolve("profile"));
    Path netLog = work.resolve("net.json");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--user-data-dir=" + profile,
                // every host name fails to resolve and every proxied request goes to a closed port
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--proxy-server=127.0.0.1:9",
                "--log-net-log=" + netLog,
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=15000",
                "--hide-scrollbars"));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri() + fragment);
    Path out = work.resolve("stdout.html");
    Path err = work.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
    }
    String net = Files.exists(netLog) ? Files.readString(netLog) : "";
    return new Run(Files.readString(out), Files.readString(err), net);
  }

  /** Asserts every failure mode on one page; returns the page's status object. */
  JsonNode assertRendersOffline(Run r, String source) throws IOException {
    Matcher m = STATUS.matcher(r.dom());
    assertTrue(m.find(), "the page wrote no status (did its script run?)\n" + tail(r.stderr()));
    String text =
        m.group(1)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
    JsonNode status = new ObjectMapper().readTree(text);
    assertEquals("done", status.get("state").asText(), text);
    assertEquals(0, status.get("errors").size(), "errors in the page: " + status.get("errors"));
    assertEquals(
        0, status.get("resources").size(), "the page loaded resources: " + status.get("resources"));
    assertEquals(
        0,
        status.get("blocked").size(),
        "the page tried to load blocked content: " + status.get("blocked"));

    List<String> ids = ReportTest.chartIds(source);
    assertFalse(ids.isEmpty());
    for (String id : ids) {
      assertTrue(
          status.get("charts").path(id).asBoolean(false),
          "chart " + id + " was not drawn: " + status.get("charts"));
      int at = r.dom().indexOf("id=\"" + id + "\"");
      assertTrue(at >= 0, "div " + id + " missing from the DOM");
      int end = r.dom().indexOf("</figure>", at);
      assertTrue(
          r.dom().substring(at, end).contains("class=\"main-svg\""), "no svg.main-svg in " + id);
    }
    for (String line : r.stderr().split("\n")) {
      if (line.contains(":CONSOLE")) {
        assertFalse(
            line.contains("Uncaught") || line.contains("Error") || line.contains("error"),
            "console: " + line);
      }
    }
    List<String> requests = new ArrayList<>();
    Matcher u = URL.matcher(r.netLog());
    while (u.find()) {
      String url = u.group(1);
      if (!url.startsWith("file:")
          && !url.startsWith("data:")
          && !url.startsWith("blob:")
          && !url.startsWith("chrome")
          && !CHROMIUM_OWN.matcher(url).matches()) {
        requests.add(url);
      }
    }
    assertEquals(List.of(), requests, "network requests attempted");
    return status;
  }

  @Test
  void seedsReportRendersOfflineWithoutErrors() throws Exception {
    Path out = Path.of("target", "browser-report").toAbsolutePath();
    Qushi seeds = Qushi.open(Path.of("..", "seeds").toString());
    TopicOptions topics = TopicOptions.defaults().withTopics(8).withIterations(300).withRuns(2);
    ReportData data =
        ReportData.compute(seeds, Fixtures.options()).withTopics(seeds.topics(topics));
    Report.Written w = Report.of(data).writeTo(out);
    String source = Files.readString(w.index(), StandardCharsets.UTF_8);
    // the fragment opens the drill-down panel of a term, as a click on it does
    String term = "人工智能";
    Run run =
        chromeAt(
            w.index(),
            "#kwic=" + java.net.URLEncoder.encode(term, StandardCharsets.UTF_8).replace("+", "%20"),
            "seeds",
            "--dump-dom");
    JsonNode status = assertRendersOffline(run, source);
    int total = seeds.kwic(term).size();
    int panel = run.dom().indexOf("<aside id=\"kwic-panel\"");
    String aside = run.dom().substring(panel, run.dom().indexOf("</aside>", panel));
    assertFalse(aside.startsWith("<aside id=\"kwic-panel\" hidden"), "the panel did not open");
    assertTrue(aside.contains("<h3 id=\"kwic-term\">" + term + "</h3>"));
    assertEquals(
        Math.min(total, ReportOptions.defaults().kwicLines()),
        ReportTest.count(aside, "<mark>" + term + "</mark>"));
    assertEquals(Labels.of(Labels.Lang.ZH).get("page.title"), status.get("title").asText());
    assertEquals(w.rendered().charts(), status.get("charts").size());

    // a picture for a person to look at
    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    chrome(w.index(), "shot", "--screenshot=" + shot, "--window-size=1400,7600");
    assertTrue(Files.size(shot) > 50_000, "screenshot missing or empty: " + shot);
  }

  @Test
  void corpusTextDoesNotRunInTheBrowser() throws Exception {
    String payload =
        "</script><script>document.title='PWNED';window.qushiPwned=1</script>"
            + "\"><img src=x onerror=\"document.title='PWNED'\">";
    Report.Written w =
        Report.of(Fixtures.open(tmp.resolve("corpus"), payload), Fixtures.options())
            .writeTo(tmp.resolve("out"));
    String source = Files.readString(w.index(), StandardCharsets.UTF_8);
    Run r = chrome(w.index(), "evil", "--dump-dom");
    JsonNode status = assertRendersOffline(r, source);
    assertEquals(
        Labels.of(Labels.Lang.ZH).get("page.title"),
        status.get("title").asText(),
        "the injected script ran");
    assertTrue(
        r.dom().contains("<title>" + Labels.of(Labels.Lang.ZH).get("page.title") + "</title>"));
    assertFalse(r.dom().contains("<img"), "an img element was created from corpus text");
    assertFalse(
        r.dom().contains("<script>document.title"),
        "a script element was created from corpus text");
    // the payload is on the page, as text
    assertTrue(r.dom().contains("2024 论坛报告&lt;/script&gt;&lt;script&gt;document.title='PWNED'"));
  }

  /**
   * Every way corpus text reaches the page, with text made to break out: HTML text and attributes
   * (a title), strings inside scripts (backslash, quotes, U+2028), JSON in a script element, labels
   * Plotly renders (a lexicon term and a watch term in markup), template syntax, and the CSV rule.
   */
  @Test
  void injectionCasesAreInertInTheBrowser() throws Exception {
    String payload =
        "AI\\ '\" \u2028 {{ l.get(\"page.title\") }} {% if true %}x{% endif %} <b>粗体词</b>";
    Path corpus = Fixtures.corpus(tmp.resolve("inj"), payload + "<b>粗体词</b>在这里。<b>粗体词</b>很重要。");
    // the title also starts like a spreadsheet formula
    Path manifest = corpus.resolve("corpus.csv");
    Files.writeString(
        manifest,
        Files.readString(manifest)
            .replace("\"2024 论坛报告", "\"=HYPERLINK(\"\"http://evil.example\"\")2024 论坛报告"));
    Path lexicon = Files.writeString(tmp.resolve("lex.txt"), "<b>粗体词</b> nz 1000\n");
    qushi.Options options = qushi.Options.defaults().withLexicon(lexicon);
    qushi.Qushi q = qushi.Qushi.open(corpus, options, qushi.analytics.core.Progress.NONE);
    ReportOptions ro = Fixtures.options().withWatch(List.of("AI\\", "<b>粗体词</b>", "人工智能"));
    Report.Written w = Report.of(q, ro).writeTo(tmp.resolve("inj-out"));
    String source = Files.readString(w.index(), StandardCharsets.UTF_8);
    Run r = chrome(w.index(), "inj", "--dump-dom");
    JsonNode status = assertRendersOffline(r, source);
    // every chart drew, the watch chart with a backslash term too
    assertEquals(w.rendered().charts(), status.get("charts").size());
    status.get("charts").forEach(drawn -> assertTrue(drawn.asBoolean(), status.toString()));
    assertEquals(Labels.of(Labels.Lang.ZH).get("page.title"), status.get("title").asText());
    // Plotly shows the markup as text: the escaped tag is in the chart's SVG, no bold span from it
    assertTrue(r.dom().contains("&lt;b&gt;粗体词&lt;/b&gt;"), "the term is shown as text");
    assertFalse(r.dom().contains("<b>粗体词</b>"), "corpus markup became markup");
    // template syntax in the corpus is not evaluated
    assertTrue(r.dom().contains("{{ l.get("), "template syntax shown as text");
    // the CSV rule: a cell that would run as a formula starts with an apostrophe
    String files = Files.readString(w.index().resolveSibling("files.csv"), StandardCharsets.UTF_8);
    assertTrue(files.contains(",\"'=HYPERLINK("), files);
  }

  @Test
  void checksCatchAnErrorAndANetworkRequest() throws Exception {
    Report.Written w =
        Report.of(Fixtures.open(tmp.resolve("corpus"), ""), Fixtures.options())
            .writeTo(tmp.resolve("out"));
    String source = Files.readString(w.index(), StandardCharsets.UTF_8);
    // a deliberately broken copy: a console error and an image from the network
    Path broken = tmp.resolve("out/broken.html");
    Files.writeString(
        broken,
        source.replace(
            "<script>qushi.start();</script>",
            "<script>qushi.start();console.error('deliberate');</script><img"
                + " src=\"http://example.com/a.png\">"));
    Run r = chrome(broken, "broken", "--dump-dom");
    AssertionError e =
        org.junit.jupiter.api.Assertions.assertThrows(
            AssertionError.class, () -> assertRendersOffline(r, source));
    assertTrue(
        e.getMessage().contains("deliberate") || e.getMessage().contains("example.com"),
        e.getMessage());
    assertTrue(
        r.netLog().contains("example.com") || r.dom().contains("img-src"),
        "the request shows in the net log or the CSP report");
  }

  private static String tail(String s) {
    return s.length() < 3000 ? s : s.substring(s.length() - 3000);
  }
}
