package dev.surveyor.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import dev.surveyor.model.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into typed records: snake_case keys, unknown and repeated keys rejected (for captured
 * data, unknown keys reported and skipped), and every error turned into a diagnostic at the right
 * line and column of the source file. Thread-safe: one instance serves a whole build.
 */
public final class YamlReader {
  private static final Map<String, String> KINDS =
      Map.of(
          "String",
          "text",
          "Integer",
          "a whole number",
          "Double",
          "a number",
          "List",
          "a list",
          "LinkedHashMap",
          "a mapping of keys to values");

  // One mapper for the process: configured here and never changed, thread-safe, and it keeps the
  // deserializers it builds for each record type, which serve's rebuilds would otherwise redo.
  private static final ObjectMapper MAPPER =
      new ObjectMapper(new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  /** A text value in the YAML and where it is in the source file. */
  public record Located(String value, int line, int column) {}

  /**
   * @param firstLine the line of {@code source} on which the YAML text starts
   */
  public <T> T read(SourceText source, String yaml, int firstLine, Class<T> type)
      throws ContentException {
    return read(source, yaml, firstLine, MAPPER.readerFor(type));
  }

  /** A key the type does not know, where it is in the source file. */
  public record UnknownKey(String key, int line, int column) {}

  /**
   * Reads data captured from elsewhere, where keys we do not use are normal: unknown keys are
   * skipped and handed to {@code unknown} instead of failing the read.
   */
  public <T> T read(
      SourceText source, String yaml, int firstLine, Class<T> type, Consumer<UnknownKey> unknown)
      throws ContentException {
    DeserializationProblemHandler handler =
        new DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(
              DeserializationContext context,
              JsonParser parser,
              JsonDeserializer<?> deserializer,
              Object beanOrClass,
              String property)
              throws IOException {
            // The YAML parser's token locations are approximate; the key's own line is exact.
            Pattern key =
                Pattern.compile("^(\\s*)['\"]?" + Pattern.quote(property) + "['\"]?\\s*:");
            UnknownKey found = new UnknownKey(property, firstLine, 0);
            for (int line = firstLine; line <= source.lines().size(); line++) {
              Matcher m = key.matcher(source.line(line));
              if (m.find()) {
                found = new UnknownKey(property, line, m.end(1) + 1);
                break;
              }
            }
            unknown.accept(found);
            parser.skipChildren();
            return true;
          }
        };
    return read(
        source,
        yaml,
        firstLine,
        MAPPER
            .readerFor(type)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withHandler(handler));
  }

  private <T> T read(SourceText source, String yaml, int firstLine, ObjectReader reader)
      throws ContentException {
    String text = yaml.isBlank() ? "{}" : yaml;
    try {
      T value = reader.readValue(text);
      if (value == null) {
        throw new ContentException(
            Diagnostic.error(source.file(), firstLine, "front matter is empty"));
      }
      return value;
    } catch (JacksonException e) {
      throw new ContentException(diagnostic(source, firstLine, e));
    }
  }

  /**
   * The text values of a top-level key (one scalar, or each item of a list) with their places, so a
   * check made after reading can point at the exact value. Empty when the key is absent.
   */
  public List<Located> values(String yaml, int firstLine, String key) {
    List<Located> found = new ArrayList<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(yaml.isBlank() ? "{}" : yaml)) {
      int depth = 0;
      boolean inKey = false;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && depth == 1) {
          inKey = parser.currentName().equals(key);
        } else if (inKey && token.isScalarValue()) {
          JsonLocation at = parser.currentTokenLocation();
          found.add(
              new Located(parser.getText(), firstLine + at.getLineNr() - 1, at.getColumnNr()));
        }
        depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        inKey &= depth > 1 || token.isScalarValue() || token == JsonToken.FIELD_NAME;
      }
    } catch (IOException e) {
      return found; // the YAML was read once already; a problem there has been reported
    }
    return found;
  }

  /**
   * As {@link #values(String, int, String)}, for a key inside mappings: {@code rules}, {@code
   * forms_only} gives the values of {@code forms_only} in the top-level {@code rules}.
   */
  public List<Located> values(String yaml, int firstLine, List<String> path) {
    List<Located> found = new ArrayList<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(yaml.isBlank() ? "{}" : yaml)) {
      List<String> names = new ArrayList<>(); // the key of each open mapping, outermost first
      List<Boolean> mappings = new ArrayList<>(); // whether each open structure is a mapping
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          names.set(names.size() - 1, parser.currentName());
        } else if (token.isStructStart()) {
          mappings.add(token == JsonToken.START_OBJECT);
          names.add(null);
        } else if (token.isStructEnd()) {
          mappings.remove(mappings.size() - 1);
          names.remove(names.size() - 1);
        } else if (token.isScalarValue() && within(names, mappings, path)) {
          JsonLocation at = parser.currentTokenLocation();
          found.add(
              new Located(parser.getText(), firstLine + at.getLineNr() - 1, at.getColumnNr()));
        }
      }
    } catch (IOException e) {
      return found; // the YAML was read once already; a problem there has been reported
    }
    return found;
  }

  /** Whether the open mappings' keys begin with {@code path} (lists between them do not count). */
  private static boolean within(List<String> names, List<Boolean> mappings, List<String> path) {
    int k = 0;
    for (int i = 0; i < names.size() && k < path.size(); i++) {
      if (mappings.get(i)) {
        if (!path.get(k).equals(names.get(i))) {
          return false;
        }
        k++;
      }
    }
    return k == path.size();
  }

  /** The innermost key a value was read for, or null. */
  private static String key(MismatchedInputException e) {
    for (int i = e.getPath().size() - 1; i >= 0; i--) {
      String name = e.getPath().get(i).getFieldName();
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static Diagnostic diagnostic(SourceText source, int firstLine, JacksonException e) {
    JsonLocation at = e.getLocation();
    int line = at == null || at.getLineNr() < 1 ? firstLine : firstLine + at.getLineNr() - 1;
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String message = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      // The YAML parser knows the exact character; Jackson reports where the token began.
      Mark mark = yaml.getProblemMark();
      line = firstLine + mark.getLine();
      column = mark.getColumn() + 1;
      message = "invalid YAML: " + yaml.getProblem();
    } else if (e instanceof UnrecognizedPropertyException u) {
      message =
          "unknown key '"
              + u.getPropertyName()
              + "' (known: "
              + String.join(
                  ", ", u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList())
              + ")";
      int keyAt = source.line(line).indexOf(u.getPropertyName());
      column = keyAt >= 0 ? keyAt + 1 : column; // Jackson points past the value; point at the key
    } else if (e instanceof MismatchedInputException m
        && key(m) != null
        && m.getTargetType() != null) {
      String type = m.getTargetType().getSimpleName();
      message = "invalid front matter: '" + key(m) + "' must be " + KINDS.getOrDefault(type, type);
    } else if (message.startsWith("Duplicate field")) {
      message =
          "key " + message.substring("Duplicate field ".length()) + " appears twice; keep one";
      String text = source.line(line);
      column = text.length() - text.stripLeading().length() + 1;
    } else {
      message = "invalid front matter: " + message.replaceAll(" \\(for Object starting at.*", "");
    }
    return new Diagnostic(Severity.ERROR, source.file(), line, column, message, source.line(line));
  }
}
