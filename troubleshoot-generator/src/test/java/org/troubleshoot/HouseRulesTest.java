package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * House rules a formatter cannot check, read from the syntax trees of the engine's sources (the JDK's own
 * parser): in every class the fields come before the constructors and methods, and code names types by
 * their imported simple names, never by a fully qualified name written inline.
 */
class HouseRulesTest {
    private static final Set<String> ROOTS = Set.of("java", "javax", "org", "com");

    private static List<CompilationUnitTree> sources(JavacTask[] task) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            paths = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(paths.size() > 50, "the sources were found: " + paths.size());
        Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(paths);
        task[0] = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null, units);
        List<CompilationUnitTree> trees = new ArrayList<>();
        task[0].parse().forEach(trees::add);
        return trees;
    }

    @Test
    void fieldsComeBeforeConstructorsAndMethods() throws IOException {
        JavacTask[] task = new JavacTask[1];
        List<String> problems = new ArrayList<>();
        for (CompilationUnitTree unit : sources(task)) {
            SourcePositions positions = Trees.instance(task[0]).getSourcePositions();
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitClass(ClassTree node, Void unused) {
                    boolean method = false;
                    for (Tree member : node.getMembers()) {
                        if (member instanceof MethodTree m && !isGenerated(m, positions, unit)) {
                            method = true;
                        } else if (member instanceof VariableTree field && method) {
                            problems.add(where(unit, positions, field) + ": field " + field.getName()
                                    + " after a method of " + node.getSimpleName());
                        }
                    }
                    return super.visitClass(node, unused);
                }
            }.scan(unit, null);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void typesAreNamedByTheirImportsNotWrittenOutInFull() throws IOException {
        JavacTask[] task = new JavacTask[1];
        List<String> problems = new ArrayList<>();
        for (CompilationUnitTree unit : sources(task)) {
            SourcePositions positions = Trees.instance(task[0]).getSourcePositions();
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitImport(ImportTree node, Void unused) {
                    return null; // an import is where a full name belongs
                }

                @Override
                public Void visitPackage(PackageTree node, Void unused) {
                    return null;
                }

                @Override
                public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                    Tree leftmost = node;
                    while (leftmost instanceof MemberSelectTree select) {
                        leftmost = select.getExpression();
                    }
                    if (leftmost instanceof IdentifierTree root
                            && ROOTS.contains(root.getName().toString())
                            && node.getExpression() instanceof MemberSelectTree) {
                        problems.add(where(unit, positions, node) + ": " + node);
                        return null;
                    }
                    return super.visitMemberSelect(node, unused);
                }
            }.scan(unit, null);
        }
        assertEquals(List.of(), problems);
    }

    /** Records' and enums' implicit members have no position of their own. */
    private static boolean isGenerated(MethodTree method, SourcePositions positions, CompilationUnitTree unit) {
        return positions.getStartPosition(unit, method) < 0;
    }

    private static String where(CompilationUnitTree unit, SourcePositions positions, Tree tree) {
        long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, tree));
        return Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line;
    }
}
