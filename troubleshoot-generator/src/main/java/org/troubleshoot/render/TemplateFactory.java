package org.troubleshoot.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.util.HtmlEscaper;
import java.io.IOException;
import java.io.Writer;
import org.troubleshoot.model.Html;

/**
 * Mustache.java's factory, with a quicker way to HTML-escape a value: a value in which nothing needs escaping
 * (most values) is written as it is, instead of being copied into a character array first; the others are
 * escaped by {@link HtmlEscaper}. A site writes millions of values.
 */
final class TemplateFactory extends DefaultMustacheFactory {
    TemplateFactory(MustacheResolver resolver) {
        super(resolver);
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            if (Html.valueNeedsEscaping(value)) {
                HtmlEscaper.escape(value, writer);
            } else {
                writer.write(value);
            }
        } catch (IOException e) {
            throw new MustacheException("Failed to encode value: " + value, e);
        }
    }
}
