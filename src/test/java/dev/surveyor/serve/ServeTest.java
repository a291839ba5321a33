package dev.surveyor.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.BuildOptions;
import dev.surveyor.publish.OutputLock;
import dev.surveyor.support.EventClient;
import dev.surveyor.support.MiniSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} over real HTTP: a copy of the real content served under {@code /survey/} on a free
 * port, edited while a client listens to the event stream as a browser would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeTest {
  /** Generous, as the machine is shared; every wait polls and returns as soon as it can. */
  private static final Duration WAIT = Duration.ofSeconds(60);

  private MiniSite site;
  private ServeSession session;
  private final StringWriter log = new StringWriter();
  private final HttpClient http = HttpClient.newHttpClient();
  private String root;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    site = MiniSite.realCopy(dir);
    ServeOptions options =
        new ServeOptions(
            new BuildOptions(site.content(), site.templates(), site.out(), null), 0, "survey");
    session = ServeSession.start(options, new PrintWriter(log, true), new PrintWriter(log, true));
    root = "http://127.0.0.1:" + session.port();
    assertEquals(root + "/survey/", session.url());
  }

  @AfterAll
  void stop() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  @Order(1)
  void servesPagesWithTheReloadScriptThatTheFilesOnDiskLack() throws Exception {
    HttpResponse<String> page = get("/survey/themes/peft.html");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", type(page));
    assertTrue(
        page.body().contains("new EventSource(config.events)"), "the reload script is injected");
    assertTrue(page.body().contains("\"page\":\"themes/peft.html\""));
    assertTrue(page.body().indexOf("<script>") < page.body().lastIndexOf("</body>"));
    String onDisk =
        Files.readString(site.out().resolve("themes/peft.html"), StandardCharsets.UTF_8);
    assertFalse(onDisk.contains("EventSource"), "never written into the site");
    assertEquals(
        onDisk,
        page.body().replaceFirst("(?s)<script>\n// Added by `surveyor serve`.*?</script>\n", ""));
  }

  @Test
  @Order(2)
  void anEditReachesTheBrowserAndABreakShowsTheOverlayOverTheLastGoodPage() throws Exception {
    try (EventClient events = new EventClient(http, URI.create(root + "/__surveyor/events"))) {
      assertEquals("text/event-stream; charset=utf-8", events.contentType(WAIT));
      site.edit(
          "themes/peft.md",
          s -> s.replace("Many papers in the corpus use LoRA", "Most papers served here use LoRA"));
      events.await("reload", data -> data.contains("\"themes/peft.html\""), WAIT);
      assertTrue(
          get("/survey/themes/peft.html").body().contains("Most papers served here use LoRA"));

      // Whatever the curated threshold is: a '[' before it breaks the YAML at its line, column 14.
      int line = site.lineOf("themes/peft.md", "  threshold: ");
      site.edit("themes/peft.md", s -> s.replaceFirst("  threshold: ", "  threshold: ["));
      EventClient.Event error = events.await("build-error", data -> true, WAIT);
      assertTrue(
          error.data().contains("\"file\":\"themes/peft.md\",\"line\":" + line + ",\"column\":14"),
          error.data());
      HttpResponse<String> old = get("/survey/themes/peft.html");
      assertEquals(200, old.statusCode(), "the last good site is still served");
      assertTrue(old.body().contains("Most papers served here use LoRA"));
      assertTrue(
          log.toString().contains("themes/peft.md:" + line + ":14: error: invalid front matter"),
          log.toString());
      try (EventClient late = new EventClient(http, URI.create(root + "/__surveyor/events"))) {
        late.await(
            "build-error", data -> data.contains("themes/peft.md"), WAIT); // a page opened now
      }

      site.edit("themes/peft.md", s -> s.replaceFirst("  threshold: \\[", "  threshold: "));
      events.await("reload", data -> data.contains("\"recovered\":true"), WAIT);
      assertEquals(200, get("/survey/themes/peft.html").statusCode());
    }
  }

  @Test
  @Order(3)
  void anEditorsSaveThroughATemporaryFileAndARenameIsSeen() throws Exception {
    try (EventClient events = new EventClient(http, URI.create(root + "/__surveyor/events"))) {
      events.contentType(WAIT);
      Path theme = site.content().resolve("themes/curriculum.md");
      Path swap = site.content().resolve("themes/.curriculum.md.swp");
      Files.writeString(
          swap, Files.readString(theme).replaceFirst("\n---\n", "\n---\nSaved by rename. "));
      Files.move(swap, theme, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      events.await("reload", data -> data.contains("\"themes/curriculum.html\""), WAIT);
      assertTrue(get("/survey/themes/curriculum.html").body().contains("Saved by rename."));
    }
  }

  @Test
  @Order(4)
  void aCheckoutOfFiftyFilesEndsFreshAfterOneOrTwoRebuilds() throws Exception {
    List<String> slugs;
    try (Stream<Path> pages = Files.list(site.out().resolve("papers"))) {
      slugs =
          pages
              .map(p -> p.getFileName().toString().replaceFirst("\\.html$", ""))
              .sorted()
              .limit(50)
              .toList();
    }
    int before = rebuilds();
    for (String slug : slugs) { // as git writes them: one after another, no pause
      site.file("papers/" + slug + ".md", "---\n---\nChecked out with its paper, " + slug + ".\n");
    }
    long deadline = System.nanoTime() + WAIT.toNanos();
    for (String slug : slugs) {
      Path page = site.out().resolve("papers/" + slug + ".html");
      while (!Files.readString(page).contains("Checked out with its paper, " + slug + ".")) {
        assertTrue(
            System.nanoTime() < deadline,
            "papers/" + slug + ".html never showed its note:\n" + log);
        Thread.sleep(20);
      }
    }
    while (rebuilds() == before) { // the terminal line comes just after publishing
      assertTrue(System.nanoTime() < deadline, log.toString());
      Thread.sleep(20);
    }
    // One rebuild when the files came faster than the settle time, two when the first began
    // half-way through (the second waits for quiet); a storm would make dozens.
    int made = rebuilds() - before;
    assertTrue(made >= 1 && made <= 3, made + " rebuilds:\n" + log);
  }

  private int rebuilds() {
    return (int) log.toString().lines().filter(line -> line.startsWith("rebuilt (")).count();
  }

  @Test
  void redirectsToTheBasePathAndToDirectoriesWithASlash() throws Exception {
    assertRedirect("/survey", "/survey/");
    assertRedirect("/", "/survey/");
    assertRedirect("/survey/themes?x=1", "/survey/themes/?x=1");
    HttpResponse<String> home = get("/survey/");
    assertEquals(200, home.statusCode());
    assertEquals(
        Files.readString(site.out().resolve("index.html")).length(),
        home.body().replaceFirst("(?s)<script>\n// Added by.*?</script>\n", "").length());
  }

  @Test
  void missingPagesGetTheSitesNotFoundPageWithStatus404() throws Exception {
    for (String path :
        new String[] {
          "/survey/papers/no-such-paper.html",
          "/survey/themes/",
          "/elsewhere/index.html",
          "/survey/.surveyor-manifest",
          "/survey/%2e%2e/%2e%2e/pom.xml",
          "/survey/..%2f..%2fpom.xml",
          "/survey/assets/%00"
        }) {
      HttpResponse<String> response = get(path);
      assertEquals(404, response.statusCode(), path);
      assertEquals("text/html; charset=utf-8", type(response), path);
      assertTrue(response.body().contains("<h1>Page not found</h1>"), path);
      assertTrue(response.body().contains("<base href=\"/survey/\">"), "links work from any depth");
    }
  }

  @Test
  void sendsEachFileWithItsContentType() throws Exception {
    // Files the build did not produce are kept in the output, so a host's extra files are served
    // too.
    Files.writeString(site.out().resolve("feed.xml"), "<feed>é</feed>\n");
    assertType("/survey/assets/style.css", "text/css; charset=utf-8");
    assertType("/survey/assets/favicon.svg", "image/svg+xml; charset=utf-8");
    assertType("/survey/assets/screenshot-paper.png", "image/png");
    assertType("/survey/data/papers.json", "application/json; charset=utf-8");
    assertType("/survey/feed.xml", "application/xml; charset=utf-8");
    assertType("/survey/assets/search.js", "text/javascript; charset=utf-8");
    assertEquals("<feed>é</feed>\n", get("/survey/feed.xml").body(), "UTF-8 as written");
    HttpResponse<String> head =
        http.send(
            HttpRequest.newBuilder(URI.create(root + "/survey/data/papers.json"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(URI.create(root + "/survey/"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void closingStopsServingAndReleasesTheOutputLock() throws Exception {
    // Last: it ends the session the other tests share.
    session.close();
    try (OutputLock lock = OutputLock.acquire(site.out())) {
      assertTrue(lock.isHeld());
    }
    try {
      get("/survey/");
      throw new AssertionError("still serving after close");
    } catch (ConnectException expected) {
      assertTrue(log.toString().contains("surveyor: stopped"));
    }
  }

  private void assertRedirect(String path, String location) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(301, response.statusCode(), path);
    assertEquals(location, response.headers().firstValue("location").orElse(""), path);
  }

  private void assertType(String path, String type) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path);
    assertEquals(type, type(response), path);
  }

  private static String type(HttpResponse<?> response) {
    return response.headers().firstValue("content-type").orElse("");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
