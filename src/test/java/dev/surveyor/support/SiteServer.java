package dev.surveyor.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a built site from a sub-path on the loopback interface, the way GitHub Pages serves a
 * project site under {@code /<repo>/}: files as they are, a directory as its index.html, anything
 * else as 404 with the site's 404.html. Nothing outside the sub-path exists.
 */
public final class SiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "png", "image/png",
          "xml", "application/xml",
          "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final Path root;
  private final String prefix;

  private SiteServer(HttpServer server, Path root, String prefix) {
    this.server = server;
    this.root = root.toAbsolutePath().normalize();
    this.prefix = prefix;
  }

  /** Starts serving {@code root} at {@code http://127.0.0.1:<free port><prefix>}. */
  public static SiteServer start(Path root, String prefix) {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      SiteServer site = new SiteServer(http, root, prefix);
      http.createContext(prefix, site::handle);
      http.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The absolute URL of a path inside the site, such as "themes/peft.html". */
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix + path);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")
          && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath().substring(prefix.length());
      Path file = root.resolve(path).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      int status = 200;
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        status = 404;
        file = root.resolve("404.html");
      }
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", type(file));
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
