package dev.surveyor.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven through ChromeDriver, both from the system (Debian's chromium and
 * chromium-driver; .ci/run installs them), never downloaded. Wraps the few DevTools commands the
 * browser tests need: viewport and colour-scheme emulation, axe-core, console errors.
 */
public final class Browser implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  // Selenium warns that it has no DevTools bindings for this Chromium; we only use CDP commands
  // through ChromeDriver, which need none. Held here so the setting is not garbage collected.
  private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");
  private static final String INSTALL =
      "the browser tests need Chromium and ChromeDriver: apt-get install chromium chromium-driver"
          + " (.ci/run installs them)";

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts Chromium, failing with how to install it when it is missing. */
  public static Browser start() {
    CDP_LOG.setLevel(Level.SEVERE);
    Path chromium =
        onPath("chromium", "chromium-browser", "google-chrome")
            .orElseThrow(() -> new AssertionError("no chromium on PATH; " + INSTALL));
    Path chromedriver =
        onPath("chromedriver")
            .orElseThrow(() -> new AssertionError("no chromedriver on PATH; " + INSTALL));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--lang=en-GB",
        "--window-size=1280,900",
        "--force-color-profile=srgb");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Browser browser = new Browser(driver);
    // axe-core comes inside Deque's axe-core Maven artifact; every page gets it before its own
    // scripts.
    browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axeSource()));
    return browser;
  }

  public void open(URI url) {
    driver.get(url.toString());
  }

  /** Lays the page out as on a screen this wide and high; {@code mobile} as on a phone. */
  public void viewport(int width, int height, boolean mobile) {
    cdp(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Emulates the reader's {@code prefers-color-scheme}: "light" or "dark". */
  public void colorScheme(String scheme) {
    cdp(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /**
   * Taps the page at ({@code x}, {@code y}) in CSS pixels of the viewport, as a finger does: a
   * touch starts and ends there, and the browser makes its pointer events and click of it. Returns
   * after a pause longer than a double tap's, so two calls are two taps.
   */
  public void tap(double x, double y) {
    cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
    cdp(
        "Input.dispatchTouchEvent",
        Map.of("type", "touchStart", "touchPoints", List.of(Map.of("x", x, "y", y))));
    cdp("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    // A finger lifts and comes back more slowly than a double tap, which a browser reads apart
    try {
      Thread.sleep(400);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Emulates a CSS media type: "print" lays the page out as for paper, "" as on screen. */
  public void media(String type) {
    cdp("Emulation.setEmulatedMedia", Map.of("media", type));
  }

  /**
   * Runs every axe-core rule on the whole page; one map per violated rule (id, impact, help,
   * nodes).
   */
  public List<Map<String, Object>> axeViolations() {
    return axeViolations(List.of(), List.of());
  }

  /**
   * Runs axe-core on the page less the elements matching {@code exclude}, with only the named
   * {@code rules} when there are any (for instance those that look at colours).
   */
  public List<Map<String, Object>> axeViolations(List<String> exclude, List<String> rules) {
    try {
      String context =
          exclude.isEmpty()
              ? "document"
              : "{exclude: "
                  + JSON.writeValueAsString(exclude.stream().map(List::of).toList())
                  + "}";
      String options =
          rules.isEmpty()
              ? "{resultTypes: ['violations']}"
              : "{resultTypes: ['violations'], runOnly: {type: 'rule', values: "
                  + JSON.writeValueAsString(rules)
                  + "}}";
      Object json =
          driver.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "axe.run("
                  + context
                  + ", "
                  + options
                  + ")"
                  + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,"
                  + " help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))))"
                  + ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e),"
                  + " nodes: []}])));");
      return JSON.readValue((String) json, new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Console messages at error level since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  public Object script(String js) {
    return driver.executeScript(js);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Saves what the viewport shows as a PNG. */
  public void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> cdp(String command, Map<String, Object> params) {
    return driver.executeCdpCommand(command, params);
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new AssertionError(
            "axe.min.js not on the test classpath (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> onPath(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(names)
        .flatMap(
            name ->
                Stream.of(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
