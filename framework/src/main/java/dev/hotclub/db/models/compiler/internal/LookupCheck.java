package dev.hotclub.db.models.compiler.internal;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * Listens to one javac task: notes every file it parses (whose packages may hold models), then checks the queries
 * of each class once javac has attributed it, when every expression's type is known.
 */
public final class LookupCheck implements TaskListener {
    private final Trees trees;
    private final ModelShapes shapes;

    public LookupCheck(JavacTask task) {
        this.trees = Trees.instance(task);
        this.shapes = new ModelShapes(task.getElements(), task.getTypes());
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.PARSE) {
            CompilationUnitTree unit = event.getCompilationUnit();
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            shapes.compiling(pkg, pathOf(unit.getSourceFile()));
        } else if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null) {
            TreePath path = trees.getPath(event.getTypeElement());
            if (path != null) {
                new QueryCalls(trees, shapes, event.getCompilationUnit()).scan(path, null);
            }
        }
    }

    private static Path pathOf(JavaFileObject file) {
        try {
            return "file".equals(file.toUri().getScheme()) ? Path.of(file.toUri()) : null;
        } catch (RuntimeException e) {
            return null; // a source javac reads from somewhere else than a folder: its package is searched all the same
        }
    }
}
