package qushi.reports;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Headless Chromium driven through the DevTools protocol over a WebSocket (the JDK's client): open
 * a page, evaluate script, click at an element's centre with real mouse events, type text, and
 * collect every network request, console message and uncaught exception. Networking is disabled as
 * in {@link BrowserTest}: host names do not resolve and proxied requests go to a closed port.
 */
final class Cdp implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_MS = 120_000;

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final StringBuilder partial = new StringBuilder();
  private String session;

  /** URLs of every request the page made. */
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  /** Console messages of level error or warning, and uncaught exceptions. */
  final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  private Cdp(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** Starts Chromium with a profile in {@code work} and opens a blank page. */
  static Cdp start(Path work) throws Exception {
    Path profile = Files.createDirectories(work.resolve("profile"));
    List<String> cmd =
        List.of(
            BrowserTest.chromium().toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--hide-scrollbars",
            "--window-size=1366,900",
            "--user-data-dir=" + profile,
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9",
            "--remote-debugging-port=0",
            "about:blank");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String ws = null;
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long end = System.currentTimeMillis() + TIMEOUT_MS;
    for (String line; System.currentTimeMillis() < end && (line = r.readLine()) != null; ) {
      int at = line.indexOf("ws://");
      if (line.contains("DevTools listening on") && at >= 0) {
        ws = line.substring(at).strip();
        break;
      }
    }
    if (ws == null) {
      p.destroyForcibly();
      fail("Chromium did not print its DevTools address");
    }
    // keep draining the browser's output so it never blocks on a full pipe
    Thread drain =
        new Thread(
            () -> {
              try {
                while (r.readLine() != null) {
                  // discard
                }
              } catch (IOException e) {
                // the browser closed
              }
            });
    drain.setDaemon(true);
    drain.start();
    Cdp[] self = new Cdp[1];
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(
                URI.create(ws),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    self[0].receive(data, last);
                    w.request(1);
                    return null;
                  }
                })
            .get(30, TimeUnit.SECONDS);
    Cdp c = new Cdp(p, socket);
    self[0] = c;
    String target =
        c.send(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
    c.session =
        c.send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
            .path("sessionId")
            .asText();
    c.call("Page.enable", Map.of());
    c.call("Runtime.enable", Map.of());
    c.call("Network.enable", Map.of());
    c.call("Log.enable", Map.of());
    // a headless page has no window focus: emulate it so that clicks focus inputs
    c.call("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
    return c;
  }

  private synchronized void receive(CharSequence data, boolean last) {
    partial.append(data);
    if (!last) return;
    String text = partial.toString();
    partial.setLength(0);
    try {
      JsonNode m = JSON.readTree(text);
      if (m.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
        if (f != null) f.complete(m);
        return;
      }
      String method = m.path("method").asText();
      JsonNode params = m.path("params");
      switch (method) {
        case "Network.requestWillBeSent" ->
            requests.add(params.path("request").path("url").asText());
        case "Runtime.exceptionThrown" ->
            problems.add("exception: " + params.path("exceptionDetails").toString());
        case "Runtime.consoleAPICalled" -> {
          String type = params.path("type").asText();
          if (type.equals("error") || type.equals("warning") || type.equals("assert"))
            problems.add("console." + type + ": " + params.path("args").toString());
        }
        case "Log.entryAdded" -> {
          String level = params.path("entry").path("level").asText();
          if (level.equals("error")) problems.add("log: " + params.path("entry").toString());
        }
        default -> {
          // other events are not needed
        }
      }
    } catch (IOException e) {
      problems.add("unreadable message: " + e);
    }
  }

  private JsonNode send(String sessionId, String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode m = JSON.createObjectNode();
    m.put("id", id);
    m.put("method", method);
    m.set("params", JSON.valueToTree(params));
    if (sessionId != null) m.put("sessionId", sessionId);
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    socket.sendText(JSON.writeValueAsString(m), true).get(30, TimeUnit.SECONDS);
    JsonNode reply = f.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    if (reply.has("error")) fail(method + " failed: " + reply.get("error"));
    return reply.path("result");
  }

  /** Sends a command to the page and returns its result. */
  JsonNode call(String method, Map<String, ?> params) throws Exception {
    return send(session, method, params);
  }

  /**
   * Opens {@code url} and waits until the report's runtime says it is done, in the new document
   * when the url loads one: the page before it, marked here, may still answer "done" while the
   * navigation is under way (the tables a test then looks for not yet parsed).
   */
  void open(String url) throws Exception {
    eval("window.qushiLeaving = true");
    // a new document has a loader; a change of the fragment alone stays in the same document
    if (!call("Page.navigate", Map.of("url", url)).has("loaderId")) {
      eval("delete window.qushiLeaving");
    }
    waitFor(
        "!window.qushiLeaving && document.getElementById('qushi-status') &&"
            + " document.getElementById('qushi-status').getAttribute('data-state') === 'done'");
  }

  /**
   * Evaluates {@code expression} in the page (promises awaited) and returns its value as JSON.
   *
   * @throws AssertionError if the expression throws
   */
  JsonNode eval(String expression) throws Exception {
    JsonNode r =
        call(
            "Runtime.evaluate",
            Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
    if (r.has("exceptionDetails"))
      fail("script failed: " + expression + "\n" + r.get("exceptionDetails"));
    return r.path("result").path("value");
  }

  /** Waits until {@code condition} (a script expression) is true. */
  void waitFor(String condition) throws Exception {
    long end = System.currentTimeMillis() + TIMEOUT_MS;
    while (System.currentTimeMillis() < end) {
      if (eval("!!(" + condition + ")").asBoolean()) return;
      Thread.sleep(100);
    }
    fail("timed out waiting for " + condition);
  }

  /** Waits until {@code condition} holds, checked in Java. */
  static void until(BooleanSupplier condition, String what) throws InterruptedException {
    long end = System.currentTimeMillis() + TIMEOUT_MS;
    while (System.currentTimeMillis() < end) {
      if (condition.getAsBoolean()) return;
      Thread.sleep(100);
    }
    fail("timed out waiting for " + what);
  }

  /**
   * Clicks with real mouse events at the centre of the first element matching {@code selector}
   * after scrolling it into view.
   */
  void click(String selector) throws Exception {
    String q = JSON.writeValueAsString(selector);
    JsonNode box =
        eval(
            "(() => { const e = document.querySelector("
                + q
                + "); if (!e) return null; e.scrollIntoView({block: 'center'});"
                + " const r = e.getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y +"
                + " r.height / 2}; })()");
    if (box.isNull() || box.isMissingNode()) fail("nothing matches " + selector);
    clickAt(box.get("x").asDouble(), box.get("y").asDouble());
  }

  /** Clicks with real mouse events at page coordinates (x, y) of the viewport. */
  void clickAt(double x, double y) throws Exception {
    call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
    call(
        "Input.dispatchMouseEvent",
        Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
    call(
        "Input.dispatchMouseEvent",
        Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
  }

  /** Types {@code text} into the focused element, as an input method commits it. */
  void type(String text) throws Exception {
    call("Input.insertText", Map.of("text", text));
  }

  /** Lets downloads go to {@code dir}. */
  void downloadsTo(Path dir) throws Exception {
    send(
        null,
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // closing anyway
    }
    // Chromium's helpers (renderer, GPU, crash handler) outlive its main process for a moment and
    // keep writing to the profile: stop and wait for all of them, or the temporary folder that
    // holds the profile cannot be deleted
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    stop(process.toHandle());
    helpers.forEach(ProcessHandle::destroy);
    helpers.forEach(Cdp::stop);
  }

  private static void stop(ProcessHandle p) {
    try {
      p.onExit().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      p.destroyForcibly();
    }
  }
}
