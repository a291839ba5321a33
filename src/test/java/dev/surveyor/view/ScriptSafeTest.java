package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON placed inside a script element: nothing in it may end the element or break the line. */
class ScriptSafeTest {
  @Test
  void jsonWithNothingToEscapeIsJsonOnOneLine() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("name", "Zürich — “quoted” ünïcode \"and\" \\ slash");
    value.put("list", java.util.List.of("a", "b"));
    assertEquals(Json.line(value), Json.scriptLine(value));
  }

  @Test
  void markupCharactersAndLineSeparatorsBecomeEscapesWhereverTheyAre() {
    assertEquals(
        "{\"t\":\"\\u003c/script\\u003e\\u0026x\\u2028y\\u2029\"}",
        Json.scriptLine(Map.of("t", "</script>&x\u2028y\u2029")));
    assertEquals("{\"t\":\"a \\u003cb\\u003e é\"}", Json.scriptLine(Map.of("t", "a <b> é")));
  }
}
