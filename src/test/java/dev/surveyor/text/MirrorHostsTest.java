package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.support.RealSurvey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A link through a known mirror goes to the site it mirrors; an unknown one is left alone. */
class MirrorHostsTest {
  @Test
  void aHuggingFaceMirrorMapsToHuggingFaceWithItsPath() {
    assertEquals(
        Optional.of("https://huggingface.co/nvidia/AceReason-Nemotron-1.1-7B"),
        MirrorHosts.original(
            "https://hf-mirror.492719920.workers.dev/nvidia/AceReason-Nemotron-1.1-7B"));
    assertEquals(
        Optional.of("https://huggingface.co/datasets/x/y?row=1"),
        MirrorHosts.original("http://hf-mirror.com/datasets/x/y?row=1"));
    assertEquals(
        Optional.of("https://huggingface.co/fineinstructions"),
        MirrorHosts.original("https://hf-2025.pages.dev/fineinstructions"));
    assertEquals(
        Optional.empty(), MirrorHosts.original("https://other.pages.dev/fineinstructions"));
    assertEquals(Optional.empty(), MirrorHosts.original("https://huggingface.co/nvidia/x"));
    assertEquals(Optional.empty(), MirrorHosts.original("https://gh-proxy.a.workers.dev/x/y"));
    assertEquals(Optional.empty(), MirrorHosts.original("https://not-hf-mirror.com/x"));
  }

  @Test
  void theRealListingsLinkTheOriginalAndListTheChange() throws Exception {
    List<Paper> papers = RealSurvey.captured();
    List<Paper> mirrored =
        papers.stream().filter(p -> p.abstractText().contains("hf-mirror.")).toList();
    assertEquals(1, mirrored.size(), "the AceReason-Nemotron 1.1 abstract links through a mirror");
    Paper paper = mirrored.get(0);
    assertTrue(
        paper.links().contains("https://huggingface.co/nvidia/AceReason-Nemotron-1.1-7B"),
        paper.links().toString());
    assertFalse(
        paper.links().stream().anyMatch(l -> l.contains("mirror")), paper.links().toString());
    assertTrue(
        Leftovers.in(paper.abstractText()).stream()
            .anyMatch(l -> l.problem().startsWith("a link through a mirror host, linked to")));
    for (Paper p : papers) {
      for (String link : p.links()) {
        assertEquals(Optional.empty(), MirrorHosts.original(link), p.slug());
      }
    }
  }
}
