package org.troubleshoot.parse;

/**
 * Thrown by the readers of the subset parser at the first thing outside the subset: {@link SubsetParser} then
 * leaves the whole file to Flexmark. One instance without a stack trace, as it is thrown for every such file.
 */
final class NotInSubset extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final NotInSubset INSTANCE = new NotInSubset();

    private NotInSubset() {
        super("not in the subset", null, false, false);
    }
}
