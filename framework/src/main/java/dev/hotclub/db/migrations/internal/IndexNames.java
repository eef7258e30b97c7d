package dev.hotclub.db.migrations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Django's names for the indexes and constraints it creates ({@code _create_index_name}): table, columns and an
 * eight-character MD5 digest, shortened to the database's identifier limit the way Django shortens them, so a
 * schema made by Hotclub and one made by Django name the same things the same way.
 */
public final class IndexNames {
    private IndexNames() {
    }

    public static String create(String table, List<String> columns, String suffix, int maxLength) {
        String[] parts = new String[columns.size() + 1];
        parts[0] = table;
        for (int i = 0; i < columns.size(); i++) {
            parts[i + 1] = columns.get(i);
        }
        String hashSuffix = digest(8, parts) + suffix;
        String joined = String.join("_", columns);
        String name = table + "_" + joined + "_" + hashSuffix;
        if (name.length() <= maxLength) {
            return name;
        }
        if (hashSuffix.length() > maxLength / 3) {
            hashSuffix = hashSuffix.substring(0, maxLength / 3);
        }
        int otherLength = (maxLength - hashSuffix.length()) / 2 - 1;
        name = cut(table, otherLength) + "_" + cut(joined, otherLength) + "_" + hashSuffix;
        if (name.charAt(0) == '_' || Character.isDigit(name.charAt(0))) {
            name = "D" + name.substring(0, name.length() - 1);
        }
        return name;
    }

    /** Django's {@code names_digest}: the MD5 of the arguments one after the other, first {@code length} hex digits. */
    public static String digest(int length, String... args) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (String arg : args) {
                md5.update(arg.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md5.digest()).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no MD5", e);
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
