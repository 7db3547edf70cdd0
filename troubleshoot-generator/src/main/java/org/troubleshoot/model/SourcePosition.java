package org.troubleshoot.model;

/** Where something was written: a content file (relative, '/'-separated) and a 1-based line and column. */
public record SourcePosition(String file, int line, int column) {}
