package dev.hotclub.db.models.compiler.internal;

import dev.hotclub.db.models.FieldKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The models of one compilation, read from their declarations (never loaded: the project's classes do not exist
 * yet). Reverse relations need every model that may point at one: those of the packages being compiled, of every
 * package under the source folders they come from (the dev server compiles only changed files; the others are
 * classes it already has) and of the queried model's own package.
 */
final class ModelShapes {
    private static final String FIELDS_PACKAGE = "dev.hotclub.db.models.fields";
    private static final int MOST_FOLDERS = 5000;

    private final Elements elements;
    private final Types types;
    private TypeMirror model;
    private final Set<String> packages = new LinkedHashSet<>();
    private final Set<Path> sourceRoots = new LinkedHashSet<>();
    private final Map<String, ModelShape> shapes = new HashMap<>();
    private Map<String, List<ModelShape.Reverse>> reverses;

    ModelShapes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** A compiled file: its package is searched for models, and so is every package under its source folder. */
    void compiling(String packageName, Path file) {
        packages.add(packageName);
        if (file == null) {
            return;
        }
        Path root = file.toAbsolutePath().getParent();
        for (int i = 0; root != null && !packageName.isEmpty() && i < packageName.split("\\.").length; i++) {
            root = root.getParent();
        }
        if (root != null) {
            sourceRoots.add(root);
        }
    }

    /** Whether {@code type} is a model class (the base class itself is not). */
    boolean isModel(TypeMirror type) {
        if (model == null) {
            // Read on first use: while the plugin starts, javac cannot look types up yet.
            TypeElement base = elements.getTypeElement("dev.hotclub.db.models.Model");
            model = base == null ? types.getNoType(TypeKind.NONE) : types.erasure(base.asType());
        }
        return model.getKind() == TypeKind.DECLARED && type.getKind() == TypeKind.DECLARED && types.isSubtype(types.erasure(type), model)
                && !types.isSameType(types.erasure(type), model);
    }

    /** The model's shape, or null when {@code qualifiedName} is no model this compilation can see. */
    ModelShape of(String qualifiedName) {
        if (shapes.containsKey(qualifiedName)) {
            return shapes.get(qualifiedName);
        }
        TypeElement type = elements.getTypeElement(qualifiedName);
        ModelShape shape = type == null || !isModel(type.asType()) ? null : new ModelShape(qualifiedName,
                type.getSimpleName().toString(), fields(type), reversesOf(type));
        shapes.put(qualifiedName, shape);
        return shape;
    }

    private List<ModelShape.Field> fields(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = type; t != null && isModel(t.asType()); t = superclass(t)) {
            chain.add(0, t);
        }
        List<ModelShape.Field> fields = new ArrayList<>();
        for (TypeElement t : chain) {
            for (Element member : t.getEnclosedElements()) {
                if (member.getKind() != ElementKind.FIELD || member.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                AnnotationMirror annotation = fieldAnnotation(member);
                if (annotation != null) {
                    FieldKind kind = kindOf(annotation);
                    String target = kind.isRelation() || kind == FieldKind.MANY_TO_MANY ? typeArgument(member.asType()) : null;
                    boolean primaryKey = kind.isAuto() ? !Boolean.FALSE.equals(value(annotation, "primaryKey"))
                            : Boolean.TRUE.equals(value(annotation, "primaryKey"));
                    fields.add(new ModelShape.Field(member.getSimpleName().toString(), kind, target,
                            stringValue(annotation, "relatedName"), stringValue(annotation, "relatedQueryName"), primaryKey));
                }
            }
        }
        if (fields.stream().noneMatch(ModelShape.Field::primaryKey)) {
            fields.add(0, new ModelShape.Field("id", FieldKind.BIG_AUTO, null, "", "", true));
        }
        return fields;
    }

