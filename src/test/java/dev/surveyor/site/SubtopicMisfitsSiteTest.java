package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.RealBuild;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The misfits and the catch-all review 10 found among the real survey's sub-topics, read off the
 * built pages: where a paper is listed is what a reader sees. The rules that moved them are general
 * (SubtopicEvidence: a group named in passing by a paper whose nearest group mate is fifth on the
 * page or further; a paper naming another group at least twice as often as its own, and holding
 * that group's defining mark), as is the split of "Learning from reasoning traces" by its curator's
 * phrases; these are the cases that showed the need.
 */
class SubtopicMisfitsSiteTest {
  @Test
  void theReviewsMisfitsLeaveTheirGroups() {
    Document reasoning = RealBuild.site().page("themes/reasoning.html");
    Document other = RealBuild.site().page("themes/other.html");
    // an RL curriculum, by its abstract: reinforcement learning five times, mathematics twice
    assertEquals(
        "Reinforcement learning for reasoning",
        groupOf(reasoning, "self-evolving-curriculum-for-llm-reasoning"));
    // "mathematical reasoning" twice in passing: a French LLM, near no paper of the group
    assertEquals(
        "Not in a named group", groupOf(reasoning, "pensez-less-data-better-reasoning-rethinking"));
    // a survey of fine-tuning that names DPO, preferences and preference optimisation once each
    assertEquals(
        "Not in a named group", groupOf(other, "the-ultimate-guide-to-fine-tuning-llms-from"));
    // a fine-tuning method that says "pre-training data" three times because it has none
    assertEquals(
        "Not in a named group", groupOf(other, "levi-generalizable-fine-tuning-via-layer-wise"));
  }

  /**
   * "Learning from reasoning traces" held 26 papers: distillation from teachers beside models
   * improving on their own attempts, Quiet-STaR beside antidistillation. Its self-improvement
   * papers are now a group of their own, and every paper whose title says it self-improves is
   * there.
   */
  @Test
  void theReasoningTracesCatchAllIsSplit() {
    Document reasoning = RealBuild.site().page("themes/reasoning.html");
    Element traces = reasoning.getElementById("topic-learning-from-reasoning-traces");
    Element self = reasoning.getElementById("topic-self-improvement-and-self-training");
    assertNotNull(traces);
    assertNotNull(self);
    int tracesSize = traces.select("li.paper-item").size();
    int selfSize = self.select("li.paper-item").size();
    assertTrue(tracesSize <= 16 && selfSize >= 5, tracesSize + " / " + selfSize);
    List<Element> saySelfImprove =
        reasoning.select("h4.paper-title a").stream()
            .filter(a -> a.text().toLowerCase(Locale.ROOT).matches(".*self-improv.*"))
            .toList();
    assertTrue(saySelfImprove.size() >= 4, saySelfImprove.toString());
    for (Element a : saySelfImprove) {
      assertEquals("Self-improvement and self-training", groupOf(reasoning, slug(a)), a.text());
    }
  }

  /** The heading of the group a paper is listed under on a page; its slug may be cut short. */
  private static String groupOf(Document page, String slugStart) {
    for (Element a : page.select("section.subtopic h4.paper-title a")) {
      if (slug(a).startsWith(slugStart)) {
        Element section = a.closest("section.subtopic");
        Element heading = section.selectFirst("h3");
        return heading.ownText().replace('\u00a0', ' ').strip();
      }
    }
    throw new AssertionError("no paper " + slugStart + " on the page");
  }

  private static String slug(Element a) {
    String href = a.attr("href");
    return href.substring(href.lastIndexOf('/') + 1, href.length() - ".html".length());
  }
}
