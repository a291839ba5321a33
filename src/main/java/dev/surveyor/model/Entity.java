package dev.surveyor.model;

import java.util.List;

/**
 * A named thing papers mention: a method, a benchmark or dataset, a model. Curated in {@code
 * content/entities.yml}.
 *
 * @param aliases the spellings to look for; matched at word boundaries
 * @param caseSensitive whether aliases must match letter case ("MATH" the benchmark, not "math")
 */
public record Entity(
    String slug,
    String name,
    Kind kind,
    List<String> aliases,
    boolean caseSensitive,
    String description,
    Provenance provenance) {

  public Entity {
    aliases = List.copyOf(aliases);
  }

  /** The abbreviation a name ends with ("CoT" of "Chain-of-thought (CoT)"), or the name. */
  public String shortName() {
    int open = name.lastIndexOf('(');
    return name.endsWith(")") && open > 0 ? name.substring(open + 1, name.length() - 1) : name;
  }

  /** What sort of thing an entity is; also the order of the index page's sections. */
  public enum Kind {
    METHOD("method", "Methods"),
    BENCHMARK("benchmark or dataset", "Benchmarks and datasets"),
    MODEL("model", "Models");

    private final String singular;
    private final String plural;

    Kind(String singular, String plural) {
      this.singular = singular;
      this.plural = plural;
    }

    /** What one is called: "benchmark or dataset". */
    public String singular() {
      return singular;
    }

    public String plural() {
      return plural;
    }

    /** The kind's name in YAML and in anchors: "benchmark". */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
