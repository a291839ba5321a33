package dev.surveyor.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Deterministic JSON: record components in declaration order, map keys sorted, LF line ends. */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /**
   * One line, empty values left out, only ASCII: for files the browser loads, where size counts.
   */
  private static final ObjectMapper COMPACT =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .build();

  private Json() {}

  static String compact(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records always serialise", e);
    }
  }

  static byte[] pretty(Object value) {
    try {
      String json = writer().writeValueAsString(value) + "\n";
      return json.getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records always serialise", e);
    }
  }

  /** A JSON array written element by element, formatted exactly as {@link #pretty} would. */
  static ArrayWriter prettyArray(OutputStream out) throws IOException {
    return new ArrayWriter(
        writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out), out);
  }

  /** Writes one element at a time; closing ends the array and the line. */
  static final class ArrayWriter implements AutoCloseable {
    private final SequenceWriter sequence;
    private final OutputStream out;

    private ArrayWriter(SequenceWriter sequence, OutputStream out) {
      this.sequence = sequence;
      this.out = out;
    }

    void write(Object element) throws IOException {
      sequence.write(element);
    }

    @Override
    public void close() throws IOException {
      sequence.close();
      out.write('\n');
    }
  }

  private static ObjectWriter writer() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    return MAPPER.writer(printer);
  }
}
