package dev.hotclub.benchmarks;

import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.Databases;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.QuerySet;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.DateTimeField;
import dev.hotclub.db.models.fields.IntegerField;
import dev.hotclub.db.models.internal.Query;
import dev.hotclub.db.models.internal.SelectCache;
import dev.hotclub.db.models.internal.Sql;
import dev.hotclub.db.models.internal.SqlCompiler;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the ORM costs before the database: turning a QuerySet into its SQL text and bound parameters, without
 * running it (nothing connects: the pool opens on the first statement).
 *
 * <ul>
 * <li>{@code filterChain}: building {@code Question.objects.filter("pubDate__year", 2024).exclude(
 *     "questionText__startswith", "x").orderBy("-pubDate").slice(0, 5)} and compiling it as evaluating it does
 *     (through {@link SelectCache}: a shape seen before is not compiled again): a typical view's query;
 * <li>{@code filterChainBuildOnly} and {@code filterChainCompileOnly}: its two halves;
 * <li>{@code filterChainUncached} and {@code filterChainCompileOnlyUncached}: the same, compiled in full by
 *     {@link SqlCompiler} each time (the first query of each shape; what every query cost before the cache);
 * <li>{@code getById} and {@code getByIdUncached}: what {@code World.objects.get("id", n)} compiles before it runs
 *     (TFB's single query), each {@code n} another value;
 * <li>{@code sqlText}: the public {@code qs.sql()} of the filter chain (text only, compiled in full).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QuerySqlBenchmark {
    /** The polls tutorial's question. */
    @Meta(appLabel = "polls", ordering = "-pubDate")
    public static class Question extends Model {
        public static final Manager<Question> objects = Manager.of(Question.class);

        @CharField(maxLength = 200)
        public String questionText;

        @DateTimeField
        public Instant pubDate;
    }

    /** TechEmpower's World row. */
    @Meta(appLabel = "tfb", dbTable = "world")
    public static class World extends Model {
        public static final Manager<World> objects = Manager.of(World.class);

        @IntegerField(dbColumn = "randomnumber")
        public int randomNumber;
    }

    // The QuerySet keeps its Query to itself; the compiler is what evaluating the QuerySet calls.
    private static final VarHandle QUERY;

    static {
        try {
            QUERY = MethodHandles.privateLookupIn(QuerySet.class, MethodHandles.lookup())
                    .findVarHandle(QuerySet.class, "query", Query.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Param({"postgresql", "sqlite"})
    public String vendor;

    private Vendor dialect;
    private QuerySet<Question> built;
    private int id;

    @Setup
    public void setUp() {
        Databases.configure(DatabaseSettings.of(vendor.equals("postgresql") ? "postgres://bench@127.0.0.1:1/bench"
                : "sqlite:///bench.sqlite3"), Path.of("").toAbsolutePath());
        dialect = Databases.defaultDatabase().vendor();
        built = chain();
        Sql sql = compile(built);
        if (!sql.text().contains("LIMIT") || sql.params().size() < 2) {
            throw new IllegalStateException("Unexpected SQL: " + sql);
        }
        Sql again = compile(chain());
        if (!again.equals(compileUncached(built)) || again.text() != compile(chain()).text()) {
            throw new IllegalStateException("The chain is not served from the cache: " + again);
        }
    }

    private static QuerySet<Question> chain() {
        return Question.objects.filter("pubDate__year", 2024).exclude("questionText__startswith", "x")
                .orderBy("-pubDate").slice(0, 5);
    }

    private Sql compile(QuerySet<?> qs) {
        return SelectCache.select((Query) QUERY.get(qs), dialect).sql();
    }

    private Sql compileUncached(QuerySet<?> qs) {
        return new SqlCompiler((Query) QUERY.get(qs), dialect).select().sql();
    }

    @Benchmark
    public Sql filterChain() {
        return compile(chain());
    }

    @Benchmark
    public Sql filterChainUncached() {
        return compileUncached(chain());
    }

    @Benchmark
    public Sql filterChainCompileOnlyUncached() {
        return compileUncached(built);
    }

    @Benchmark
    public QuerySet<Question> filterChainBuildOnly() {
        return chain();
    }

    @Benchmark
    public Sql filterChainCompileOnly() {
        return compile(built);
    }

    @Benchmark
    public String sqlText() {
        return chain().sql();
    }

    /** The QuerySet {@code get("id", n)} evaluates: filter, LIMIT 21, no ordering. */
    @Benchmark
    public Sql getById() {
        id = id % 10_000 + 1;
        return compile(World.objects.filter("id", id).orderBy().slice(0, 21));
    }

    @Benchmark
    public Sql getByIdUncached() {
        id = id % 10_000 + 1;
        return compileUncached(World.objects.filter("id", id).orderBy().slice(0, 21));
    }
}
