package dev.surveyor.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one JSON mapper: every file, script, event and command output Surveyor writes as JSON goes
 * through it. Records are written in declaration order. The written styles differ only in layout
 * and in whether map keys are sorted: data files and the search index sort them, so a map's keys
 * come out the same on every build; the others are maps whose order is chosen on purpose (JSON-LD
 * puts {@code @context} first).
 */
public final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The search index keeps no empty value: it is loaded by browsers, where size counts. */
  private static final JsonMapper WITHOUT_EMPTY =
      MAPPER.rebuild().serializationInclusion(JsonInclude.Include.NON_EMPTY).build();

  private static final ObjectWriter PRETTY =
      MAPPER
          .writer(indented())
          .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static final ObjectWriter COMPACT =
      WITHOUT_EMPTY
          .writer()
          .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .with(JsonWriteFeature.ESCAPE_NON_ASCII);

  /** As {@link #COMPACT}, writing bytes into a stream it leaves open. */
  private static final ObjectWriter COMPACT_STREAM =
      COMPACT.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static final ObjectWriter LINE = MAPPER.writer();

  private static final ObjectWriter SCRIPT = MAPPER.writer().with(new ScriptEscapes());

  private static final ObjectWriter CONSOLE = MAPPER.writerWithDefaultPrettyPrinter();

  private Json() {}

  /** Two-space indents, sorted keys, LF line ends and a final newline: the data files. */
  public static byte[] pretty(Object value) {
    return (write(PRETTY, value) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** One line, sorted keys, empty values left out, only ASCII: scripts the browser loads. */
  public static String compact(Object value) {
    return write(COMPACT, value);
  }

  /**
   * As {@link #compact}, straight into {@code out} as bytes: the same bytes, as they are ASCII,
   * without the string, its copy and its encoding in between (the search index writes 180 MB so).
   */
  public static void compact(Object value, OutputStream out) throws IOException {
    COMPACT_STREAM.writeValue(out, value);
  }

  /** One line, maps in their own order: events, embedded JSON-LD, lines for other programs. */
  public static String line(Object value) {
    return write(LINE, value);
  }

  /**
   * As {@link #line}, safe inside a {@code <script>} element: {@code <}, {@code >}, {@code &} and
   * the line and paragraph separators (which can occur only inside strings) written as their
   * six-character escapes, which mean the same, in lower-case hex.
   */
  public static String scriptLine(Object value) {
    return write(SCRIPT, value);
  }

  /**
   * Jackson's usual layout, arrays of plain values on one line, maps in their own order: what
   * {@code review --json} has always printed.
   */
  public static String console(Object value) {
    return write(CONSOLE, value);
  }

  /** A JSON array written element by element, formatted exactly as {@link #pretty} would. */
  public static ArrayWriter prettyArray(OutputStream out) throws IOException {
    return new ArrayWriter(PRETTY.writeValuesAsArray(out), out);
  }

  /** For reading JSON token by token (JSON Lines); trees read from it need no other mapper. */
  public static JsonFactory factory() {
    return MAPPER.getFactory();
  }

  /** Escapes what may not appear raw in a script element, as it is written (no second pass). */
  private static final class ScriptEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializableString LT = escape('<');
    private static final SerializableString GT = escape('>');
    private static final SerializableString AMP = escape('&');
    private static final SerializableString LINE_SEPARATOR = escape(0x2028);
    private static final SerializableString PARAGRAPH_SEPARATOR = escape(0x2029);
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptEscapes() {
      ascii['<'] = ESCAPE_CUSTOM;
      ascii['>'] = ESCAPE_CUSTOM;
      ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return switch (c) {
        case '<' -> LT;
        case '>' -> GT;
        case '&' -> AMP;
        case 0x2028 -> LINE_SEPARATOR;
        case 0x2029 -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }

    private static SerializableString escape(int c) {
      return new SerializedString(String.format(Locale.ROOT, "\\u%04x", c));
    }
  }

  /** Writes one element at a time; closing ends the array and the line. */
  public static final class ArrayWriter implements AutoCloseable {
    private final SequenceWriter sequence;
    private final OutputStream out;

    private ArrayWriter(SequenceWriter sequence, OutputStream out) {
      this.sequence = sequence;
      this.out = out;
    }

    public void write(Object element) throws IOException {
      sequence.write(element);
    }

    @Override
    public void close() throws IOException {
      sequence.close();
      out.write('\n');
    }
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records, lists and maps of them always serialise", e);
    }
  }

  private static DefaultPrettyPrinter indented() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    return printer;
  }
}
