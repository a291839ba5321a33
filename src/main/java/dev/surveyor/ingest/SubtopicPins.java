package dev.surveyor.ingest;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.SubtopicPin;
import java.util.ArrayList;
import java.util.List;

/** Named sub-topics from a theme's {@code subtopics} or the survey's {@code other_subtopics}. */
final class SubtopicPins {
  /** A named sub-topic and the phrases that seed it, as written. */
  record PinFront(String name, List<String> phrases) {}

  private SubtopicPins() {}

  /** The pins named in {@code file}; one without a name or phrases is reported and left out. */
  static List<SubtopicPin> of(String file, List<PinFront> named, Diagnostics diagnostics) {
    List<SubtopicPin> pins = new ArrayList<>();
    for (PinFront pin : named == null ? List.<PinFront>of() : named) {
      if (pin == null
          || pin.name() == null
          || pin.name().isBlank()
          || pin.phrases() == null
          || pin.phrases().isEmpty()) {
        diagnostics.report(
            Diagnostic.error(file, 1, "each sub-topic needs a name and at least one phrase"));
      } else {
        pins.add(new SubtopicPin(pin.name().strip(), pin.phrases()));
      }
    }
    return pins;
  }
}
