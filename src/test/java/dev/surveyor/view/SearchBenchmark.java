package dev.surveyor.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.render.OutputFile;
import dev.surveyor.render.SearchIndexScript;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.RealBuild;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How big the search index is and how soon the search page shows its first result, in headless
 * Chromium from disk: for the real survey, and for larger indexes made from the llm-bible corpus
 * (repeated to reach the size). Not a test: run it by hand, see the closing note of issue 6.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.surveyor.view.SearchBenchmark \
 *     [../shared/corpora/llm-bible.papers.jsonl] [sizes, e.g. 2905,10000,100000]
 * </pre>
 */
public final class SearchBenchmark {
  private static final int RUNS = 5;
  private static final int LARGE = 20_000; // measured once, not RUNS times

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/llm-bible.papers.jsonl");
    String[] sizes = (args.length > 1 ? args[1] : "2905,10000,100000").split(",");
    if (sizes.length == 1 && sizes[0].isEmpty()) {
      sizes = new String[0];
    }
    Path site = RealBuild.out();
    ChromeDriver driver = browser();
    try {
      report("real survey", site.resolve("assets/search-index.js"));
      measure(driver, site, "masked thought", RUNS);
      JsonNode bible = sizes.length == 0 ? null : readCorpus(corpus);
      for (String size : sizes) {
        for (boolean abstracts : new boolean[] {true, false}) {
          Path copy = Files.createTempDirectory("surveyor-bench");
          MiniSite.copyTree(site, copy.resolve("site"));
          int n = Integer.parseInt(size);
          SearchIndex synthetic = synthetic(bible, n, abstracts);
          OutputFile index = SearchIndexScript.of(synthetic);
          Path file = copy.resolve("site").resolve(index.path());
          Files.write(file, index.bytes());
          String text =
              !abstracts
                  ? "titles only"
                  : fitsWhole(bible, n)
                      ? "whole abstracts"
                      : "first sentences of abstracts (over the budget)";
          report(n + " papers, " + text, file);
          measure(driver, copy.resolve("site"), "reasoning language", n > LARGE ? 1 : RUNS);
        }
      }
    } finally {
      driver.quit();
    }
  }

  private static ChromeDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--js-flags=--max-old-space-size=8192");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(10));
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
    return driver;
  }

  private static void report(String label, Path index) throws IOException {
    byte[] bytes = Files.readAllBytes(index);
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(bytes);
    }
    System.out.printf(
        Locale.ROOT, "%n%s: index %,d bytes, gzip %,d bytes%n", label, bytes.length, zipped.size());
  }

  /** Opens search.html?q=... RUNS times; prints the median index build and first-result times. */
  private static void measure(ChromeDriver driver, Path site, String query, int runs) {
    List<Double> builds = new ArrayList<>();
    List<Double> firsts = new ArrayList<>();
    List<Double> parses = new ArrayList<>();
    List<Double> loads = new ArrayList<>();
    List<Double> fulls = new ArrayList<>();
    String url = site.resolve("search.html").toUri() + "?q=" + query.replace(' ', '+');
    for (int run = 0; run < runs; run++) {
      driver.get("about:blank");
      driver.get(url);
      new WebDriverWait(driver, Duration.ofMinutes(10))
          .until(
              d ->
                  ((JavascriptExecutor) d)
                              .executeScript(
                                  "return performance.getEntriesByName('search-full-index').length")
                          instanceof Long n
                      && n > 0);
      Map<?, ?> t =
          (Map<?, ?>)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "var nav = performance.getEntriesByType('navigation')[0];"
                          + "return {build: performance.getEntriesByName('search-quick-index')[0].duration,"
                          + " first: performance.getEntriesByName('search-first-result')[0].startTime,"
                          + " full: performance.getEntriesByName('search-full-index')[0].duration,"
                          + " parsed: nav.domInteractive,"
                          + " script: performance.getEntriesByName('search-quick-index')[0].startTime};");
      builds.add(((Number) t.get("build")).doubleValue());
      firsts.add(((Number) t.get("first")).doubleValue());
      parses.add(((Number) t.get("parsed")).doubleValue());
      loads.add(((Number) t.get("script")).doubleValue());
      fulls.add(((Number) t.get("full")).doubleValue());
    }
    System.out.printf(
        Locale.ROOT,
        "  median of %d, in ms after navigation: HTML parsed %.0f; scripts loaded (lunr, index) %.0f;"
            + " title index built in %.0f; first result shown %.0f; full index with abstracts ready"
            + " %.0f after the scripts loaded%n",
        runs,
        median(parses),
        median(loads),
        median(builds),
        median(firsts),
        median(fulls));
    Object typed =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var input = document.getElementById('search-q'); var times = [];"
                    + "['l', 'lo', 'lor', 'lora', 'lora f', 'lora fi', 'lora fin', 'lora fine'].forEach(function (q) {"
                    + " var t0 = performance.now(); input.value = q; input.dispatchEvent(new Event('input'));"
                    + " times.push(performance.now() - t0); });"
                    + "times.sort(function (a, b) { return a - b; }); return times[times.length - 1];");
    System.out.printf(
        Locale.ROOT,
        "  typing \"lora fine\" a key at a time: slowest key answered (search and render) in %.0f ms%n",
        ((Number) typed).doubleValue());
    Map<?, ?> prebuilt =
        (Map<?, ?>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var docs = window.SURVEYOR_SEARCH.papers;"
                        + "var idx = lunr(function () { this.ref('id'); this.field('title', {boost: 10});"
                        + " this.field('abstract'); this.metadataWhitelist = ['position'];"
                        + " docs.forEach(function (p, i) { this.add({id: String(i), title: p.title, abstract: p.abstractText || ''}); }, this); });"
                        + "var json = JSON.stringify(idx); var t0 = performance.now();"
                        + "lunr.Index.load(JSON.parse(json));"
                        + "return {bytes: json.length, load: performance.now() - t0};");
    System.out.printf(
        Locale.ROOT,
        "  a prebuilt (serialised) lunr index would be %,d bytes and load in %.0f ms%n",
        ((Number) prebuilt.get("bytes")).longValue(),
        ((Number) prebuilt.get("load")).doubleValue());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static JsonNode readCorpus(Path jsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    var array = mapper.createArrayNode();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        array.add(mapper.readTree(line));
      }
    }
    return array;
  }

  private static boolean fitsWhole(JsonNode corpus, int size) {
    long total = 0;
    for (int i = 0; i < size; i++) {
      total += corpus.get(i % corpus.size()).get("abstract").asText().length();
    }
    return total <= SearchViews.ABSTRACT_BUDGET;
  }

  /**
   * {@code size} documents from the corpus, repeated with a numbered title when it runs out; with
   * abstracts as the build would ship them: whole within the budget, else first sentences.
   */
  private static SearchIndex synthetic(JsonNode corpus, int size, boolean abstracts) {
    boolean whole = fitsWhole(corpus, size);
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      JsonNode paper = corpus.get(i % corpus.size());
      int round = i / corpus.size();
      String title = paper.get("title").asText() + (round == 0 ? "" : " (" + round + ")");
      docs.add(
          new SearchDocument(
              "papers/p" + i + ".html",
              title,
              !abstracts
                  ? ""
                  : whole
                      ? paper.get("abstract").asText()
                      : Summary.of(paper.get("abstract").asText()),
              List.of(),
              List.of(),
              List.of(),
              null,
              paper.get("year").asInt(),
              String.valueOf(paper.get("year").asInt()),
              null));
    }
    return new SearchIndex(
        List.of(new SearchIndex.SearchTheme("other", "Other", "themes/other.html")), docs);
  }
}
