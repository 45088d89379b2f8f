package io.contentlint.core;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Where a run's time goes, phase by phase ({@code schemas}, {@code discover}, {@code read},
 * {@code index}, {@code check}), for {@code --debug}: the startup profile of issue 9 was read off
 * these lines. One instance per run; the default ignores everything.
 */
public record PhaseTimes(Consumer<Phase> sink) {
    public static final PhaseTimes NONE = new PhaseTimes(phase -> { });

    /** One finished phase. */
    public record Phase(String name, Duration elapsed) {
    }

    /** Reports the phase that started at {@code startNanos}; returns now, the start of the next one. */
    public long lap(String name, long startNanos) {
        long now = System.nanoTime();
        sink.accept(new Phase(name, Duration.ofNanos(now - startNanos)));
        return now;
    }
}
