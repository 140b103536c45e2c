package dev.zonegraph.bench;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Requests of one kind: latencies per interval (HdrHistogram), errors and the first error's message. */
final class Traffic {
    private final Recorder recorder = new Recorder(3);
    private final AtomicLong errors = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private Histogram histogram;
    private long reportedErrors;

    /** One request. */
    @FunctionalInterface
    interface Request {
        Load.Outcome send() throws Exception;
    }

    /** A client's loop. */
    @FunctionalInterface
    interface Loop {
        void run() throws InterruptedException;
    }

    /** What one interval saw; latencies in ms. */
    record Interval(long requests, long errors, double p50, double p99, double max) {
    }

    void call(String name, Request request) {
        long sent = System.nanoTime();
        Load.Outcome outcome;
        try {
            outcome = request.send();
        } catch (Exception e) {
            outcome = Load.Outcome.failed(e.toString());
        }
        recorder.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
        if (outcome.error()) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, name + ": " + outcome.message());
        }
    }

    /** The interval since the last call (called from one thread only). */
    Interval interval() {
        histogram = recorder.getIntervalHistogram(histogram);
        long total = errors.get();
        var interval = new Interval(histogram.getTotalCount(), total - reportedErrors,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getMaxValue() / 1000.0);
        reportedErrors = total;
        return interval;
    }

    Optional<String> firstError() {
        return Optional.ofNullable(firstError.get());
    }
}
