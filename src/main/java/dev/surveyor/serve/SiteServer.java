package dev.surveyor.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the output directory over HTTP on the loopback interface, under a base path, with the
 * JDK's server: the right content types, {@code /dir} redirected to {@code /dir/}, a directory's
 * {@code index.html}, the site's {@code 404.html} with status 404, hidden files and anything
 * outside the directory never served. HTML gets the {@link ReloadScript}. The Review page, which is
 * no file of the site, is {@link ReviewEndpoint}'s.
 */
final class SiteServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;
  private final Path root;
  private final String base;
  private final EventStream events;
  private final ReviewEndpoint review;

  /**
   * @param base the URL path the site lives under, with leading and trailing slash ("/",
   *     "/survey/")
   * @param review the Review page, served at {@link ReviewEndpoint#PATH} whatever the base
   */
  SiteServer(
      InetSocketAddress address, Path root, String base, EventStream events, ReviewEndpoint review)
      throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.base = base;
    this.events = events;
    this.review = review;
    this.server = HttpServer.create(address, 0);
    this.threads =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "surveyor-http");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) {
    try {
      String path = exchange.getRequestURI().getPath();
      if (path.equals(EventStream.PATH) && exchange.getRequestMethod().equals("GET")) {
        events.connect(exchange); // stays open; the event stream closes it
        return;
      }
      if (path.equals(ReviewEndpoint.PATH)) {
        try (exchange) {
          review.handle(exchange, port());
        }
        return;
      }
      try (exchange) {
        if (!exchange.getRequestMethod().equals("GET")
            && !exchange.getRequestMethod().equals("HEAD")) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          plain(exchange, 405, "method not allowed");
        } else {
          serve(exchange, path);
        }
      }
    } catch (IOException e) {
      exchange.close(); // the browser went away mid-response; nothing to tell anyone
    }
  }

  private void serve(HttpExchange exchange, String path) throws IOException {
    if (path.equals(base.substring(0, base.length() - 1))
        || (path.equals("/") && !base.equals("/"))) {
      redirect(exchange, base);
      return;
    }
    if (!path.startsWith(base)) {
      notFound(exchange);
      return;
    }
    String relative = path.substring(base.length());
    Path file = resolve(relative);
    if (file == null) {
      notFound(exchange);
      return;
    }
    if (Files.isDirectory(file)) {
      if (!relative.isEmpty() && !relative.endsWith("/")) {
        String query = exchange.getRequestURI().getRawQuery();
        redirect(
            exchange,
            exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
        return;
      }
      file = file.resolve("index.html");
      relative = relative + "index.html";
    }
    if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
      notFound(exchange);
      return;
    }
    String name = file.getFileName().toString();
    byte[] bytes = Files.readAllBytes(file);
    if (ContentTypes.isHtml(name)) {
      bytes = ReloadScript.inject(bytes, relative, null);
    }
    send(exchange, 200, ContentTypes.of(name), bytes);
  }

  /** The file a site path names, or null when the path is not one we serve. */
  private Path resolve(String relative) {
    if (relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0) {
      return null;
    }
    for (String segment : relative.split("/", -1)) {
      if (segment.equals("..") || (segment.startsWith(".") && !segment.isEmpty())) {
        return null; // no way up, and no hidden files (the manifest, editors' swap files)
      }
    }
    Path file = root.resolve(relative).normalize();
    return file.startsWith(root) ? file : null;
  }

  private void notFound(HttpExchange exchange) throws IOException {
    Path page = root.resolve("404.html");
    if (Files.isRegularFile(page)) {
      send(
          exchange,
          404,
          ContentTypes.of("404.html"),
          ReloadScript.inject(Files.readAllBytes(page), null, base));
    } else {
      plain(exchange, 404, "not found");
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    plain(exchange, 301, "moved to " + location);
  }

  private static void plain(HttpExchange exchange, int status, String text) throws IOException {
    send(
        exchange,
        status,
        "text/plain; charset=utf-8",
        (text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] bytes)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
