package org.troubleshoot.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.BuildResult;
import org.troubleshoot.EveryFeatureSite;
import org.troubleshoot.Generator;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.RowDates;
import org.troubleshoot.model.Site;

/**
 * The cache's model format is complete: a site that uses every feature reads back equal to what was written.
 * A field the codec forgot would read back as its default; so the site must hold, for every component of every
 * record the model is made of, a value other than the default somewhere — else this test says which component to
 * give one (in {@link EveryFeatureSite}), before the round trip can tell.
 */
class ModelCodecTest {
    @TempDir
    Path dir;

    private Site everyFeature() throws IOException {
        Path content = EveryFeatureSite.write(dir.resolve("repo"));
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .strict(true)
                .build()
                .check();
        assertTrue(
                result.diagnostics().stream().noneMatch(d -> d.isError()),
                result.diagnostics().toString());
        return result.site();
    }

    private static Site roundTrip(Site site) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (BinaryOut out = new BinaryOut(bytes)) {
            new ModelWriter(out).site(site);
        }
        try (BinaryIn in = new BinaryIn(new ByteArrayInputStream(bytes.toByteArray()))) {
            Site read = new ModelReader(in).site();
            in.verifyEnd();
            return read;
        }
    }

    @Test
    void aSiteThatUsesEveryFeatureReadsBackEqual() throws IOException {
        Site site = everyFeature();
        Coverage coverage = new Coverage();
        coverage.visit(site);
        assertEquals(
                new TreeSet<>(),
                coverage.withDefaultsOnly(),
                "record components the fixture never gives a value other than the default: the round trip could "
                        + "not tell whether they are written");
        Site read = roundTrip(site);
        assertEquals(site.settings(), read.settings());
        assertEquals(site.pages(), read.pages());
        assertEquals(site.lastChanged(), read.lastChanged());
        assertEquals(site.translations(), read.translations());
        assertEquals(site.rowDates(), read.rowDates());
        assertEquals(site, read);
    }

    @Test
    void theCoverageCheckCatchesAComponentLeftAtItsDefault() throws IOException {
        Site site = everyFeature();
        // The same site with every page's anchors dropped: what a codec that forgot them would read back.
        Site withoutAnchors = site.withPages(site.pages().stream()
                .map(p -> new Page(
                        p.id(),
                        p.title(),
                        p.kind(),
                        p.audience(),
                        p.order(),
                        p.description(),
                        p.sourceFile(),
                        p.sections(),
                        p.links(),
                        p.autoLinks(),
                        List.of(),
                        p.translationOf()))
                .toList());
        assertNotEquals(site, withoutAnchors, "equality sees the field");
        Coverage coverage = new Coverage();
        coverage.visit(withoutAnchors);
        assertEquals(Set.of("Page.anchors"), coverage.withDefaultsOnly());
        assertNotEquals(RowDates.NONE, site.rowDates(), "the fixture is committed: its rows have dates");
    }

    /**
     * Which record components the site has values for. A component counts as covered when some instance has a
     * value other than its default: not null, not empty (strings, collections, maps, optionals), and for
     * booleans, numbers and enums two different values among its instances (or, for a record met once, a value
     * other than false, 0 or the first constant).
     */
    private static final class Coverage {
        private final Map<String, Set<Object>> values = new HashMap<>();
        private final Map<String, Boolean> covered = new HashMap<>();
        private final Map<Class<?>, Integer> instances = new HashMap<>();
        private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        void visit(Object value) {
            if (value == null
                    || value instanceof String
                    || value instanceof Number
                    || value instanceof Boolean
                    || value instanceof Enum<?>
                    || !seen.add(value)) {
                return;
            }
            if (value instanceof Collection<?> collection) {
                collection.forEach(this::visit);
            } else if (value instanceof Map<?, ?> map) {
                map.keySet().forEach(this::visit);
                map.values().forEach(this::visit);
            } else if (value instanceof Optional<?> optional) {
                optional.ifPresent(this::visit);
            } else if (value instanceof Object[] array) {
                List.of(array).forEach(this::visit);
            } else if (value instanceof RowDates dates) {
                covered.merge("RowDates.lines", !dates.lines().isEmpty(), Boolean::logicalOr);
                covered.merge("RowDates.files", !dates.files().isEmpty(), Boolean::logicalOr);
            } else if (value.getClass().isRecord()) {
                record(value);
            }
        }

        private void record(Object record) {
            Class<?> type = record.getClass();
            instances.merge(type, 1, Integer::sum);
            for (RecordComponent component : type.getRecordComponents()) {
                Object value;
                try {
                    value = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String name = type.getSimpleName() + "." + component.getName();
                covered.merge(name, nonDefault(value), Boolean::logicalOr);
                if (value instanceof Boolean || value instanceof Number || value instanceof Enum<?>) {
                    values.computeIfAbsent(name, k -> new HashSet<>()).add(value);
                }
                visit(value);
                if (value instanceof String[] strings) {
                    visit(strings);
                }
            }
        }

        private static boolean nonDefault(Object value) {
            if (value == null) {
                return false;
            }
            if (value instanceof String text) {
                return !text.isEmpty();
            }
            if (value instanceof Collection<?> collection) {
                return !collection.isEmpty();
            }
            if (value instanceof Map<?, ?> map) {
                return !map.isEmpty();
            }
            if (value instanceof Optional<?> optional) {
                return optional.isPresent();
            }
            if (value instanceof Boolean flag) {
                return flag;
            }
            if (value instanceof Number number) {
                return number.longValue() != 0;
            }
            if (value instanceof Enum<?> constant) {
                return constant.ordinal() != 0;
            }
            return true;
        }

        /** The components no instance has a value other than the default for, as {@code Record.component}. */
        Set<String> withDefaultsOnly() {
            Set<String> missing = new TreeSet<>();
            covered.forEach((name, any) -> {
                Set<Object> distinct = values.get(name);
                String type = name.substring(0, name.indexOf('.'));
                boolean once = instances.entrySet().stream()
                        .anyMatch(e -> e.getKey().getSimpleName().equals(type) && e.getValue() == 1);
                boolean ok = distinct == null ? any : distinct.size() >= 2 || once && any;
                if (!ok) {
                    missing.add(name);
                }
            });
            return missing;
        }
    }
}
