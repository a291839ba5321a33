package dev.surveyor.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.review.ReviewItem;
import dev.surveyor.review.ReviewQueue;
import dev.surveyor.review.VerdictFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Review page and its answers, served by {@code serve} alone at {@link #PATH}: GET shows the
 * queue, POST confirms one paper's themes, writing the verdict into {@code content/papers/} and
 * answering once the live rebuild shows it. Because it writes the content, it answers only a
 * browser on this machine talking to this server: the peer must be loopback, the Host this
 * server's, and a POST's Origin this server's (so neither another site's page nor a DNS-rebound
 * name can answer for the curator). A slug must be a paper of the survey, themes its themes.
 */
final class ReviewEndpoint {
  static final String PATH = "/__surveyor/review";

  /** Forms on the page: enough for a sitting, few enough to read. */
  private static final int SHOWN = 20;

  private static final int MAX_BODY = 16 * 1024;

  /** How long an answer waits for the rebuild that shows it (a full analysis: seconds). */
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final Supplier<Optional<Survey>> survey;
  private final VerdictFile verdicts;
  private final String base;

  /**
   * @param survey the last good build's survey, empty before the first
   * @param base the URL path the site is served under
   */
  ReviewEndpoint(Supplier<Optional<Survey>> survey, VerdictFile verdicts, String base) {
    this.survey = survey;
    this.verdicts = verdicts;
    this.base = base;
  }

  /** Answers one request for {@link #PATH}; {@code port} is the server's own. */
  void handle(HttpExchange exchange, int port) throws IOException {
    String refused = refusal(exchange, port);
    if (refused != null) {
      send(exchange, 403, "text/plain; charset=utf-8", refused + "\n");
      return;
    }
    Optional<Survey> now = survey.get();
    if (now.isEmpty()) {
      send(exchange, 503, "text/plain; charset=utf-8", "no good build yet\n");
      return;
    }
    switch (exchange.getRequestMethod()) {
      case "GET", "HEAD" -> page(exchange, now.get());
      case "POST" -> answer(exchange, now.get());
      default -> {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD, POST");
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
      }
    }
  }

  /** Why a request is refused, or null: only this machine's browser on this server's page. */
  private static String refusal(HttpExchange exchange, int port) {
    InetSocketAddress peer = exchange.getRemoteAddress();
    if (peer == null || !peer.getAddress().isLoopbackAddress()) {
      return "refused: the Review page answers only on loopback";
    }
    Set<String> own = Set.of("127.0.0.1:" + port, "localhost:" + port);
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !own.contains(host)) {
      return "refused: Host '" + host + "' is not this server";
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    boolean post = exchange.getRequestMethod().equals("POST");
    if (origin != null || post) {
      if (origin == null || !origin.startsWith("http://") || !own.contains(origin.substring(7))) {
        return origin == null
            ? "refused: a POST must come from this server's own page (no Origin)"
            : "refused: Origin '" + origin + "' is not this server";
      }
    }
    return null;
  }

  private void page(HttpExchange exchange, Survey now) throws IOException {
    List<ReviewItem> queue = ReviewQueue.of(now);
    String query = exchange.getRequestURI().getRawQuery();
    String message = message(query == null ? "" : query, now);
    String html =
        ReviewPage.html(
            base,
            now.themes(),
            queue.subList(0, Math.min(SHOWN, queue.size())),
            queue.size(),
            now.papers().size(),
            message);
    // No live-reload script: a reload while an answer waits for its rebuild would cancel it.
    send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** The note after an answer: {@code saved=slug}, or {@code pending=slug} while it rebuilds. */
  private static String message(String query, Survey now) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = pair.substring(0, eq);
      String slug = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      Optional<Paper> paper = paper(now, slug);
      if (paper.isPresent() && key.equals("saved")) {
        return "Saved: " + paper.get().title() + " (content/papers/" + slug + ".md).";
      }
      if (paper.isPresent() && key.equals("pending")) {
        return "Saved: "
            + paper.get().title()
            + " (content/papers/"
            + slug
            + ".md); the site has not been rebuilt with it yet: see the terminal.";
      }
    }
    return "";
  }

  private void answer(HttpExchange exchange, Survey now) throws IOException {
    String body = body(exchange);
    if (body == null) {
      send(exchange, 413, "text/plain; charset=utf-8", "the form is too large\n");
      return;
    }
    Form form = Form.parse(body);
    if (form.slugs().size() != 1) {
      send(exchange, 400, "text/plain; charset=utf-8", "the form must name one paper\n");
      return;
    }
    String slug = form.slugs().get(0);
    if (paper(now, slug).isEmpty()) {
      send(
          exchange,
          404,
          "text/plain; charset=utf-8",
          "refused: no paper has the slug '" + slug + "'\n");
      return;
    }
    Optional<String> unknown = form.unknownTheme(now.themes());
    if (unknown.isPresent()) {
      send(
          exchange,
          400,
          "text/plain; charset=utf-8",
          "refused: no theme has the slug '" + unknown.get() + "'\n");
      return;
    }
    List<String> themes = form.themesIn(now.themes());
    try {
      verdicts.write(slug, themes);
    } catch (IllegalArgumentException e) {
      send(
          exchange,
          409,
          "text/plain; charset=utf-8",
          "content/papers/" + slug + ".md: " + e.getMessage() + "\n");
      return;
    } catch (IOException e) {
      send(exchange, 500, "text/plain; charset=utf-8", "not saved: " + e.getMessage() + "\n");
      return;
    }
    boolean shown = awaitRebuild(slug, themes);
    exchange
        .getResponseHeaders()
        .set(
            "Location",
            PATH
                + (shown ? "?saved=" : "?pending=")
                + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    send(exchange, 303, "text/plain; charset=utf-8", "saved\n");
  }

  /** An answer's form as posted: the papers it names and the themes ticked. */
  private record Form(List<String> slugs, Set<String> ticked) {
    static Form parse(String body) {
      List<String> slugs = new ArrayList<>();
      Set<String> ticked = new HashSet<>();
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (key.equals("slug")) {
          slugs.add(value);
        } else if (key.equals("theme")) {
          ticked.add(value);
        }
      }
      return new Form(List.copyOf(slugs), Set.copyOf(ticked));
    }

    /** The first ticked value, in string order, that is no theme of the survey. */
    Optional<String> unknownTheme(List<Theme> themes) {
      Set<String> known = new HashSet<>();
      themes.forEach(t -> known.add(t.slug()));
      return ticked.stream().filter(t -> !known.contains(t)).sorted().findFirst();
    }

    /** The ticked themes, in the survey's theme order. */
    List<String> themesIn(List<Theme> themes) {
      return themes.stream().map(Theme::slug).filter(ticked::contains).toList();
    }
  }

  /** Waits until the last good build has the verdict, so the page shows it; false on timeout. */
  private boolean awaitRebuild(String slug, List<String> themes) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      Optional<Survey> now = survey.get();
      Optional<PaperNote> note = now.flatMap(s -> paper(s, slug).flatMap(s::noteOf));
      if (note.flatMap(PaperNote::verdict).map(themes::equals).orElse(false)) {
        return true;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static Optional<Paper> paper(Survey survey, String slug) {
    return survey.papers().stream().filter(p -> p.slug().equals(slug)).findFirst();
  }

  /** The request body as text, or null when it is longer than a form of ours can be. */
  private static String body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      return bytes.length > MAX_BODY ? null : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String text)
      throws IOException {
    send(exchange, status, type, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] bytes)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(bytes);
      }
    }
  }
}
