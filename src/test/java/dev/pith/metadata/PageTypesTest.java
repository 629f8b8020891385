package dev.pith.metadata;

import dev.pith.metadata.PageTypes.Type;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTypesTest {
    private static PageTypes.Guess classify(String html, String url, String ogType) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        return PageTypes.classify(doc, JsonLd.of(doc), url, ogType);
    }

    private static String repeat(String block, int n) {
        return block.repeat(n);
    }

    @Test
    void aNewsArticleDeclaredInJsonLdAndOpenGraph() {
        PageTypes.Guess g = classify("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script></head>"
                + "<body><p>Text.</p></body>", "https://news.example.com/2024/05/01/bridge-opens", "article");
        assertEquals(Type.ARTICLE, g.type());
        assertEquals(4.5, g.weight(Type.ARTICLE), 1e-9, g.evidence().toString());
        assertEquals(0, g.weight(Type.PRODUCT), 1e-9);
    }

    @Test
    void aForumThreadByItsUrlAndPosts() {
        String posts = repeat("<div class='message'><p>I had the same problem with my boots.</p></div>", 9);
        assertEquals(Type.FORUM, classify("<body>" + posts + "</body>", "https://forum.example.com/threads/boots.123/", null).type());
    }

    @Test
    void repeatedItemsWithHeadlineLinksAreCountedOncePerItem() {
        String items = repeat("<li class='post'><div class='text'><a href='/a'>Council votes to close the old bridge"
                + " for repairs</a><span>by Ann</span></div></li>", 14);
        String menu = repeat("<li><a href='/m'>Home</a></li>", 30);
        PageTypes.Guess g = classify("<body><ul>" + menu + "</ul><ul>" + items + "</ul><p><a href='/x'>"
                + "A single long link in a paragraph of its own</a></p></body>", "https://example.com/news/", null);
        // The fourteen list items, not the menu's short links and not the lone link.
        assertEquals(Math.log1p(14), g.signals().get("page.linkCards"), 1e-9);
        assertEquals(Math.log1p(0), classify("<body><p>No links.</p></body>", null, null).signals().get("page.linkCards"));
    }

    @Test
    void productClassesAreCounted() {
        String tiles = repeat("<div class='ProductTile'><img src='a.jpg'><span class='product-name'>Mug</span></div>", 5);
        assertEquals(Math.log1p(10), classify("<body>" + tiles + "</body>", null, null).signals().get("class.product"), 1e-9);
    }

    @Test
    void aProductPageShowsOnePriceAndACartButton() {
        PageTypes.Guess g = classify("<body><h1>Kettle</h1><span class='price'>€39.90</span><span class='price old'>€49.90"
                + "</span><button>Add to cart</button></body>", "https://shop.example.com/kitchen/kettle", null);
        assertEquals(Type.PRODUCT, g.type(), g.evidence().toString());
    }

    @Test
    void aCategoryPageShowsManyPrices() {
        String cards = repeat("<div class='tile'><a href='/k'>Kettle</a><span class='price'>€39.90</span>"
                + "<button>Add to cart</button></div>", 10);
        PageTypes.Guess g = classify("<body>" + cards + "</body>", "https://shop.example.com/kitchen/", null);
        assertEquals(Type.COLLECTION, g.type(), g.evidence().toString());
        assertTrue(g.evidence().contains("collection +2.0 (10 prices)"), g.evidence().toString());
    }

    @Test
    void pricesWrittenAsTextWithoutAPriceClassCountToo() {
        String cards = repeat("<div class='tile'><a href='/p'>Enamel mug</a><span>$24.99</span></div>", 9);
        PageTypes.Guess g = classify("<body>" + cards + "<p>Free delivery over $50 on all orders this month.</p></body>",
                "https://shop.example.com/kitchen/", null);
        assertEquals(Type.COLLECTION, g.type(), g.evidence().toString());
        assertTrue(g.evidence().contains("collection +2.0 (9 prices)"), g.evidence().toString());
    }

    @Test
    void aPriceInNestedPriceElementsCountsOnceWithItsSalePrice() {
        // WooCommerce: the amount in a span inside the price's span, the digits beside the currency's own span.
        String amount = "<span class='woocommerce-Price-amount amount'><bdi><span>£</span>%s</bdi></span>";
        String cards = repeat("<li class='product'><a href='/product/tea/'><h2>Tea</h2><span class='price'><del>"
                + amount.formatted("14.00") + "</del> <ins>" + amount.formatted("11.20") + "</ins></span></a></li>", 8);
        PageTypes.Guess g = classify("<body><ul class='products'>" + cards + "</ul></body>",
                "https://shop.example.com/product-category/tea/", null);
        assertEquals(Type.COLLECTION, g.type(), g.evidence().toString());
        assertTrue(g.evidence().contains("collection +2.0 (8 prices)"), g.evidence().toString());
    }

    @Test
    void aPapersCitationTagsMakeItAnArticle() {
        PageTypes.Guess g = classify("<head><meta name='citation_title' content='Tidal locking'></head><body><table>"
                + "<tr><td>Subjects:</td><td>astro-ph</td></tr></table></body>", "https://arxiv.example/abs/2611.04127", null);
        assertEquals(Type.ARTICLE, g.declared(), g.evidence().toString());
        assertTrue(g.evidence().contains("article +2.0 (citation_title meta)"), g.evidence().toString());
        assertNull(classify("<head><meta name='citation_title' content=''></head><body></body>", null, null).declared());
    }

    @Test
    void aLocalBusinessOfAnyKindSpeaksForAServicePage() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"LegalService\","
                + "\"name\":\"Haddad & Pryce LLP\"}</script>";
        PageTypes.Guess g = classify("<head>" + ld + "</head><body><h1>Workplace injury lawyers</h1></body>",
                "https://firm.example/practice-areas/workplace-injury/", null);
        assertTrue(g.evidence().contains("service +2.0 (json-ld legalservice)"), g.evidence().toString());
        assertEquals(1.0, g.signals().get("ld.service"));
    }

    @Test
    void aSearchsResultsDeclareAListAndACollectionPageAloneDoesNot() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                + "[\"CollectionPage\",\"SearchResultsPage\"],\"name\":\"You searched for heat pump\"}]}</script>";
        PageTypes.Guess g = classify("<head>" + ld + "</head><body><article><h2><a href='/a'>A</a></h2></article></body>",
                "https://blog.example/?s=heat+pump", null);
        assertEquals(Type.LISTING, g.declared(), g.evidence().toString());
        assertEquals("json-ld searchresultspage", g.declaredBy());
        // Yoast marks category archives and some articles' graphs CollectionPage: no declaration of its own.
        assertNull(classify("<head>" + ld.replace(",\"SearchResultsPage\"", "") + "</head><body></body>", null, null)
                .declared());
    }

    @Test
    void aShopsCategoryPathIsAListNotAProduct() {
        PageTypes.Guess g = classify("<body><h1>Teas</h1></body>", "https://shop.example.com/product-category/tea/", null);
        assertTrue(g.evidence().contains("listing +1.5 (url /product-category/tea/)"), g.evidence().toString());
        assertFalse(g.evidence().stream().anyMatch(e -> e.startsWith("product")), g.evidence().toString());
        PageTypes.Guess product = classify("<body><h1>Tea</h1></body>", "https://shop.example.com/product-dian-hong/", null);
        assertTrue(product.evidence().contains("product +2.0 (url /product-dian-hong/)"), product.evidence().toString());
    }

    @Test
    void aBlogIndexIsAListingOfCards() {
        String cards = repeat("<article class='card'><h2><a href='/p'>A post</a></h2><p>Teaser.</p></article>", 14);
        assertEquals(Type.LISTING, classify("<body>" + cards + "</body>", "https://blog.example.com/page/2", null).type());
    }

    @Test
    void documentationByItsUrlAndCode() {
        String code = repeat("<pre><code>pith -f json page.html</code></pre>", 4);
        assertEquals(Type.DOCUMENTATION, classify("<body>" + code + "</body>", "https://example.com/docs/cli", null).type());
    }

    @Test
    void aServicePageAsksTheReaderToGetInTouch() {
        PageTypes.Guess g = classify("<body><h1>Roof repairs</h1><p>We fix roofs.</p><a href='/c'>Contact us</a>"
                + "<a href='/q'>Get a free quote</a></body>", "https://roofs.example.com/roof-repairs", null);
        assertEquals(Type.SERVICE, g.type(), g.evidence().toString());
    }

    @Test
    void withoutEvidenceAPageIsAnArticle() {
        PageTypes.Guess g = classify("<body><p>Just some text.</p></body>", null, null);
        assertEquals(Type.ARTICLE, g.type());
        assertTrue(g.evidence().isEmpty());
    }

    @Test
    void anOldForumsPostsAreKnownByTheirIdsAndItsThreadByItsAddress() {
        // vBulletin 3 and its kind: no post classes, a table per post, "post_message_101" ids, showthread.php.
        String posts = repeat("<table><tr><td><a href='/member.php?u=7'>oldcook</a></td><td>"
                + "<div id='post_message_102'>Steel wool is fine for the rust, then season it again.</div></td></tr></table>", 9);
        PageTypes.Guess g = classify("<body>" + posts + "</body>", "https://forums.example.com/showthread.php?t=123", null);
        assertEquals(Type.FORUM, g.type(), g.evidence().toString());
        assertTrue(g.evidence().stream().anyMatch(ev -> ev.contains("post-like")), g.evidence().toString());
        for (String id : new String[] {"post_message_101", "post101", "post-7", "POST_3"}) {
            assertTrue(PageTypes.isPostId(id), id);
        }
        for (String id : new String[] {"posts", "postcode", "post", "postbox-2a", "post_title"}) {
            assertFalse(PageTypes.isPostId(id), id);
        }        // Web components name a thread's parts by tag: each comment counts, the tree holding them does not.
        String comments = repeat("<shreddit-comment author='x'><div slot='comment'><p>Learn it for the ideas about"
                + " ownership.</p></div></shreddit-comment>", 9);
        PageTypes.Guess web = classify("<body><shreddit-post><h1>Is Rust worth it?</h1></shreddit-post>"
                + "<shreddit-comment-tree>" + comments + "</shreddit-comment-tree></body>", null, null);
        assertTrue(web.evidence().contains("forum +1.0 (10 post-like blocks)"), web.evidence().toString());
        assertTrue(PageTypes.isPostTag("shreddit-comment"));
        assertFalse(PageTypes.isPostTag("shreddit-comment-tree"));
        assertFalse(PageTypes.isPostTag("comment"));
    }

    @Test
    void aBlogPostIsOnePostHoweverManyPartsItsTemplateNames() {
        // WordPress and Blogger name every part of a post "post-…": one post, not a thread of eleven.
        PageTypes.Guess g = classify("<body><div class='post hentry'><h3 class='post-title'>Saving seeds</h3>"
                + "<div class='post-header'><span class='post-author'>Margaret</span><span class='post-timestamp'>9:12</span>"
                + "</div><div class='post-body'><p>Every year I save seeds.</p></div><div class='post-footer'>"
                + "<span class='post-labels'>seeds</span><span class='post-comment-link'>3 comments</span>"
                + "<span class='post-icons'></span><span class='post-share'></span><span class='post-backlinks'></span>"
                + "</div></div></body>", "https://garden.example.com/2008/08/saving-seeds.html", null);
        assertEquals(1.0, Math.expm1(g.signals().get("page.posts")), 1e-9, g.signals().toString());
        assertEquals(0, g.weight(Type.FORUM), 1e-9, g.evidence().toString());
    }
}
