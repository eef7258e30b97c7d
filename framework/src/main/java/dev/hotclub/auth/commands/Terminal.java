package dev.hotclub.auth.commands;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Where a command asks its questions: the console (passwords not echoed, as Python's getpass) or given streams (tests). */
public interface Terminal {
    /** Prints {@code prompt} and reads a line; {@code null} at the end of the input. */
    String readLine(String prompt);

    /** As {@link #readLine}, without echoing what is typed when on a console. */
    String readPassword(String prompt);

    /** Reads {@code in}, prompts on {@code out}. */
    static Terminal of(BufferedReader in, PrintStream out) {
        return new Terminal() {
            @Override
            public String readLine(String prompt) {
                out.print(prompt);
                out.flush();
                try {
                    return in.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String readPassword(String prompt) {
                return readLine(prompt);
            }
        };
    }

    /** The process's console when there is one, else standard input and output. */
    static Terminal system() {
        Console console = System.console();
        Terminal streams = of(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
        if (console == null) {
            return streams;
        }
        return new Terminal() {
            @Override
            public String readLine(String prompt) {
                return console.readLine("%s", prompt);
            }

            @Override
            public String readPassword(String prompt) {
                char[] typed = console.readPassword("%s", prompt);
                return typed == null ? null : new String(typed);
            }
        };
    }
}
