package dev.hotclub.devserver.compile;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What incremental compilation needs to know about a class file: which classes it mentions (so its
 * source is recompiled when theirs change) and whether it declares compile-time constants (which javac
 * inlines into other classes, leaving no reference behind: a change to one calls for a full compile).
 *
 * Read straight from the constant pool and field table (JVMS 4.4, 4.5): a few dozen lines instead of
 * a bytecode library in the dev server's class loader.
 */
record ClassFileFacts(Set<String> referencedClasses, boolean declaresConstants) {

    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([\\w/$]+)[;<]");

    static ClassFileFacts of(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.skipBytes(8); // magic, minor, major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            Set<Integer> classNameIndexes = new HashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNameIndexes.add(in.readUnsignedShort());
                    case 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // longs and doubles take two slots
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            Set<String> referenced = new HashSet<>();
            for (int index : classNameIndexes) {
                String name = utf8[index];
                if (name != null && !name.startsWith("[")) {
                    referenced.add(name.replace('/', '.'));
                }
            }
            for (String text : utf8) {
                if (text != null && text.indexOf(';') > 0) {
                    Matcher m = DESCRIPTOR_CLASS.matcher(text);
                    while (m.find()) {
                        referenced.add(m.group(1).replace('/', '.'));
                    }
                }
            }
            in.skipBytes(6); // access flags, this, super
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            boolean constants = false;
            int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                in.skipBytes(6); // flags, name, descriptor
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    in.skipBytes(in.readInt());
                    constants |= "ConstantValue".equals(attribute);
                }
            }
            return new ClassFileFacts(Set.copyOf(referenced), constants);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable class file", e);
        }
    }
}
