package org.troubleshoot.diagnostic;

import java.util.LinkedHashMap;
import java.util.Map;

/** How long each stage of a build took, in milliseconds, in stage order ({@code --timings}). */
public final class Timings {
    private final Map<String, Long> stages = new LinkedHashMap<>();

    /** Records the time since {@code startNanos} (from {@link System#nanoTime()}) for {@code stage}. */
    public synchronized void add(String stage, long startNanos) {
        stages.merge(stage, (System.nanoTime() - startNanos) / 1_000_000, Long::sum);
    }

    public synchronized Map<String, Long> stages() {
        return new LinkedHashMap<>(stages);
    }
}
