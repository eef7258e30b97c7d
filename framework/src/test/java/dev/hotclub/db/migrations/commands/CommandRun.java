package dev.hotclub.db.migrations.commands;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A migration command run as the command line runs it, its exit status and what it printed (tests of apps). */
public record CommandRun(int exitCode, String out, String err) {

    /** {@code command} ({@code migrate}, {@code sqlmigrate}, {@code makemigrations}...) with {@code args}. */
    public static CommandRun of(MigrationContext context, String command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = command.equals("makemigrations")
                    ? new MakeMigrationsCommand(context, new BufferedReader(new StringReader("")), o, e).run(List.of(args))
                    : MigrationCommandLine.run(context, command, List.of(args), o, e);
        }
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
