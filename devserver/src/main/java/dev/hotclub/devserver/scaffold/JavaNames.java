package dev.hotclub.devserver.scaffold;

import javax.lang.model.SourceVersion;

/** Checks a project or app name: it becomes a top-level Java package, so it must be one. */
public final class JavaNames {

    private JavaNames() {
    }

    /**
     * Throws unless {@code name} can be the package of a project or app ({@code kind}: "project" or "app").
     * Lower-case is Java's convention, but any identifier works, so only what javac would refuse is refused.
     */
    public static void checkPackageName(String name, String kind) throws ScaffoldException {
        if (name == null || name.isEmpty()) {
            throw new ScaffoldException("You must provide " + article(kind) + " " + kind + " name.");
        }
        if (SourceVersion.isKeyword(name, SourceVersion.RELEASE_17)) { // Java 17's keywords, literals and _
            throw new ScaffoldException("'" + name + "' is a reserved word in Java and cannot be used as " + article(kind)
                + " " + kind + " name. Please try another name.");
        }
        // Only ASCII letters, digits and _: javac also takes $ and non-ASCII letters, but Maven's artifactId
        // ([A-Za-z0-9_\-.]+), shells and file systems do not all take them.
        if (!SourceVersion.isIdentifier(name) || !name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
            throw new ScaffoldException("'" + name + "' is not a valid " + kind + " name. Please make sure the name is a valid"
                + " Java package name: letters, digits and underscores, not starting with a digit (e.g. 'blog' or 'my_site').");
        }
        if (name.equals("java") || name.equals("javax") || name.equals("jdk") || name.equals("sun")) {
            throw new ScaffoldException("'" + name + "' conflicts with the name of a package of the Java platform and cannot"
                + " be used as " + article(kind) + " " + kind + " name. Please try another name.");
        }
    }

    private static String article(String kind) {
        return "app".equals(kind) ? "an" : "a";
    }

    /** {@code blog_posts} becomes {@code BlogPosts}: the app's class name prefix. */
    public static String className(String packageName) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : packageName.toCharArray()) {
            if (c == '_' || c == '$') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.isEmpty() ? "App" : out.toString();
    }
}
