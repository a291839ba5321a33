package dev.surveyor.site;

import dev.surveyor.support.Browser;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.ServedSite;
import dev.surveyor.support.SiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The real survey, built once, served under /survey/ and read by one headless Chromium for all of a
 * test class's tests: what every browser test of the real site starts before and closes after.
 */
abstract class RealSurveyInBrowser {
  private static ServedSite served;
  static SiteServer server;
  static Browser browser;

  @BeforeAll
  static void serveRealSurvey() {
    RealBuild.site();
    served = ServedSite.start(RealBuild.out(), "/survey/");
    server = served.server();
    browser = served.browser();
  }

  @AfterAll
  static void closeBrowserAndServer() {
    if (served != null) {
      served.close();
      served = null;
    }
  }
}
