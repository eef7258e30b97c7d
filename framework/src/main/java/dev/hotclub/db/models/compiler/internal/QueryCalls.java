package dev.hotclub.db.models.compiler.internal;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Finds the calls on a {@code Manager}, {@code RelatedManager} or {@code QuerySet} of a model in one class and
 * checks the names their string constants spell: the lookups of {@code filter}/{@code exclude}/{@code get} and of
 * the {@code Q.of}/{@code Q.where} inside them, {@code orderBy}, {@code values}, {@code selectRelated},
 * {@code prefetchRelated}, {@code update}, and the {@code F.of}/{@code Count.of}/... of values and annotations.
 * Each wrong name is a javac error at the string, with the ORM's message.
 */
final class QueryCalls extends TreePathScanner<Void, Void> {
    private static final String MODELS = "dev.hotclub.db.models.";
    private static final Set<String> LOOKUP_PAIRS = Set.of("filter", "exclude", "get");
    private static final Set<String> NAMED_EXPRESSIONS = Set.of(MODELS + "F", MODELS + "Count", MODELS + "Sum",
            MODELS + "Avg", MODELS + "Max", MODELS + "Min");

    /** The model a query is of and the annotations it has so far (null: some may be unseen). */
    private record Chain(ModelShape model, Set<String> annotations) {
    }

    private final Trees trees;
    private final ModelShapes shapes;
    private final LookupPath paths;
    private final CompilationUnitTree unit;

    QueryCalls(Trees trees, ModelShapes shapes, CompilationUnitTree unit) {
        this.trees = trees;
        this.shapes = shapes;
        this.paths = new LookupPath(shapes);
        this.unit = unit;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (call.getMethodSelect() instanceof MemberSelectTree select) {
            Chain chain = chainOf(select.getExpression());
            if (chain != null) {
                check(call, select.getIdentifier().toString(), chain);
            }
        }
        return super.visitMethodInvocation(call, unused);
    }

    private void check(MethodInvocationTree call, String method, Chain chain) {
        List<? extends ExpressionTree> args = call.getArguments();
        ModelShape model = chain.model();
        switch (method) {
            case "filter", "exclude", "get", "getOrCreate", "updateOrCreate" -> {
                boolean pairs = LOOKUP_PAIRS.contains(method) && !args.isEmpty() && isString(args.get(0));
                for (int i = 0; i < args.size(); i++) {
                    if (pairs && i % 2 == 0) {
                        name(args.get(i), path -> paths.check(model, path, LookupPath.Use.FILTER, chain.annotations()));
                    } else {
                        expressions(args.get(i), chain);
                    }
                }
            }
            case "orderBy" -> args.forEach(arg -> {
                if (!name(arg, path -> path.equals("?") ? null
                        : paths.check(model, path.startsWith("-") ? path.substring(1) : path, LookupPath.Use.EXPRESSION, chain.annotations()))) {
                    expressions(arg, chain);
                }
            });
            case "values", "valuesList", "valuesListFlat" -> args.forEach(arg ->
                    name(arg, path -> paths.check(model, path, LookupPath.Use.VALUES, chain.annotations())));
            case "selectRelated" -> args.forEach(arg -> name(arg, path -> paths.checkSelectRelated(model, path)));
            case "only", "defer" -> args.forEach(arg -> name(arg, path -> paths.checkDeferred(model, path)));
            case "prefetchRelated" -> args.forEach(arg -> name(arg, path -> paths.checkPrefetch(model, path)));
            case "annotate", "aggregate" -> args.forEach(arg -> expressions(arg, chain));
            case "update" -> {
                boolean pairs = !args.isEmpty() && isString(args.get(0));
                for (int i = 0; i < args.size(); i++) {
                    if (pairs && i % 2 == 0) {
                        name(args.get(i), path -> paths.checkUpdate(model, path));
                    } else {
                        expressions(args.get(i), chain);
                    }
                }
            }
            case "bulkUpdate" -> args.stream().skip(1).forEach(arg -> name(arg, path -> paths.checkUpdate(model, path)));
            default -> {
            }
        }
    }

