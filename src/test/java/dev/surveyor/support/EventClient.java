package dev.surveyor.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Listens to a server-sent event stream, as a browser's EventSource would, and keeps the events.
 */
public final class EventClient implements AutoCloseable {
  /** One event: its name and data. */
  public record Event(String name, String data) {}

  private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final List<Event> seen = new ArrayList<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;

  public EventClient(HttpClient client, URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build();
    response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
    response.thenAcceptAsync(r -> read(r.body()));
  }

  private void read(Stream<String> lines) {
    String[] name = {"message"};
    StringBuilder data = new StringBuilder();
    try {
      lines.forEach(
          line -> {
            if (line.startsWith("event: ")) {
              name[0] = line.substring("event: ".length());
            } else if (line.startsWith("data: ")) {
              data.append(line.substring("data: ".length()));
            } else if (line.isEmpty() && data.length() > 0) {
              events.add(new Event(name[0], data.toString()));
              name[0] = "message";
              data.setLength(0);
            }
          });
    } catch (RuntimeException e) {
      // the stream was closed: the server stopped or the test is over
    }
  }

  /** The content type the stream was served with, once it answered. */
  public String contentType(Duration timeout) throws Exception {
    return response
        .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .headers()
        .firstValue("content-type")
        .orElse("");
  }

  /** Waits for the next event with this name whose data passes the test; others are skipped. */
  public Event await(String name, Predicate<String> data, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      Event event = events.poll(10, TimeUnit.MILLISECONDS);
      if (event == null) {
        continue;
      }
      seen.add(event);
      if (event.name().equals(name) && data.test(event.data())) {
        return event;
      }
    }
    throw new AssertionError("no '" + name + "' event in " + timeout + "; saw " + seen);
  }

  @Override
  public void close() {
    response.thenAccept(r -> r.body().close());
    response.cancel(true);
  }
}
