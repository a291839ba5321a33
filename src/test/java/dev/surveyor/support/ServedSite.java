package dev.surveyor.support;

import java.nio.file.Path;

/**
 * A built site served under a sub-path and a browser to read it: what every browser test starts
 * before its tests and closes after them, the browser first.
 */
public record ServedSite(SiteServer server, Browser browser) implements AutoCloseable {
  /** Serves {@code site} under {@code prefix} ("/survey/") and starts a browser. */
  public static ServedSite start(Path site, String prefix) {
    SiteServer server = SiteServer.start(site, prefix);
    try {
      return new ServedSite(server, Browser.start());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      server.close();
    }
  }
}
