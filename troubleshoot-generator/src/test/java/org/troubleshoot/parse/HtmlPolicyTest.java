package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The cleaner every fragment with writers' HTML goes through last. RawHtml has already rewritten the writers'
 * tags, so what reaches it is mostly well-formed; these are the cases it exists for.
 */
class HtmlPolicyTest {
    private static String publish(String html) {
        return HtmlPolicy.publish(html).html();
    }

    @Test
    void itClosesWhatIsOpenAndNestsListsAndSummariesAsHtmlAllows() {
        assertEquals("<b>bold</b>", publish("<b>bold"));
        assertEquals("<ul><li>a<ul><li>b</li></ul></li></ul>", publish("<ul><li>a</li><ul><li>b</li></ul></ul>"));
        assertEquals("<ul><li><ol><li>b</li></ol></li></ul>", publish("<ul><ol><li>b</li></ol></ul>"));
        assertEquals("<ul><li>lone</li></ul>", publish("<li>lone</li>"));
        assertEquals(
                "<details><summary>S</summary>text</details>", publish("<details><summary>S</summary>text</details>"));
        assertEquals("Stext", publish("<summary>S</summary>text"));
        assertEquals("<details>x Late</details>", publish("<details>x <summary>Late</summary></details>"));
        assertEquals("<img src=\"troubleshoot:link/0\" alt=\"\">", publish("<img src=\"troubleshoot:link/0\">"));
    }

    @Test
    void itIsTheLastLineOfDefenceForIdsUrlsAndEverythingNotOnTheList() {
        assertEquals(
                "<a>main</a><a id=\"user-content-x\">x</a>",
                publish("<a id=\"main\">main</a><a id=\"user-content-x\">x</a>"));
        assertEquals(
                "<a>js</a> <a href=\"troubleshoot:link/3\">in</a> <a href=\"https://e.org/\">out</a>",
                publish("<a href=\"javascript:alert(1)\">js</a> <a href=\"troubleshoot:link/3\">in</a> "
                        + "<a href=\"https://e.org/\">out</a>"));
        assertEquals("", publish("<img src=\"https://evil.example/t.png\">").replace("<img alt=\"\">", ""));
        assertEquals("text", publish("<script>alert(1)</script><div onclick=\"x()\" style=\"a\">text</div>"));
        assertEquals("x", publish("<iframe src=\"https://evil.example/\"></iframe><span class=\"badge\">x</span>"));
    }

    @Test
    void theTextIsWhatAReaderSees() {
        assertEquals("a b c", HtmlPolicy.publish("a<br>b<p>c</p>").text());
        assertEquals(
                "More hidden",
                HtmlPolicy.publish("<details><summary>More</summary>hidden</details>")
                        .text());
    }
}
