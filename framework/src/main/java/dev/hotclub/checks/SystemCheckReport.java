package dev.hotclub.checks;

import dev.hotclub.project.Project;
import dev.hotclub.urls.UrlWarning;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code check} command of the production jar ({@code java -jar site.jar check --deploy}) and of
 * {@code ./manage}: Django's {@code manage.py check [--deploy] [--fail-level LEVEL]}, its output and its exit status.
 * The URL checks always run; {@code --deploy} adds {@link DeployChecks}.
 */
public final class SystemCheckReport {
    public static final String USAGE = "usage: check [--deploy] [--fail-level {WARNING,ERROR}]";

    private SystemCheckReport() {
    }

    /**
     * Runs the checks {@code args} ask for on {@code project} and prints them as Django does (the issues on
     * {@code err}, "no issues" on {@code out}). Returns the exit status: 1 when an issue reaches the fail level (ERROR
     * unless {@code --fail-level WARNING}), 2 for arguments it does not know, else 0.
     */
    public static int run(Project project, List<String> args, java.io.PrintStream out, java.io.PrintStream err) {
        boolean deploy = false;
        CheckMessage.Level failLevel = CheckMessage.Level.ERROR;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--deploy")) {
                deploy = true;
            } else if (arg.equals("--fail-level") && i + 1 < args.size()
                    && List.of("WARNING", "ERROR").contains(args.get(i + 1))) {
                failLevel = CheckMessage.Level.valueOf(args.get(++i));
            } else {
                err.println(USAGE);
                err.println("check: error: unrecognized arguments: " + String.join(" ", args.subList(i, args.size())));
                return 2;
            }
        }
        List<CheckMessage> found = new ArrayList<>();
        for (UrlWarning warning : project.resolver().warnings()) {
            found.add(CheckMessage.warning(warning.id(), warning.message()));
        }
        if (deploy) {
            found.addAll(DeployChecks.of(project));
        }
        if (found.isEmpty()) {
            out.println("System check identified no issues (0 silenced).");
            return 0;
        }
        CheckMessage.Level level = failLevel;
        boolean serious = found.stream().anyMatch(m -> m.level().compareTo(level) >= 0);
        err.print((serious ? "SystemCheckError: " : "") + format(found));
        return serious ? 1 : 0;
    }

    /** Django's block: the header, the errors then the warnings, and the count. */
    public static String format(List<CheckMessage> found) {
        StringBuilder text = new StringBuilder("System check identified some issues:\n");
        for (CheckMessage.Level level : List.of(CheckMessage.Level.ERROR, CheckMessage.Level.WARNING)) {
            List<CheckMessage> atLevel = found.stream().filter(m -> m.level() == level).toList();
            if (!atLevel.isEmpty()) {
                text.append('\n').append(level == CheckMessage.Level.ERROR ? "ERRORS:" : "WARNINGS:").append('\n');
                atLevel.forEach(m -> text.append(m).append('\n'));
            }
        }
        text.append("\nSystem check identified ").append(found.size()).append(found.size() == 1 ? " issue" : " issues")
                .append(" (0 silenced).\n");
        return text.toString();
    }
}
