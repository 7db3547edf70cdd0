package org.troubleshoot.render;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A list whose items are made when a template reaches them and then dropped: the home and all-on-one pages
 * of a big site stream out instead of holding every row in memory at once.
 */
final class Lazy {
    private Lazy() {}

    static <T> List<T> list(int size, IntFunction<T> item) {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                Objects.checkIndex(index, size);
                return item.apply(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
