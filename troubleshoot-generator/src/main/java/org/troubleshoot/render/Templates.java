package org.troubleshoot.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.plan.FileContent;
import org.troubleshoot.plan.OutputException;
import org.troubleshoot.publish.TextFiles;

/**
 * The page templates, compiled once per renderer (the serve command renders many times with one), and the
 * way a view becomes a page: a {@link FileContent} that runs the template when the file is written.
 */
final class Templates {
    /** Every template an output renders with; all are compiled up front so a broken one fails before writing. */
    static final String HOME = "home.mustache";

    static final String PAGE = "page.mustache";
    static final String CATEGORY = "category.mustache";
    static final String REDIRECT = "redirect.mustache";
    static final String CODE = "code.mustache";
    static final String A_TO_Z = "a-z.mustache";
    static final String ALL = "all.mustache";
    static final String NOT_FOUND = "404.mustache";
    private static final String[] NAMES = {HOME, PAGE, CATEGORY, REDIRECT, CODE, A_TO_Z, ALL, NOT_FOUND};

    /** Mustache says where a template is broken as "@[name:line]": the diagnostic points there. */
    private static final Pattern TEMPLATE_POSITION = Pattern.compile("@\\[([^:\\]]+):(\\d+)]");

    private final TemplateSource source;
    private final Map<String, Mustache> compiled = new HashMap<>();

    private Templates(TemplateSource source) {
        this.source = source;
    }

    /** Compiles every template; a template that does not compile is reported with its file and line. */
    static Templates compile(TemplateSource source) throws TemplateException {
        Templates templates = new Templates(source);
        DefaultMustacheFactory factory = new TemplateFactory(source::reader);
        for (String name : NAMES) {
            try {
                templates.compiled.put(name, factory.compile(name));
            } catch (MustacheException e) {
                throw new TemplateException(templates.diagnostic(source.describe(name), e));
            }
        }
        return templates;
    }

    TemplateSource source() {
        return source;
    }

    /**
     * What every template sees besides its view: {@code messages}, the labels of the page's language by key
     * ({@code {{messages.home}}}), found from any section of a template since Mustache looks names up outwards.
     */
    record Globals(Map<String, String> messages) {}

    /**
     * A file made by running template {@code name} over {@code view} with the messages of the page's language,
     * encoded as it is written.
     */
    FileContent page(String name, Object view, Messages messages) {
        Mustache template = compiled.get(name);
        Object[] scopes = {new Globals(messages.view()), view};
        return out -> {
            try (Writer writer = TextFiles.writer(out)) {
                template.execute(writer, scopes);
            } catch (MustacheException e) {
                throw new OutputException(diagnostic(source.describe(name), e), e);
            } catch (RuntimeException e) {
                if (e.getCause() instanceof MustacheException cause) {
                    throw new OutputException(diagnostic(source.describe(name), cause), cause);
                }
                throw e;
            }
        };
    }

    private Diagnostic diagnostic(String template, MustacheException e) {
        String message = String.valueOf(e.getMessage());
        Matcher position = TEMPLATE_POSITION.matcher(message);
        String file = template;
        int line = 0;
        if (position.find()) {
            file = source.describe(position.group(1));
            line = Integer.parseInt(position.group(2));
        }
        return Diagnostic.error(
                file,
                line,
                0,
                "template error: " + message,
                "Fix the template, or delete it from the template folder to use the default one.");
    }
}
