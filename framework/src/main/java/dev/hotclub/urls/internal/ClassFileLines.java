package dev.hotclub.urls.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The source file of a class and the first line of one of its methods, read from the class file (JVMS 4.1, 4.7.3,
 * 4.7.10, 4.7.12): reflection knows neither, and an error about a view names where it is. The JDK's class-file API
 * arrives after Java 17; this is the page of it we need.
 *
 * @param sourceFile the {@code SourceFile} attribute, e.g. {@code Views.java}, or null
 * @param line       the lowest line of the method's code (its first statement), or -1
 */
record ClassFileLines(String sourceFile, int line) {

    static final ClassFileLines UNKNOWN = new ClassFileLines(null, -1);

    /** For the method {@code name} with the JVM {@code descriptor} in {@code type}; {@link #UNKNOWN} if unreadable. */
    static ClassFileLines of(Class<?> type, String name, String descriptor) {
        ClassLoader loader = type.getClassLoader();
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream stream = loader == null ? null : loader.getResourceAsStream(resource)) {
            return stream == null ? UNKNOWN : read(new DataInputStream(stream), name, descriptor);
        } catch (IOException | RuntimeException unreadable) {
            return UNKNOWN;
        }
    }

    private static ClassFileLines read(DataInputStream in, String name, String descriptor) throws IOException {
        in.skipBytes(8); // magic, minor, major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or double takes two entries
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipBytes(6); // access, this, super
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        int line = -1;
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.skipBytes(2);
            boolean wanted = name.equals(utf8[in.readUnsignedShort()]) & descriptor.equals(utf8[in.readUnsignedShort()]);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (wanted && "Code".equals(attribute)) {
                    line = firstLine(in, utf8);
                } else {
                    in.skipBytes(length);
                }
            }
        }
        String sourceFile = null;
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            String attribute = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if ("SourceFile".equals(attribute)) {
                sourceFile = utf8[in.readUnsignedShort()];
            } else {
                in.skipBytes(length);
            }
        }
        return new ClassFileLines(sourceFile, line);
    }

    /** Reads a Code attribute (after its length) to its end: the lowest line of its LineNumberTable. */
    private static int firstLine(DataInputStream in, String[] utf8) throws IOException {
        in.skipBytes(4); // max stack, max locals
        in.skipBytes(in.readInt()); // the code
        in.skipBytes(8 * in.readUnsignedShort()); // exception table
        int line = -1;
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            String attribute = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if ("LineNumberTable".equals(attribute)) {
                int entries = in.readUnsignedShort();
                for (int e = 0; e < entries; e++) {
                    in.skipBytes(2);
                    int entry = in.readUnsignedShort();
                    line = line < 0 ? entry : Math.min(line, entry);
                }
            } else {
                in.skipBytes(length);
            }
        }
        return line;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.skipBytes(2);
            in.skipBytes(in.readInt());
        }
    }
}
