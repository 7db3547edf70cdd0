package org.troubleshoot.link;

import org.troubleshoot.model.SourcePosition;

/**
 * A content file that is not a page and is published: one that a page links to or embeds, or one in the
 * static folder.
 *
 * @param url        where it is published, relative to the site root
 * @param audience   who it is for: public if any public page links to it (or it is in the static folder), else
 *                   the audience of the first page that does
 * @param linkedFrom the first link to it, in navigation order; null for a file of the static folder
 */
public record ContentAsset(String url, String audience, SourcePosition linkedFrom) {}
