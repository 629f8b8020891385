package dev.pith;

import dev.pith.extract.Image;
import dev.pith.render.Markdown;
import dev.pith.render.PlainText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page this project started from: exactly the article, and none of the junk around it. */
class SeedTest {
    private static Article article;
    private static String text;

    @BeforeAll
    static void extract() throws Exception {
        article = Pith.extract(Path.of("samples/nikkei-huawei-5g.txt"));
        text = PlainText.of(article);
    }

    @Test
    void fieldsComeFromTheLinesAboveTheBody() {
        assertEquals("Trump's 5G push signals softer stance on Huawei", article.title());
        assertEquals("Trade war", article.fields().section());
        assertEquals("But Pompeo says US will not be able to share information if equipment is used",
                article.fields().subtitle());
        Image image = article.fields().image();
        assertNotNull(image);
        assertTrue(image.caption().startsWith("Trump administration officials had been trying"), image.caption());
        assertEquals("© Reuters", image.credit());
    }

    @Test
    void textIsTheBodyAlone() {
        assertTrue(text.startsWith("NEW YORK -- U.S. President Donald Trump hinted"), text);
        assertTrue(text.endsWith("Huawei's capabilities."), text);
        assertFalse(text.contains("Trump administration officials had been trying"), "caption must not be in text");
        assertFalse(text.contains("Trade war"));
    }

    @Test
    void noJunkAnywhere() {
        String all = text + "\n" + Markdown.of(article);
        for (String junk : new String[] {"Sketch", "Chevron", "Icon", "Sponsored Content", "{{", "free article",
            "subscription", "Try 3 months", "Offer ends", "See all offers"}) {
            assertFalse(all.contains(junk), "output contains " + junk);
        }
    }

    @Test
    void explainNamesTheRulesThatRemovedTheJunk() {
        var rules = article.removed().stream().map(r -> r.rule()).toList();
        assertTrue(rules.contains("icon.titles"), rules.toString());
        assertTrue(rules.contains("sponsored.label"), rules.toString());
        assertTrue(rules.contains("template.placeholder") || rules.contains("paywall.meter-message"), rules.toString());
        assertTrue(rules.contains("paywall.subscribe-offer"), rules.toString());
    }
}
