package dev.hotclub.templates;

import dev.hotclub.http.RequestAttribute;
import dev.hotclub.templates.internal.DjangoDateFormat;
import dev.hotclub.templates.internal.DjangoHtmlOutputFormat;
import dev.hotclub.templates.internal.DjangoSyntaxCheck;
import dev.hotclub.templates.internal.FolderTemplateLoader;
import dev.hotclub.templates.internal.GenerationObjectWrapper;
import dev.hotclub.templates.internal.PageWriter;
import dev.hotclub.templates.internal.PluralizeFunction;
import dev.hotclub.templates.internal.PythonNumberFormat;
import dev.hotclub.templates.internal.StaticFunction;
import dev.hotclub.templates.internal.UrlFunction;
import dev.hotclub.urls.Resolver;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.OrMatcher;
import freemarker.cache.TemplateLoader;
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
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A project generation's FreeMarker: one {@link Configuration}, built for one project and dropped with
 * it, so that no FreeMarker cache outlives the classes it has seen. Templates are looked for as Django's
 * {@code DIRS} + {@code APP_DIRS} do: the project's template folders, then each installed app's
 * {@code <app package as path>/templates/} folder, first in the project's resource folders on disk (the dev
 * server's {@code src/main/resources}), then on the app's class path. The project's own templates are read from
 * {@code templates/} on the project's class path when its folders do not have them (a packaged jar).
 *
 * <p>{@code .html} and {@code .ftlh} templates escape every {@code ${...}} for HTML as Django does; {@code .ftl}
 * ones do not. Every template has {@code url('ns:name', args...)}, {@code static('path')} and
 * {@code pluralize(n)}, and prints
 * numbers, booleans and dates as Django prints them ({@code 2026}, {@code True}, {@code Dec. 2, 2026}). In
 * debug mode a template is re-read when its file changes; in production it is read once. A template holding
 * Django tags ({@code {% url ... %}}) gets a warning on the console saying what to write in FreeMarker, and in
 * debug mode the same warning at the top of its HTML pages.
 */
public final class TemplateEngine implements AutoCloseable {
    /** The engine of the project serving a request, which the request handler sets on it for {@code render}. */
    public static final RequestAttribute<TemplateEngine> ATTRIBUTE = RequestAttribute.of("templates", TemplateEngine.class);

    // Characters a page is first given: most pages fit, a larger one grows by doubling.
    private static final int PAGE_CAPACITY = 1024;
    private static final long PRODUCTION_UPDATE_DELAY_MS = 24L * 3600 * 1000;
    /** Where a packaged project's {@code templates/} folder lies on its class path. */
    public static final String PROJECT_RESOURCES_TEMPLATES = "templates";

    private final Configuration configuration;
    private final DefaultObjectWrapper wrapper;
    private final List<String> placeDescriptions;
    private final PrintStream console;
    // The version of each template last checked for Django syntax, so each version warns once.
    private final Map<String, Template> checked = new ConcurrentHashMap<>();
    // The warning of each template that holds Django tags, shown again on its pages in debug mode.
    private final Map<String, String> djangoWarnings = new ConcurrentHashMap<>();
    private final boolean debug;

    private TemplateEngine(List<TemplateLoader> loaders, List<String> placeDescriptions, boolean debug,
            Resolver resolver, String staticUrl, PrintStream console) {
        this.placeDescriptions = List.copyOf(placeDescriptions);
        this.console = console;
        this.debug = debug;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setTemplateUpdateDelayMilliseconds(debug ? 0 : PRODUCTION_UPDATE_DELAY_MS);
        // Django's escaper (' as &#x27;) for .html and .ftlh alike; FreeMarker's own .ftlh detection would
        // pick its HTML format, which writes &#39;.
        cfg.setRecognizeStandardFileExtensions(false);
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(DjangoHtmlOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(
                new OrMatcher(new FileExtensionMatcher("html"), new FileExtensionMatcher("ftlh")), html));
        // Values print as a Django template prints them: 2026 (not 2,026), True, Dec. 2, 2026, 7:19 a.m.
        cfg.setCustomNumberFormats(Map.of("django", PythonNumberFormat.FACTORY));
        cfg.setNumberFormat("@django");
        cfg.setCustomDateFormats(Map.of("django", DjangoDateFormat.FACTORY));
        cfg.setDateFormat("@django " + DjangoDateFormat.DATE);
        cfg.setTimeFormat("@django " + DjangoDateFormat.TIME);
        cfg.setDateTimeFormat("@django " + DjangoDateFormat.DATETIME);
        cfg.setBooleanFormat("True,False");
        wrapper = new GenerationObjectWrapper();
        cfg.setObjectWrapper(wrapper);
        cfg.setSharedVariable("url", new UrlFunction(resolver));
        cfg.setSharedVariable("static", new StaticFunction(staticUrl));
        cfg.setSharedVariable("pluralize", new PluralizeFunction());
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        this.configuration = cfg;
    }

