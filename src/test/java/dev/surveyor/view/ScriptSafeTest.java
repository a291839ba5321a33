package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** JSON placed inside a script element: nothing in it may end the element or break the line. */
class ScriptSafeTest {
  @Test
  void jsonWithNothingToEscapeComesBackAsItIs() {
    String json = "{\"name\":\"Zürich — “quoted” ünïcode\"}";
    assertSame(json, ScholarViews.scriptSafe(json));
  }

  @Test
  void markupCharactersAndLineSeparatorsBecomeEscapesWhereverTheyAre() {
    assertEquals(
        "\\u003c/script\\u003e\\u0026x\\u2028y\\u2029",
        ScholarViews.scriptSafe("</script>&x\u2028y\u2029"));
    assertEquals("{\"t\":\"a \\u003cb\\u003e é\"}", ScholarViews.scriptSafe("{\"t\":\"a <b> é\"}"));
  }
}
