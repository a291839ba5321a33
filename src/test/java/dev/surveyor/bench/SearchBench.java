package dev.surveyor.bench;

import com.sun.net.httpserver.HttpServer;
import dev.surveyor.analyze.SearchWordCounter;
import dev.surveyor.analyze.SurveyAnalysis;
import dev.surveyor.cite.Citations;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Survey;
import dev.surveyor.render.OutputFile;
import dev.surveyor.render.SearchIndexScript;
import dev.surveyor.support.Repo;
import dev.surveyor.view.SearchIndex;
import dev.surveyor.view.SiteViews;
import dev.surveyor.view.ViewMemo;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The search page in Debian's Chromium (Selenium), served over HTTP under {@code /survey/} with the
 * browser cache off: for each query, a fresh navigation to {@code search.html?q=…}, then the time
 * from navigation to the first result shown (the page's {@code search-first-result} mark, which the
 * search page set before this index too), the bytes fetched (Resource Timing, bodies as served,
 * uncompressed: the page, its scripts and style, and the index pieces) and the JS heap in use then
 * (DevTools' {@code Runtime.getHeapUsage}). Run by {@code bench/search}.
 *
 * <pre>
 * SearchBench content SIZE DIR          the real survey with synthetic listings up to SIZE papers
 * SearchBench index CONTENT             time the search index of a content directory (build side)
 * SearchBench measure RUNS LABEL=SITE…  the table, medians of RUNS navigations per query
 * </pre>
 */
public final class SearchBench {
  private static final long SEED = 20260101L; // bench/run's
  static final List<String> QUERIES =
      List.of("curriculum", "low-rank", "GRPO", "reasoning language models", "masked thought");

  private SearchBench() {}

  /** The queries measured: {@link #QUERIES}, or those of {@code -Dqueries=a,b}. */
  private static List<String> queries() {
    String given = System.getProperty("queries");
    return given == null ? QUERIES : List.of(given.split(","));
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "content" -> content(Integer.parseInt(args[1]), Path.of(args[2]));
      case "index" -> index(Path.of(args[1]));
      case "measure" -> measure(Integer.parseInt(args[1]), List.of(args).subList(2, args.length));
      default -> throw new IllegalArgumentException("content, index or measure: " + args[0]);
    }
  }

  private static void content(int size, Path dir) throws Exception {
    Path listings = dir.resolveSibling(dir.getFileName() + "-listings");
    if (!Files.isDirectory(listings)) {
      BenchContent.listings(Repo.content(), listings, size, SEED);
    }
    BenchContent.synthetic(Repo.content(), listings, dir);
  }

  /**
   * The index's build cost: counting the words (done in the analysis's pass over the text, timed
   * here alone, on one core), then the views made from the analysis and the files' bytes.
   */
  private static void index(Path contentDir) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Content content = new ContentReader(contentDir, diagnostics).read();
    Survey survey =
        SurveyAnalysis.analyze(content, ListingIngest.ingest(content, diagnostics), diagnostics);
    for (int round = 0; round < Integer.getInteger("rounds", 3); round++) {
      long wall = System.nanoTime();
      long cpu = cpuTime();
      SearchWordCounter.of(survey.papers(), survey.entities());
      long countWall = System.nanoTime();
      long countCpu = cpuTime();
      SiteViews views = new SiteViews(survey, Citations.of(survey), diagnostics, ViewMemo.NONE);
      SearchIndex index = views.searchIndex();
      List<OutputFile> files = SearchIndexScript.of(index);
      long bytes = files.stream().mapToLong(f -> f.bytes().length).sum();
      long cpuAfter = cpuTime();
      System.out.printf(
          Locale.ROOT,
          "%,d papers: counting words %.2f s wall, %.2f s CPU; index %.2f s wall, %.2f s CPU;"
              + " %,d files, %.1f MB (shards %,d, largest shard %,d bytes)%n",
          survey.papers().size(),
          (countWall - wall) / 1e9,
          (countCpu - cpu) / 1e9,
          (System.nanoTime() - countWall) / 1e9,
          (cpuAfter - countCpu) / 1e9,
          files.size(),
          bytes / 1e6,
          index.shards().size(),
          files.stream()
              .filter(f -> f.path().contains("/s-"))
              .mapToInt(f -> f.bytes().length)
              .max()
              .orElse(0));
    }
  }

  private static long cpuTime() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static void measure(int runs, List<String> sites) throws Exception {
    ChromeDriver driver = browser();
    try {
      System.out.println(
          "| site | query | papers found | first result (median, min–max) | fetched: all | of"
              + " which index | JS heap |");
      System.out.println("|---|---|---:|---:|---:|---:|---:|");
      for (String site : sites) {
        String label = site.substring(0, site.indexOf('='));
        Path dir = Path.of(site.substring(site.indexOf('=') + 1));
        HttpServer server = serve(dir);
        try {
          String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/survey/";
          for (String query : queries()) {
            List<Double> times = new ArrayList<>();
            Map<String, Object> last = null;
            for (int run = 0; run < runs; run++) {
              last = once(driver, base + "search.html?q=" + query.replace(" ", "+"));
              times.add(((Number) last.get("first")).doubleValue());
            }
            Collections.sort(times);
            System.out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %.0f ms (%.0f–%.0f) | %.1f kB | %.1f kB | %.1f MB |%n",
                label,
                query,
                last.get("status"),
                times.get(times.size() / 2),
                times.get(0),
                times.get(times.size() - 1),
                ((Number) last.get("bytes")).doubleValue() / 1e3,
                ((Number) last.get("index")).doubleValue() / 1e3,
                ((Number) last.get("heap")).doubleValue() / 1e6);
          }
        } finally {
          server.stop(0);
        }
      }
    } finally {
      driver.quit();
    }
  }

  /** One navigation: waits for the first result (or a "no paper" status), then reads figures. */
  private static Map<String, Object> once(ChromeDriver driver, String url) throws Exception {
    driver.get("about:blank");
    driver.get(url);
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (true) {
      Object done =
          driver.executeScript(
              "return performance.getEntriesByName('search-first-result').length > 0"
                  + " || /^(No paper|The search index could not)/"
                  + "   .test(document.getElementById('search-status').textContent)");
      if (Boolean.TRUE.equals(done)) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no result within 180 s: " + url);
      }
      Thread.sleep(5);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> figures =
        (Map<String, Object>)
            driver.executeScript(
                "var mark = performance.getEntriesByName('search-first-result')[0];"
                    + "var all = performance.getEntriesByType('resource')"
                    + "  .concat(performance.getEntriesByType('navigation'));"
                    + "var size = function (e) { return e.encodedBodySize || 0; };"
                    + "return {first: mark ? mark.startTime : -1,"
                    + " status: document.getElementById('search-status').textContent"
                    + "   .replace(/ (papers?) (for|mentions?) .*/, ' $1'),"
                    + " bytes: all.reduce(function (s, e) { return s + size(e); }, 0),"
                    + " index: all.filter(function (e) { return /search-index|lunr|\\/search\\//"
                    + "   .test(e.name); }).reduce(function (s, e) { return s + size(e); }, 0)};");
    if (Boolean.getBoolean("timeline")) { // where the time to the first result went
      System.out.println(
          driver.executeScript(
              "return performance.getEntriesByType('navigation')"
                  + ".concat(performance.getEntriesByType('resource'))"
                  + ".concat(performance.getEntriesByType('mark')).map(function (e) {"
                  + " return Math.round(e.startTime) + '-' + Math.round(e.responseEnd"
                  + " || e.startTime) + ' ' + e.name.replace(/.*\\//, ''); }).join('\\n')"));
    }
    Map<String, Object> heap = driver.executeCdpCommand("Runtime.getHeapUsage", Map.of());
    figures = new java.util.HashMap<>(figures);
    figures.put("heap", heap.get("usedSize"));
    return figures;
  }

  private static ChromeDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,900");
    ChromeDriver driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build(),
            options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(180));
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    return driver;
  }

  /** The site's files under /survey/, as a host serves a project site; nothing compressed. */
  private static HttpServer serve(Path site) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/survey/",
        exchange -> {
          String path = exchange.getRequestURI().getPath().substring("/survey/".length());
          Path file = site.resolve(path.isEmpty() ? "index.html" : path).normalize();
          if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] body = Files.readAllBytes(file);
          String name = file.getFileName().toString();
          String type =
              name.endsWith(".html")
                  ? "text/html; charset=utf-8"
                  : name.endsWith(".js")
                      ? "text/javascript; charset=utf-8"
                      : name.endsWith(".css")
                          ? "text/css; charset=utf-8"
                          : "application/octet-stream";
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.getResponseHeaders().set("Timing-Allow-Origin", "*");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.setExecutor(
        java.util.concurrent.Executors.newFixedThreadPool(
            4,
            work -> {
              Thread thread = new Thread(work);
              thread.setDaemon(true);
              return thread;
            }));
    server.start();
    return server;
  }
}
