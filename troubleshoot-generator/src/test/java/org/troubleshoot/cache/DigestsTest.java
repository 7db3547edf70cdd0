package org.troubleshoot.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A digest tells different inputs apart, and gives equal ones the same value. */
class DigestsTest {
    private record Inner(String name, int size) {}

    private record Outer(Optional<String> title, boolean strict, Inner inner, List<String> names) {}

    private static byte[] of(Outer outer) {
        return new Digests().addComponents(outer).digest();
    }

    @Test
    void aRecordsDigestCoversEveryComponentAndTheRecordsInIt() {
        Outer outer = new Outer(Optional.of("Help"), false, new Inner("a", 1), List.of("x", "y"));
        assertArrayEquals(of(outer), of(new Outer(Optional.of("Help"), false, new Inner("a", 1), List.of("x", "y"))));
        for (Outer other : List.of(
                new Outer(Optional.empty(), false, new Inner("a", 1), List.of("x", "y")),
                new Outer(Optional.of("Help"), true, new Inner("a", 1), List.of("x", "y")),
                new Outer(Optional.of("Help"), false, new Inner("b", 1), List.of("x", "y")),
                new Outer(Optional.of("Help"), false, new Inner("a", 2), List.of("x", "y")),
                new Outer(Optional.of("Help"), false, new Inner("a", 1), List.of("x y")))) {
            assertFalse(Arrays.equals(of(outer), of(other)), other.toString());
        }
    }

    @Test
    void stringsAreLengthPrefixedSoThatTheirBoundariesCount() {
        assertFalse(Arrays.equals(
                new Digests().add("ab").add("c").digest(),
                new Digests().add("a").add("bc").digest()));
        assertFalse(Arrays.equals(
                new Digests().add("\u0100").digest(),
                new Digests().add("\u0001").digest()));
        assertFalse(Arrays.equals(
                new Digests().add("\u00e9").digest(),
                new Digests().add("e\u0301").digest()));
    }

    @Test
    void theSizeGivenUpFrontChangesNothingButTheCopying() {
        String text = "Calls drop after 30 s — réessayez ".repeat(200);
        byte[] expected = new Digests().add(text).add(7).digest();
        for (int size : new int[] {0, 1, 100, 100_000}) {
            assertArrayEquals(expected, new Digests(size).add(text).add(7).digest(), "size " + size);
        }
    }
}
