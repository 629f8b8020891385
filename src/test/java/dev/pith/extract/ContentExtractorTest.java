package dev.pith.extract;

import dev.pith.clean.Cleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentExtractorTest {
    private static final String P = "<p>Officials said on Monday that the new bridge, which took four years to build, "
            + "would open to traffic in the spring, after final safety checks.</p>";

    private static Extraction extract(String html, String title) {
        Document doc = Jsoup.parse(html, "https://news.example.com/a/b.html");
        Cleaner.standard(Set.of()).clean(doc.body());
        return new ContentExtractor().extract(doc, new Hints(title, null));
    }

    @Test
    void prosePageWinsOverABiggerLinkBlock() {
        StringBuilder links = new StringBuilder("<div class='links'><ul>");
        for (int i = 0; i < 40; i++) {
            links.append("<li><a href='/x").append(i).append("'>Another story about something else entirely, number ")
                    .append(i).append("</a></li>");
        }
        links.append("</ul></div>");
        Extraction x = extract("<body><div class='story'>" + P + P.replace("bridge", "tunnel") + P.replace("bridge", "road")
                + "</div>" + links + "</body>", null);
        String text = x.content().text();
        assertTrue(text.contains("tunnel") && text.contains("road"), text);
        assertFalse(text.contains("Another story"), text);
        assertTrue(x.candidates().get(0).signals().contains("paragraphs"), x.candidates().toString());
    }

    @Test
    void headlineStandfirstAndLeadImageAreSetApart() {
        Extraction x = extract("<body><article><h1>Bridge to open in spring</h1><p class='dek'>Four years of work end "
                + "with a ribbon</p><figure><img src='/img/bridge.jpg' alt='The bridge'><figcaption>The bridge at dawn. "
                + "Photo: Jo Bloggs</figcaption></figure>" + P + P + "</article></body>", "Bridge to open in spring");
        assertEquals("Bridge to open in spring", x.headline());
        assertEquals("Four years of work end with a ribbon", x.standfirst());
        Image lead = x.leadImage();
        assertNotNull(lead);
        assertEquals("https://news.example.com/img/bridge.jpg", lead.url());
        assertEquals("The bridge at dawn.", lead.caption());
        assertEquals("Photo: Jo Bloggs", lead.credit());
        assertFalse(x.content().text().contains("Bridge to open"));
        assertFalse(x.content().text().contains("ribbon"));
    }

    @Test
    void figuresInsideTheBodyKeepTheirCaptions() {
        Extraction x = extract("<body><article>" + P + "<figure><img src='a.jpg'><figcaption>Inside caption</figcaption>"
                + "</figure>" + P + "</article></body>", null);
        assertTrue(x.content().select("figure figcaption").text().contains("Inside caption"));
    }

    @Test
    void looseTextBesideBlocksBecomesParagraphs() {
        Extraction x = extract("<body><div itemprop='articleBody'>First loose sentence of the story, long enough to be a "
                + "paragraph on its own.<div class='spacer'></div>Second loose sentence, also long enough to count as prose "
                + "here.<br><br>Third one after a double break, which splits paragraphs as a reader sees them.</div></body>", null);
        assertEquals(3, x.content().select("p").size(), x.content().outerHtml());
    }

    @Test
    void scriptLinksAreDroppedAndRelativeLinksResolved() {
        Extraction x = extract("<body><article>" + P + "<p>See <a href='javascript:alert(1)'>this</a> and "
                + "<a href='../c.html'>that page</a> for details of the bridge and the road that leads to it.</p>" + P
                + "</article></body>", null);
        assertTrue(x.content().select("a[href^=javascript]").isEmpty());
        assertEquals("https://news.example.com/c.html", x.content().selectFirst("a").attr("href"));
    }

    @Test
    void aParagraphThatMentionsSubscribeIsContent() {
        Extraction x = extract("<body><article>" + P + "<p>Subscribe to the idea that bridges matter, the mayor said.</p>"
                + P + "</article></body>", null);
        assertTrue(x.content().text().contains("Subscribe to the idea"));
    }
}
