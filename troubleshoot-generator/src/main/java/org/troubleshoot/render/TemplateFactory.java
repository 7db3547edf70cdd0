package org.troubleshoot.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.util.HtmlEscaper;
import org.troubleshoot.model.Html;
import org.troubleshoot.publish.Utf8FileWriter;

import java.io.IOException;
import java.io.Writer;

/**
 * Mustache.java's factory, with a quicker way to HTML-escape a value: the same characters escaped the same
 * way as {@link HtmlEscaper} does, but into a page file in the same pass that encodes it, and into any other
 * writer as it is when nothing needs escaping (most values), instead of copying it into a character array
 * first. A site writes millions of values.
 */
final class TemplateFactory extends DefaultMustacheFactory {
    TemplateFactory(MustacheResolver resolver) {
        super(resolver);
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            if (writer instanceof Utf8FileWriter file) {
                file.writeEscaped(value); // escaped and encoded in one pass
            } else if (Html.valueNeedsEscaping(value)) {
                HtmlEscaper.escape(value, writer);
            } else {
                writer.write(value);
            }
        } catch (IOException e) {
            throw new MustacheException("Failed to encode value: " + value, e);
        }
    }
}
