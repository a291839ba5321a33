package dev.surveyor.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CoresTest {
  @Test
  void resultsKeepListOrder() {
    List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
    assertEquals(items.stream().map(i -> i * 3).toList(), Cores.map(items, i -> i * 3));
  }

  @Test
  void everyItemRunsExactlyOnce() {
    AtomicIntegerArray runs = new AtomicIntegerArray(10_000);
    Cores.forEachIndex(runs.length(), runs::incrementAndGet);
    for (int i = 0; i < runs.length(); i++) {
      assertEquals(1, runs.get(i), "item " + i);
    }
  }

  @Test
  void workStartedOnItsOwnThreadGivesItsResultOrItsFailure() {
    assertEquals(
        "on side", Cores.started("side", () -> "on " + Thread.currentThread().getName()).get());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            Cores.<String>started(
                    "broken",
                    () -> {
                      throw new IllegalStateException("no templates");
                    })
                ::get);
    assertEquals("no templates", e.getMessage());
  }

  @Test
  void anEmptyListIsNoWork() {
    assertEquals(List.of(), Cores.map(List.<String>of(), String::length));
  }

  @Test
  void theFailureOfTheFirstFailingItemInListOrderIsThrown() {
    // Items 300 and 7,000 fail; whichever thread gets there first, 300 is reported, every time.
    for (int round = 0; round < 20; round++) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  Cores.forEachIndex(
                      10_000,
                      i -> {
                        if (i == 300 || i == 7_000) {
                          throw new IllegalStateException("item " + i);
                        }
                      }));
      assertEquals("item 300", e.getMessage());
    }
  }

  @Test
  void workOnAllCoresUsesMoreThanOneThreadWhenThereAreCores() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    Cores.forEachIndex(
        1_000,
        i -> {
          threads.add(Thread.currentThread());
          busyFor(200_000);
        });
    int cores = Runtime.getRuntime().availableProcessors();
    assertTrue(threads.size() >= Math.min(2, cores), threads.toString());
  }

  @Test
  void nestedWorkFinishes() {
    List<Integer> sums =
        Cores.mapIndices(
            8,
            outer ->
                Cores.map(IntStream.range(0, 1_000).boxed().toList(), i -> i + outer).stream()
                    .mapToInt(Integer::intValue)
                    .sum());
    assertEquals(IntStream.range(0, 8).map(o -> 499_500 + 1_000 * o).boxed().toList(), sums);
  }

  private static void busyFor(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
