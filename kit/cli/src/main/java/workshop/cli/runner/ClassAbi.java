package workshop.cli.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;

import workshop.cli.Io;

/**
 * What other classes are compiled against in the classes of one source file: each class's name, kind, supertypes and
 * generic signature, and its members that are not private, with their types, and the value of every constant (which
 * the compiler copies into the classes that use it). Method bodies, private members and annotations are left out:
 * a change to them needs no other class compiled again. Two files with the same {@code ClassAbi} can replace each
 * other under classes compiled against either.
 *
 * @param classes class file name ({@code Cart$Line.class}) to its outline, one line per part, sorted
 */
record ClassAbi(Map<String, String> classes) {

    /** The classes compiled from {@code source} ({@code Cart.java}) in the package folder of a classes folder. */
    static ClassAbi of(Path packageFolder, String source) {
        Map<String, String> classes = new TreeMap<>();
        if (!Files.isDirectory(packageFolder)) {
            return new ClassAbi(classes);
        }
        for (Path file : Io.list(packageFolder)) {
            if (file.getFileName().toString().endsWith(".class")) {
                Outline outline = new Outline();
                new ClassReader(Io.unchecked(() -> Files.readAllBytes(file))).accept(outline,
                        ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
                if (source.equals(outline.source)) {
                    classes.put(file.getFileName().toString(), outline.text());
                }
            }
        }
        return new ClassAbi(classes);
    }

    /**
     * Whether classes compiled against this one need nothing compiled again with {@code after}: every class is still
     * there with the same outline. A class {@code after} adds is no one's dependency yet.
     */
    boolean keptBy(ClassAbi after) {
        return classes.entrySet().stream()
                .allMatch(entry -> entry.getValue().equals(after.classes.get(entry.getKey())));
    }

    /** Collects the outline of one class file, and the source file it was compiled from. */
    private static final class Outline extends ClassVisitor {

        private final List<String> parts = new ArrayList<>();
        private String source;

        Outline() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            parts.add("class " + (access & ~Opcodes.ACC_SUPER) + " " + name + " " + signature + " " + superName + " "
                    + Arrays.toString(interfaces));
        }

        @Override
        public void visitSource(String file, String debug) {
            source = file;
        }

        @Override
        public void visitPermittedSubclass(String permittedSubclass) {
            parts.add("permits " + permittedSubclass);
        }

        @Override
        public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
            parts.add("component " + name + " " + descriptor + " " + signature);
            return null;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            if ((access & Opcodes.ACC_PRIVATE) == 0) {
                parts.add("field " + access + " " + name + " " + descriptor + " " + signature + " "
                        + Objects.toString(value));
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            if ((access & Opcodes.ACC_PRIVATE) == 0) {
                parts.add("method " + access + " " + name + " " + descriptor + " " + signature + " "
                        + Arrays.toString(exceptions));
            }
            return null;
        }

        String text() {
            return String.join("\n", parts.stream().sorted().toList());
        }
    }
}
