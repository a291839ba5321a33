package dev.surveyor.serve;

import static dev.surveyor.support.MiniSite.ABSTRACT_TAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.build.BuildOptions;
import dev.surveyor.support.Browser;
import dev.surveyor.support.MiniSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Review page of {@code serve}: answering in a browser writes the verdict and the rebuilt site
 * shows it; requests from elsewhere, or for what is not a paper or a theme, are refused and write
 * nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewServeTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String PATH = "/__surveyor/review";
  private MiniSite site;
  private ServeSession session;
  private final StringWriter log = new StringWriter();
  private final HttpClient http = HttpClient.newHttpClient();
  private String root;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    site =
        new MiniSite(dir)
            .file("survey.md", "---\ntitle: Review\nlisting_year: 2025\n---\nIntro.\n")
            .file(
                "themes/peft.md",
                "---\nname: PEFT\norder: 1\nrules:\n  threshold: 6\n  cues:\n    LoRA: 3\n---\nLow.\n")
            .file(
                "themes/reasoning.md",
                "---\nname: Reasoning\norder: 2\nrules:\n  threshold: 6\n  cues:\n"
                    + "    reasoning: 3\n---\nThink.\n")
            .file(
                "sources/listing.txt",
                "Plain Prompting\nWe study prompts."
                    + ABSTRACT_TAIL
                    + "\nA Study of Adapters\nWe compare LoRA with others for reasoning."
                    + ABSTRACT_TAIL
                    + "\nLoRA at Scale\nWe scale it up."
                    + ABSTRACT_TAIL
                    + "\nLoRA Everywhere\nWe adapt models with LoRA."
                    + ABSTRACT_TAIL
                    + "\n")
            .file(
                "papers/lora-everywhere.md",
                "---\nadd_themes: [reasoning]\n---\nThe curator's own words.\n");
    ServeOptions options =
        new ServeOptions(
            new BuildOptions(site.content(), site.templates(), site.out(), null), 0, "survey");
    session = ServeSession.start(options, new PrintWriter(log, true), new PrintWriter(log, true));
    root = "http://127.0.0.1:" + session.port();
  }

  @AfterAll
  void stop() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  @Order(1)
  void theQueueIsServedButNeverWrittenIntoTheSite() throws Exception {
    HttpResponse<String> page = get(PATH);
    assertEquals(200, page.statusCode(), page.body());
    Document html = Jsoup.parse(page.body());
    assertEquals(
        List.of(
            "lora-at-scale", // 6 of 6: a coin toss
            "a-study-of-adapters", // 3 of 6, then by slug
            "lora-everywhere", // 9 of 6 (reasoning is the note's: not asked)
            "plain-prompting"), // 0 of 6
        html.select("form.review-item input[name=slug]").eachAttr("value"));
    assertEquals(
        List.of("peft"),
        html.select("#review-lora-at-scale input[name=theme][checked]").eachAttr("value"),
        "ticked as proposed");
    assertEquals(404, get("/survey/__surveyor/review").statusCode());
    try (Stream<Path> files = Files.walk(site.out())) {
      assertEquals(
          List.of(),
          files.filter(p -> p.toString().contains("review")).toList(),
          "nothing of the Review page on disk");
    }
  }

  @Test
  void refusesAnotherOriginOrNoneAndWritesNothing() throws Exception {
    SortedMap<String, String> before = MiniSite.snapshot(site.content());
    HttpResponse<String> foreign =
        post("slug=plain-prompting&theme=peft", Optional.of("http://evil.example"));
    assertEquals(403, foreign.statusCode());
    assertEquals("refused: Origin 'http://evil.example' is not this server\n", foreign.body());
    HttpResponse<String> otherPort =
        post("slug=plain-prompting&theme=peft", Optional.of("http://127.0.0.1:1"));
    assertEquals(403, otherPort.statusCode());
    HttpResponse<String> none = post("slug=plain-prompting&theme=peft", Optional.empty());
    assertEquals(403, none.statusCode());
    assertEquals(
        "refused: a POST must come from this server's own page (no Origin)\n", none.body());
    assertEquals(before, MiniSite.snapshot(site.content()));
  }

  @Test
  void refusesAnotherHost() throws Exception {
    assertEquals("HTTP/1.1 403 Forbidden", statusLine("evil.example:" + session.port()));
    assertEquals("HTTP/1.1 403 Forbidden", statusLine("127.0.0.1.nip.io:" + session.port()));
    assertEquals("HTTP/1.1 200 OK", statusLine("localhost:" + session.port()));
  }

  @Test
  void answersOnlyOnLoopback() throws Exception {
    Optional<InetAddress> other = nonLoopbackAddress();
    assumeTrue(other.isPresent(), "this machine has no address besides loopback");
    try (Socket socket = new Socket()) {
      assertThrows(
          ConnectException.class,
          () -> socket.connect(new InetSocketAddress(other.get(), session.port()), 5000));
    }
  }

  @Test
  void refusesWhatIsNotAPaperOrATheme() throws Exception {
    SortedMap<String, String> before = MiniSite.snapshot(site.content());
    Optional<String> own = Optional.of(root);
    HttpResponse<String> missing = post("slug=no-such-paper&theme=peft", own);
    assertEquals(404, missing.statusCode());
    assertEquals("refused: no paper has the slug 'no-such-paper'\n", missing.body());
    assertEquals(404, post("slug=..%2F..%2Fsurvey&theme=peft", own).statusCode());
    assertEquals(404, post("slug=..%2Fthemes%2Fpeft&theme=peft", own).statusCode());
    HttpResponse<String> theme = post("slug=plain-prompting&theme=..%2Fpeft", own);
    assertEquals(400, theme.statusCode());
    assertEquals("refused: no theme has the slug '../peft'\n", theme.body());
    assertEquals(400, post("theme=peft", own).statusCode());
    assertEquals(400, post("slug=plain-prompting&slug=lora-at-scale", own).statusCode());
    assertEquals(before, MiniSite.snapshot(site.content()));
    assertFalse(Files.exists(site.content().resolve("papers/no-such-paper.md")));
  }

  @Test
  @Order(2) // answers, so the queue changes
  void answeringInTheBrowserWritesTheVerdictAndTheRebuiltSiteShowsIt() throws Exception {
    try (Browser browser = Browser.start()) {
      browser.open(URI.create(root + PATH));
      WebElement form = browser.driver().findElement(By.id("review-a-study-of-adapters"));
      // Proposed: no theme (3 points for PEFT, 3 for reasoning; 6 needed). The curator says PEFT.
      form.findElement(By.cssSelector("input[value=peft]")).click();
      form.findElement(By.cssSelector("button[type=submit]")).click();
      awaitMessage(browser, "Saved: A Study of Adapters");
      assertTrue(
          browser.driver().findElements(By.id("review-a-study-of-adapters")).isEmpty(),
          "answered papers leave the queue");
      assertEquals(
          "---\nthemes: [peft]\n---\n",
          Files.readString(site.content().resolve("papers/a-study-of-adapters.md")));

      // A note with add_themes and its own text: the verdict replaces the one, keeps the other.
      WebElement noted = browser.driver().findElement(By.id("review-lora-everywhere"));
      assertTrue(noted.findElement(By.cssSelector("input[value=reasoning]")).isSelected());
      noted.findElement(By.cssSelector("input[value=reasoning]")).click();
      noted.findElement(By.cssSelector("button[type=submit]")).click();
      awaitMessage(browser, "Saved: LoRA Everywhere");
      assertEquals(
          "---\nthemes: [peft]\n---\nThe curator's own words.\n",
          Files.readString(site.content().resolve("papers/lora-everywhere.md")));

      browser.open(URI.create(root + "/survey/papers/a-study-of-adapters.html"));
      assertEquals(
          "A curator decided its themes: PEFT.",
          browser.driver().findElement(By.cssSelector(".curator-decision")).getText());
      Document onDisk =
          Jsoup.parse(site.out().resolve("papers/lora-everywhere.html").toFile(), "UTF-8");
      assertEquals(
          "A curator decided its themes: PEFT.", onDisk.selectFirst(".curator-decision").text());
      assertEquals("The curator's own words.", onDisk.selectFirst(".curator-note .prose").text());
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  /** Waits for the page to say what the answer did; fails with the page and the log. */
  private void awaitMessage(Browser browser, String start) {
    try {
      // The last answer's message stays on the page until the form's POST navigates away, so an
      // element found just before that navigation may be gone when read.
      new WebDriverWait(browser.driver(), WAIT)
          .ignoring(StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElements(By.cssSelector(".review-message")).stream()
                      .anyMatch(e -> e.getText().startsWith(start)));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no '"
              + start
              + "' at "
              + browser.driver().getCurrentUrl()
              + ":\n"
              + browser.driver().getPageSource()
              + "\nserve said:\n"
              + log,
          e);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root + path)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String form, Optional<String> origin) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + PATH))
            .timeout(WAIT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    origin.ifPresent(o -> request.header("Origin", o));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The status line of a GET of the Review page with this Host header, sent by hand. */
  private String statusLine(String host) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), session.port())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + PATH + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return response.lines().findFirst().orElse("");
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress address : nic.inetAddresses().toList()) {
          if (address instanceof Inet4Address) {
            return Optional.of(address);
          }
        }
      }
    }
    return Optional.empty();
  }
}
