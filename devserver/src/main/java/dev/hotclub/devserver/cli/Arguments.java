package dev.hotclub.devserver.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments split as argparse splits them: the positionals, and the options the command
 * declares ({@code --name VALUE} or {@code --name=VALUE}). Any other argument that starts with
 * {@code -} is an error, as in Django: {@code startproject shop --bogus} must not create {@code --bogus}/.
 * {@code --} ends the options; a negative number is a positional, as argparse treats it.
 */
record Arguments(List<String> positionals, Map<String, String> options) {

    /**
     * Splits {@code args}: the {@code required} positionals (named as the usage line names them) must be
     * there, at most {@code most} positionals are taken; extra ones and unknown options are argparse's
     * "unrecognized arguments", listed in the order given.
     */
    static Arguments parse(List<String> args, List<String> required, int most, Set<String> valueOptions) throws CommandError {
        return parse(args, required, most, valueOptions, Set.of());
    }

    /** As above, with {@code flags}: options without a value, present as "true" in {@link #options()}. */
    static Arguments parse(List<String> args, List<String> required, int most, Set<String> valueOptions, Set<String> flags)
            throws CommandError {
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> unrecognized = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-") || arg.matches("-\\d+")) {
                if (positionals.size() < most) {
                    positionals.add(arg);
                } else {
                    unrecognized.add(arg);
                }
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (flags.contains(arg)) {
                options.put(arg, "true");
            } else if (!valueOptions.contains(name)) {
                unrecognized.add(arg);
            } else if (equals >= 0) {
                options.put(name, arg.substring(equals + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                options.put(name, args.get(++i));
            } else {
                throw new CommandError("argument " + name + ": expected one argument");
            }
        }
        if (positionals.size() < required.size()) {
            throw new CommandError("the following arguments are required: "
                + String.join(", ", required.subList(positionals.size(), required.size())));
        }
        if (!unrecognized.isEmpty()) {
            throw new CommandError("unrecognized arguments: " + String.join(" ", unrecognized));
        }
        return new Arguments(List.copyOf(positionals), Map.copyOf(options));
    }

    static Arguments parse(List<String> args, List<String> required, int most) throws CommandError {
        return parse(args, required, most, Set.of());
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
