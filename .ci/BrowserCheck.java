import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * CI check of flopex's HTML reports in a real browser (issue 5): opens each report in headless
 * Chromium through the DevTools protocol and fails unless the page loads with no console error,
 * no uncaught exception and no failed resource, and shows at least the expected number of charts,
 * each an SVG that is laid out with a non-zero size and actually contains drawn shapes and text.
 * A screenshot of each page is saved beside it ({@code NAME.html.png}).
 *
 * <p>Usage: {@code java .ci/BrowserCheck.java REPORT.html:MIN_CHARTS ...}. Needs Debian's
 * {@code chromium} (or {@code CHROMIUM=/path/to/chrome}). Only the JDK is used, so this runs as a
 * single-file source program without a build.
 */
public final class BrowserCheck {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: java .ci/BrowserCheck.java REPORT.html:MIN_CHARTS ...");
      System.exit(2);
    }
    String chromium = System.getenv().getOrDefault("CHROMIUM", "chromium");
    int failures = 0;
    for (String arg : args) {
      int colon = arg.lastIndexOf(':');
      Path file = Path.of(arg.substring(0, colon)).toAbsolutePath();
      int minCharts = Integer.parseInt(arg.substring(colon + 1));
      List<String> problems = check(chromium, file, minCharts);
      if (problems.isEmpty()) {
        System.out.println("browser check passed: " + file);
      } else {
        failures++;
        System.out.println("browser check FAILED: " + file);
        problems.forEach(p -> System.out.println("  - " + p));
      }
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  static List<String> check(String chromium, Path file, int minCharts) throws Exception {
    List<String> problems = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      problems.add("no such file");
      return problems;
    }
    Path profile = Files.createTempDirectory("flopex-chromium-");
    Process browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--no-default-browser-check", "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,2000",
        "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(profile.resolve("chromium.log").toFile())
        .start();
    try {
      int port = devToolsPort(profile, browser);
      String wsUrl = pageWebSocket(port);
      Cdp cdp = Cdp.connect(wsUrl);
      cdp.call("Runtime.enable", Map.of());
      cdp.call("Log.enable", Map.of());
      cdp.call("Page.enable", Map.of());
      cdp.call("Page.navigate", Map.of("url", file.toUri().toString()));
      cdp.awaitEvent("Page.loadEventFired");
      Thread.sleep(500);
      String probe = String.join("\n",
          "(() => {",
          "  const figures = [...document.querySelectorAll('figure.chart')];",
          "  return JSON.stringify({",
          "    title: document.title,",
          "    figures: figures.length,",
          "    charts: figures.map(f => {",
          "      const svg = f.querySelector('svg');",
          "      if (!svg) return {id: f.id, svg: false};",
          "      const r = svg.getBoundingClientRect();",
          "      return {id: f.id, svg: true, width: r.width, height: r.height,",
          "        shapes: svg.querySelectorAll('rect,path,line').length,",
          "        texts: svg.querySelectorAll('text').length,",
          "        caption: (f.querySelector('figcaption') || {}).textContent || ''};",
          "    })",
          "  });",
          "})()");
      Map<String, Object> result = cdp.call("Runtime.evaluate", Map.of("expression", probe, "returnByValue", true));
      Object value = path(result, "result", "value");
      if (!(value instanceof String)) {
        problems.add("probe script failed: " + Json.write(result));
      } else {
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) Json.parse((String) value);
        int figures = ((Number) page.get("figures")).intValue();
        if (figures < minCharts) {
          problems.add("expected at least " + minCharts + " charts but the page shows " + figures);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) page.get("charts");
        for (Map<String, Object> c : charts) {
          String id = String.valueOf(c.get("id"));
          if (!Boolean.TRUE.equals(c.get("svg"))) {
            problems.add(id + ": no inline SVG");
            continue;
          }
          double w = ((Number) c.get("width")).doubleValue();
          double h = ((Number) c.get("height")).doubleValue();
          int shapes = ((Number) c.get("shapes")).intValue();
          int texts = ((Number) c.get("texts")).intValue();
          if (w < 200 || h < 100) {
            problems.add(id + ": laid out at " + w + " x " + h + " px (expected at least 200 x 100)");
          }
          if (shapes < 5 || texts < 2) {
            problems.add(id + ": only " + shapes + " shapes and " + texts + " text elements drawn");
          }
          System.out.printf("  %s: %.0f x %.0f px, %d shapes, %d texts — %s%n", id, w, h, shapes, texts, c.get("caption"));
        }
      }
      Map<String, Object> shot = cdp.call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
      Object data = shot.get("data");
      if (data instanceof String) {
        Files.write(Path.of(file + ".png"), Base64.getDecoder().decode((String) data));
      }
      problems.addAll(cdp.errors());
      cdp.close();
    } finally {
      browser.destroy();
      if (!browser.waitFor(10, TimeUnit.SECONDS)) {
        browser.destroyForcibly();
      }
    }
    return problems;
  }

  private static int devToolsPort(Path profile, Process browser) throws Exception {
    Path f = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isRegularFile(f)) {
        List<String> lines = Files.readAllLines(f);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).strip());
        }
      }
      if (!browser.isAlive()) {
        throw new IllegalStateException("chromium exited with " + browser.exitValue() + ": "
            + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("chromium did not open a DevTools port within " + TIMEOUT);
  }

  private static String pageWebSocket(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString());
    for (Object o : (List<?>) Json.parse(r.body())) {
      Map<?, ?> t = (Map<?, ?>) o;
      if ("page".equals(t.get("type"))) {
        return (String) t.get("webSocketDebuggerUrl");
      }
    }
    throw new IllegalStateException("no page target in " + r.body());
  }

  static Object path(Map<String, Object> m, String... keys) {
    Object o = m;
    for (String k : keys) {
      if (!(o instanceof Map)) {
        return null;
      }
      o = ((Map<?, ?>) o).get(k);
    }
    return o;
  }

  /** A minimal DevTools protocol client: numbered calls, events queued, errors collected. */
  static final class Cdp implements WebSocket.Listener {
    private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
    private final List<Map<String, Object>> events = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket ws;
    private int nextId = 1;

    static Cdp connect(String url) throws Exception {
      Cdp c = new Cdp();
      c.ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(url), c)
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      return c;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(partial.toString());
        partial.setLength(0);
        messages.add(m);
      }
      webSocket.request(1);
      return null;
    }

    Map<String, Object> call(String method, Map<String, Object> params) throws Exception {
      int id = nextId++;
      Map<String, Object> msg = new LinkedHashMap<>();
      msg.put("id", id);
      msg.put("method", method);
      msg.put("params", params);
      ws.sendText(Json.write(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      while (true) {
        Map<String, Object> m = next(method);
        if (m.get("id") instanceof Number && ((Number) m.get("id")).intValue() == id) {
          if (m.containsKey("error")) {
            throw new IllegalStateException(method + " failed: " + Json.write(m.get("error")));
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> result = (Map<String, Object>) m.getOrDefault("result", Map.of());
          return result;
        }
        events.add(m);
      }
    }

    void awaitEvent(String method) throws Exception {
      for (Map<String, Object> e : events) {
        if (method.equals(e.get("method"))) {
          return;
        }
      }
      while (true) {
        Map<String, Object> m = next(method);
        events.add(m);
        if (method.equals(m.get("method"))) {
          return;
        }
      }
    }

    private Map<String, Object> next(String waitingFor) throws Exception {
      Map<String, Object> m = messages.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (m == null) {
        throw new IllegalStateException("no answer from chromium within " + TIMEOUT + " waiting for " + waitingFor);
      }
      return m;
    }

    /** Console errors, uncaught exceptions and error log entries (e.g. failed or blocked loads). */
    List<String> errors() {
      Map<String, Object> m;
      while ((m = messages.poll()) != null) {
        events.add(m);
      }
      List<String> out = new ArrayList<>();
      for (Map<String, Object> e : events) {
        Object method = e.get("method");
        if ("Runtime.consoleAPICalled".equals(method)) {
          Object type = path(e, "params", "type");
          if ("error".equals(type) || "assert".equals(type)) {
            out.add("console." + type + ": " + Json.write(path(e, "params", "args")));
          }
        } else if ("Runtime.exceptionThrown".equals(method)) {
          out.add("uncaught exception: " + Json.write(path(e, "params", "exceptionDetails")));
        } else if ("Log.entryAdded".equals(method)) {
          Object level = path(e, "params", "entry", "level");
          if ("error".equals(level)) {
            out.add("console error: " + path(e, "params", "entry", "text") + " (" + path(e, "params", "entry", "url") + ")");
          }
        }
      }
      return out;
    }

    void close() {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
  }

  /** Just enough JSON for the DevTools protocol: objects, arrays, strings, numbers, booleans, null. */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json j = new Json(text);
      Object v = j.value();
      j.ws();
      if (j.i != text.length()) {
        throw new IllegalArgumentException("trailing text at " + j.i);
      }
      return v;
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private Object value() {
      ws();
      char c = s.charAt(i);
      switch (c) {
        case '{': {
          Map<String, Object> m = new LinkedHashMap<>();
          i++;
          ws();
          if (s.charAt(i) == '}') {
            i++;
            return m;
          }
          while (true) {
            ws();
            String k = string();
            ws();
            expect(':');
            m.put(k, value());
            ws();
            if (s.charAt(i) == ',') {
              i++;
            } else {
              expect('}');
              return m;
            }
          }
        }
        case '[': {
          List<Object> l = new ArrayList<>();
          i++;
          ws();
          if (s.charAt(i) == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(value());
            ws();
            if (s.charAt(i) == ',') {
              i++;
            } else {
              expect(']');
              return l;
            }
          }
        }
        case '"':
          return string();
        case 't':
          i += 4;
          return Boolean.TRUE;
        case 'f':
          i += 5;
          return Boolean.FALSE;
        case 'n':
          i += 4;
          return null;
        default: {
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          return Double.parseDouble(s.substring(start, i));
        }
      }
    }

    private void expect(char c) {
      if (s.charAt(i) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + i + " but found '" + s.charAt(i) + "'");
      }
      i++;
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n': b.append('\n'); break;
            case 't': b.append('\t'); break;
            case 'r': b.append('\r'); break;
            case 'b': b.append('\b'); break;
            case 'f': b.append('\f'); break;
            case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
            default: b.append(e);
          }
        } else {
          b.append(c);
        }
      }
    }

    static String write(Object o) {
      if (o == null) {
        return "null";
      }
      if (o instanceof String) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : ((String) o).toCharArray()) {
          if (c == '"' || c == '\\') {
            b.append('\\').append(c);
          } else if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
        return b.append('"').toString();
      }
      if (o instanceof Map) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
          if (b.length() > 1) {
            b.append(',');
          }
          b.append(write(String.valueOf(e.getKey()))).append(':').append(write(e.getValue()));
        }
        return b.append('}').toString();
      }
      if (o instanceof List) {
        StringBuilder b = new StringBuilder("[");
        for (Object x : (List<?>) o) {
          if (b.length() > 1) {
            b.append(',');
          }
          b.append(write(x));
        }
        return b.append(']').toString();
      }
      if (o instanceof Double && ((Double) o) == Math.rint((Double) o) && !Double.isInfinite((Double) o)) {
        return Long.toString(((Double) o).longValue());
      }
      return String.valueOf(o);
    }
  }

  private BrowserCheck() {}
}
