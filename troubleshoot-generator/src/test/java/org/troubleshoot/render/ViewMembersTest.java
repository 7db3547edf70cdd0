package org.troubleshoot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.AccessibleObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ViewMembers} finds exactly what Mustache.java's own reflection finds, for every kind of view and name. */
class ViewMembersTest {
    record Row(String symptom, List<String> causes) {}

    interface Titled {
        default String title() {
            return "t";
        }
    }

    static class Bean implements Titled {
        public String label = "l";
        boolean open;

        public String getName() {
            return "n";
        }

        public boolean isOpen() {
            return open;
        }
    }

    static final class Child extends Bean {
        String url() {
            return "u";
        }
    }

    /** Mustache's handler, its lookup made callable here. */
    static final class Plain extends ReflectionObjectHandler {
        @SuppressWarnings("rawtypes")
        AccessibleObject find(Class type, String name) {
            return findMember(type, name);
        }
    }

    record Link(String url, Optional<String> title) {}

    record Layout(String root, Map<String, String> labels, Link home) {}

    record Frame(String root) {}

    record Cell(String label, String html, Optional<Integer> span, Link link, Frame layout) {}

    record Page(String title, Layout layout, List<Cell> cells, Optional<Link> parent, Link none, List<String> tags) {}

    record Globals(Map<String, String> messages, Layout layout, String title) {}

    /**
     * Names looked up in every way a template can: plain, dotted through records and maps, from inner sections
     * out, shadowed, missing at the first, middle or last part (Mustache looks further out only when a part
     * before the last is missing), through a null or an empty Optional, and in sections and inverted sections.
     */
    private static final String TEMPLATE = "{{title}}|{{messages.home}}|{{messages.missing}}|{{layout.root}}"
            + "|{{layout.labels.next}}|{{layout.labels.none}}|{{layout.home.url}}|{{layout.home.title}}"
            + "|{{none.title.x}}|{{parent.url}}|{{parent.title}}|{{nothing.at.all}}|{{layout.nothing.url}}"
            + "{{#cells}}[{{label}}/{{html}}/{{title}}/{{messages.home}}/{{layout.root}}/{{link.url}}/{{link.title}}"
            + "/{{layout.home.url}}/{{layout.labels.next}}/{{#span}}span={{span}}{{/span}}{{^span}}no span{{/span}}/{{parent.url}}/{{url}}"
            + "{{#link}}<{{url}}|{{label}}|{{title}}|{{messages.next}}>{{/link}}]{{/cells}}"
            + "{{#parent}}({{url}}/{{title}}/{{root}}){{/parent}}{{^none.title}}no title{{/none.title}}"
            + "{{#tags}}<{{.}}:{{length}}:{{messages.home}}>{{/tags}}{{#layout}}{{root}}{{labels.next}}{{/layout}}";

    @Test
    void templatesFindWhatMustacheFinds() {
        Layout layout =
                new Layout("../", Map.of("next", "Next →", "prev", "Prev"), new Link("index.html", Optional.empty()));
        Globals globals = new Globals(Map.of("home", "Home & co", "next", "Next"), layout, "Global title");
        List<Object> views = List.of(
                new Page(
                        "Calls <drop>",
                        new Layout("./", Map.of(), new Link("home.html", Optional.of("Start"))),
                        List.of(
                                new Cell(
                                        "Cause",
                                        "<b>x</b>",
                                        Optional.of(2),
                                        new Link("a.html", Optional.of("A")),
                                        new Frame("c/")),
                                new Cell("Fix", "y", Optional.empty(), new Link("b.html", Optional.empty()), null)),
                        Optional.of(new Link("up.html", Optional.of("Up"))),
                        new Link("n.html", Optional.empty()),
                        List.of("one", "three")),
                new Page("Empty", null, List.of(), Optional.empty(), null, List.of()));
        for (Object view : views) {
            Object[] scopes = {globals, view};
            StringWriter expected = new StringWriter();
            new DefaultMustacheFactory()
                    .compile(new StringReader(TEMPLATE), "t")
                    .execute(expected, scopes);
            StringWriter actual = new StringWriter();
            new TemplateFactory(name -> null)
                    .compile(new StringReader(TEMPLATE), "t")
                    .execute(actual, scopes);
            assertEquals(expected.toString(), actual.toString());
        }
    }

    @Test
    void findsWhatMustacheFinds() {
        Plain plain = new Plain();
        ViewMembers quiet = new ViewMembers();
        List<Class<?>> types = List.of(Row.class, Bean.class, Child.class, Titled.class, Map.class, String.class);
        List<String> names = List.of(
                "symptom",
                "causes",
                "label",
                "name",
                "open",
                "title",
                "url",
                "messages",
                "layout",
                "value",
                "length",
                "isEmpty",
                "empty",
                "size",
                "class",
                "hashCode",
                "toString",
                "Symptom",
                "getName",
                "");
        int found = 0;
        for (Class<?> type : types) {
            for (String name : names) {
                AccessibleObject expected = plain.find(type, name);
                assertEquals(expected, quiet.findMember(type, name), type.getSimpleName() + "." + name);
                found += expected == null ? 0 : 1;
            }
        }
        // Both found members and both missed some: the comparison covered each case.
        assertEquals(true, found > 10 && found < types.size() * names.size(), "found " + found);
    }
}
