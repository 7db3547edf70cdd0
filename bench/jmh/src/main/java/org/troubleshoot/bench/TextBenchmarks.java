package org.troubleshoot.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.troubleshoot.parse.Slugs;
import org.troubleshoot.search.Tokens;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Folding on the hot path: every cell of a site is split into search words and every symptom into an id.
 * ASCII text takes a fast path without the Unicode normalizer; German and Japanese text take the general one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextBenchmarks {
    private final String ascii = "Hard refresh (Cmd-Shift-R); if still blank, escalate with the org id";
    private final String german = "Zahlungsmethode prüfen; wenn die Rechnung überfällig bleibt, an die Buchhaltung";
    private final String japanese = "パスワードの有効期限が切れています。管理者に連絡してください";

    @Benchmark
    public List<String> tokensOfAnAsciiCell() {
        return Tokens.of(ascii);
    }

    @Benchmark
    public List<String> tokensOfAGermanCell() {
        return Tokens.of(german);
    }

    @Benchmark
    public List<String> tokensOfAJapaneseCell() {
        return Tokens.of(japanese);
    }

    @Benchmark
    public String slugOfAnAsciiCell() {
        return Slugs.slug(ascii, "entry");
    }

    @Benchmark
    public String slugOfAGermanCell() {
        return Slugs.slug(german, "entry");
    }
}
