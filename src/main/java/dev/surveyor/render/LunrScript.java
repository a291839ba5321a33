package dev.surveyor.render;

import dev.surveyor.link.Urls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * lunr.js, the search engine the search page runs, copied from its WebJar on the class path with
 * its MIT licence in front, so the site carries the notice the licence asks for.
 */
public final class LunrScript {
  private static final String WEBJAR = "META-INF/resources/webjars/lunr/";
  private static final String POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

  private LunrScript() {}

  public static OutputFile read() {
    String version = version();
    String licence = text(WEBJAR + version + "/LICENSE").strip();
    String script = text(WEBJAR + version + "/lunr.min.js");
    String out = "/*! lunr " + version + ", MIT licence:\n\n" + licence + "\n*/\n" + script;
    return new OutputFile(Urls.LUNR_SCRIPT, out.getBytes(StandardCharsets.UTF_8));
  }

  /** The version the build resolved, so the pom alone decides which lunr ships. */
  static String version() {
    Properties pom = new Properties();
    try (InputStream in = open(POM)) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pom.getProperty("version");
  }

  private static String text(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = LunrScript.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the lunr WebJar is not on the class path: " + resource);
    }
    return in;
  }
}
