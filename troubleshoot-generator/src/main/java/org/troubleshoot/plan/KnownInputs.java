package org.troubleshoot.plan;

/**
 * File content that can tell, without being made, a digest of everything its bytes are made from. Two builds
 * whose digests for a file are equal write the same bytes there (given the same templates, settings and
 * generator, which a build cache checks as a whole): the second need not make them at all.
 */
public interface KnownInputs extends FileContent {
    /** The digest of every input of the file's bytes; the same on every call. */
    byte[] inputs();
}
