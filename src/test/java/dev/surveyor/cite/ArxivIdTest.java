package dev.surveyor.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArxivIdTest {
  @Test
  void findsNewAndOldStyleIdsWithoutTheirVersion() {
    assertEquals(
        Optional.of("2401.01234"), ArxivId.find(List.of("https://arxiv.org/abs/2401.01234v2")));
    assertEquals(
        Optional.of("2401.01234"), ArxivId.find(List.of("https://arxiv.org/pdf/2401.01234.pdf")));
    assertEquals(
        Optional.of("1706.03762"), ArxivId.find(List.of("http://www.arxiv.org/abs/1706.03762")));
    assertEquals(
        Optional.of("hep-th/9901001"),
        ArxivId.find(List.of("https://arxiv.org/abs/hep-th/9901001v1")));
  }

  @Test
  void takesTheFirstArxivLinkAndIgnoresOthers() {
    assertEquals(
        Optional.of("2310.00001"),
        ArxivId.find(
            List.of(
                "https://github.com/x/y",
                "https://arxiv.org/abs/2310.00001",
                "https://arxiv.org/abs/2310.00002")));
    assertEquals(
        Optional.empty(), ArxivId.find(List.of("https://github.com/arxiv.org/abs/2401.01234")));
    assertEquals(Optional.empty(), ArxivId.find(List.of("https://arxiv.org/list/cs.CL/recent")));
  }
}
