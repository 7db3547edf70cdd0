package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the engine's structure, read from the compiled classes with jdeps: packages never depend
 * on each other in a circle, and the front ends (command line, preview server) use only the front door.
 */
class ArchitectureTest {
    private static final String ROOT = "org.troubleshoot";
    /**
     * What a front end may use: the front door, the settings it passes in, the diagnostics it gets back, and
     * other front ends. Never a stage (parse, assemble, link, render, plan, publish, search, text) or the model.
     */
    private static final Set<String> FRONT_DOOR =
            Set.of(ROOT, ROOT + ".config", ROOT + ".diagnostic", ROOT + ".serve", ROOT + ".cli");

    /** Package → the project's packages it uses, as jdeps reports them. */
    private static Map<String, Set<String>> dependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        Path classes = Path.of("target/classes");
        int code = jdeps.run(
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                "-verbose:package",
                "-e",
                "org\\.troubleshoot.*",
                classes.toString());
        assertEquals(0, code, out.toString());
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[0].startsWith(ROOT) && parts[1].equals("->") && parts[2].startsWith(ROOT)) {
                graph.computeIfAbsent(parts[0], k -> new TreeSet<>());
                if (!parts[0].equals(parts[2])) {
                    graph.get(parts[0]).add(parts[2]);
                }
            }
        }
        assertTrue(graph.size() > 10, "jdeps read the packages: " + graph);
        return graph;
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> graph = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(graph.get(start));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (next.equals(start)) {
                    cycles.add(start);
                    break;
                }
                if (seen.add(next)) {
                    todo.addAll(graph.getOrDefault(next, Set.of()));
                }
            }
        }
        assertEquals(List.of(), cycles, "packages in a cycle: " + graph);
    }

    @Test
    void frontEndsUseOnlyTheFrontDoor() {
        Map<String, Set<String>> graph = dependencies();
        for (String frontEnd : List.of(ROOT + ".cli", ROOT + ".serve")) {
            Set<String> used = new TreeSet<>(graph.get(frontEnd));
            used.removeAll(FRONT_DOOR);
            assertEquals(Set.of(), used, frontEnd + " reaches into the stages");
        }
    }
}
