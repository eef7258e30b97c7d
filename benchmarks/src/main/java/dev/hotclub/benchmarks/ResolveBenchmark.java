package dev.hotclub.benchmarks;

import dev.hotclub.urls.Converters;
import dev.hotclub.urls.Resolver;
import dev.hotclub.urls.ResolverMatch;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.internal.CompiledUrlConf;
import dev.hotclub.urls.internal.NaiveWalk;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One resolve, through the index ({@code indexed*}) and through Django's in-order walk
 * ({@code naive*}, the baseline), against tables of 10, 1,000 and 10,000 routes, hits and misses.
 * Each call takes the next of 1,024 prepared paths, so branch predictors and caches see a mix.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResolveBenchmark {

    private static final int PATHS = 1024;

    @Param({"10", "1000", "10000"})
    public int routes;

    @Param({RouteTables.LITERAL_FIRST, RouteTables.PARAMETER_FIRST})
    public String table;

    private Resolver resolver;
    private CompiledUrlConf compiled;
    private String[] hits;
    private String[] misses;
    private int next;

    @Setup
    public void setUp() {
        UrlConf conf = RouteTables.table(table, routes);
        resolver = Resolver.build(conf);
        compiled = CompiledUrlConf.compile(conf, Converters.defaults());
        hits = RouteTables.hits(table, routes, PATHS);
        misses = RouteTables.misses(table, routes, PATHS);
        for (String hit : hits) {
            if (!resolver.resolves(hit) || NaiveWalk.resolve(compiled.tree(), hit, null) == null) {
                throw new IllegalStateException("not a hit: " + hit);
            }
        }
        for (String miss : misses) {
            if (resolver.resolves(miss)) {
                throw new IllegalStateException("not a miss: " + miss);
            }
        }
    }

    private String nextOf(String[] paths) {
        next = (next + 1) & (PATHS - 1);
        return paths[next];
    }

    @Benchmark
    public Optional<ResolverMatch> indexedHit() {
        return resolver.tryResolve(nextOf(hits));
    }

    @Benchmark
    public Optional<ResolverMatch> indexedMiss() {
        return resolver.tryResolve(nextOf(misses));
    }

    @Benchmark
    public ResolverMatch naiveHit() {
        return NaiveWalk.resolve(compiled.tree(), nextOf(hits), null);
    }

    @Benchmark
    public ResolverMatch naiveMiss() {
        return NaiveWalk.resolve(compiled.tree(), nextOf(misses), null);
    }
}
