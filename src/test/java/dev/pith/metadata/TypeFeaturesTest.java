package dev.pith.metadata;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeFeaturesTest {
    private static Map<String, Double> of(String contentHtml, String title) {
        Element content = Jsoup.parseBodyFragment(contentHtml).body();
        return TypeFeatures.of(Map.of(), content, title, false, false);
    }

    @Test
    void aStoryIsProseAndACategoryIsLinks() {
        String sentence = "The council voted on Tuesday to close the old bridge for repairs over the summer. ";
        Map<String, Double> story = of("<p>" + sentence.repeat(3) + "</p><p>" + sentence.repeat(2) + "</p>",
                "Council votes to close the old bridge for summer repairs");
        Map<String, Double> list = of("<ul>" + "<li><a href='/p'>Oak table</a> $120</li>".repeat(12) + "</ul>",
                "Tables");
        assertTrue(story.get("content.proseShare") > 0.9, story.toString());
        assertEquals(0.0, story.get("content.linkShare"), 1e-9);
        assertEquals(0.0, list.get("content.proseShare"), 1e-9);
        assertTrue(list.get("content.linkShare") > 0.5, list.toString());
        assertEquals(Math.log1p(12), list.get("content.prices"), 1e-9);
        assertEquals(Math.log1p(12), list.get("content.maxRepeat"), 1e-9);
        assertTrue(story.get("meta.titleWords") > list.get("meta.titleWords"));
    }

    @Test
    void aTitleEndingInAPluralNamesAKindOfThing() {
        assertEquals(1.0, of("<p>x</p>", "Casual Dresses | Lulu's").get("title.plural"));
        assertEquals(1.0, of("<p>x</p>", "Air Fryer Recipes").get("title.plural"));
        assertEquals(1.0, of("<p>x</p>", "Remote Jobs - Example").get("title.plural"));
        // A singular, or a word that only ends in s: business, analysis, status.
        assertEquals(0.0, of("<p>x</p>", "Council votes to close the old bridge").get("title.plural"));
        assertEquals(0.0, of("<p>x</p>", "Small Business | Example").get("title.plural"));
        assertEquals(0.0, of("<p>x</p>", "A Data Analysis").get("title.plural"));
        assertEquals(0.0, of("<p>x</p>", null).get("title.plural"));
    }

    @Test
    void titleWordsNameTheKindOfPage() {
        Map<String, Double> service = of("<p>x</p>", "Data Analytics Services & Consulting");
        assertEquals(1.0, service.get("title.service"));
        assertEquals(0.0, service.get("title.docs"));
        Map<String, Double> docs = of("<p>x</p>", "Installation guide");
        assertEquals(1.0, docs.get("title.docs"));
        assertEquals(0.0, docs.get("title.service"));
        assertEquals(1.0, of("<p>x</p>", "Latest News").get("title.list"));
        assertEquals(1.0, of("<p>x</p>", "How to repot an orchid").get("title.howto"));
        assertEquals(0.0, of("<p>x</p>", "Bridge opens to traffic").get("title.howto"));
    }

    @Test
    void aPageThatSpeaksToItsReaderSaysWeAndYou() {
        String pitch = "<p>We help you grow. Our team builds your website and we answer your calls.</p>";
        String story = "<p>The council voted on Tuesday to close the old bridge for repairs over the summer.</p>";
        assertTrue(of(pitch, "T").get("content.we") > 0.1, of(pitch, "T").toString());
        assertTrue(of(pitch, "T").get("content.you") > 0.1);
        assertEquals(0.0, of(story, "T").get("content.we"), 1e-9);
        assertEquals(0.0, of(story, "T").get("content.you"), 1e-9);
    }

    @Test
    void aChineseOrJapaneseTitleIsCountedInWordsOfTwoCharacters() {
        // Written without spaces, a long headline is one run: counted by its characters, it is not a one-word label.
        assertEquals(9, TypeFeatures.titleWords("谷歌两年花170亿美元并购 超五大公司总和"));
        assertEquals(4, TypeFeatures.titleWords("Apple buys a startup"));
        assertEquals(4, TypeFeatures.titleWords("東京の天気 Weather"));
    }

    @Test
    void wordsAndPronounsAreCountedInOnePass() {
        assertArrayEquals(new int[] {10, 2, 2}, TypeFeatures.words("we're here for you: our team, your 2 users"));
        assertArrayEquals(new int[] {0, 0, 0}, TypeFeatures.words(" ,. "));
        assertArrayEquals(new int[] {3, 0, 0}, TypeFeatures.words("youth usual weather"));
    }

    @Test
    void datesInAListOfPostsAreCounted() {
        Map<String, Double> f = of("<ul><li>March 3, 2024</li><li>4 Mar 2024</li><li>2024-03-05</li>"
                + "<li>2 days ago</li><li>no date here</li></ul>", "Blog");
        assertEquals(Math.log1p(4), f.get("content.dates"), 1e-9);
    }

    @Test
    void theUrlSaysHomePageDateSlugAndQuery() {
        Map<String, Double> home = new HashMap<>();
        TypeFeatures.url(home, "/", "https://example.com/");
        assertEquals(1.0, home.get("url.home"));
        assertEquals(0.0, home.get("url.depth"));
        Map<String, Double> story = new HashMap<>();
        TypeFeatures.url(story, "/2024/05/01/council-closes-old-bridge?ref=rss", "https://example.com/2024/05/01/council-closes-old-bridge?ref=rss");
        assertEquals(0.0, story.get("url.home"));
        assertEquals(1.0, story.get("url.date"));
        assertEquals(1.0, story.get("url.query"));
        assertEquals(Math.log1p(3), story.get("url.slugWords"), 1e-9);
    }

    @Test
    void withoutAUrlTheUrlFeaturesAreUnknownNotZero() {
        assertFalse(of("<p>Text</p>", "T").containsKey("url.home"));
    }

    @Test
    void countingNearDigitsFindsWhatAFullScanFinds() {
        java.util.regex.Pattern date = java.util.regex.Pattern.compile(
                "\\b(?:(?:jan|sep)[a-z]*\\.? \\d{1,2},? \\d{4}|\\d+ days? ago)\\b");
        String text = "posted september 30, 2024 by ann. 12 days ago. jan 5 2020 and 2024. sept. 1, 1999 x2 days ago";
        java.util.regex.Matcher m = date.matcher(text);
        int full = 0;
        while (m.find()) {
            full++;
        }
        assertEquals(4, full);
        assertEquals(full, TypeFeatures.countAroundDigits(date, text, 12, 30));
    }

    @Test
    void aSitesNameSaysWhatKindOfSiteItIs() {
        Element content = Jsoup.parseBodyFragment("<p>x</p>").body();
        Map<String, Double> forum = TypeFeatures.of(Map.of(), content, "Resoling boots", "Trailhead Forums", false, false);
        Map<String, Double> news = TypeFeatures.of(Map.of(), content, "Resoling boots", "The Daily Ledger", false, false);
        Map<String, Double> none = TypeFeatures.of(Map.of(), content, "Resoling boots", null, false, false);
        assertEquals(1.0, forum.get("site.forum"));
        assertEquals(0.0, news.get("site.forum"));
        assertEquals(0.0, none.get("site.shop"));
        assertEquals(1.0, TypeFeatures.of(Map.of(), content, "Kettles", "Acme Store", false, false).get("site.shop"));
        assertEquals(1.0, TypeFeatures.of(Map.of(), content, "Sudo", "Gantry Docs", false, false).get("site.docs"));
        // Whole words only: "ArchWiki" says nothing the model was fitted on, "Storefront Software" is no shop.
        assertEquals(0.0, TypeFeatures.of(Map.of(), content, "Sudo", "ArchWiki", false, false).get("site.docs"));
        assertEquals(0.0, TypeFeatures.of(Map.of(), content, "Sudo", "Storefront Software", false, false).get("site.shop"));
    }
}
