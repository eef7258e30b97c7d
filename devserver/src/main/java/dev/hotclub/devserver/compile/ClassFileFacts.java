package dev.hotclub.devserver.compile;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What incremental compilation needs to know about a class file: which classes it mentions (so its
 * source is recompiled when theirs change), whether it declares compile-time constants (which javac
 * inlines into other classes, leaving no reference behind: a change to one calls for a full compile),
 * and its API: what other classes can see of it (its supertypes, its non-private fields and methods
 * with their types, its member classes). A change to the API can break a class that never mentions
 * this one (a class that inherits an abstract method through an intermediate class), so it calls for
 * a full compile too.
 *
 * Read straight from the class file (JVMS 4.1, 4.4-4.7): a page of code instead of a bytecode library
 * in the dev server's class loader.
 */
record ClassFileFacts(Set<String> referencedClasses, boolean declaresConstants, String api) {

    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([\\w/$]+)[;<]");
    private static final int ACC_PRIVATE = 0x0002;
    private static final int ACC_SUPER = 0x0020;

    static ClassFileFacts of(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.skipBytes(8); // magic, minor, major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            Map<Integer, Integer> classNames = new HashMap<>(); // Class constant -> its name's Utf8 constant
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames.put(i, in.readUnsignedShort());
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
            for (int index : classNames.values()) {
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
            ConstantPool pool = new ConstantPool(utf8, classNames);
            StringBuilder api = new StringBuilder();
            int classFlags = in.readUnsignedShort() & ~ACC_SUPER;
            int thisClass = in.readUnsignedShort();
            api.append("class ").append(classFlags).append(' ').append(pool.className(thisClass))
                .append(" extends ").append(pool.className(in.readUnsignedShort()));
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) {
                api.append(i == 0 ? " implements " : ", ").append(pool.className(in.readUnsignedShort()));
            }
            api.append('\n');
            boolean constants = false;
            List<String> fields = new ArrayList<>();
            int fieldCount = in.readUnsignedShort();
            for (int f = 0; f < fieldCount; f++) {
                Member field = Member.read(in, pool);
                constants |= field.attributes().containsKey("ConstantValue");
                if (field.visible()) {
                    fields.add("field " + field.describe(pool));
                }
            }
            List<String> methods = new ArrayList<>();
            int methodCount = in.readUnsignedShort();
            for (int m = 0; m < methodCount; m++) {
                Member method = Member.read(in, pool);
                if (method.visible()) {
                    methods.add("method " + method.describe(pool));
                }
            }
            // Members in declaration order: moving one is not an API change.
            fields.stream().sorted().forEach(line -> api.append(line).append('\n'));
            methods.stream().sorted().forEach(line -> api.append(line).append('\n'));
            int attributeCount = in.readUnsignedShort();
            for (int a = 0; a < attributeCount; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                byte[] body = in.readNBytes(in.readInt());
                if ("Signature".equals(attribute) || "PermittedSubclasses".equals(attribute)) { // generics, sealed
                    api.append(attribute).append(' ').append(pool.render(attribute, body)).append('\n');
                } else if ("InnerClasses".equals(attribute)) {
                    appendOwnMemberClasses(api, body, pool, thisClass);
                }
            }
            return new ClassFileFacts(Set.copyOf(referenced), constants, api.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable class file", e);
        }
    }

    /**
     * The InnerClasses entries about this class and its member classes (their names and modifiers);
     * the entries about other classes' member classes that this one merely uses are left out.
     */
    private static void appendOwnMemberClasses(StringBuilder api, byte[] body, ConstantPool pool, int thisClass)
            throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            List<String> entries = new ArrayList<>();
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                int inner = in.readUnsignedShort();
                int outer = in.readUnsignedShort();
                int name = in.readUnsignedShort();
                int flags = in.readUnsignedShort();
                boolean own = inner == thisClass || outer == thisClass;
                if (own && name != 0) { // anonymous and local classes (no name) are not visible
                    entries.add("member " + pool.className(inner) + " " + flags);
                }
            }
            entries.stream().sorted().forEach(line -> api.append(line).append('\n'));
        }
    }

    /** A field or method: access flags, name, descriptor and the attributes that other classes see. */
    private record Member(int flags, String name, String descriptor, Map<String, byte[]> attributes) {

        static Member read(DataInputStream in, ConstantPool pool) throws IOException {
            int flags = in.readUnsignedShort();
            String name = pool.utf8(in.readUnsignedShort());
            String descriptor = pool.utf8(in.readUnsignedShort());
            Map<String, byte[]> attributes = new HashMap<>();
            int count = in.readUnsignedShort();
            for (int a = 0; a < count; a++) {
                String attribute = pool.utf8(in.readUnsignedShort());
                attributes.put(attribute, in.readNBytes(in.readInt()));
            }
            return new Member(flags, name, descriptor, attributes);
        }

        boolean visible() {
            return (flags & ACC_PRIVATE) == 0;
        }

        /** Flags, name, type, generic type and declared exceptions (a method's checked exceptions are its API). */
        String describe(ConstantPool pool) {
            StringBuilder text = new StringBuilder().append(flags).append(' ').append(name).append(' ').append(descriptor);
            for (String attribute : List.of("Signature", "Exceptions")) {
                byte[] body = attributes.get(attribute);
                if (body != null) {
                    text.append(' ').append(attribute).append(' ').append(pool.render(attribute, body));
                }
            }
            return text.toString();
        }
    }

    /** The constant pool, enough to turn constant indexes into text. */
    private record ConstantPool(String[] utf8, Map<Integer, Integer> classNames) {

        String utf8(int index) {
            return utf8[index];
        }

        String className(int classIndex) {
            Integer name = classNames.get(classIndex);
            return name == null ? "" : utf8[name];
        }

        /**
         * A Signature attribute (one Utf8 index), or an Exceptions or PermittedSubclasses attribute (a count,
         * then Class indexes), as the text it points to: the indexes themselves shift with the constant pool.
         */
        String render(String attribute, byte[] body) {
            if ("Signature".equals(attribute)) {
                return utf8(u2(body, 0));
            }
            StringBuilder text = new StringBuilder();
            for (int i = 2; i + 1 < body.length; i += 2) {
                text.append(className(u2(body, i))).append(';');
            }
            return text.toString();
        }

        private static int u2(byte[] bytes, int at) {
            return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
        }
    }
}
