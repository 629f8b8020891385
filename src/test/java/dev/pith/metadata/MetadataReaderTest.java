package dev.pith.metadata;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataReaderTest {
    private static Metadata read(String html) {
        return new MetadataReader().read(Jsoup.parse(html), null);
    }

    @Test
    void aTitleOfNothingButTheSiteNameGivesWayToTheHeadline() {
        Metadata m = read("<head><title> | Volts Magazine</title><meta property='og:title' content=''></head>"
                + "<body><h1>Electronic Gadgets</h1><p>Kits and parts.</p></body>");
        assertEquals("Electronic Gadgets", m.title());
        assertEquals("text", m.sources().get("title"));
    }

    @Test
    void jsonLdGraphWithReferences() {
        Metadata m = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Graph headline\",\"author\":{\"@id\":\"#p\"},\"datePublished\":\"2020-01-02T03:04:05Z\","
                + "\"keywords\":\"a, b\"},{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Ann Lee\"}]}</script>");
        assertEquals("Graph headline", m.title());
        assertEquals(List.of("Ann Lee"), m.authors());
        assertEquals("2020-01-02T03:04:05Z", m.published());
        assertEquals(List.of("a", "b"), m.tags());
        assertEquals("json-ld", m.sources().get("title"));
    }

    @Test
    void tagsComeOnceWithoutTheSitesNameOrMachineTags() {
        Metadata m = read("<head><meta property='og:url' content='https://www.cnbc.com/2019/11/20/emirates.html'>"
                + "<meta property='og:site_name' content='CNBC Markets'><script type='application/ld+json'>{\"@type\":"
                + "\"NewsArticle\",\"headline\":\"Emirates orders jets\",\"keywords\":\"cnbc, Emerging markets, Boeing,"
                + " Emerging Markets, source:tagname:CNBC Europe Source, CNBC Markets, Time: a history, Lite:true,"
                + " Tag:Aviation, https://twitter.com/cnbc\"}</script></head>");
        assertEquals(List.of("Emerging markets", "Boeing", "Time: a history", "Aviation"), m.tags());
        assertEquals("bbc", MetadataReader.siteLabel("https://www.bbc.co.uk/news/world"));
        assertEquals("example", MetadataReader.siteLabel("http://example.org"));
    }

    @Test
    void aDateShownInABlockClassedInAnotherLanguageIsThePublishedDate() {
        String story = "<body><h1>Vivienda asequible</h1><div class='%s'>Por <a href='/a'>Lucía Martín</a> | Madrid |"
                + " 12 de marzo de 2024 - 14:32</div><p>" + "El Consejo de Ministros aprobó el plan. ".repeat(8) + "</p></body>";
        assertEquals("2024-03-12", read(String.format(story, "firma")).published());
        assertEquals("2024-03-12", read(String.format(story, "articulo-fecha")).published());
        assertNull(read(String.format(story, "firmament")).published());
    }

    @Test
    void aSiteLogoIsNoPictureOfThePageButAStorysPictureOfALogoIs() {
        String page = "<head><meta property='og:image' content='%s'></head><body><h1>Moving a plan</h1></body>";
        assertNull(read(String.format(page, "https://help.example.com/hc/theming_assets/logo.png")).image());
        assertNull(read(String.format(page, "https://blog.example.org/images/givewell_fb_logo.jpg?v=2")).image());
        assertEquals("https://news.example.com/2015/08/alibaba-logo-getty-1024-683-57ed9e94e3d24.jpg",
                read(String.format(page, "https://news.example.com/2015/08/alibaba-logo-getty-1024-683-57ed9e94e3d24.jpg"))
                        .image());
        assertEquals("https://shop.example.com/img/catalogue-2024.jpg",
                read(String.format(page, "https://shop.example.com/img/catalogue-2024.jpg")).image());
    }

    @Test
    void aMicroformatAbbrGivesItsDateInItsTitle() {
        Metadata m = read("<body><div class='post'><h3>The first earlies go in</h3><p>Text.</p><span>Posted at <abbr"
                + " class='published' itemprop='datePublished' title='2024-05-12T18:40:00+01:00'>18:40</abbr> <abbr"
                + " itemprop='dateModified' title='2024-05-13T09:00:00+01:00'>next day</abbr></span></div></body>");
        assertEquals("2024-05-12T18:40:00+01:00", m.published());
        assertEquals("2024-05-13T09:00:00+01:00", m.modified());
    }

    @Test
    void aPrintedLastUpdateIsThePagesModifiedDateButAPostsEditNoteIsNot() {
        assertEquals("2024-05-02T10:00:00Z", read("<body><h1>Caching</h1><p>Text.</p><footer><span>Last updated on <b>"
                + "<time datetime='2024-05-02T10:00:00.000Z'>May 2, 2024</time></b></span></footer></body>").modified());
        assertEquals("2024-03-12", read("<body><h1>River</h1><p>Text.</p><footer><li>This page was last edited on"
                + " 12 March 2024, at 10:32.</li></footer></body>").modified());
        assertNull(read("<body><h1>Help</h1><div class='post'><p>Try this.</p><div>Last edited by ann (2025-11-01"
                + " 15:15:18)</div></div></body>").modified());
        assertNull(read("<body><h1>River</h1><p>The last updated figures came out in 2024 and 2025.</p></body>")
                .modified());
    }

    @Test
    void aSchemeRelativeCanonicalIsThePagesAddressAndARelativeOneStillTellsItsKind() {
        assertEquals("https://news.example.com/2024/05/story", read("<head><link rel='canonical'"
                + " href='//news.example.com/2024/05/story'></head><body><p>Text.</p></body>").url());
        Metadata m = read("<head><link rel='canonical' href='viewtopic.php?id=309936'></head><body><p>Text.</p></body>");
        assertNull(m.url());
        assertTrue(m.pageType().evidence().contains("forum +2.0 (url /viewtopic.php?id=309936)"),
                m.pageType().evidence().toString());
    }

    @Test
    void anOgTitleThatIsNoHeadlineGivesWayToTheDocumentTitleThatHoldsOne() {
        assertEquals("Is it worth learning Rust in 2024?", read("<head><title>Is it worth learning Rust in 2024? :"
                + " r/learnprogramming</title><meta property='og:title' content='From the learnprogramming community on"
                + " Reddit'></head><body><h1>Is it worth learning Rust in 2024?</h1></body>").title());
        // An editor's rewording of the headline is the og:title's to give.
        assertEquals("Seven secrets hotel owners keep", read("<head><title>The seven secrets that hotel owners keep |"
                + " Travel</title><meta property='og:title' content='Seven secrets hotel owners keep'></head><body><h1>"
                + "The seven secrets that hotel owners keep</h1></body>").title());
    }

    @Test
    void aLabelledBylineNamesItsAuthorInTheLanguagesPithHasMet() {
        assertEquals(List.of("Мария Иванова"), read("<body><h1>Новая станция</h1><div class='meta'>Автор: <a href='/a'>"
                + "Мария Иванова</a> · 15 марта 2023, 10:20</div><p>Текст.</p></body>").authors());
        assertEquals(List.of("Jane Doe"), read("<body><h1>Spring</h1><div>Author: Jane Doe</div><p>Text.</p></body>")
                .authors());
        assertEquals(List.of("Lucía Martín"), read("<body><h1>Vivienda</h1><div class='firma'>Por <a href='/a'>Lucía"
                + " Martín</a> | Madrid | 12 de marzo de 2024</div><p>Texto.</p></body>").authors());
        // "Por" opening a sentence names no one: "Por la tarde, llovió" is no byline.
        assertEquals(List.of(), read("<body><h1>Vivienda</h1><div>por la tarde llovió en Madrid</div></body>").authors());
        // A colon far into a block is no label's: "The author of the report: Jane Doe" names nobody as this page's writer.
        assertEquals(List.of(), read("<body><h1>Spring</h1><div>The author of the report: Jane Doe</div><p>Text.</p>"
                + "</body>").authors());
    }

    @Test
    void metaAuthorsComeFromOneSourceDublinCoreFirstAndSpaceSeparatedPropertiesCount() {
        Metadata m = read("<head><meta name='author' content='Meta Name'><meta name='DC.creator' content='Dee Cee'>"
                + "<meta property='dc:creator twitter:site_name' content='Prop Erty'></head>");
        assertEquals(List.of("Prop Erty"), m.authors());
        assertEquals("meta", m.sources().get("authors"));
        assertEquals(List.of("Meta Name"), read("<head><meta name='author' content='Meta Name'></head>").authors());
        Metadata d = read("<head><meta name='description' content='Plain'><meta property='dc:description og:x'"
                + " content='Dublin Core'></head>");
        assertEquals("Dublin Core", d.description());
    }

    @Test
    void anOpenGraphTitleThatIsTheSitesNameGivesWayToTheDocumentTitle() {
        Metadata m = read("<head><title>Russia: Space ship breaks up over Siberia</title>"
                + "<meta property='og:title' content='Daily Wire - Latest News &amp; Headlines'>"
                + "<meta property='og:site_name' content='Daily Wire - Latest News &amp; Headlines'></head><body></body>");
        assertEquals("Russia: Space ship breaks up over Siberia", m.title());
        assertEquals("html", m.sources().get("title"));
        // An og:title of its own stays, whatever the document title says.
        Metadata own = read("<head><title>Bridge | Daily Wire</title><meta property='og:title' content='Bridge opens'>"
                + "<meta property='og:site_name' content='Daily Wire'></head><body></body>");
        assertEquals("Bridge opens", own.title());
    }

    @Test
    void aJsonLdHeadlineThatIsASummaryGivesWayToTheNameTheDocumentTitleUses() {
        Metadata m = read("<head><title>Hermitian matrix - Wikipedia</title><script type='application/ld+json'>"
                + "{\"@type\":\"Article\",\"name\":\"Hermitian matrix\",\"headline\":\"matrix equal to its "
                + "conjugate-transpose\"}</script></head>");
        assertEquals("Hermitian matrix", m.title());
        Metadata n = read("<head><title>Bridge opens | Daily</title><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"name\":\"Daily\",\"headline\":\"Bridge opens\"}</script></head>");
        assertEquals("Bridge opens", n.title());
        // The headline was edited after the document title was written; "name" is the publisher's own name.
        Metadata p = read("<head><title>Bridge finally opens - Daily News</title><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"name\":\"Daily News\",\"headline\":\"Bridge opens\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily News\"}}</script></head>");
        assertEquals("Bridge opens", p.title());
    }

    @Test
    void anH1ThatLinksHomeIsTheLogoNotTheHeadline() {
        Metadata m = read("<head><title>Shared history — notes for the tool</title></head><body>"
                + "<h1><a href='index.html'>notes for the tool</a></h1><h1><a href='#top'>Shared history</a></h1>");
        assertEquals("Shared history", m.title());
    }

    @Test
    void aVisibleDateIsTheLastResortButNeverARelativeOneOrTheFootersYear() {
        Metadata m = read("<body><article><h1>Bridge opens</h1><p class='post-meta'>Posted on March 15, 2019 by Jo</p>"
                + "<p>Text.</p></article><footer><span class='date'>1 January 2024</span> © 2024</footer></body>");
        assertEquals("2019-03-15", m.published());
        assertEquals("text", m.sources().get("published"));
        assertNull(read("<body><article><span class='date'>Updated 3 hours ago</span><p>Text.</p></article>"
                + "<footer class='site-footer'><span class='date'>© 2024</span></footer></body>").published());
        assertNull(read("<head><meta property='og:type' content='product'></head><body><div class='review'>"
                + "<span class='date'>March 15, 2019</span> Great kettle.</div></body>").published());
    }

    @Test
    void aThreadsFirstPostDatedWithoutAClassOrWithADateTimeClass() {
        Metadata bare = read("<head><title>Installer image / Forums</title></head><body><div class='blockpost'><h2>"
                + "<span>#1</span> <a href='?pid=1'>2025-11-01 15:14:37</a></h2><p>Posted text of the thread.</p></div>"
                + "<div class='blockpost'><h2><a href='?pid=2'>2025-11-02 09:00:00</a></h2></div></body>");
        assertEquals("2025-11-01T15:14:37", bare.published());
        Metadata camel = read("<body><div class='message'><a href='/t/1'><span class='DateTime' title='May 26, 2025 at"
                + " 11:12 PM'>May 26, 2025</span></a><p>First post.</p></div></body>");
        assertEquals("2025-05-26", camel.published());
        assertNull(read("<body><article><h2>In 2025 the bridge opens</h2><p>It opens in May 2025, officials said"
                + " on Monday after a vote.</p></article></body>").published(), "a sentence with a date is not a dateline");
    }

    @Test
    void inAMicrodataThreadThePageAuthorIsTheFirstPostsAuthor() {
        String post = "<div itemscope itemtype='https://schema.org/Comment'><span itemprop='author' itemscope>"
                + "<span itemprop='name'>%s</span></span><p>Text.</p></div>";
        Metadata m = read("<body>" + String.format(post, "amondale") + String.format(post, "rimelek")
                + String.format(post, "meyay") + "</body>");
        assertEquals(List.of("amondale"), m.authors());
        assertEquals(List.of("Ann Lee", "Bo Chen"), read("<body><article itemscope><span itemprop='author'>Ann Lee</span>"
                + " and <span itemprop='author'>Bo Chen</span></article></body>").authors());
        assertEquals(List.of("Pup"), read("<body><div itemscope itemtype='https://schema.org/Question'><div "
                + "itemprop='author' itemscope><a href='/u/1' itemprop='url'>Pup</a><meta itemprop='name' content='Pup'>"
                + "</div></div></body>").authors(), "a name given in a meta element's content");
    }

    @Test
    void aThreadsAuthorIsItsFirstPostersUserNameButAnArticlesIsNotACommentersOne() {
        String posts = "<div class='post'><a class='username' href='/u/1'>changingtimes</a><p>First post.</p></div>"
                + "<div class='post'><a class='username' href='/u/2'>theking</a><p>A reply.</p></div>";
        Metadata thread = read("<head><meta property='og:url' content='https://forum.example.com/t/boots/1'></head>"
                + "<body>" + posts + posts.replace("post'", "message'") + "</body>");
        assertEquals(List.of("changingtimes"), thread.authors());
        Metadata article = read("<head><meta property='og:type' content='article'></head><body><article><h1>Boots</h1>"
                + "<p>Text of the article.</p></article><div class='comments'><a class='username'>theking</a></div></body>");
        assertEquals(List.of(), article.authors());
    }

    @Test
    void brokenJsonLdFallsBackToOpenGraph() {
        Metadata m = read("<head><script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": </script>"
                + "<meta property='og:title' content='OG headline'><meta property='og:site_name' content='Site'>"
                + "<title>Title tag | Site</title></head>");
        assertEquals("OG headline", m.title());
        assertEquals("opengraph", m.sources().get("title"));
        assertEquals("Site", m.siteName());
    }

    @Test
    void copyrightYearIsNotAPublishedDate() {
        Metadata m = read("<body><p>Story</p><footer>© 2019 Site</footer></body>");
        assertNull(m.published());
    }

    @Test
    void langAndCanonical() {
        Metadata m = read("<html lang='pt_BR'><head><link rel='canonical' href='https://x.org/a'></head></html>");
        assertEquals("pt-BR", m.lang());
        assertEquals("https://x.org/a", m.url());
        assertNull(read("<html><p>x</p></html>").lang());
    }

    @Test
    void directionFromTheHtmlOrBodyElementOnly() {
        assertEquals("rtl", read("<html dir='RTL' lang='ar'><body><p>x</p></body></html>").dir());
        assertEquals("ltr", read("<html><body dir='ltr'><p dir='rtl'>x</p></body></html>").dir());
        assertNull(read("<html><body><p dir='rtl'>x</p></body></html>").dir());
        assertNull(read("<html dir='auto'><body><p>x</p></body></html>").dir());
    }

    @Test
    void timeElementAndUrlDates() {
        assertEquals("2018-05-06", read("<article><time datetime='2018-05-06'>May 6</time></article>").published());
        Metadata m = new MetadataReader().read(Jsoup.parse("<p>x</p>"), "https://x.org/2017/02/03/slug");
        assertEquals("2017-02-03", m.published());
        assertEquals("url", m.sources().get("published"));
    }

    @Test
    void aMembersJoinedDateInAProfileCardIsNotThePostsDate() {
        String card = "<div class='profile-card'><ul><li><div class='key'>Location</div><div class='value'>Pune</div></li>"
                + "<li><div class='key'>Joined</div><div class='value'><time datetime='2019-06-11T10:21:40Z'>Jun 11, 2019"
                + "</time></div></li></ul></div>";
        assertEquals("2025-01-14T08:30:12Z", read("<article><header>" + card + "<p>Posted on <time"
                + " datetime='2025-01-14T08:30:12Z'>Jan 14</time></p></header><p>Text.</p></article>").published());
        assertNull(read("<article>" + card + "<p>Text.</p></article>").published());
        // A poster's column: "Member since" then the date, the post's own date after it.
        assertEquals("2024-03-02T09:00:00Z", read("<article><div class='poster'>Member since <time"
                + " datetime='2012-01-01'>2012</time></div><time datetime='2024-03-02T09:00:00Z'>2 March</time>"
                + "<p>Text.</p></article>").published());
        // The same date after any other words dates the page.
        assertEquals("2019-06-11T10:21:40Z", read("<article><p>Updated <time datetime='2019-06-11T10:21:40Z'>Jun 11"
                + "</time></p></article>").published());
    }

    @Test
    void linksToTagPagesInATagsBlockAreTheTagsButACloudIsNot() {
        String tags = "<ul class='tags'><li><a href='/tagged/knitting'>#knitting</a></li><li><a href='/tagged/hill%20farm'>"
                + "#hill farm</a></li></ul>";
        assertEquals(List.of("knitting", "hill farm"), read("<body><h1>Mitts</h1><p>Text.</p>" + tags + "</body>").tags());
        // The same words linking to an archive or a search are not tags.
        assertEquals(List.of(), read("<body><div class='tags'><a href='/archive'>Archive</a><a href='/search?q=x'>x</a>"
                + "</div></body>").tags());
        StringBuilder cloud = new StringBuilder("<div class='tag-cloud tags'>");
        for (int i = 0; i < 40; i++) {
            cloud.append("<a href='/tag/t").append(i).append("'>t").append(i).append("</a>");
        }
        assertEquals(List.of(), read("<body><h1>Mitts</h1>" + cloud + "</div></body>").tags());
    }

    @Test
    void aTagsBlockNamedInItsOwnLanguageListsTheTagsByTheirTopicPages() {
        assertEquals(List.of("Verkehr", "Stadtrat"), read("<body><h1>Radwege</h1><p>Text.</p><div class='schlagworte'>"
                + "Schlagworte: <a href='/thema/verkehr'>Verkehr</a> <a href='/thema/stadtrat'>Stadtrat</a></div></body>").tags());
        // Topic pages in a menu, not in a block of tags, file nothing.
        assertEquals(List.of(), read("<body><nav class='menu'><a href='/thema/sport'>Sport</a></nav><h1>Radwege</h1>"
                + "<p>Text.</p></body>").tags());
    }

    @Test
    void linksClassedAsTagsInATagsBlockAreTheTagsWhereverTheyLead() {
        // A news CMS links each tag to a search; its own "Show more" button is no tag.
        String tags = "<div class='asset-tags'><h4>Tags</h4><ul><li><a href='/search/?k=%23marlow-county' class='tag'>"
                + "Marlow County</a></li><li><a href='/search/?k=%23roads' class='tag'>Roads</a></li><li><a href='#'"
                + " class='tag-more'>Show more</a></li></ul></div>";
        assertEquals(List.of("Marlow County", "Roads"), read("<body><h1>Culvert</h1><p>Text.</p>" + tags + "</body>").tags());
    }

    @Test
    void aBoxAboutTheWriterIsNotTheirByline() {
        String bio = "<div class='author-preview-metadata-container'>Backend engineer. I test databases. Location Pune,"
                + " India Joined Jun 11, 2019</div>";
        assertEquals(List.of(), read("<body><h1>Stop mocking</h1>" + bio + "<p>Text.</p></body>").authors());
        assertEquals(List.of("Priya Raman"), read("<body><h1>Stop mocking</h1><span class='author vcard'>By Priya Raman"
                + "</span>" + bio + "<p>Text.</p></body>").authors());
    }

    @Test
    void aListingsFirstItemDateIsNotThePagesDate() {
        String cards = "<article class='post-card'><h2><a href='/a'>A walk</a></h2><time datetime='2026-03-12'>Mar 12"
                + "</time></article>";
        Metadata listing = read("<head><script type='application/ld+json'>{\"@type\":\"CollectionPage\"}</script>"
                + "</head><body>" + cards.repeat(14) + "</body>");
        assertNull(listing.published(), "the first card's date is not the page's");
        Metadata article = read("<head><meta property='og:type' content='article'></head><body><article><h1>A walk</h1>"
                + "<time datetime='2026-03-12'>Mar 12</time><p>Text.</p></article></body>");
        assertEquals("2026-03-12", article.published());
    }

    @Test
    void aPostersNameWaitsForTheFinalPageTypeWhenTheFirstGuessIsNotAThread() {
        // Two posts do not make a thread for the first guess: the user name is kept aside, not taken as author.
        Metadata m = read("<body><div class='blockpost'><div class='postleft'><dl><dt><strong>chunix64</strong></dt>"
                + "</dl></div><div class='postright'><p>My laptop does not wake from sleep.</p></div></div></body>");
        assertEquals(List.of(), m.authors());
        assertEquals(List.of("chunix64"), m.poster());
        // On an article the byline is the author, and nothing waits.
        Metadata story = read("<head><meta property='og:type' content='article'></head><body>"
                + "<p class='byline'>By Ann Lee</p><p>Text.</p></body>");
        assertEquals(List.of("Ann Lee"), story.authors());
        assertEquals(List.of(), story.poster());
    }

    @Test
    void aDateShownInThePageWaitsWhenTheFirstGuessIsNotAnArticle() {
        Metadata shop = read("<head><meta property='og:type' content='product'></head><body>"
                + "<p class='date'>May 25, 2023</p></body>");
        assertNull(shop.published());
        assertEquals("2023-05-25", shop.shownDate());
    }

    @Test
    void theDateShownUnderTheHeadlineBeatsAMastheadsDateAboveItAndADatedBoxBelow() {
        // "On this day" in the masthead, above a section label in an h1; the story's date alone in a <b> under its
        // headline; a gallery's date in a box named as a date further down.
        Metadata m = read("<head><title>Борисов: Тече акция | Дарик</title><meta property='og:type' content='product'>"
                + "</head><body><div class='top'><a href='/d'><strong>4 април 2016 / 14:34</strong></a>"
                + "<h1><span>/</span> България</h1></div><h1>Борисов: Тече акция</h1><div class='info'><b>15 август 2015"
                + " 13:28</b></div><p>Текст.</p><div class='gallery'><span class='gallery-date'>2011. december 23.</span>"
                + "</div></body>");
        assertEquals("2015-08-15", m.shownDate());
        // Without a date under the headline, the one above it is all there is.
        Metadata only = read("<head><meta property='og:type' content='product'></head><body><div><b>4 април 2016</b>"
                + "</div><h1>Борисов</h1><p>Текст.</p></body>");
        assertEquals("2016-04-04", only.shownDate());
    }

    @Test
    void onAPersonalSiteTheSitesNameIsTheAuthorButAPublisherIsNot() {
        Metadata blog = read("<head><meta property='og:site_name' content='Polly Barks'>"
                + "<meta itemprop='author' content='Polly Barks'></head><body><p>Text.</p></body>");
        assertEquals(List.of("Polly Barks"), blog.authors());
        Metadata paper = read("<head><meta property='og:site_name' content='The Daily Ledger'>"
                + "<meta name='author' content='The Daily Ledger'></head><body><p>Text.</p></body>");
        assertEquals(List.of(), paper.authors());
    }

    @Test
    void aBylineWithoutAClassIsFoundByItsWordsOnArticlesOnly() {
        Metadata story = read("<head><meta property='og:type' content='article'></head><body>"
                + "<h2>Explore stories <span>By Category</span></h2><p>Written by <a href='/u/pg'>Paulinho Giovannini</a></p>"
                + "<p>By clicking here you agree.</p></body>");
        assertEquals(List.of("Paulinho Giovannini"), story.authors());
        Metadata shop = read("<head><meta property='og:type' content='product'></head><body>"
                + "<div class='toolbar'><span>Sort</span> <span>By Price</span></div></body>");
        assertEquals(List.of(), shop.authors());
    }

    @Test
    void anOldPagesBylineInAFontOrACellIsFound() {
        Metadata font = read("<head><meta property='og:type' content='article'></head><body><table><tr><td>"
                + "<font size='2'>By John Smith, Staff Writer<br>March 3, 2006</font></td></tr></table></body>");
        assertEquals(List.of("John Smith"), font.authors());
        Metadata cell = read("<head><meta property='og:type' content='article'></head><body><table><tr>"
                + "<td>by Maria Lopez</td></tr></table></body>");
        assertEquals(List.of("Maria Lopez"), cell.authors());
    }

    @Test
    void aVisibleBylineWinsOverDeclaredDataThatNamesOnlyTheSite() {
        String head = "<head><meta property='og:site_name' content='Greenhouse Notes'><meta property='og:type'"
                + " content='article'><meta itemprop='author' content='Greenhouse Notes'></head>";
        Metadata m = read(head + "<body><h1>Repotting a fig</h1><div class='blog-item-meta'><a class='blog-author'"
                + " href='/blog?author=1'>June Park</a></div><p>Our oldest fig came in 1984.</p></body>");
        assertEquals(List.of("June Park"), m.authors());
        // With no byline on the page, the site's name, which may be its owner's, is what there is.
        Metadata none = read(head + "<body><h1>Repotting a fig</h1><p>Our oldest fig came in 1984.</p></body>");
        assertEquals(List.of("Greenhouse Notes"), none.authors());
    }

    @Test
    void aBlogsCategoryLinkIsTheSectionAndItsTagLinksTheTags() {
        Metadata m = read("<head><meta property='og:type' content='article'></head><body><article><h1>Mending a wall</h1>"
                + "<p>A ewe went through the wall.</p><footer><span class='cat-links'>Posted in <a href='/category/walls/'"
                + " rel='category tag'>Walls</a></span> <span class='tags-links'>Tagged <a href='/tag/dry-stone/' rel='tag'>"
                + "dry stone</a>, <a href='/tag/repairs/' rel='tag'>repairs</a></span></footer></article></body>");
        assertEquals("Walls", m.section());
        assertEquals(List.of("dry stone", "repairs"), m.tags());
        // The category a blog files a post under when nobody chose one says nothing.
        Metadata unfiled = read("<head><meta property='article:section' content='Uncategorized'></head><body><article>"
                + "<h1>Notes</h1><p>Text.</p><span>Posted in <a href='/c/u' rel='category tag'>Uncategorized</a></span>"
                + "</article></body>");
        assertNull(unfiled.section());
        // Nor does the folder a site generator keeps all posts in, or the site's domain; a product's name stays.
        for (String empty : List.of("posts", "Post", "nil", "gizmodo.com")) {
            assertNull(read("<head><meta property='article:section' content='" + empty + "'></head><body><article>"
                    + "<h1>Notes</h1><p>Text.</p></article></body>").section(), empty);
        }
        assertEquals("Node.js", read("<head><meta property='article:section' content='Node.js'></head><body><article>"
                + "<h1>Notes</h1><p>Text.</p></article></body>").section());
    }

    @Test
    void aBlockThemesCategoryListIsTheSectionNotTagsAndItsSiteTitleTheSiteName() {
        Metadata m = read("<head><title>Planting garlic – The Allotment Diaries</title></head><body><header><p"
                + " class='wp-block-site-title'><a href='/' rel='home'>The Allotment Diaries</a></p></header><main>"
                + "<h1 class='wp-block-post-title'>Planting garlic</h1><div class='taxonomy-category wp-block-post-terms'>"
                + "<span>in </span><a href='/category/vegetables/' rel='tag'>Vegetables</a></div><p>Text.</p>"
                + "<div class='taxonomy-post_tag wp-block-post-terms'><a href='/tag/garlic/' rel='tag'>garlic</a></div>"
                + "</main></body>");
        assertEquals("Vegetables", m.section());
        assertEquals(List.of("garlic"), m.tags());
        assertEquals("The Allotment Diaries", m.siteName());
        // A block classed site-title whose words the document title does not bear names no site.
        assertNull(read("<head><title>Planting garlic</title></head><body><p class='site-title'>Menu</p><h1>Planting"
                + " garlic</h1><p>Text.</p></body>").siteName());
    }

    @Test
    void aCatalogueAuthorTagNamesOnePersonSurnameFirstAndCitationKeywordsAreTheTags() {
        Metadata m = read("<head><meta name='citation_author' content='Okafor, Adaeze'><meta name='citation_author'"
                + " content='Brennan, Cathal J.'><meta name='citation_keywords' content='soil moisture; phenology'>"
                + "</head><body><h1>Soil moisture memory</h1><p>Text.</p></body>");
        assertEquals(List.of("Adaeze Okafor", "Cathal J. Brennan"), m.authors());
        assertEquals(List.of("soil moisture", "phenology"), m.tags());
        // Names already in reading order, and two people in one tag, are left as they are.
        assertEquals(List.of("Adaeze Okafor"), read("<head><meta name='citation_author' content='Adaeze Okafor'></head>"
                + "<body><h1>Soil</h1><p>Text.</p></body>").authors());
        assertEquals(List.of("Ann Lee", "Bo Ma"), read("<head><meta name='dc.creator' content='Ann Lee, Bo Ma'></head>"
                + "<body><h1>Soil</h1><p>Text.</p></body>").authors());
    }

    @Test
    void aJobAdvertIsDatedWhenItWasPosted() {
        Metadata m = read("<head><script type='application/ld+json'>{\"@context\":\"https://schema.org/\",\"@type\":"
                + "\"JobPosting\",\"title\":\"Senior Data Engineer\",\"datePosted\":\"2025-09-01\","
                + "\"validThrough\":\"2025-10-31T00:00\"}</script></head><body><h1>Senior Data Engineer</h1><p>Text.</p>"
                + "</body>");
        assertEquals("2025-09-01", m.published());
        // A board of adverts is not dated by its first.
        String job = "{\"@type\":\"JobPosting\",\"title\":\"Engineer\",\"datePosted\":\"2025-09-01\"}";
        assertNull(read("<head><script type='application/ld+json'>[" + job + "," + job.replace("09-01", "09-03")
                + "]</script></head><body><h1>Jobs</h1><p>Text.</p></body>").published());
    }

    @Test
    void aDeclaredBreadcrumbTrailNamesTheSectionItsLastStepBeforeThePage() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\","
                + "\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\",\"item\":\"https://f.example/\"},"
                + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Engine & Drivetrain\",\"item\":\"https://f.example/forum/14/\"},"
                + "{\"@type\":\"ListItem\",\"position\":3,\"name\":\"Fuel pump swap on a 2009\",\"item\":\"https://f.example/topic/77/\"}]}"
                + "</script>";
        // The page's own step goes by its address, though its name differs from the title.
        assertEquals("Engine & Drivetrain", read("<head><link rel='canonical' href='https://f.example/topic/77/'>" + ld
                + "<title>Replacing the fuel pump</title></head><body><h1>Replacing the fuel pump</h1><p>Text.</p></body>")
                .section());
        // A trail in microdata whose last step is the forum holding the thread (the thread itself is not a step).
        String micro = "<ul itemscope itemtype='https://schema.org/BreadcrumbList'>"
                + "<li itemprop='itemListElement' itemscope itemtype='https://schema.org/ListItem'><a href='/' itemprop='item'>"
                + "<span itemprop='name'>Forums</span></a></li>"
                + "<li itemprop='itemListElement' itemscope itemtype='https://schema.org/ListItem'><a href='/forums/woks.17/'"
                + " itemprop='item'><span itemprop='name'>Woks and Stir Fry</span></a></li></ul>";
        assertEquals("Woks and Stir Fry", read("<head><title>Seasoning a wok</title></head><body>" + micro
                + "<h1>Seasoning a wok</h1><p>Text.</p></body>").section());
        // Home and the page say nothing; a block only classed breadcrumb is not read (it holds menus and buttons).
        assertNull(read("<head><title>Seasoning a wok</title></head><body>" + micro.replaceFirst("<li.*?</li>", "")
                + "<h1>Seasoning a wok</h1><p>Text.</p></body>").section());
        assertNull(read("<head><title>Seasoning a wok</title></head><body><nav class='breadcrumbs'><a href='/'>Home</a>"
                + " › <a href='/lang'>中文 (简体)</a> › <a href='/woks'>Woks</a></nav><h1>Seasoning a wok</h1><p>Text.</p>"
                + "</body>").section());
    }

    @Test
    void microdataKeywordsAreTheTagsAndAnArticlesGenreOrSectionIsItsSection() {
        String tags = "<ul class='tags'><li itemprop='keywords'><a href='/tag/ridges'>ridges</a></li>"
                + "<li itemprop='keywords'><a href='/tag/autumn'>autumn</a></li></ul>";
        Metadata m = read("<body><div itemscope itemtype='https://schema.org/Article'><h1 itemprop='headline'>Ridge"
                + " walks</h1><dd>Category: <a href='/walks' itemprop='genre'>Walks</a></dd>" + tags
                + "<div itemprop='articleBody'><p>The bracken has turned.</p></div>" + tags + "</div></body>");
        assertEquals(List.of("ridges", "autumn"), m.tags());
        assertEquals("Walks", m.section());
        Metadata labelled = read("<body><article><h1>Jobs</h1><span itemprop='articleSection'>Posted in <a href='/news'>"
                + "News</a></span><p>Text.</p><span itemprop='keywords'>Tagged <a href='/t/jobs'>jobs</a>, <a href='/t/so'>"
                + "stack overflow</a></span></article></body>");
        assertEquals("News", labelled.section());
        assertEquals(List.of("jobs", "stack overflow"), labelled.tags());
    }

    @Test
    void drupalsSubmittedLineNamesTheWriterAndItsSubjectTermsAreTheTags() {
        Metadata m = read("<head><meta property='og:type' content='article'></head><body><h1>Cooling centres open</h1>"
                + "<div class='submitted'><span property='dc:date dc:created'>Submitted by <span class='username'>Maria"
                + " Garcia</span> on Tue, 07/16/2024 - 08:30</span></div><div class='field-item'><p>Three libraries will"
                + " stay open late.</p></div><div class='field-name-field-tags'><div class='field-label'>Tags:</div>"
                + "<div class='field-item' rel='dc:subject'><a href='/tags/weather'>weather</a></div>"
                + "<div class='field-item' rel='dc:subject'><a href='/tags/libraries'>libraries</a></div></div>"
                + "<div class='comment'><div class='comment-submitted'>Submitted by Ted Lane on Tue, 07/16/2024</div></div>"
                + "</body>");
        assertEquals(List.of("Maria Garcia"), m.authors());
        assertEquals(List.of("weather", "libraries"), m.tags());
        // Only a commenter's line: no author.
        Metadata comment = read("<head><meta property='og:type' content='article'></head><body><h1>Cooling</h1>"
                + "<p>Three libraries will stay open late.</p><div class='comment'><div class='comment-submitted'><p>Submitted"
                + " by Ted Lane on Tue, 07/16/2024</p></div></div></body>");
        assertEquals(List.of(), comment.authors());
    }

    @Test
    void aBlogsMastheadNamesTheSiteAndItsTaglineIsNoStandfirst() {
        // Blogger's template: "Blog: Post" as the title, the blog's name as a home link in an h1, then its tagline.
        Metadata m = read("<head><title>Notes from the Garden: Saving tomato seeds</title></head><body><div id='header'>"
                + "<h1><a href='/'>Notes from the Garden</a></h1><p class='description'>A small garden in a small town</p></div>"
                + "<h3 class='post-title'>Saving tomato seeds</h3><div class='post-body'>Every year I save seeds.</div>"
                + "<span class='post-labels'>Labels: <a href='/l/seeds' rel='tag'>seeds</a>, <a href='/l/tomatoes'"
                + " rel='tag'>tomatoes</a></span></body>");
        assertEquals("Notes from the Garden", m.siteName());
        assertEquals("html", m.sources().get("siteName"));
        assertEquals("Saving tomato seeds", m.title());
        assertNull(m.subtitle());
        assertEquals(List.of("seeds", "tomatoes"), m.tags());
    }

    @Test
    void anOldForumsTopicHeadlineIsThePartOfTheTitleItShows() {
        Metadata m = read("<head><title>Guitar Forums :: View topic - Restringing a 12 string</title></head><body>"
                + "<table><tr><td><span class='maintitle'>Guitar Forums</span></td></tr></table>"
                + "<a class='maintitle' href='viewtopic.php?t=4411'>Restringing a 12 string</a>"
                + "<span class='postbody'>I have just bought a second hand 12 string.</span></body>");
        assertEquals("Restringing a 12 string", m.title());
        // A page with a headline of its own keeps the title its headline confirms.
        Metadata h1 = read("<head><title>Guitar Forums :: View topic - Restringing a 12 string</title></head><body>"
                + "<h1>Guitar Forums :: View topic - Restringing a 12 string</h1><h2>Restringing a 12 string</h2></body>");
        assertEquals("Guitar Forums :: View topic - Restringing a 12 string", h1.title());
    }

    @Test
    void aTagCloudIsNoPostsTags() {
        StringBuilder cloud = new StringBuilder("<div class='widget'>");
        for (int i = 0; i < 20; i++) {
            cloud.append("<a rel='tag' href='/tag/t").append(i).append("'>topic ").append(i).append("</a> ");
        }
        Metadata m = read("<head><title>A post</title></head><body><p>Text.</p>" + cloud + "</div></body>");
        assertEquals(List.of(), m.tags());
    }

    @Test
    void aPageReadIsNotKeptOnceTheNextIsRead() throws Exception {
        // The poster query has a descendant selector ([class*=postleft] dt): jsoup memoises it per page and thread.
        String forum = "<body><div class='postleft'><dl><dt>anna_k</dt></dl></div><div class='postbody'><p>How do I"
                + " fix the chain on a city bike that keeps slipping off?</p></div></body>";
        org.jsoup.nodes.Document first = Jsoup.parse(forum);
        new MetadataReader().read(first, null);
        java.lang.ref.WeakReference<org.jsoup.nodes.Document> ref = new java.lang.ref.WeakReference<>(first);
        first = null;
        new MetadataReader().read(Jsoup.parse(forum), null);
        assertTrue(dev.pith.Collected.is(ref), "metadata kept a page after the next one was read");
    }
}
