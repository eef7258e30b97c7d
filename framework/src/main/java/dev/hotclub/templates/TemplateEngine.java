package dev.hotclub.templates;

import dev.hotclub.project.App;
import dev.hotclub.project.Project;
import dev.hotclub.templates.internal.FolderTemplateLoader;
import dev.hotclub.templates.internal.GenerationObjectWrapper;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.beans.Introspector;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project generation's FreeMarker: one {@link Configuration}, built for one {@link Project} and dropped with
 * it, so that no FreeMarker cache outlives the classes it has seen. Templates are looked for as Django's
 * {@code DIRS} + {@code APP_DIRS} do: the project's template folders, then each installed app's
 * {@code <app package as path>/templates/} folder, first in the project's resource folders on disk (the dev
 * server's {@code src/main/resources}), then on the app's class path. The project's own templates are read from
 * {@code templates/} on the project's class path when its folders do not have them (a packaged jar).
 *
 * <p>{@code .html} and {@code .ftlh} templates escape every {@code ${...}} for HTML; {@code .ftl} ones do not.
 * In debug mode a template is re-read when its file changes; in production it is read once.
 */
public final class TemplateEngine implements AutoCloseable {
    private static final long PRODUCTION_UPDATE_DELAY_MS = 24L * 3600 * 1000;
    /** Where a packaged project's {@code templates/} folder lies on its class path. */
    public static final String PROJECT_RESOURCES_TEMPLATES = "templates";

    private final Configuration configuration;
    private final DefaultObjectWrapper wrapper;
    private final List<String> placeDescriptions;

    private TemplateEngine(List<TemplateLoader> loaders, List<String> placeDescriptions, boolean debug) {
        this.placeDescriptions = List.copyOf(placeDescriptions);
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setTemplateUpdateDelayMilliseconds(debug ? 0 : PRODUCTION_UPDATE_DELAY_MS);
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("html"), html));
        wrapper = new GenerationObjectWrapper();
        cfg.setObjectWrapper(wrapper);
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        this.configuration = cfg;
    }

    /** The engine for {@code project}: its template folders, then its apps' templates. */
    public static TemplateEngine forProject(Project project) {
        List<TemplateLoader> loaders = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (Path dir : project.templateDirs()) {
            loaders.add(new FolderTemplateLoader(dir));
            places.add(dir.toAbsolutePath().normalize() + "/{name} (project templates)");
        }
        // A packaged project (java -jar) carries its templates/ folder inside the jar.
        loaders.add(new ClassTemplateLoader(project.classLoader(), "/" + PROJECT_RESOURCES_TEMPLATES));
        places.add("classpath:" + PROJECT_RESOURCES_TEMPLATES + "/{name} (project templates in the jar)");
        for (App app : project.apps()) {
            String folder = app.templatesFolder();
            for (Path resources : project.resourceDirs()) {
                Path dir = resources.resolve(folder);
                loaders.add(new FolderTemplateLoader(dir));
                places.add(dir.toAbsolutePath().normalize() + "/{name} (app " + app.label() + ")");
            }
            loaders.add(new ClassTemplateLoader(app.getClass().getClassLoader(), "/" + folder));
            places.add("classpath:" + folder + "{name} (app " + app.label() + ")");
        }
        return new TemplateEngine(loaders, places, project.debug());
    }

    /** An engine over the given folders only (tests, tools). */
    public static TemplateEngine forFolders(boolean debug, Path... dirs) {
        List<TemplateLoader> loaders = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (Path dir : dirs) {
            loaders.add(new FolderTemplateLoader(dir));
            places.add(dir.toAbsolutePath().normalize() + "/{name}");
        }
        return new TemplateEngine(loaders, places, debug);
    }

    /** Whether a template of this name exists in any template folder. */
    public boolean exists(String name) {
        try {
            return configuration.getTemplate(name, null, null, true, true) != null;
        } catch (ParseException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Renders the template {@code name} with {@code context}.
     *
     * @throws TemplateDoesNotExist when no folder has it
     * @throws TemplateError        when it does not parse or fails while rendering
     */
    public String render(String name, Map<String, ?> context) {
        Template template = load(name);
        StringWriter out = new StringWriter();
        try {
            template.process(new HashMap<>(context), out);
        } catch (TemplateException e) {
            throw new TemplateError(orElse(e.getTemplateSourceName(), name), orZero(e.getLineNumber()),
                    orZero(e.getColumnNumber()), e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing template " + name + " failed", e);
        }
        return out.toString();
    }

    private Template load(String name) {
        try {
            return configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateDoesNotExist(name, placeDescriptions.stream().map(p -> p.replace("{name}", name)).toList());
        } catch (ParseException e) {
            throw new TemplateError(orElse(e.getTemplateName(), name), e.getLineNumber(), e.getColumnNumber(),
                    e.getEditorMessage(), e);
        } catch (freemarker.template.MalformedTemplateNameException e) {
            throw new TemplateDoesNotExist(name, List.of("(not a valid template name: " + e.getMalformednessDescription() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading template " + name + " failed", e);
        }
    }

    /** The text of the template {@code name} as found in the template folders, for error pages. */
    public Optional<String> source(String name) {
        TemplateLoader loader = configuration.getTemplateLoader();
        try {
            Object source = loader.findTemplateSource(name);
            if (source == null) {
                return Optional.empty();
            }
            try (Reader reader = loader.getReader(source, "UTF-8")) {
                StringWriter text = new StringWriter();
                reader.transferTo(text);
                return Optional.of(text.toString());
            } finally {
                loader.closeTemplateSource(source);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Forgets every cached template and class this engine has seen; the dev server calls it on a swap. */
    @Override
    public void close() {
        configuration.clearTemplateCache();
        wrapper.clearClassIntrospectionCache();
        // FreeMarker reads bean properties through java.beans, whose JVM-wide BeanInfo cache holds classes
        // strongly. Flushing it all costs other generations a re-introspection, nothing more.
        Introspector.flushCaches();
    }

    private static String orElse(String s, String fallback) {
        return s != null ? s : fallback;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
