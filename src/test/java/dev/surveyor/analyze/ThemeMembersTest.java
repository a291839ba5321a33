package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperAnalysis;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeAnalysis;
import dev.surveyor.support.RealSurvey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each real theme's members in display order, and the members real themes share. */
class ThemeMembersTest {
  private static Survey survey;

  @BeforeAll
  static void analyse() throws Exception {
    survey = RealSurvey.analysed();
  }

  private static double score(Paper paper, String theme) {
    return survey.assignmentsOf(paper).stream()
        .filter(a -> a.theme().equals(theme))
        .mapToDouble(Assignment::score)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void membersAreTheThemesPapersHighestScoreFirstThenBySlug() {
    for (Theme theme : survey.themes()) {
      List<Paper> members = ThemeMembers.byCentrality(theme.slug(), survey.paperAnalyses());
      assertEquals(new HashSet<>(survey.papersIn(theme)), new HashSet<>(members), theme.slug());
      assertEquals(survey.papersIn(theme).size(), members.size(), theme.slug());
      for (int i = 1; i < members.size(); i++) {
        Paper before = members.get(i - 1);
        Paper after = members.get(i);
        double a = score(before, theme.slug());
        double b = score(after, theme.slug());
        assertTrue(
            a > b || (a == b && before.slug().compareTo(after.slug()) < 0),
            theme.slug() + ": " + before.slug() + " (" + a + ") before " + after.slug());
      }
      // the survey hands the views this same order
      assertEquals(members, survey.themeAnalysis(theme.slug()).members());
    }
  }

  @Test
  void theOrderIsNotThePaperOrder() {
    // so that the test above would notice an order left as read
    long reordered =
        survey.themes().stream()
            .filter(t -> !survey.themeAnalysis(t.slug()).members().equals(survey.papersIn(t)))
            .count();
    assertEquals(survey.themes().size(), reordered);
  }

  @Test
  void positionsFollowTheMembersAndOutsidersHaveNone() {
    for (ThemeAnalysis theme : survey.themeAnalyses()) {
      for (int i = 0; i < theme.members().size(); i++) {
        assertEquals(i, theme.position(theme.members().get(i)));
      }
      survey.papersInNoTheme().forEach(p -> assertEquals(-1, theme.position(p)));
    }
  }

  @Test
  void overlapsAreThePapersInBothThemesInTheFirstThemesOrder() {
    int shared = 0;
    for (ThemeAnalysis a : survey.themeAnalyses()) {
      assertEquals(a.members(), a.sharedWith(a.slug()));
      for (ThemeAnalysis b : survey.themeAnalyses()) {
        List<Paper> both = a.sharedWith(b.slug());
        // counted from the assignments, not from the members
        Set<String> expected = new HashSet<>();
        for (PaperAnalysis paper : survey.paperAnalyses()) {
          if (paper.themes().contains(a.slug()) && paper.themes().contains(b.slug())) {
            expected.add(paper.slug());
          }
        }
        assertEquals(expected, new HashSet<>(both.stream().map(Paper::slug).toList()));
        assertEquals(
            a.members().stream().filter(both::contains).toList(),
            both,
            a.slug() + " with " + b.slug() + " is not in " + a.slug() + "'s order");
        if (a != b) {
          shared += both.size();
        }
      }
    }
    assertNotEquals(0, shared, "the real survey has papers in two themes");
  }
}
