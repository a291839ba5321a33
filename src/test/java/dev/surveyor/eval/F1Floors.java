package dev.surveyor.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;

/** Per-theme F1 floors: each theme's score must reach its floor, or the test names the theme. */
record F1Floors(String split, Map<String, Double> floors) {
  void check(Function<String, ThemeScore> scoreOf) {
    floors.forEach(
        (theme, floor) -> {
          double f1 = scoreOf.apply(theme).f1();
          assertTrue(f1 >= floor, theme + " " + split + " F1 " + f1 + " fell under " + floor);
        });
  }
}
