package dev.hotclub.db.models.compiler;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import dev.hotclub.db.models.compiler.internal.LookupCheck;

/**
 * javac's {@code -Xplugin:Hotclub}: checks the field names a project's queries spell in string literals
 * ({@code Question.objects.filter("pubDat__year", 2024)}) against the models' declared fields while the project
 * compiles, so a misspelt name is a compile error at the user's file and line with the ORM's message and the fields
 * that exist, before any request runs. Names built at run time are left to the ORM's own check.
 */
public final class HotclubPlugin implements Plugin {
    @Override
    public String getName() {
        return "Hotclub";
    }

    @Override
    public void init(JavacTask task, String... args) {
        task.addTaskListener(new LookupCheck(task));
    }
}
