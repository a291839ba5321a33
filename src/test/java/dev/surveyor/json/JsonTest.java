package dev.surveyor.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layouts of the one JSON mapper, as the site's files and the commands use them. */
class JsonTest {
  record Item(String name, List<String> tags, Map<String, Integer> counts) {}

  private static Map<String, Integer> unsorted() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("b", 2);
    counts.put("a", 1);
    return counts;
  }

  @Test
  void prettySortsMapKeysKeepsRecordOrderAndEndsTheLine() {
    Item item = new Item("é", List.of("x"), unsorted());
    assertEquals(
        "{\n  \"name\" : \"é\",\n  \"tags\" : [\n    \"x\"\n  ],\n"
            + "  \"counts\" : {\n    \"a\" : 1,\n    \"b\" : 2\n  }\n}\n",
        new String(Json.pretty(item), StandardCharsets.UTF_8));
  }

  @Test
  void anArrayWrittenElementByElementIsThePrettyArray() throws Exception {
    List<Item> items =
        List.of(new Item("one", List.of(), unsorted()), new Item("two", List.of("t"), Map.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Json.ArrayWriter array = Json.prettyArray(out)) {
      for (Item item : items) {
        array.write(item);
      }
    }
    assertArrayEquals(Json.pretty(items), out.toByteArray());
  }

  @Test
  void compactLeavesOutEmptyValuesAndEscapesWhatIsNotAscii() {
    assertEquals(
        "{\"name\":\"\\u00E9\",\"counts\":{\"a\":1,\"b\":2}}",
        Json.compact(new Item("é", List.of(), unsorted())));
  }

  @Test
  void aLineKeepsTheMapsOwnOrder() {
    assertEquals(
        "{\"name\":\"é\",\"tags\":[],\"counts\":{\"b\":2,\"a\":1}}",
        Json.line(new Item("é", List.of(), unsorted())));
  }
}