    private List<ModelShape.Reverse> reversesOf(TypeElement type) {
        if (reverses == null) {
            reverses = new HashMap<>();
            Set<String> searched = new LinkedHashSet<>(packages);
            sourceRoots.forEach(root -> searched.addAll(packagesUnder(root)));
            for (String name : searched) {
                PackageElement pkg = elements.getPackageElement(name);
                if (pkg != null) {
                    pkg.getEnclosedElements().forEach(this::collectReverses);
                }
            }
        }
        PackageElement own = elements.getPackageOf(type);
        if (!packages.contains(own.getQualifiedName().toString())) {
            packages.add(own.getQualifiedName().toString());
            own.getEnclosedElements().forEach(this::collectReverses);
        }
        return reverses.getOrDefault(type.getQualifiedName().toString(), List.of());
    }

    /** Adds the reverse relations a class (and its nested classes) declares, as the ORM's ReverseRelations does. */
    private void collectReverses(Element element) {
        if (!(element instanceof TypeElement type)) {
            return;
        }
        type.getEnclosedElements().forEach(this::collectReverses);
        if (!isModel(type.asType()) || type.getModifiers().contains(Modifier.ABSTRACT)) {
            return;
        }
        String modelName = type.getSimpleName().toString().toLowerCase(Locale.ROOT);
        for (ModelShape.Field field : fields(type)) {
            if (field.target() == null) {
                continue;
            }
            String relatedName = field.relatedName();
            String relatedQueryName = field.relatedQueryName();
            String accessor = !relatedName.isEmpty() ? relatedName
                    : field.kind() == FieldKind.ONE_TO_ONE ? modelName : modelName + "Set";
            String queryName = !relatedQueryName.isEmpty() ? relatedQueryName : !relatedName.isEmpty() ? relatedName : modelName;
            List<ModelShape.Reverse> list = reverses.computeIfAbsent(field.target(), k -> new ArrayList<>());
            ModelShape.Reverse reverse = new ModelShape.Reverse(type.getQualifiedName().toString(), queryName, accessor,
                    field.kind() == FieldKind.MANY_TO_MANY);
            if (!list.contains(reverse)) {
                list.add(reverse);
            }
        }
    }

    private static List<String> packagesUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.walk(root)) {
            return folders.filter(Files::isDirectory).limit(MOST_FOLDERS).map(root::relativize)
                    .map(relative -> relative.toString().replace(relative.getFileSystem().getSeparator(), "."))
                    .filter(name -> name.isEmpty() || Arrays.stream(name.split("\\.")).allMatch(SourceVersion::isIdentifier))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            return List.of(); // a folder vanished while walking: search what the compilation names
        }
    }

    private TypeElement superclass(TypeElement type) {
        TypeMirror parent = type.getSuperclass();
        return parent.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) parent).asElement() : null;
    }

    private static AnnotationMirror fieldAnnotation(Element member) {
        for (AnnotationMirror a : member.getAnnotationMirrors()) {
            TypeElement annotationType = (TypeElement) a.getAnnotationType().asElement();
            String name = annotationType.getQualifiedName().toString();
            if (name.startsWith(FIELDS_PACKAGE + ".") && kindOf(a) != null) {
                return a;
            }
        }
        return null;
    }

    /** The annotations are named as Django's field classes, which is what {@link FieldKind#djangoName()} says. */
    private static FieldKind kindOf(AnnotationMirror annotation) {
        String simple = annotation.getAnnotationType().asElement().getSimpleName().toString();
        return Arrays.stream(FieldKind.values()).filter(k -> k.djangoName().equals(simple)).findFirst().orElse(null);
    }

    private String typeArgument(TypeMirror type) {
        if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1
                && declared.getTypeArguments().get(0) instanceof DeclaredType target) {
            return ((TypeElement) target.asElement()).getQualifiedName().toString();
        }
        return null;
    }

    private static Object value(AnnotationMirror annotation, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }

    private static String stringValue(AnnotationMirror annotation, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name) && e.getValue().getValue() instanceof String s) {
                return s;
            }
        }
        return "";
    }
}
