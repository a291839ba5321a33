package dev.surveyor.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs independent work on every item of a list on all cores, handing items out one at a time in
 * list order to whichever thread is free.
 *
 * <p>Parallel streams split a list into a few fixed parts up front (four on two cores), so one part
 * heavier than the others leaves a core idle while it finishes; here no core waits while an item is
 * left. Results keep list order, and when items fail, the failure thrown is the one of the first
 * failing item in list order, so output and errors never depend on timing. A list ordered heaviest
 * first finishes soonest.
 */
public final class Cores {
  private Cores() {}

  /** {@code work} for 0 to {@code n - 1}; rethrows the failure of the lowest index that failed. */
  public static void forEachIndex(int n, IntConsumer work) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
    Throwable[] failures = new Throwable[n];
    Runnable drain =
        () -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            if (i > firstFailed.get()) {
              return; // an earlier item failed; what this one would do cannot matter
            }
            try {
              work.accept(i);
            } catch (RuntimeException | Error e) {
              failures[i] = e;
              firstFailed.accumulateAndGet(i, Math::min);
            }
          }
        };
    // The calling thread works too; helpers that start after the list is done find nothing.
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 1);
    List<ForkJoinTask<?>> started = new ArrayList<>(Math.max(0, helpers));
    for (int h = 0; h < helpers; h++) {
      started.add(ForkJoinPool.commonPool().submit(drain));
    }
    drain.run();
    started.forEach(ForkJoinTask::join);
    int first = firstFailed.get();
    if (first != Integer.MAX_VALUE) {
      rethrow(failures[first]);
    }
  }

  /**
   * Starts {@code work} on a free core while the caller goes on with other work; {@code join()} the
   * task for its result. For a step that runs on one core, so the other cores are not idle.
   */
  public static <T> ForkJoinTask<T> aside(Supplier<T> work) {
    return ForkJoinPool.commonPool().submit(work::get);
  }

  /**
   * Starts {@code work} on a thread of its own and returns what waits for its result. For a step
   * that needs nothing of the pool's work and is wanted later: on two cores the pool has one
   * worker, and a step queued behind its work would start only when that ends.
   */
  public static <T> Supplier<T> started(String name, Supplier<T> work) {
    FutureTask<T> task = new FutureTask<>(work::get);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return () -> {
      try {
        return task.get();
      } catch (ExecutionException e) {
        rethrow(e.getCause());
        throw new AssertionError(e); // rethrow always throws
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + name, e);
      }
    };
  }

  /** {@code f} of every index from 0 to {@code n - 1}, in index order. */
  public static <R> List<R> mapIndices(int n, IntFunction<? extends R> f) {
    Object[] results = new Object[n];
    forEachIndex(n, i -> results[i] = f.apply(i));
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Arrays.asList(results);
    return Collections.unmodifiableList(list);
  }

  /** {@code f} of every item, in list order. */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    return mapIndices(items.size(), i -> f.apply(items.get(i)));
  }

  private static void rethrow(Throwable failure) {
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) failure;
  }
}
