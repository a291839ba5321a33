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
  void theMapFillsTheSquareInsideItsMargins() {
    // Six papers have no outliers: the extremes sit on the margins' inner edges.
    List<MapPoint> points = map(PAPERS);
    double inner = MapPoint.MARGIN;
    for (MapPoint point : points) {
      assertTrue(point.x() >= 0 && point.x() <= 1 && point.y() >= 0 && point.y() <= 1, "" + point);
    }
    assertEquals(inner, points.stream().mapToDouble(MapPoint::x).min().orElseThrow(), 1e-12);
    assertEquals(1 - inner, points.stream().mapToDouble(MapPoint::x).max().orElseThrow(), 1e-12);
    assertEquals(inner, points.stream().mapToDouble(MapPoint::y).min().orElseThrow(), 1e-12);
    assertEquals(1 - inner, points.stream().mapToDouble(MapPoint::y).max().orElseThrow(), 1e-12);
    assertTrue(points.stream().noneMatch(MapPoint::outlier), points.toString());
  }

  @Test
  void outliersSitInTheMarginInOrderNeitherOnTheEdgeNorStretchingTheScale() {
    // 100 papers evenly spread and one far out on either side, as PCA scores of odd papers are.
    double[] values = new double[102];
    for (int i = 0; i < 100; i++) {
      values[i] = i;
    }
    values[100] = 5_000;
    values[101] = -300;
    double[] scaled = values.clone();
    Projection.scale(scaled);
    double inner = MapPoint.MARGIN;
    assertTrue(
        scaled[100] > 1 - inner && scaled[100] < 1, "far out, in the margin: " + scaled[100]);
    assertTrue(scaled[101] > 0 && scaled[101] < inner, "far out, in the margin: " + scaled[101]);
    // The middle keeps its proportions: the outliers did not squeeze it.
    assertEquals(scaled[60] - scaled[50], scaled[50] - scaled[40], 1e-9);
    assertTrue(scaled[50] - scaled[40] > 0.08, "ten papers apart: " + (scaled[50] - scaled[40]));
    for (int i = 1; i < 100; i++) {
      assertTrue(scaled[i] > scaled[i - 1], "order kept at " + i);
    }
    assertTrue(scaled[0] > scaled[101] && scaled[99] < scaled[100]);
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
        List.of(
            new MapPoint("p0", 0.05, 0.05),
            new MapPoint("p1", 0.5, 0.5),
            new MapPoint("p2", 0.95, 0.95)),
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
