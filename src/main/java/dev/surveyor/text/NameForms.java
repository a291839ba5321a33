package dev.surveyor.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The other forms a reader types for an entity's name, so that search reads them as the name: a
 * name ending in a lower-case noun with its plural "s" ("reward models", "chain of thoughts"), and
 * a name ending in "model" with "modeling"/"modelling" ("reward modeling"), the forms {@code
 * EntityMatcher} finds in the text too.
 */
public final class NameForms {
  private NameForms() {}

  /** The other forms of {@code name}, none for a name ending in a capital, a number or an "s". */
  public static List<String> of(String name) {
    int space = Math.max(name.lastIndexOf(' '), name.lastIndexOf('-'));
    String last = name.substring(space + 1);
    if (space < 0
        || last.length() < 3
        || last.endsWith("s")
        || !last.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return List.of();
    }
    String head = name.substring(0, space + 1);
    List<String> forms = new ArrayList<>();
    forms.add(head + last + "s");
    for (String form : workOf(last)) {
      forms.add(head + form);
    }
    return List.copyOf(forms);
  }

  /**
   * The words for the work of building what a name's last word names: "modeling" and "modelling"
   * for "model", else none. Search and the entity matcher both read a name so.
   */
  public static List<String> workOf(String last) {
    return last.equals("model") ? List.of("modeling", "modelling") : List.of();
  }
}
