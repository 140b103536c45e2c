package dev.zonegraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives one operation from {@code concurrency} threads: a warmup that is not recorded, then {@code duration} of
 * recorded calls, each with arguments drawn from the thread's own seeded random stream.
 */
final class Load {

    /** One call's outcome: whether it failed, and the Cypher statements it cost (-1 when unknown). */
    record Outcome(boolean error, int statements, String message) {
        static Outcome ok(int statements) {
            return new Outcome(false, statements, null);
        }

        static Outcome failed(String message) {
            return new Outcome(true, -1, message);
        }
    }

    /** A call with arguments drawn from {@code random}. */
    @FunctionalInterface
    interface Call {
        Outcome run(SplittableRandom random) throws Exception;
    }

    /** What a run measured: latencies in nanoseconds (sorted), errors, statements and the measured time. */
    record Stats(long[] latencies, long errors, long statementsTotal, long statementsCounted, long elapsedNanos,
            String firstError) {

        long requests() {
            return latencies.length;
        }

        double throughput() {
            return elapsedNanos == 0 ? 0 : latencies.length * 1e9 / elapsedNanos;
        }

        /** Nearest-rank percentile in milliseconds (NaN without requests). */
        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1e6;
        }

        double meanStatements() {
            return statementsCounted == 0 ? Double.NaN : (double) statementsTotal / statementsCounted;
        }
    }

    private Load() {
    }

    static Stats run(int concurrency, Duration warmup, Duration duration, long seed, Call call) throws InterruptedException {
        // All threads warm up together, then measure over the same window.
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long end = warmupEnd + duration.toNanos();
        var workers = new ArrayList<Thread>();
        var results = new ArrayList<Worker>();
        var failure = new AtomicReference<Throwable>();
        var firstError = new AtomicReference<String>();
        for (int t = 0; t < concurrency; t++) {
            var worker = new Worker(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + t), call, warmupEnd, end, firstError);
            results.add(worker);
            var thread = new Thread(() -> {
                try {
                    worker.loop();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-" + t);
            thread.setDaemon(true);
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("benchmark worker failed", failure.get());
        }
        long lastDone = warmupEnd;
        int total = 0;
        long errors = 0;
        long statements = 0;
        long counted = 0;
        for (Worker worker : results) {
            lastDone = Math.max(lastDone, worker.lastDone);
            total += worker.count;
            errors += worker.errors;
            statements += worker.statements;
            counted += worker.statementsCounted;
        }
        long[] all = new long[total];
        int at = 0;
        for (Worker worker : results) {
            System.arraycopy(worker.latencies, 0, all, at, worker.count);
            at += worker.count;
        }
        Arrays.sort(all);
        return new Stats(all, errors, statements, counted, lastDone - warmupEnd, firstError.get());
    }

    private static final class Worker {
        final SplittableRandom random;
        final Call call;
        final long warmupEnd;
        final long end;
        final AtomicReference<String> firstError;
        long[] latencies = new long[1024];
        int count;
        long errors;
        long statements;
        long statementsCounted;
        long lastDone;

        Worker(SplittableRandom random, Call call, long warmupEnd, long end, AtomicReference<String> firstError) {
            this.random = random;
            this.call = call;
            this.warmupEnd = warmupEnd;
            this.end = end;
            this.firstError = firstError;
        }

        void loop() {
            while (System.nanoTime() < warmupEnd) {
                invoke();
            }
            long now;
            while ((now = System.nanoTime()) < end) {
                Outcome outcome = invoke();
                long done = System.nanoTime();
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = done - now;
                lastDone = done;
                if (outcome.error()) {
                    errors++;
                    firstError.compareAndSet(null, outcome.message());
                } else if (outcome.statements() >= 0) {
                    statements += outcome.statements();
                    statementsCounted++;
                }
            }
        }

        private Outcome invoke() {
            try {
                return call.run(random);
            } catch (Exception e) {
                return Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
