package dev.hotclub.db.migrations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;

/**
 * The questions makemigrations asks (Django's {@code MigrationQuestioner}), with Django's wording. The
 * non-interactive one ({@code --noinput}) takes the safe answers: no rename, and no guessed default.
 */
public interface Questioner {
    /** The answer to "ignore for now" when a nullable field becomes NOT NULL. */
    Object IGNORE = new Object();

    boolean askRenameModel(ModelState oldModel, ModelState newModel);

    boolean askRenameField(String modelName, String oldName, String newName, String kind);

    /** A one-off default for a new NOT NULL field; throws {@link Abort} to quit. */
    Object askNotNullAddition(String fieldName, String modelName);

    /** A one-off default for a field becoming NOT NULL, or {@link #IGNORE}; throws {@link Abort} to quit. */
    Object askNotNullAlteration(String fieldName, String modelName);

    boolean askMerge(String app);

    /** The user chose to quit; {@code exitCode} as Django's (3 for a missing default). */
    final class Abort extends RuntimeException {
        private final int exitCode;

        public Abort(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    static Questioner nonInteractive() {
        return new Questioner() {
            @Override
            public boolean askRenameModel(ModelState oldModel, ModelState newModel) {
                return false;
            }

            @Override
            public boolean askRenameField(String modelName, String oldName, String newName, String kind) {
                return false;
            }

            @Override
            public Object askNotNullAddition(String fieldName, String modelName) {
                throw new Abort(3, "It is impossible to add a non-nullable field '" + fieldName + "' to "
                        + modelName + " without specifying a default. This is because the database needs something"
                        + " to populate existing rows.\nPlease give the field a default (withDefault(...) or"
                        + " default = ...) or make it nullable, or run makemigrations without --noinput to enter a"
                        + " one-off default.");
            }

            @Override
            public Object askNotNullAlteration(String fieldName, String modelName) {
                return IGNORE;
            }

            @Override
            public boolean askMerge(String app) {
                return true;
            }
        };
    }

    /** Answers that let the autodetector finish without asking: for "are there changes?" only, never to write. */
    static Questioner detecting() {
        return new Questioner() {
            @Override
            public boolean askRenameModel(ModelState oldModel, ModelState newModel) {
                return false;
            }

            @Override
            public boolean askRenameField(String modelName, String oldName, String newName, String kind) {
                return false;
            }

            @Override
            public Object askNotNullAddition(String fieldName, String modelName) {
                return 0;
            }

            @Override
            public Object askNotNullAlteration(String fieldName, String modelName) {
                return IGNORE;
            }

            @Override
            public boolean askMerge(String app) {
                return false;
            }
        };
    }

    static Questioner interactive(BufferedReader in, PrintStream out) {
        return new InteractiveQuestioner(in, out);
    }

    /** Reads the answers from the console. */
    final class InteractiveQuestioner implements Questioner {
        private final BufferedReader in;
        private final PrintStream out;

        InteractiveQuestioner(BufferedReader in, PrintStream out) {
            this.in = in;
            this.out = out;
        }

        private String input(String prompt) {
            out.print(prompt);
            out.flush();
            try {
                String line = in.readLine();
                if (line == null) {
                    throw new Abort(1, "No answer (end of input).");
                }
                return line.strip();
            } catch (IOException e) {
                throw new Abort(1, "Could not read the answer: " + e.getMessage());
            }
        }

        private boolean yesNo(String question) {
            String result = input(question + " ");
            if (result.isEmpty()) {
                return false;
            }
            while (result.isEmpty() || "yn".indexOf(Character.toLowerCase(result.charAt(0))) < 0) {
                result = input("Please answer yes or no: ");
            }
            return Character.toLowerCase(result.charAt(0)) == 'y';
        }

        private int choice(String question, String... choices) {
            out.println(question);
            for (int i = 0; i < choices.length; i++) {
                out.println(" " + (i + 1) + ") " + choices[i]);
            }
            String result = input("Select an option: ");
            while (true) {
                try {
                    int value = Integer.parseInt(result);
                    if (value > 0 && value <= choices.length) {
                        return value;
                    }
                } catch (NumberFormatException ignored) {
                    // asked again below
                }
                result = input("Please select a valid option: ");
            }
        }

        private Object askDefault() {
            out.println("Please enter the default value now, as a Java literal: 0, 1.5, true, \"text\"");
            out.println("Type 'exit' to exit this prompt");
            while (true) {
                String code = input(">>> ");
                if (code.isEmpty()) {
                    out.println("Please enter some code, or 'exit' (with no quotes) to exit.");
                } else if (code.equals("exit")) {
                    throw new Abort(1, "");
                } else {
                    try {
                        return parseLiteral(code);
                    } catch (IllegalArgumentException e) {
                        out.println("Invalid input: " + e.getMessage());
                    }
                }
            }
        }

        @Override
        public boolean askRenameModel(ModelState oldModel, ModelState newModel) {
            return yesNo("Did you rename the " + oldModel.app() + "." + oldModel.name() + " model to "
                    + newModel.name() + "? [y/N]");
        }

        @Override
        public boolean askRenameField(String modelName, String oldName, String newName, String kind) {
            return yesNo("Did you rename " + modelName + "." + oldName + " to " + modelName + "." + newName
                    + " (a " + kind + ")? [y/N]");
        }

        @Override
        public Object askNotNullAddition(String fieldName, String modelName) {
            int choice = choice("You are trying to add a non-nullable field '" + fieldName + "' to " + modelName
                            + " without a default; we can't do that (the database needs something to populate"
                            + " existing rows).\nPlease select a fix:",
                    "Provide a one-off default now (will be set on all existing rows with a null value for this"
                            + " column)",
                    "Quit, and let me add a default in the model");
            if (choice == 2) {
                throw new Abort(3, "");
            }
            return askDefault();
        }

        @Override
        public Object askNotNullAlteration(String fieldName, String modelName) {
            int choice = choice("You are trying to change the nullable field '" + fieldName + "' on " + modelName
                            + " to non-nullable without a default; we can't do that (the database needs something"
                            + " to populate existing rows).\nPlease select a fix:",
                    "Provide a one-off default now (will be set on all existing rows with a null value for this"
                            + " column)",
                    "Ignore for now, and let me handle existing rows with NULL myself (e.g. because you added a"
                            + " RunJava or RunSQL operation to handle NULL values in a previous data migration)",
                    "Quit, and let me add a default in the model");
            if (choice == 2) {
                return IGNORE;
            }
            if (choice == 3) {
                throw new Abort(3, "");
            }
            return askDefault();
        }

        @Override
        public boolean askMerge(String app) {
            return yesNo("\nMerging will only work if the operations printed above do not conflict\n"
                    + "with each other (working on different fields or models)\n"
                    + "Do you want to merge these migration branches? [y/N]");
        }
    }

    /** A Java literal typed at the default prompt: a number, true/false, or a "string". */
    static Object parseLiteral(String code) {
        if (code.equals("true") || code.equals("false")) {
            return Boolean.parseBoolean(code);
        }
        if (code.length() >= 2 && code.startsWith("\"") && code.endsWith("\"")) {
            return code.substring(1, code.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        try {
            if (code.endsWith("L") || code.endsWith("l")) {
                return Long.parseLong(code.substring(0, code.length() - 1));
            }
            if (code.matches("-?\\d+")) {
                long value = Long.parseLong(code);
                return value == (int) value ? (Object) (int) value : (Object) value;
            }
            if (code.matches("-?\\d*\\.\\d+")) {
                return new BigDecimal(code).doubleValue();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(code + " is not a number Java can hold");
        }
        throw new IllegalArgumentException(code + " is not a Java literal (write text in double quotes: \""
                + code + "\")");
    }
}
