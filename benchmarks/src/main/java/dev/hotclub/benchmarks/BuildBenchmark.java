package dev.hotclub.benchmarks;

import dev.hotclub.urls.Resolver;
import dev.hotclub.urls.UrlConf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * What the index and the checks cost once, when a project (or, in the dev server, each reload)
 * builds its resolver: parsing, the trie, the reverse index and the shadowing check; and what
 * writing the URLconf costs, with and without recording each pattern's declaration site.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

    @Param({"10", "1000", "10000"})
    public int routes;

    @Param({RouteTables.LITERAL_FIRST, RouteTables.PARAMETER_FIRST})
    public String table;

    private UrlConf conf;

    @Setup
    public void setUp() {
        conf = RouteTables.table(table, routes);
    }

    @Benchmark
    public Resolver build() {
        return Resolver.build(conf);
    }

    /** Writing the URLconf: {@code path(...)} for every route, each recording where it was called from. */
    @Benchmark
    public UrlConf declare() {
        return RouteTables.table(table, routes);
    }

    /** The same patterns made without the DSL (no StackWalker): {@code declare} minus this is the sites' cost. */
    @Benchmark
    public UrlConf declareWithoutSites() {
        return RouteTables.tableWithoutSites(table, routes);
    }
}
