package org.troubleshoot;

/**
 * One file of a built site, for {@code build --list}.
 *
 * @param path     relative to the site root
 * @param origin   what put it there: a content file (and line), the template, or the generator
 * @param audience who it is for
 */
public record PublishedFile(String path, String origin, String audience) {}