    /** Checks the F.of, Count.of, ..., Q.of and Q.where calls in an argument, down to any query inside it. */
    private void expressions(ExpressionTree arg, Chain chain) {
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                TreePath path = getCurrentPath();
                if (isQuery(trees.getTypeMirror(path))) {
                    return null; // a subquery: checked against its own model where it is called
                }
                Element element = trees.getElement(path);
                if (element instanceof ExecutableElement method && method.getEnclosingElement() instanceof TypeElement owner) {
                    String ownerName = owner.getQualifiedName().toString();
                    List<? extends ExpressionTree> args = call.getArguments();
                    if (ownerName.equals(MODELS + "Q") && method.getSimpleName().contentEquals("of") && args.size() == 2) {
                        name(args.get(0), p -> paths.check(chain.model(), p, LookupPath.Use.FILTER, chain.annotations()));
                    } else if (ownerName.equals(MODELS + "Q") && method.getSimpleName().contentEquals("where")) {
                        for (int i = 0; i < args.size(); i += 2) {
                            name(args.get(i), p -> paths.check(chain.model(), p, LookupPath.Use.FILTER, chain.annotations()));
                        }
                    } else if (NAMED_EXPRESSIONS.contains(ownerName) && !args.isEmpty() && isString(args.get(0))) {
                        name(args.get(0), p -> paths.check(chain.model(), p, LookupPath.Use.EXPRESSION, chain.annotations()));
                    }
                }
                return super.visitMethodInvocation(call, unused);
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
                return null; // runs later, on whatever it is given
            }

            @Override
            public Void visitNewClass(NewClassTree created, Void unused) {
                return null;
            }
        }.scan(new TreePath(getCurrentPath(), arg), null);
    }

    /** Checks a constant string argument; false when the argument is not one (left to the ORM at run time). */
    private boolean name(ExpressionTree arg, Function<String, String> check) {
        Object constant = constant(arg);
        if (!(constant instanceof String text)) {
            return false;
        }
        String error = check.apply(text);
        if (error != null) {
            trees.printMessage(Diagnostic.Kind.ERROR, error, arg, unit);
        }
        return true;
    }

    private Object constant(ExpressionTree arg) {
        if (arg.getKind() == Tree.Kind.STRING_LITERAL) {
            return ((LiteralTree) arg).getValue();
        }
        Element element = trees.getElement(new TreePath(getCurrentPath(), arg));
        return element instanceof VariableElement variable ? variable.getConstantValue() : null;
    }

    /** The query an expression is, when it is one of a model: walks back through the calls that built it. */
    private Chain chainOf(ExpressionTree expression) {
        TypeMirror type = trees.getTypeMirror(new TreePath(getCurrentPath(), expression));
        TypeMirror element = queryElement(type);
        if (element == null) {
            return null;
        }
        Chain before = null;
        if (expression instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select) {
            before = chainOf(select.getExpression());
        }
        if (before != null) {
            Set<String> annotations = before.annotations();
            if (annotations != null && expression instanceof MethodInvocationTree call
                    && ((MemberSelectTree) call.getMethodSelect()).getIdentifier().contentEquals("annotate")
                    && !call.getArguments().isEmpty() && constant(call.getArguments().get(0)) instanceof String name) {
                annotations = new HashSet<>(annotations);
                annotations.add(name);
            }
            return new Chain(before.model(), annotations);
        }
        if (!shapes.isModel(element)) {
            return null;
        }
        ModelShape model = shapes.of(((TypeElement) ((DeclaredType) element).asElement()).getQualifiedName().toString());
        if (model == null) {
            return null;
        }
        boolean fresh = isType(type, MODELS + "Manager") || isType(type, MODELS + "RelatedManager");
        return new Chain(model, fresh ? Set.of() : null);
    }

    private boolean isQuery(TypeMirror type) {
        return queryElement(type) != null;
    }

    /** The element type of a QuerySet (a Manager, a RelatedManager), or null when {@code type} is none. */
    private TypeMirror queryElement(TypeMirror type) {
        if (type == null || type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getQualifiedName().contentEquals(MODELS + "QuerySet")) {
            return declared.getTypeArguments().size() == 1 ? declared.getTypeArguments().get(0) : null;
        }
        TypeMirror parent = element.getSuperclass();
        if (parent.getKind() != TypeKind.DECLARED || !element.getQualifiedName().toString().startsWith(MODELS)) {
            return null;
        }
        // Manager<T> and RelatedManager<T> pass their T to QuerySet<T>.
        return declared.getTypeArguments().size() == 1 && isQueryClass((TypeElement) ((DeclaredType) parent).asElement())
                ? declared.getTypeArguments().get(0) : null;
    }

    private static boolean isQueryClass(TypeElement type) {
        return type.getQualifiedName().contentEquals(MODELS + "QuerySet");
    }

    private boolean isString(ExpressionTree arg) {
        return isType(trees.getTypeMirror(new TreePath(getCurrentPath(), arg)), "java.lang.String");
    }

    private static boolean isType(TypeMirror type, String name) {
        return type != null && type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
    }
}
