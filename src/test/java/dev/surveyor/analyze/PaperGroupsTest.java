package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.support.Repo;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which names are the survey's themes' ({@link PaperGroups#namesTheme}): a related pair is never
 * said to share one (related17). Over the real survey's themes and sub-topics.
 */
class PaperGroupsTest {
  @Test
  void aThemesNameInAnySpellingNamesAThemeAndNoOtherPageGroupDoes() throws Exception {
    Survey survey = Site.load(Repo.content(), null, new Diagnostics()).survey();
    Map<String, List<String>> themesOf = new HashMap<>();
    for (Paper paper : survey.papers()) {
      themesOf.put(paper.slug(), survey.themesOf(paper));
    }
    Map<String, List<Subtopic>> subtopics = new HashMap<>();
    for (Theme theme : survey.themes()) {
      subtopics.put(theme.slug(), survey.subtopicsOf(theme.slug()));
    }
    subtopics.put(Survey.OTHER, survey.subtopicsOf(Survey.OTHER));
    PaperGroups groups = new PaperGroups(survey.papers(), survey.themes(), themesOf, subtopics);
    for (Theme theme : survey.themes()) {
      assertTrue(groups.namesTheme(theme.name()), theme.name());
      assertTrue(groups.namesTheme(theme.shortName()), theme.shortName());
      // "Instruction-tuning" and "instruction tuning" are one name
      String respelled = theme.name().toUpperCase(Locale.ROOT).replace(' ', '-');
      assertTrue(groups.namesTheme(respelled), respelled);
      assertFalse(groups.namesTheme(theme.name() + " benchmarks"), theme.name() + " benchmarks");
    }
    List<Subtopic> other =
        survey.subtopicsOf(Survey.OTHER).stream().filter(Subtopic::named).toList();
    assertFalse(other.isEmpty(), "the Other page has named groups");
    for (Subtopic group : other) {
      boolean alsoATheme =
          survey.themes().stream()
              .anyMatch(
                  t ->
                      PaperGroups.key(t.name()).equals(PaperGroups.key(group.label()))
                          || PaperGroups.key(t.shortName()).equals(PaperGroups.key(group.label())));
      assertEquals(alsoATheme, groups.namesTheme(group.label()), group.label());
    }
  }
}
