package dev.surveyor.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server-sent events that open pages listen to: {@code reload} after a build that changed files
 * (with the paths written), {@code build-error} with the diagnostics of a failed one. A page that
 * connects while the content is broken is told at once, so the overlay survives a reload. Each
 * connection stays open; the exchange is written from the building thread.
 */
final class EventStream implements AutoCloseable {
  static final String PATH = "/__surveyor/events";

  private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
  private volatile String broken;

  /** Answers a request for the stream and keeps it open. */
  void connect(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    String hello = "retry: 500\n\n" + (broken == null ? "" : broken);
    if (send(exchange, hello)) {
      clients.add(exchange);
    }
  }

  /** A build changed files: pages showing one of them, or any page after an error, reload. */
  void reload(List<String> written, boolean removed) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("written", written);
    data.put("removed", removed);
    boolean wasBroken = broken != null;
    broken = null;
    data.put("recovered", wasBroken);
    broadcast(event("reload", data));
  }

  /** A build failed: every page shows the diagnostics over the last good site. */
  void error(List<Diagnostic> diagnostics) {
    List<Map<String, Object>> list =
        diagnostics.stream()
            .map(
                d -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("file", d.file());
                  m.put("line", d.line());
                  m.put("column", d.column());
                  m.put("severity", d.severity().label());
                  m.put("message", d.message());
                  m.put("text", d.format());
                  return m;
                })
            .toList();
    broken = event("build-error", Map.of("diagnostics", list));
    broadcast(broken);
  }

  /** Whether the last build failed. */
  boolean isBroken() {
    return broken != null;
  }

  /** A comment line, so connections a browser dropped are noticed and let go. */
  void ping() {
    broadcast(": ping\n\n");
  }

  int clients() {
    return clients.size();
  }

  private void broadcast(String message) {
    for (HttpExchange client : clients) {
      if (!send(client, message)) {
        clients.remove(client);
      }
    }
  }

  private static boolean send(HttpExchange client, String message) {
    try {
      synchronized (client) {
        OutputStream body = client.getResponseBody();
        body.write(message.getBytes(StandardCharsets.UTF_8));
        body.flush();
      }
      return true;
    } catch (IOException e) {
      client.close(); // the page went away
      return false;
    }
  }

  private static String event(String name, Object data) {
    return "event: " + name + "\ndata: " + Json.line(data) + "\n\n";
  }

  @Override
  public void close() {
    for (HttpExchange client : clients) {
      client.close();
    }
    clients.clear();
  }
}
