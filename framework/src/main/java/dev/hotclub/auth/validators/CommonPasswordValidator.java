package dev.hotclub.auth.validators;

import dev.hotclub.auth.internal.PythonText;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Django's {@code CommonPasswordValidator}: refuses a password (lower-cased, stripped) found in a list of common
 * passwords. The list is Django's own {@code common-passwords.txt.gz} (20,000 lines, 19,727 distinct passwords, compiled by Royce
 * Williams, shipped by Django under its BSD licence; see docs/AUTH.md), read once per JVM.
 */
public final class CommonPasswordValidator implements PasswordValidator {
    private static final String DJANGO_LIST = "common-passwords.txt.gz";

    private final Set<String> passwords;

    /** With Django's list. */
    public CommonPasswordValidator() {
        this.passwords = DjangoList.PASSWORDS;
    }

    /** With the list in {@code file}: one lower-case password a line, gzip-compressed or plain text. */
    public CommonPasswordValidator(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            this.passwords = read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common passwords list " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void validate(String password, UserAttributes user) {
        if (passwords.contains(PythonText.strip(PythonText.lower(password)))) {
            throw new InvalidPassword(new PasswordError("This password is too common.", "password_too_common"));
        }
    }

    @Override
    public String helpText() {
        return "Your password can’t be a commonly used password.";
    }

    /** How many passwords the list holds. */
    public int size() {
        return passwords.size();
    }

    private static Set<String> read(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        Set<String> set = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                set.add(PythonText.strip(line));
            }
        }
        return Set.copyOf(set);
    }

    /** Loaded on first use: 20,000 strings that a project without this validator never pays for. */
    private static final class DjangoList {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = CommonPasswordValidator.class.getResourceAsStream(DJANGO_LIST)) {
                if (in == null) {
                    throw new IllegalStateException("The framework jar lacks " + DJANGO_LIST + " beside "
                            + CommonPasswordValidator.class.getName());
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the common passwords list: " + e.getMessage(), e);
            }
        }
    }
}
