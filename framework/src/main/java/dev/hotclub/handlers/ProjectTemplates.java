package dev.hotclub.handlers;

import dev.hotclub.project.App;
import dev.hotclub.project.Project;
import dev.hotclub.templates.TemplateEngine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's template engine, searched as Django's {@code DIRS} + {@code APP_DIRS}: the project's template folders,
 * its {@code templates/} in the jar, then each installed app's {@code <app package as path>/templates/}, first in the
 * project's resource folders on disk (the dev server's {@code src/main/resources}), then on the app's class path.
 */
public final class ProjectTemplates {
    private ProjectTemplates() {
    }

    /** The engine for {@code project}; warnings go to stderr. */
    public static TemplateEngine engine(Project project) {
        return engine(project, System.err);
    }

    /** The engine for {@code project}, printing its warnings (Django syntax in a template) on {@code console}. */
    public static TemplateEngine engine(Project project, PrintStream console) {
        List<TemplateEngine.Folder> folders = new ArrayList<>();
        for (Path dir : project.templateDirs()) {
            folders.add(TemplateEngine.Folder.onDisk(dir, " (project templates)"));
        }
        // A packaged project (java -jar) carries its templates/ folder inside the jar.
        folders.add(TemplateEngine.Folder.onClassPath(project.classLoader(),
                TemplateEngine.PROJECT_RESOURCES_TEMPLATES + "/", " (project templates in the jar)"));
        for (App app : project.apps()) {
            String folder = app.templatesFolder();
            for (Path resources : project.resourceDirs()) {
                folders.add(TemplateEngine.Folder.onDisk(resources.resolve(folder), " (app " + app.label() + ")"));
            }
            folders.add(TemplateEngine.Folder.onClassPath(app.getClass().getClassLoader(), folder,
                    " (app " + app.label() + ")"));
        }
        return TemplateEngine.over(folders, project.debug(), project.resolver(), project.staticUrl(), console);
    }
}
