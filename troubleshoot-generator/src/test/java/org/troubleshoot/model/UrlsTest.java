package org.troubleshoot.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlsTest {
    @Test
    void linksWithASchemeOrAHostLeaveTheSite() {
        assertTrue(Urls.isExternal("https://status.example.com"));
        assertTrue(Urls.isExternal("mailto:support@example.com"));
        assertTrue(Urls.isExternal("javascript:alert(1)"), "unsafe, but not a content file: the parser removes it");
        assertTrue(Urls.isExternal("//cdn.example.com/x.js"));
        assertFalse(Urls.isExternal("faq.md#billing"));
        assertFalse(Urls.isExternal("images/flow.png"));
        assertFalse(Urls.isExternal("#calls"));
    }

    @Test
    void theWayBackToTheRootHasOneStepPerFolder() {
        assertEquals("", Urls.rootOf("index.html"));
        assertEquals("../", Urls.rootOf("troubleshooting/calls.html#no-calls"));
        assertEquals("../../", Urls.rootOf("de/troubleshooting/anrufe.html"));
        assertEquals("", Urls.rootOf("index.html#a/b"), "a fragment is not a folder");
    }

    @Test
    void addressesForSitemapsArePercentEncodedAsUtf8() {
        assertEquals("troubleshooting/calls.html", Urls.encodePath("troubleshooting/calls.html"));
        assertEquals("%E3%83%AD%E3%82%B0.html", Urls.encodePath("ログ.html"));
        assertEquals("a%20b.html", Urls.encodePath("a b.html"));
    }
}
