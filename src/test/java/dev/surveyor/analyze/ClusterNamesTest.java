package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.Paper;
import dev.surveyor.support.RealSurvey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names for clusters of the real survey's papers: a phrase most of them write, or none. */
class ClusterNamesTest {
  private static List<Paper> papers;
  private static ClusterNames names;

  @BeforeAll
  static void read() throws Exception {
    papers = RealSurvey.captured();
    names = new ClusterNames(papers);
  }

  private static List<Integer> titled(String words) {
    return IntStream.range(0, papers.size())
        .filter(i -> papers.get(i).title().toLowerCase(Locale.ROOT).contains(words))
        .boxed()
        .toList();
  }

  private static List<Integer> all() {
    return IntStream.range(0, papers.size()).boxed().toList();
  }

  @Test
  void aClusterMostOfWhosePapersWriteAPhraseIsNamedByIt() {
    List<Integer> cluster = titled("curriculum");
    assertEquals(true, cluster.size() >= 10, cluster.toString());
    assertEquals(Optional.of("Curriculum learning"), names.name(cluster, all()));
  }

  @Test
  void aClusterAlikeOnlyInWordsTheWholeSurveyUsesHasNoName() {
    // one paper in every 40, alphabetically: "language models" in all, a name of none
    List<Integer> mixed =
        IntStream.range(0, papers.size()).filter(i -> i % 40 == 0).boxed().toList();
    assertEquals(Optional.empty(), names.name(mixed, all()));
  }

  @Test
  void phrasesStartAndEndOnWordsThatNameSomething() {
    assertEquals(
        java.util.Set.of(
            "offline reinforcement",
            "offline reinforcement learning",
            "reinforcement learning",
            "zero-shot".replace("-", " ")),
        ClusterNames.phrases("Offline reinforcement learning for zero-shot"));
  }
}
