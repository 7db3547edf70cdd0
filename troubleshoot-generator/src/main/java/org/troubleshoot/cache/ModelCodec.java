package org.troubleshoot.cache;

/**
 * The model in the cache's binary form: {@link ModelWriter} writes a {@link org.troubleshoot.model.Site} (its
 * settings, pages, git dates, translations and row dates), parsed pages and problems, every record field by field
 * in declaration order; {@link ModelReader} reads them back in the same order. Pages, sections and entries met
 * again — the linked site shares most of them with the parsed pages — are written once and referred to after
 * that, and read back as the same objects.
 *
 * <p>What is written is the format: when a record of the model gains a field, both classes write and read it and
 * {@link BuildCache#FORMAT} changes, so that older caches are ignored. {@code ModelCodecTest} holds them to it:
 * a site that uses every feature, each field of each record with a value other than its default somewhere in it,
 * must read back equal.
 */
final class ModelCodec {
    /** The kinds of section, as written. */
    static final int PROSE = 0;

    static final int CATEGORY = 1;
    static final int QUESTION = 2;
    static final int TABLE = 3;

    /** A string that is written in full, or is the same as the first or second string before it. */
    static final int OTHER = 0;

    static final int SAME_AS_FIRST = 1;
    static final int SAME_AS_SECOND = 2;

    private ModelCodec() {}
}
