package org.troubleshoot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.lang.reflect.AccessibleObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ViewMembers} finds exactly the member Mustache.java's own reflection finds, for every kind of view. */
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
