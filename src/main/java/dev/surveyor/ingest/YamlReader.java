package dev.surveyor.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;

/**
 * Reads YAML into typed records: snake_case keys, unknown keys rejected, and every error turned
 * into a diagnostic at the right line of the source file.
 */
public final class YamlReader {
  private final ObjectMapper mapper =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  /**
   * @param firstLine the line of {@code source} on which the YAML text starts
   */
  public <T> T read(SourceText source, String yaml, int firstLine, Class<T> type)
      throws ContentException {
    String text = yaml.isBlank() ? "{}" : yaml;
    try {
      T value = mapper.readValue(text, type);
      if (value == null) {
        throw new ContentException(
            Diagnostic.error(source.file(), firstLine, "front matter is empty"));
      }
      return value;
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      int line = at == null || at.getLineNr() < 1 ? firstLine : firstLine + at.getLineNr() - 1;
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      String message = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
      if (e instanceof UnrecognizedPropertyException u) {
        message =
            "unknown key '"
                + u.getPropertyName()
                + "' (known: "
                + String.join(", ", u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList())
                + ")";
        int keyAt = source.line(line).indexOf(u.getPropertyName());
        column = keyAt >= 0 ? keyAt + 1 : column; // Jackson points past the value; point at the key
      } else {
        message = "invalid front matter: " + message.replaceAll(" \\(for Object starting at.*", "");
      }
      throw new ContentException(
          new Diagnostic(Severity.ERROR, source.file(), line, column, message, source.line(line)));
    }
  }
}
