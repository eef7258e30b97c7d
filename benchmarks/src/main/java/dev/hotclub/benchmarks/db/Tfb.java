package dev.hotclub.benchmarks.db;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** TechEmpower's rules shared by the Java servers: the {@code queries} parameter, random ids, the added fortune. */
final class Tfb {
    static final String ADDED_FORTUNE = "Additional fortune added at request time.";

    private Tfb() {
    }

    /** {@code queries}: 1 to 500; missing, empty or not a number is 1 (TFB's cases "", "foo", "0", "501"). */
    static int queries(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(500, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** TFB's fortunes: {@code rows} (a list it may change) with the added fortune, sorted by message in code. */
    static List<Fortune> withAddedFortune(List<Fortune> rows) {
        rows.add(new Fortune(0, ADDED_FORTUNE));
        rows.sort(Comparator.comparing(fortune -> fortune.message));
        return rows;
    }

    /** A World id or random number, 1 to 10,000. */
    static int randomWorld() {
        return ThreadLocalRandom.current().nextInt(1, 10_001);
    }

    /** What {@code /db} and {@code /queries} answer for one row. */
    record WorldJson(long id, int randomNumber) {
    }
}
