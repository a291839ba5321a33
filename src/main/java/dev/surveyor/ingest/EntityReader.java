package dev.surveyor.ingest;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Entity;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.SourceText;
import dev.surveyor.text.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code entities.yml}: a YAML list of entities. Entries with a bad slug, an unknown kind or
 * no aliases are reported and left out; the rest are kept.
 */
final class EntityReader {
  /** One entry as written. */
  record EntityFront(
      String slug,
      String name,
      String kind,
      List<String> aliases,
      Boolean caseSensitive,
      String description) {}

  private EntityReader() {}

  static List<Entity> read(SourceText source, YamlReader yaml, Diagnostics diagnostics) {
    EntityFront[] entries;
    try {
      String text = String.join("\n", source.lines());
      entries =
          text.isBlank() ? new EntityFront[0] : yaml.read(source, text, 1, EntityFront[].class);
    } catch (ContentException e) {
      diagnostics.reportAll(e.diagnostics());
      return List.of();
    }
    int[] lines = entryLines(source);
    List<Entity> entities = new ArrayList<>();
    Map<String, Integer> slugs = new HashMap<>();
    for (int i = 0; i < entries.length; i++) {
      EntityFront e = entries[i];
      int line = i < lines.length ? lines[i] : 1;
      String problem = problem(e);
      Integer earlier = e.slug() == null ? null : slugs.putIfAbsent(e.slug(), line);
      if (problem == null && earlier != null) {
        problem = "the slug '" + e.slug() + "' is already used on line " + earlier;
      }
      if (problem != null) {
        diagnostics.report(Diagnostic.error(source.file(), line, problem));
        continue;
      }
      entities.add(
          new Entity(
              e.slug(),
              e.name(),
              Entity.Kind.valueOf(e.kind().toUpperCase(Locale.ROOT)),
              e.aliases(),
              Boolean.TRUE.equals(e.caseSensitive()),
              e.description() == null ? "" : e.description().strip(),
              new Provenance(source.file(), line)));
    }
    return entities;
  }

  private static String problem(EntityFront e) {
    if (e == null) {
      return "empty entry";
    }
    if (e.slug() == null || !Slugs.isValid(e.slug())) {
      return "slug must be lowercase letters, digits and hyphens, not '" + e.slug() + "'";
    }
    if (e.name() == null || e.name().isBlank()) {
      return "entity '" + e.slug() + "' needs a name";
    }
    if (e.kind() == null || !List.of("method", "benchmark", "model").contains(e.kind())) {
      return "entity '"
          + e.slug()
          + "': kind must be method, benchmark or model, not '"
          + e.kind()
          + "'";
    }
    if (e.aliases() == null
        || e.aliases().isEmpty()
        || e.aliases().stream().anyMatch(a -> a == null || a.isBlank())) {
      return "entity '" + e.slug() + "' needs at least one non-empty alias";
    }
    return null;
  }

  /** The line of each top-level "- " entry, so messages point at the entry. */
  private static int[] entryLines(SourceText source) {
    List<Integer> lines = new ArrayList<>();
    for (int i = 0; i < source.lines().size(); i++) {
      if (source.lines().get(i).startsWith("- ")) {
        lines.add(i + 1);
      }
    }
    return lines.stream().mapToInt(Integer::intValue).toArray();
  }
}
