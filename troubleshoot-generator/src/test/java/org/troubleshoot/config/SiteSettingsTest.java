package org.troubleshoot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteSettingsTest {
    private static SiteSettings audience(String audience) {
        return new SiteSettings("Help", Optional.empty(), Optional.empty(), audience, false);
    }

    @Test
    void theDefaultAudienceIsPublicAndHasOnlyPublicContent() {
        SiteSettings settings = audience(null);
        assertEquals("public", settings.audience());
        assertTrue(settings.includes("public"));
        assertFalse(settings.includes("admin"));
        assertEquals("public", audience("  ").audience());
    }

    @Test
    void aNamedAudienceAddsItsOwnContentToThePublicOneAndAllHasEverything() {
        SiteSettings admin = audience("admin");
        assertTrue(admin.includes("public"));
        assertTrue(admin.includes("admin"));
        assertFalse(admin.includes("partner"));
        SiteSettings all = audience("all");
        assertTrue(all.includes("partner"));
        assertTrue(all.includes("admin"));
    }

    @Test
    void theBaseUrlEndsWithASlash() {
        SiteSettings settings =
                new SiteSettings("Help", Optional.of(" https://help.example.com/docs "), Optional.empty(), null, false);
        assertEquals(Optional.of("https://help.example.com/docs/faq.html"), settings.absolute("faq.html"));
    }
}
