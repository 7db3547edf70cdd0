package org.troubleshoot.model;

/** A part of a page, in the order the writer wrote it. */
public sealed interface Section permits Prose, Category, Question, DataTable {
    SourcePosition source();
}
