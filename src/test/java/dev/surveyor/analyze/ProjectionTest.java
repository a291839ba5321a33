package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.MapPoint;
import dev.surveyor.model.Paper;
import dev.surveyor.support.Papers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map of the field: fixed from build to build, with like papers side by side. */
class ProjectionTest {
  // Three pairs of near-identical papers on three subjects.
  private static final List<Paper> PAPERS =
      Papers.of(
          """
          Reward Models for Dialogue
          Reward models score dialogue replies by human preference.

          Sparse Attention Kernels
          Sparse attention kernels cut memory on long sequences.

          Retrieval Augmented Generation
          Retrieval of passages grounds generation in documents.

          Reward Models for Dialogue Agents
          Reward models score dialogue replies by human preference, for agents.

          Block Sparse Attention
          Block sparse attention kernels cut memory on long sequences.

          Dense Retrieval for Generation
          Dense retrieval of passages grounds generation in documents.
          """);

  private static final List<String> SLUGS = PAPERS.stream().map(Paper::slug).toList();

  private static List<MapPoint> map(List<Paper> papers) {
    return Projection.project(
        TermVectorsTest.vectors(papers), papers.stream().map(Paper::slug).toList());
  }

  @Test
  void nearIdenticalPapersAreEachOthersNearestOnTheMap() {
    List<MapPoint> points = map(PAPERS);
    assertEquals(SLUGS, points.stream().map(MapPoint::slug).toList(), "in paper order");
    for (int p = 0; p < points.size(); p++) {
      int partner = (p + 3) % 6;
      for (int q = 0; q < points.size(); q++) {
        if (q != p && q != partner) {
          assertTrue(
              distance(points.get(p), points.get(partner)) < distance(points.get(p), points.get(q)),
              SLUGS.get(p) + " is nearer " + SLUGS.get(q) + " than its twin: " + points);
        }
      }
    }
  }

  @Test
  void theMapFillsTheUnitSquare() {
    List<MapPoint> points = map(PAPERS);
    for (MapPoint point : points) {
      assertTrue(point.x() >= 0 && point.x() <= 1 && point.y() >= 0 && point.y() <= 1, "" + point);
    }
    assertEquals(0, points.stream().mapToDouble(MapPoint::x).min().orElseThrow());
    assertEquals(1, points.stream().mapToDouble(MapPoint::x).max().orElseThrow());
    assertEquals(0, points.stream().mapToDouble(MapPoint::y).min().orElseThrow());
    assertEquals(1, points.stream().mapToDouble(MapPoint::y).max().orElseThrow());
  }

  @Test
  void theAxesArePrincipalComponentsSoTheCoordinatesAreUncorrelated() {
    // Scores on two eigenvectors of the covariance do not vary together; any other pair of
    // directions (an unconverged one, the first component twice) generally does.
    List<MapPoint> points = map(PAPERS);
    double[] xs = points.stream().mapToDouble(MapPoint::x).toArray();
    double[] ys = points.stream().mapToDouble(MapPoint::y).toArray();
    assertEquals(0, correlation(xs, ys), 0.01, "" + points);
  }

  @Test
  void theSamePapersGiveTheSameMapToTheLastBit() {
    assertEquals(map(PAPERS), map(PAPERS));
  }

  @Test
  void papersThatShareNoWordSitOnTheDiagonal() {
    List<Paper> apart =
        Papers.of(
            """
            Reward Models
            Dialogue replies scored.

            Sparse Attention
            Long sequences cut.

            Dense Retrieval
            Passages grounded.
            """);
    assertEquals(
        List.of(new MapPoint("p0", 0, 0), new MapPoint("p1", 0.5, 0.5), new MapPoint("p2", 1, 1)),
        map(apart));
    assertEquals(List.of(), map(List.of()));
  }

  private static double correlation(double[] a, double[] b) {
    double meanA = java.util.Arrays.stream(a).average().orElseThrow();
    double meanB = java.util.Arrays.stream(b).average().orElseThrow();
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += (a[i] - meanA) * (b[i] - meanB);
      aa += (a[i] - meanA) * (a[i] - meanA);
      bb += (b[i] - meanB) * (b[i] - meanB);
    }
    return ab / Math.sqrt(aa * bb);
  }

  private static double distance(MapPoint a, MapPoint b) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y());
  }
}