    /**
     * Where templates are looked for, in order: a folder on disk, or a folder of a class path
     * ({@code prefix} without its leading slash). {@code description} is what the template-not-found page shows,
     * {@code {name}} standing for the template's name.
     */
    public record Folder(Path dir, ClassLoader classLoader, String prefix, String description) {
        public static Folder onDisk(Path dir, String label) {
            return new Folder(dir, null, null, dir.toAbsolutePath().normalize() + "/{name}" + label);
        }

        public static Folder onClassPath(ClassLoader classLoader, String prefix, String label) {
            return new Folder(null, classLoader, prefix, "classpath:" + prefix + "{name}" + label);
        }
    }

    /**
     * The engine over {@code folders}, searched in order (a project's: see {@code handlers.ProjectTemplates}),
     * with {@code url()} reversing through {@code resolver} and {@code static()} under {@code staticUrl}; warnings
     * (Django syntax in a template) are printed on {@code console}.
     */
    public static TemplateEngine over(List<Folder> folders, boolean debug, Resolver resolver, String staticUrl,
                                      PrintStream console) {
        List<TemplateLoader> loaders = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (Folder folder : folders) {
            loaders.add(folder.dir() != null ? new FolderTemplateLoader(folder.dir())
                    : new ClassTemplateLoader(folder.classLoader(), "/" + folder.prefix()));
            places.add(folder.description());
        }
        return new TemplateEngine(loaders, places, debug, resolver, staticUrl, console);
    }

    /**
     * An engine over the given folders only (tests, tools), without a project: {@code static()} gives
     * {@code /static/...} and {@code url()} throws. Warnings go to stderr.
     */
    public static TemplateEngine forFolders(boolean debug, Path... dirs) {
        return forFolders(debug, System.err, dirs);
    }

    /** {@link #forFolders(boolean, Path...)}, printing its warnings on {@code console}. */
    public static TemplateEngine forFolders(boolean debug, PrintStream console, Path... dirs) {
        List<TemplateLoader> loaders = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (Path dir : dirs) {
            loaders.add(new FolderTemplateLoader(dir));
            places.add(dir.toAbsolutePath().normalize() + "/{name}");
        }
        return new TemplateEngine(loaders, places, debug, null, "/static/", console);
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
        PageWriter out = new PageWriter(PAGE_CAPACITY);
        try {
            template.process(context, out);
        } catch (TemplateException e) {
            String where = orElse(e.getTemplateSourceName(), name);
            Throwable raised = raisedBelow(e);
            if (raised != null) {
                // A function or a method the template called threw (url() a NoReverseMatch, a getter its own
                // exception): that exception is the news, with the template's line; FreeMarker's wrappers are not.
                throw new TemplateError(where, orZero(e.getLineNumber()), orZero(e.getColumnNumber()),
                        raised.getClass().getSimpleName() + ": " + raised.getMessage(), raised, true);
            }
            throw new TemplateError(where, orZero(e.getLineNumber()), orZero(e.getColumnNumber()),
                    e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing template " + name + " failed", e);
        }
        String warning = debug && template.getOutputFormat() == DjangoHtmlOutputFormat.INSTANCE ? djangoWarnings.get(name) : null;
        if (warning != null) {
            // The developer looks at the page, not always at the console: in debug mode the page says it too.
            out.append(DjangoSyntaxCheck.banner(warning));
        }
        return out.toString();
    }

    /** The exception of Java code the template called, under FreeMarker's and reflection's wrappers; or null. */
    private static Throwable raisedBelow(TemplateException e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e.getCause(); t != null && seen.add(t); t = t.getCause()) {
            if (!(t instanceof TemplateException || t instanceof InvocationTargetException
                    || t instanceof UndeclaredThrowableException)) {
                return t;
            }
        }
        return null;
    }

    private Template load(String name) {
        Template template = read(name);
        // get before put: a put locks the map's bin, and every render of a page would take that lock.
        if (checked.get(name) != template && checked.put(name, template) != template) {
            Optional<String> warning = source(name).flatMap(text -> DjangoSyntaxCheck.warning(template.getSourceName(), text));
            warning.ifPresentOrElse(w -> djangoWarnings.put(name, w), () -> djangoWarnings.remove(name));
            warning.ifPresent(console::println);
        }
        return template;
    }

    private Template read(String name) {
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
        checked.clear();
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
