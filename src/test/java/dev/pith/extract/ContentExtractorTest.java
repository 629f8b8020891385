package dev.pith.extract;

import dev.pith.Thresholds;
import dev.pith.clean.Cleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentExtractorTest {
    private static final String P = "<p>Officials said on Monday that the new bridge, which took four years to build, "
            + "would open to traffic in the spring, after final safety checks.</p>";

    private static Extraction extract(String html, String title) {
        return extractWith(html, new Hints(title, null));
    }

    private static Extraction extractWith(String html, Hints hints) {
        Document doc = Jsoup.parse(html, "https://news.example.com/a/b.html");
        Cleaner.standard(Set.of()).clean(doc.body());
        return new ContentExtractor().extract(doc, hints);
    }

    @Test
    void onAListTheHeadersOfItsItemsStayThoughEachItemsClassIsNumbered() {
        String item = "<article class='post-%s post type-post'><header class='entry-header'><h2 class='entry-title'><a"
                + " href='/p/%s'>%s</a></h2><div class='entry-meta'>Posted on March %s, 2026</div></header><div"
                + " class='entry-summary'><p>Heat pumps run cooler water than boilers, so a radiator sized for 70°C gives"
                + " out about half its heat at 45°C, the survey found.</p></div></article>";
        String html = "<html><body><main><h1>Search Results for: heat pump</h1>"
                + String.format(item, "2211", "a", "What a heat pump costs to run", "2")
                + String.format(item, "2187", "b", "Who can claim the grant", "9")
                + String.format(item, "2102", "c", "Six quiet heat pumps tested", "16") + "</main></body></html>";
        String text = extractWith(html, new Hints(null, null, true, true)).content().text();
        assertTrue(text.contains("What a heat pump costs to run") && text.contains("Six quiet heat pumps tested"), text);
        // On an article, a header that merely repeats its class is still the article's furniture.
        assertFalse(extractWith(html, new Hints(null, null, false, false)).content().text().contains("Posted on March 9"));
    }

    @Test
    void aLineOfJustTheWritersNameAtTheTopIsTheBylineWhateverItsClass() {
        String html = "<html><body><article><h1>Bridge opens</h1><div class='gnt_ar_by'><a href='/staff/mb'>Marcus Bell</a>"
                + "<div class='gnt_ar_by_j'>The Wendell Courier</div></div>" + P + P + P
                + "<table><tr><td>Marcus Bell</td><td>Reporter</td></tr><tr><td>Ann Lee</td><td>Editor</td></tr></table>"
                + "</article></body></html>";
        Hints hints = new Hints("Bridge opens", null, false, false, false, false, List.of("Marcus Bell"));
        String text = extractWith(html, hints).content().text();
        assertFalse(text.contains("The Wendell Courier"), text);
        assertTrue(text.startsWith("Officials said"), text);
        assertTrue(text.contains("Marcus Bell"), text);  // the table's cell is no byline
        // Without the writer's name the line stays: it is not known to be a byline.
        assertTrue(extractWith(html, new Hints("Bridge opens", null)).content().text().contains("Wendell Courier"));
        // A paper's line of authors with their affiliations' numbers goes whole, not a name at a time.
        String paper = "<html><body><article><h1>Soil moisture</h1><div class='cg p'><a href='#a1'>Ana Ribeiro</a><sup>1"
                + "</sup>, <a href='#a2'>Tom Weller</a><sup>2</sup></div>" + P + P + P + "</article></body></html>";
        String paperText = extractWith(paper, new Hints("Soil moisture", null, false, false, false, false,
                List.of("Ana Ribeiro", "Tom Weller"))).content().text();
        assertTrue(paperText.startsWith("Officials said"), paperText);
    }

    @Test
    void onAPageOfListedItemsEachItemsHeaderKeepsItsDateAndPlace() {
        String item = "<li class='event-row'><article class='event'><header class='event-header'><time datetime='2024-07-%s'>"
                + "July %s @ 6:00 pm</time><h3><a href='/event/%s'>%s</a></h3><address>Riverside Library</address></header>"
                + "<p>A slide talk on the bats recorded along the river, followed by a short walk with bat detectors.</p>"
                + "</article></li>";
        String html = "<html><body><main><h1>Events</h1><ul class='events'>" + String.format(item, "18", "18", "a", "Bat talk")
                + String.format(item, "20", "20", "b", "Bird walk") + String.format(item, "24", "24", "c", "Pond dipping")
                + "</ul></main></body></html>";
        String asList = extractWith(html, new Hints(null, null, true, true)).content().text();
        assertTrue(asList.contains("July 18 @ 6:00 pm Bat talk Riverside Library"), asList);
        // In a run of posts that is not a list (a live blog), the header keeps only its title.
        String asPosts = extractWith(html, new Hints(null, null, true, false)).content().text();
        assertFalse(asPosts.contains("July 18 @ 6:00 pm"), asPosts);
    }

    @Test
    void paragraphsWrappedEachInABlockBesideTheStoryJoinIt() {
        String html = "<html><body><div id='story'><div class='firstPar'><p>Emergency services were called to the"
                + " restaurant's contest, after competitors started fainting during the final round.</p></div>"
                + "<div class='secondPar'><p>One participant was so ill that she had to be taken to the infirmary twice"
                + " in a matter of hours, her friends said.</p></div>"
                + "<div class='promo'><p>Free delivery on all orders, this week only.</p></div>"
                + "<div class='body'>" + P.repeat(6) + "</div><div class='copy'><p><em><a href='/forums'>Join our"
                + " forums</a> to keep talking about the news of the day, and tell us what you think of this story.</em>"
                + "</p></div></div></body></html>";
        String text = extract(html, null).content().text();
        assertTrue(text.startsWith("Emergency services were called"), text);
        assertTrue(text.contains("taken to the infirmary twice"), text);
        // A short sentence in a block of its own is a notice, and a paragraph all in italics a note set apart.
        assertFalse(text.contains("Free delivery"), text);
        assertFalse(text.contains("Join our forums"), text);
    }

    @Test
    void eachPostOfAThreadIsHeadedByItsPostersNameAndDate() {
        String post = "<article class='message'><div class='message-cell--user'><h4 class='message-name'><a class='username'"
                + " href='/members/%s'>%s</a></h4></div><div class='message-cell--main'><ul class='message-attribution'><li>"
                + "<time datetime='2024-07-%s'>Jul %s, 2024</time></li></ul><article class='message-body'>%s</article>"
                + "</div></article>";
        String html = "<html><body><div class='block-body'>" + String.format(post, "ann", "ann", "18", "18", P)
                + String.format(post, "bo", "bo", "19", "19", P.replace("Officials", "Engineers"))
                + String.format(post, "cy", "cy", "20", "20", P.replace("Officials", "Residents")) + "</div></body></html>";
        Element thread = extractWith(html, new Hints(null, null, true, false, false, true)).content();
        String text = thread.text();
        assertTrue(text.startsWith("ann · Jul 18, 2024 Officials said"), text);
        assertTrue(text.contains("bo · Jul 19, 2024 Engineers said"), text);
        // Not a thread: no headers.
        Element story = extractWith(html, new Hints(null, null, true, false)).content();
        assertFalse(story.text().contains("ann · Jul 18"), story.text());
    }

    @Test
    void aPostsDateMayBeABlockClassedAsItsDate() {
        String post = "<li class='postcontainer'><div class='posthead'><span class='postdate'>03-%s-2024, 07:42 PM</span>"
                + "</div><div class='userinfo'><a class='username' href='/u/%s'>%s</a></div><div class='content'>"
                + "<blockquote class='postcontent'>%s</blockquote></div></li>";
        String html = "<html><body><ol id='posts'>" + String.format(post, "14", "ann", "ann", P)
                + String.format(post, "15", "bo", "bo", P.replace("Officials", "Engineers")) + "</ol></body></html>";
        String text = extractWith(html, new Hints(null, null, true, false, false, true)).content().text();
        assertTrue(text.startsWith("ann · 03-14-2024, 07:42 PM Officials said"), text);
        assertTrue(text.contains("bo · 03-15-2024, 07:42 PM Engineers said"), text);
    }

    @Test
    void aPostsOwnStripOfNameDateAndNumberBecomesItsHeader() {
        String post = "<div class='topic-body crawler-post'><div class='crawler-post-meta'><span class='creator'"
                + " itemprop='author' itemscope><a href='/u/%s'><span itemprop='name'>%s</span></a></span>"
                + "<span class='infos'><time datetime='2026-10-%s'>October %s, 2026</time><span>%s</span></span></div>"
                + "<div class='post' itemprop='text'>%s</div></div>";
        String html = "<html><body><div class='thread'>" + String.format(post, "ann", "ann", "14", "14", "1", P)
                + String.format(post, "bo", "bo", "15", "15", "2", P.replace("Officials", "Engineers"))
                + String.format(post, "cy", "cy", "16", "16", "3", "") + "</div></body></html>";
        String text = extractWith(html, new Hints(null, null, true, false, false, true)).content().text();
        assertTrue(text.startsWith("ann · October 14, 2026 Officials said"), text);
        assertTrue(text.contains("bo · October 15, 2026 Engineers said"), text);
        // The third post's body is empty: no header stands alone at the end.
        assertFalse(text.contains("cy"), text);
        // A strip without a date is not taken for a header.
        String undated = html.replaceAll("<time[^>]*>[^<]*</time>", "");
        String plain = extractWith(undated, new Hints(null, null, true, false, false, true)).content().text();
        assertFalse(plain.contains("ann ·"), plain);
    }

    @Test
    void aDateAloneAboveTheFirstParagraphIsTheArticlesDateNotItsText() {
        String html = "<html><body><article><h1>Bridge opens</h1><div class='x1'><span>Sep 14, 2025</span></div>" + P
                + P.replace("Officials", "Engineers") + "<p>Sep 15, 2025</p>" + P.replace("Officials", "Residents")
                + "</article></body></html>";
        String text = extract(html, "Bridge opens").content().text();
        assertFalse(text.contains("Sep 14, 2025"), text);
        // Below the first paragraph a date line is the writer's; in a thread each post's date is part of it.
        assertTrue(text.contains("Sep 15, 2025"), text);
        String thread = extractWith(html, new Hints("Bridge opens", null, true, false, false, true)).content().text();
        assertTrue(thread.contains("Sep 14, 2025"), thread);
        // In the forms of other countries too: "08.04.2015 12:46", "14.09.2025 10:04 Uhr", "2025年9月14日".
        for (String date : List.of("08.04.2015 12:46", "14.09.2025 10:04 Uhr", "2025年9月14日 10:04", "2025/09/14")) {
            String other = extract(html.replace("Sep 14, 2025", date), "Bridge opens").content().text();
            assertFalse(other.contains(date), other);
        }
    }

    @Test
    void anFaqsQuestionsInButtonsKeepTheirAnswers() {
        String item = "<div class='accordion-item'><h3><button type='button' aria-expanded='false'>%s</button></h3>"
                + "<div class='accordion-collapse collapse'><div class='accordion-body'>%s</div></div></div>";
        String html = "<html><body><main>" + P + "<h2>Frequently asked questions</h2><div class='accordion'>"
                + String.format(item, "Can I change plans later?", "Yes. Upgrade or downgrade at any time.")
                + String.format(item, "Do you charge per transaction?", "No. The monthly price covers everything.")
                + "</div>" + P.replace("Officials", "Engineers") + "</main></body></html>";
        String text = extract(html, "Plans").content().text();
        assertTrue(text.contains("Can I change plans later? Yes. Upgrade or downgrade"), text);
        assertTrue(text.contains("No. The monthly price covers everything."), text);
        // A form's button still marks a short block as a form.
        String form = "<html><body><main>" + P + "<div class='signup'><p>Get the weekly digest.</p><input type='email'>"
                + "<button type='submit'>Sign up</button></div>" + P.replace("Officials", "Engineers") + "</main></body></html>";
        String plain = extract(form, "Plans").content().text();
        assertFalse(plain.contains("weekly digest"), plain);
    }

    @Test
    void aLiveBlogEntrysHeaderKeepsItsTitleButTheArticlesOwnHeaderGoes() {
        String entry = "<article class='live-post'><header><time>9.45am</time><h3>%s</h3></header><div class='body'>%s</div>"
                + "</article>";
        Element content = extract("<html><body><main><article class='story'><header><h1>Storm live</h1><span>Updated"
                + " 10.02am</span><h3>Latest updates</h3></header><div class='liveblog'>"
                + String.format(entry, "Ferries cancelled", P) + String.format(entry, "Amber warning issued",
                P.replace("Officials", "Engineers")) + "</div></article></main></body></html>", "Storm live").content();
        assertEquals("[Ferries cancelled, Amber warning issued]", content.select("h3").eachText().toString(),
                content.outerHtml());
        assertFalse(content.text().contains("9.45am"), content.outerHtml());
        assertFalse(content.text().contains("Updated"), content.outerHtml());
    }

    /** A service page: one section of three paragraphs, then five sections of one paragraph each. */
    @Test
    void aBlockquoteHoldingAPostsBodyIsThePostsTextButAQuoteInItStaysAQuote() {
        String post = "<li class='message'><div class='messageInfo'><blockquote class='messageText SelectQuoteContainer"
                + " ugc baseHtml'>" + P.replace("<p>", "").replace("</p>", "") + "<br><br>"
                + "<div class='bbCodeBlock bbCodeQuote'><blockquote class='quoteContainer'>The bridge is late.</blockquote>"
                + "</div>I disagree with that.</blockquote></div></li>";
        Element content = extract("<html><body><ol class='messageList'>" + post + post.replace("Officials", "Engineers")
                + "</ol></body></html>", null).content();
        assertFalse(content.select("blockquote").isEmpty(), content.outerHtml());
        for (Element quote : content.select("blockquote")) {
            assertEquals("The bridge is late.", quote.text(), content.outerHtml());
        }
        assertTrue(content.selectFirst("p").text().startsWith("Officials said"), content.outerHtml());
    }

    private static String sectionsPage() {
        StringBuilder page = new StringBuilder("<body><div class='wrap'>");
        String[] topics = {"Planning", "Design", "Building", "Support", "Billing", "Training"};
        for (String topic : topics) {
            String t = topic.toLowerCase();
            page.append("<section><h2>").append(topic).append("</h2><div><p>Our ").append(t)
                    .append(" team works with you from the first call, listens to what you need, and writes it down.</p>");
            if (topic.equals("Planning")) {
                page.append("<p>We then agree on a budget, a schedule, a list of risks, and who does what.</p>")
                        .append("<p>Every plan is checked twice, by two people, before it reaches you.</p>");
            }
            page.append("</div></section>");
        }
        return page.append("</div></body>").toString();
    }

    /** A standings table of twelve short rows, and beside it one teaser with a full sentence. */
    private static String standingsPage() {
        StringBuilder page = new StringBuilder("<body><div class='main'><h2>Standings</h2><table><tr><th>Team</th>"
                + "<th>W</th><th>L</th><th>PCT</th><th>GB</th></tr>");
        String[] teams = {"Harbor City Gulls", "Ridgeview Owls", "Lakeport Pilots", "Millbrook Foxes", "Stonebridge Rams",
            "Eastwater Herons", "Pine Hollow Bears", "Redcliff Hawks", "Northgate Wolves", "Summit Falls Elks",
            "Ashford Larks", "Cedar Bay Otters"};
        for (int i = 0; i < teams.length; i++) {
            page.append("<tr><td>").append(teams[i]).append("</td><td>").append(40 - i * 2).append("</td><td>")
                    .append(20 + i * 2).append("</td><td>.").append(667 - i * 33).append("</td><td>").append(i)
                    .append("</td></tr>");
        }
        page.append("</table></div><div class='side'><div class='news'>" + P + "</div></div></body>");
        return page.toString();
    }

    @Test
    void aFigureWhosePictureScriptsWereToLoadKeepsItsCaptionOutOfTheBody() {
        String html = "<body><article><h1>Bridge</h1>" + P + "<figure><span><div class='js-delayed-image-load'"
                + " data-src='https://img.example.com/news/976/bridge.jpg' data-alt='The new bridge'></div>"
                + "<span class='story-image-copyright'>Getty Images</span></span><figcaption>The bridge at dawn,"
                + " before its opening</figcaption></figure>" + P + "</article></body>";
        Extraction x = extract(html, "Bridge");
        org.jsoup.nodes.Element img = x.content().selectFirst("figure > img");
        assertNotNull(img, x.content().outerHtml());
        assertEquals("https://img.example.com/news/976/bridge.jpg", img.attr("src"));
        assertEquals("The new bridge", img.attr("alt"));
        assertEquals("The bridge at dawn, before its opening", x.content().selectFirst("figcaption").text());
        String text = dev.pith.render.PlainText.of(x.content());
        assertFalse(text.contains("Getty") || text.contains("at dawn"), text);
    }

    @Test
    void aProtectedEmailAddressIsWrittenOut() {
        String hex = "0f6e6c4f6a776e627f636a216c6062";  // ac@example.com
        String html = "<body><article><h1>Bridge</h1>" + P + "<p>Write to <a href='mailto:ac@example.com'><span"
                + " class='__cf_email__' data-cfemail='" + hex + "'>[email&#160;protected]</span></a> or to <a"
                + " href='/cdn-cgi/l/email-protection#" + hex + "' class='__cf_email__' data-cfemail='" + hex
                + "'>[email&#160;protected]</a> before May.</p></article></body>";
        org.jsoup.nodes.Element content = extract(html, "Bridge").content();
        assertEquals("Write to ac@example.com or to ac@example.com before May.", content.select("p").last().text());
        assertEquals(2, content.select("a[href=mailto:ac@example.com]").size(), content.outerHtml());
        assertTrue(content.select("a a").isEmpty(), "no link inside a link");
    }

    @Test
    void aSentenceKeepsItsWordsAndLosesTheHoverCardInsideIt() {
        String card = "<span class='people-block'><img src='/p/ana.jpg'><a href='/people/ana'>Ana Lopez</a>"
                + "<a href='/a/1'>Council backs the new bridge budget after a long debate</a>"
                + " <a href='/a/2'>Lopez asks for a second crossing upstream</a></span>";
        String html = "<body><article><h1>Bridge</h1>" + P + "<p><span>A man pleaded guilty to threatening Councillor"
                + " <span class='people'><a href='/people/ana'>Ana Lopez</a>" + card + "</span> (Ward 4), the court"
                + " said </span><a href='/court'><span>on Monday</span></a><span>.</span></p>" + P + "</article></body>";
        String text = dev.pith.render.PlainText.of(extract(html, "Bridge").content());
        assertTrue(text.contains("A man pleaded guilty to threatening Councillor Ana Lopez (Ward 4), the court said on"
                + " Monday."), text);
        assertFalse(text.contains("second crossing"), text);
    }

    @Test
    void onAPageOfListsTheRowsOfADataTableCountAsParagraphs() {
        Extraction asList = extractWith(standingsPage(), new Hints(null, null, true, true));
        assertTrue(asList.content().text().contains("Cedar Bay Otters"), asList.content().text());
        assertFalse(asList.content().text().contains("new bridge"), "the teaser beside the table is not the content");
        Extraction asArticle = extractWith(standingsPage(), new Hints(null, null, true, false));
        assertTrue(asArticle.content().text().contains("new bridge"),
                "in an article, short table rows do not outweigh a sentence of prose");
    }

    @Test
    void choosingLeavesThePageAsCleaningLeftItSoItCanBeChosenFromAgain() {
        for (String html : new String[] {sectionsPage(), shopGridPage(), "<body><article><h1>Bridge</h1>" + P + P + "</article></body>"}) {
            Document doc = Jsoup.parse(html, "https://news.example.com/a/b.html");
            Cleaner.standard(Set.of()).clean(doc.body());
            String before = doc.outerHtml();
            Extraction first = new ContentExtractor().extract(doc, new Hints(null, null, true, false));
            Extraction again = new ContentExtractor().extract(doc, new Hints(null, null, true, true));
            assertEquals(before.replaceAll("\\s+", ""), doc.outerHtml().replaceAll("\\s+", ""), "the page is untouched");
            assertEquals(extractWith(html, new Hints(null, null, true, true)).content().outerHtml(),
                    again.content().outerHtml(), "a second choice equals a choice from a fresh page");
            assertFalse(first.content().text().isEmpty());
        }
    }

    @Test
    void contentSpreadOverSectionsIsTakenWhole() {
        Extraction x = extractWith(sectionsPage(), new Hints(null, null, true, false));
        String text = x.content().text();
        for (String topic : new String[] {"planning team", "design team", "support team", "training team"}) {
            assertTrue(text.contains("Our " + topic), topic + " missing: " + text);
        }
    }

    @Test
    void aDeclaredArticleIsNotWidenedToTheBlocksBesideIt() {
        Extraction x = extractWith(sectionsPage(), new Hints(null, null, false, false));
        String text = x.content().text();
        assertTrue(text.contains("Our planning team"), text);
        assertTrue(text.contains("list of risks"), text);
        assertFalse(text.contains("Our training team"), text + x.candidates());
    }

    /**
     * A page built block by block: an intro section, a block of questions and answers that outweighs it, a
     * closing section, each in its own row, and a list of links to other services after them.
     */
    private static String builtPage() {
        StringBuilder faq = new StringBuilder("<div class='faq'>");
        for (int i = 1; i <= 6; i++) {
            faq.append("<div class='tab'><h3>Question ").append(i).append("</h3>");
            for (int j = 1; j <= 3; j++) {
                faq.append("<p>Answer ").append(i).append('.').append(j).append(": yes, we can, it takes about ")
                        .append(i + j).append(" days, costs less than you think, and we file every form.</p>");
            }
            faq.append("</div>");
        }
        StringBuilder links = new StringBuilder("<div class='more'><ul>");
        for (int i = 1; i <= 8; i++) {
            links.append("<li><a href='/s/").append(i).append("'>Another service we offer, number ").append(i)
                    .append("</a></li>");
        }
        // Page builders nest each block four or five levels deep.
        String nest = "<div class='row'><div class='inner'><div class='col'><div class='box'>";
        String unnest = "</div></div></div></div>";
        return "<body><div class='page'>" + nest + "<h2>Forming your company</h2><p>Between state rules, local"
                + " licences and taxes, most new owners soon need help, and that is where we come in.</p>" + unnest
                + nest + faq + "</div>" + unnest + nest + "<p>Call us today to book a free consultation, in person,"
                + " by phone, or online.</p>" + unnest + "</div>" + links + "</ul></div></body>";
    }

    @Test
    void onAPageOfSectionsTheChosenBlockGrowsIntoTheProseAroundItButNotIntoLinks() {
        String grown = extractWith(builtPage(), new Hints(null, null, true, false, true)).content().text();
        assertTrue(grown.contains("that is where we come in"), grown);
        assertTrue(grown.contains("Question 4"), grown);
        assertTrue(grown.contains("free consultation"), grown);
        assertFalse(grown.contains("Another service"), grown);
        String article = extractWith(builtPage(), new Hints(null, null, true, false)).content().text();
        assertTrue(article.contains("Question 4"), article);
        assertFalse(article.contains("where we come in"), "an article's block does not grow: " + article);
    }

    /**
     * A shop's page: the product's description in the main column, and beside it a sidebar of customers' reviews
     * of the shop, each a paragraph about as long as the description's; or the same blocks with no sidebar's mark.
     * The description's block holds an empty voting {@code <aside>}, which marks nothing.
     */
    private static String reviewsBesidePage(boolean sidebar) {
        StringBuilder reviews = new StringBuilder();
        String[] names = {"Ann", "Bo", "Cy", "Di"};
        for (String n : names) {
            reviews.append("<div class='card'><p>").append(n).append(" wrote: we rented a tent and two stoves for a")
                    .append(" week, everything arrived early, clean, and packed with care, and we would rent again.</p></div>");
        }
        String side = sidebar ? "<div id='sidebar'>" + reviews + "</div>" : "<div class='more'>" + reviews + "</div>";
        return "<body><div class='frame'><div class='left'><div class='description'><h2>Description</h2><p>The pack's"
                + " frame carries the load on the hips, its mesh back panel keeps air moving, and its lid, pockets,"
                + " and straps hold everything a week in the hills needs.</p><aside class='vote'></aside></div></div>"
                + side + "</div></body>";
    }

    @Test
    void theBlocksOfASidebarBesideTheContentDoNotPullItIntoTheirColumn() {
        String text = extractWith(reviewsBesidePage(true), new Hints(null, null, true, false, true)).content().text();
        assertTrue(text.contains("mesh back panel"), text);
        assertFalse(text.contains("rented a tent"), text);
        // Without the sidebar's mark, the same near-equal blocks are the content's: the page is a run of them.
        String plain = extractWith(reviewsBesidePage(false), new Hints(null, null, true, false, true)).content().text();
        assertTrue(plain.contains("rented a tent"), plain);
    }

    @Test
    void anOrderedListKeepsItsNumberingInTheCopy() {
        Extraction x = extract("<body><article>" + P + "<ol start='6' type='A' reversed onclick='x()'><li>Lisbon</li>"
                + "<li>Porto</li></ol>" + P + "<ol start='one'><li>Faro</li></ol></article></body>", null);
        org.jsoup.select.Elements lists = x.content().select("ol");
        assertEquals(2, lists.size(), x.content().html());
        assertEquals("6", lists.get(0).attr("start"));
        assertEquals("A", lists.get(0).attr("type"));
        assertTrue(lists.get(0).hasAttr("reversed"));
        assertFalse(lists.get(0).hasAttr("onclick"));
        assertFalse(lists.get(1).hasAttr("start"), "a start that is not a number is dropped");
    }

    /**
     * A service's home page, all of it in its {@code role=main}: a hero line, three features of one sentence
     * each, a comparison table, and a block of questions and answers whose answers outweigh the rest (in
     * "panel-body" blocks, as accordions write them) under a heading and two buttons' links, which stop the
     * block-by-block growth. {@code extra} is put in the landmark too, before the questions.
     */
    private static String servicePage(String extra) {
        StringBuilder faq = new StringBuilder("<div class='faq-content'>");
        for (int i = 1; i <= 4; i++) {
            faq.append("<div class='qa'><h3>Question ").append(i).append("?</h3><div class='panel-body'><p>Answer ").append(i)
                    .append(": yes, our counsellors are licensed, they answer within a day, and you can switch at any")
                    .append(" time, at no cost, from your account page.</p></div></div>");
        }
        return "<body><div class='top'><a href='/'>Home</a></div><div role='main'><section class='hero'><h1>You deserve"
                + " to feel better</h1><p>Talk to a licensed counsellor today.</p></section><section class='how'>"
                + "<div><h3>Get matched</h3><p>Answer a few questions and we find who fits.</p></div><div><h3>Talk your"
                + " way</h3><p>Text, call or video, as you prefer.</p></div></section><table><tr><th>Feature</th><th>Us"
                + "</th><th>Office</th></tr><tr><td>Messaging any time</td><td>Yes</td><td>No</td></tr><tr><td>Video"
                + " sessions</td><td>Yes</td><td>No</td></tr></table>" + extra + "<div class='faq-wrap'><h2>Questions</h2><div class='cta'><a href='/start'>Get started</a> <a"
                + " href='/pricing'>See pricing</a></div><div class='container'>"
                + faq + "</div></div></div></div></body>";
    }

    /** Grows the FAQ of {@link #servicePage} by the step under test, on the page as cleaning leaves it. */
    private static Element grownFaq(String html) {
        Document doc = Jsoup.parse(html);
        Cleaner.standard(Set.of()).clean(doc.body());
        Element body = doc.body();
        java.util.Map<Element, ContentExtractor.Score> scores = ContentExtractor.scoreParagraphs(body, false);
        return ContentExtractor.growThroughProse(doc.selectFirst(".faq-content"), body, scores, TextStats.of(body), true);
    }

    @Test
    void onAPageOfSectionsThePagesMainLandmarkIsTheContentWhenItAddsMostlyContent() {
        assertEquals("main", grownFaq(servicePage("")).attr("role"));
        // A shop's widgets in the landmark (swatches, sizes, prices, a cart's totals) are not content: the FAQ stays.
        String widgets = "<div class='swatches'><span>Red</span><span>Blue</span><span>Green</span><span>Teal</span>"
                + "<span>Navy</span><span>Sand</span></div><div class='sizes'><span>Size: 20 oz</span><span>Size: 32 oz"
                + "</span><span>Size: 40 oz</span></div><div class='price'><span>$39.99 USD</span><span>Sale</span><span>"
                + "Sold out</span></div><div class='cart'><span>Total items</span><span>$0.00</span><span>Product"
                + " subtotal</span></div>";
        assertEquals("faq-content", grownFaq(servicePage(widgets.repeat(4))).className());
        // Nor when the landmark holds a sidebar beside the questions, however much prose its reviews hold.
        String reviews = "<div class='sidebar'>" + P.repeat(3) + "</div>";
        assertEquals("faq-content", grownFaq(servicePage(reviews)).className());
    }

    /** A thread: a long question, then short replies, each post's body in the same markup, each post in a card. */
    private static String threadPage() {
        StringBuilder page = new StringBuilder("<body><ol class='messages'><li class='post'><div class='user'>ann</div>"
                + "<blockquote class='message-text'>");
        for (int i = 0; i < 8; i++) {
            page.append("<p>I am choosing a host for a small game server, with ten players at most, and I would like")
                    .append(" to know, from people who run one, what they pay and how often it goes down.</p>");
        }
        page.append("</blockquote></li>");
        String[] replies = {"We pay three dollars a month and it has not gone down once this year.",
            "Ours went down twice in the spring, both times during an update, for under an hour.",
            "Pick one with backups included; restoring a world by hand takes a whole evening."};
        for (String r : replies) {
            page.append("<li class='post'><div class='user'>bo</div><blockquote class='message-text'><p>").append(r)
                    .append("</p></blockquote></li>");
        }
        return page.append("</ol></body>").toString();
    }

    @Test
    void inAThreadTheShortRepliesJoinTheLongQuestion() {
        String thread = extractWith(threadPage(), new Hints(null, null, true, false, false, true)).content().text();
        assertTrue(thread.contains("ten players at most"), thread);
        assertTrue(thread.contains("three dollars a month") && thread.contains("restoring a world"), thread);
        // Not in a thread, a block a twentieth of the chosen one's length that shares its style is no part of it.
        String article = extractWith(threadPage(), new Hints(null, null, true, false, false, false)).content().text();
        assertFalse(article.contains("three dollars a month"), article);
    }

    @Test
    void aFigureJustAboveTheChosenTextIsItsLeadPicture() {
        String story = "<body><article class='artikel'><div class='kopf'><h1>Market square</h1></div>%s<div class='text'>"
                + P + P.replace("Officials", "Engineers") + P.replace("Officials", "Residents") + "</div></article></body>";
        String figure = "<figure><img src='https://x.org/square.jpg' alt='The square'><figcaption>The square at dawn."
                + "</figcaption></figure>";
        Extraction x = extract(String.format(story, figure), "Market square");
        assertEquals("https://x.org/square.jpg", x.leadImage().url());
        assertEquals("The square at dawn.", x.leadImage().caption());
        // Words between them: the figure belongs to something else.
        Extraction apart = extract(String.format(story, figure + "<div class='teaser'>Read the council's plan in full"
                + " on our site today.</div>"), "Market square");
        assertNull(apart.leadImage());
    }

    @Test
    void aCoverPictureInTheArticlesHeaderLeadsItButTheWritersPictureDoesNot() {
        String story = "<body><article><header>%s<div class='meta'><a href='/ann'>Ann Lee</a> Posted on Jan 14"
                + " <a href='/t/ci'>#ci</a></div><h1>Pier opens</h1></header>" + P + P.replace("Officials", "Engineers")
                + "</article></body>";
        Extraction x = extract(String.format(story, "<div class='cover'><img src='https://x.org/pier.jpg'"
                + " alt='The pier' width='1000'></div>"), "Pier opens");
        assertEquals("https://x.org/pier.jpg", x.leadImage().url());
        assertFalse(x.content().text().contains("Posted on"), x.content().text());
        Extraction writer = extract(String.format(story, "<img class='byline__avatar' src='https://x.org/ann.jpg'"
                + " alt='Ann Lee' width='120'>"), "Pier opens");
        assertNull(writer.leadImage());
        assertTrue(writer.content().select("img").isEmpty(), writer.content().html());
    }

    @Test
    void aLinkInALineOfWordsStaysWhateverItsSpanButAHeadingsEditLinkGoes() {
        Extraction x = extract("<body><main><h1>Markets</h1><div class='para'>Japan's Nikkei 225 <span>(<span class='chart'>"
                + "<a href='/n225'>N225</a></span>)</span> declined 0.3% on Monday, while the yen rose.</div>"
                + "<div class='member-signature'><span>public static</span> <span class='return-type'><a href='P.html'>Policy"
                + "</a></span> <span>exponential</span>(int n)</div><h2>Outlook<span class='editsection'>[<a href='/e'>edit"
                + "</a>]</span></h2>" + P + P.replace("Officials", "Engineers") + "</main></body>", "Markets");
        String text = x.content().text();
        assertTrue(text.contains("Nikkei 225 (N225) declined"), text);
        assertTrue(text.contains("public static Policy exponential"), text);
        assertFalse(text.contains("edit"), text);
    }

    @Test
    void aHeadingGoesWithTheListOfLinksUnderItButNotWithAnEditLinkBesideIt() {
        String links = "<ul><li><a href='/w/Levain'>Levain</a></li><li><a href='/w/Poolish'>Poolish</a></li>"
                + "<li><a href='/w/Biga'>Biga</a></li><li><a href='/w/Rye'>Rye bread</a></li></ul>";
        Extraction x = extract("<body><main><h1>Sourdough</h1><div class='mw-heading'><h2>History</h2><span"
                + " class='mw-editsection'>[<a href='/e1'>edit</a>]</span></div>" + P + P.replace("Officials", "Engineers")
                + "<h2>Starters by region</h2>" + links + "<h2>Notes</h2>" + P.replace("Officials", "Bakers") + "</main></body>",
                "Sourdough");
        String text = x.content().text();
        assertTrue(text.contains("History Officials said"), text);
        assertFalse(text.contains("Starters by region") || text.contains("Poolish"), text);
        assertTrue(text.contains("Notes Bakers said"), text);
    }

    @Test
    void theNextStoryRunOnUnderThePagesOwnIsNotPartOfItButASectionOfTheSameStoryIs() {
        String story = "<article class='story'><%s>%s</%s><div class='story-byline'>By %s</div><div class='story-body'>"
                + P.replace("Officials", "%s") + P.replace("Officials", "Engineers") + "</div></article>";
        Extraction two = extract("<body><div class='stream'>"
                + String.format(story, "h1", "Council approves the harbour bike lanes", "h1", "Rosa Delgado", "Riders")
                + String.format(story, "h2", "School board faces a budget gap", "h2", "Mark Ellison", "Teachers")
                + "</div></body>", "Council approves the harbour bike lanes");
        String text = two.content().text();
        assertTrue(text.contains("Riders said"), text);
        assertFalse(text.contains("Teachers said") || text.contains("budget gap"), text);
        // Sections of one story, the same markup without bylines of their own, stay together.
        String section = "<section class='part'><h3>%s</h3>" + P.replace("Officials", "%s") + "</section>";
        Extraction one = extract("<body><div class='post'><section class='part'><h1>How the bridge was built</h1>" + P
                + "</section>" + String.format(section, "The foundations", "Divers")
                + String.format(section, "The deck", "Welders") + "</div></body>", "How the bridge was built");
        String all = one.content().text();
        assertTrue(all.contains("Divers said") && all.contains("Welders said"), all);
    }

    @Test
    void theBestBlockInsideTheBlockThePageMarksAsItsArticlesBodyGivesWayToIt() {
        // A gallery's captions embedded in the story outscore its paragraphs; the page marks where the story is.
        Document doc = Jsoup.parse("<body><article><h1>Hotel secrets</h1><div id='body' itemprop='articleBody'>" + P
                + "<div class='full-gallery'><ul id='legends'><li>" + P + "</li></ul></div></div></article>"
                + "<aside><ul id='other'><li>" + P + "</li></ul></aside></body>");
        assertEquals("body", ContentExtractor.markedBody(doc.getElementById("legends")).id());
        assertEquals("other", ContentExtractor.markedBody(doc.getElementById("other")).id());
        // Two blocks marked as a body (a page of several stories): neither is the one.
        doc.getElementById("other").attr("itemprop", "articleBody");
        assertEquals("legends", ContentExtractor.markedBody(doc.getElementById("legends")).id());
    }

    @Test
    void aProductsTableOfSpecificationsStaysWithItsDatesWhateverItsBlocksClass() {
        String specs = "<div class='celwidget'><h2>Product information</h2><table role='presentation'><tr><th>Date First"
                + " Available</th><td>March 3, 2023</td></tr><tr><th>Best Sellers Rank</th><td>#3 in Tents (<a href='/top'>"
                + "See Top 100 in Tents</a>)</td></tr><tr><th>Floor Area</th><td>29 sq ft</td></tr></table>"
                + "<div>Feedback <a href='/fb'>Would you like to tell us about a lower price?</a></div></div>";
        Extraction x = extract("<body><main><h1>Kestrel tent</h1>" + specs + P + P.replace("Officials", "Engineers")
                + "</main></body>", "Kestrel tent");
        assertEquals(3, x.content().select("tr").size(), x.content().html());
        assertTrue(x.content().text().contains("March 3, 2023"), x.content().text());
    }

    @Test
    void aPictureStandingAloneAboveTheTextLeadsTheArticleAndOneBelowStaysInIt() {
        Extraction x = extract("<body><article><h1>Pier opens</h1><img src='https://x.org/pier.jpg' alt='The pier'>"
                + P + "<img src='https://x.org/ferry.jpg' alt='The ferry'>" + P + "</article></body>", "Pier opens");
        assertEquals("https://x.org/pier.jpg", x.leadImage().url());
        assertEquals("The pier", x.leadImage().alt());
        assertEquals(1, x.content().select("img").size(), x.content().html());
        assertEquals("https://x.org/ferry.jpg", x.content().selectFirst("img").attr("src"));
    }

    @Test
    void aParagraphTheWriterRepeatsStaysTwiceAndABlockThePageCopiesIsKeptOnce() {
        String refrain = "<p>Whatever the season, the trail rewards those who start early, pack light, and turn back"
                + " when the weather says so, as every guide in the valley will tell you.</p>";
        String spring = "<p>In spring the meadows flood, the upper bridges close until May, and the lower loop is the"
                + " only way round, which the rangers mark with blue posts every mile.</p>";
        String autumn = "<p>In autumn the larches turn gold, the huts close one by one, and the shortest days leave"
                + " barely eight hours of light for the long crossing over the pass.</p>";
        String written = extract("<body><article><div>" + spring + refrain + "</div><h2>Autumn</h2><div>" + autumn
                + refrain + "</div></article></body>", null).content().text();
        assertEquals(2, written.split("Whatever the season", -1).length - 1, written);
        // The same block printed twice, for wide and narrow screens: once.
        String copied = extract("<body><article><div class='wide'>" + spring + autumn + "</div><div class='narrow'>"
                + spring + autumn + "</div></article></body>", null).content().text();
        assertEquals(1, copied.split("In spring the meadows", -1).length - 1, copied);
    }

    @Test
    void aProductsTableOfSpecificationsJoinsItsDescription() {
        StringBuilder specs = new StringBuilder("<div class='pane'><h3>Specifications</h3><table>");
        String[][] rows = {{"Core clock", "915 MHz"}, {"Memory", "12 GB GDDR5"}, {"Interface", "PCI Express 3.0"},
                {"Cores", "5760"}, {"Ports", "DVI, HDMI, DisplayPort"}, {"Power", "375 W"}};
        for (String[] row : rows) {
            specs.append("<tr><th>").append(row[0]).append("</th><td>").append(row[1]).append("</td></tr>");
        }
        String nest = "<div class='box'><div class='inner'><div class='col'>";
        String page = "<body><div class='product'>" + nest + "<div class='overview'><p>A graphics card built for"
                + " games at 5K, with two chips, a quiet fan, and a case of brushed aluminium.</p><p>It runs cool,"
                + " it runs fast, and it fits in most cases, from small towers to large ones.</p></div></div></div></div>"
                + nest + specs + "</table></div></div></div></div></div><ul class='more'><li><a href='/a'>Other"
                + " graphics cards we sell</a></li><li><a href='/b'>Monitors for gaming</a></li></ul></body>";
        String text = extractWith(page, new Hints(null, null, true, false, true)).content().text();
        assertTrue(text.contains("brushed aluminium"), text);
        assertTrue(text.contains("Core clock 915 MHz"), text);
        assertFalse(text.contains("Monitors for gaming"), text);
        assertFalse(extractWith(page, new Hints(null, null, true, false)).content().text().contains("Core clock"),
                "an article does not grow into a table beside it");
    }

    @Test
    void aBodySplitIntoSeveralSectionsByFullWidthFiguresIsKeptWhole() {
        String part = "<section class='outer'><div class='col'><div class='body-text'>%s</div></div></section>";
        String page = "<body><main>" + String.format(part, P + P.replace("bridge", "tunnel") + P.replace("bridge", "pier"))
                + "<figure class='wide'><img src='/wide.jpg'><figcaption>The river at night</figcaption></figure>"
                + String.format(part, P.replace("bridge", "ferry") + P.replace("bridge", "canal"))
                + "<div class='promo'><div class='body-text'><a href='/subscribe'>Subscribe to our weekly edition of the "
                + "paper and get the best of it delivered to your door</a></div></div></main></body>";
        String text = extract(page, null).content().text();
        assertTrue(text.contains("tunnel") && text.contains("ferry") && text.contains("canal"), text);
        assertFalse(text.contains("weekly edition"), text);
    }

    /** A front page of a link aggregator: an intro, then rows that are almost all link. */
    private static String linkListPage() {
        StringBuilder page = new StringBuilder("<body><div class='front'><p>Today's most discussed links, as voted by "
                + "readers, with the number of comments on each.</p><div class='rows'>");
        for (int i = 1; i <= 12; i++) {
            page.append("<div class='row'><a href='/item/").append(i).append("'>Show: a tiny database written in ")
                    .append("one weekend, number ").append(i).append("</a> <a href='/c/").append(i).append("'>")
                    .append(i * 3).append(" comments</a></div>");
        }
        return page.append("</div></div></body>").toString();
    }

    @Test
    void theSpaceBetweenTwoLinksKeepsTheirWordsApart() {
        String text = extract("<body><article>" + P + "<div>The council published two reports, <a href='/a'>first link</a> <a href='/b'>second link</a>,"
                + " which residents can read at the library until the end of the month.</div>" + P + "</article></body>", null).content().text();
        assertTrue(text.contains("first link second link"), text);
    }

    @Test
    void onAListingTheLinkListIsTheContent() {
        String text = extractWith(linkListPage(), new Hints(null, null, true, true)).content().text();
        assertTrue(text.contains("number 1 ") && text.contains("number 12 "), text);
    }

    @Test
    void aPageThatIsMostlyLinksWithTeasersKeepsThemWithoutTheListingHint() {
        String text = extractWith(linkListPage(), new Hints(null, null, true, false)).content().text();
        assertTrue(text.contains("number 1 ") && text.contains("number 12 "), text);
    }

    @Test
    void aLinkListThatIsASmallPartOfTheArticleIsPruned() {
        StringBuilder related = new StringBuilder("<ul class='more'>");
        for (int i = 1; i <= 4; i++) {
            related.append("<li><a href='/s/").append(i).append("'>Another story about roads, number ").append(i)
                    .append("</a></li>");
        }
        String text = extract("<body><article>" + P + P.replace("bridge", "tunnel") + related + "</ul>"
                + P.replace("bridge", "road") + P.replace("bridge", "ferry") + "</article></body>", null).content().text();
        assertTrue(text.contains("ferry"), text);
        assertFalse(text.contains("Another story about roads"), text);
    }

    @Test
    void aColumnOfLinkedTeasersBiggerThanTheStoryBesideItIsPruned() {
        // A tabloid sets a column of forty teasers inside its article div: more text than the story, and commas in
        // every headline, but all of them in links.
        StringBuilder column = new StringBuilder("<div class='puff'><h3>TODAY</h3><ul>");
        for (int i = 1; i <= 40; i++) {
            column.append("<li><a href='/s/").append(i).append("'><strong>Star, 32, shows off summer look number ")
                    .append(i).append("</strong> Seen strolling in the park, she smiled, waved and left</a></li>");
        }
        String story = P + P.replace("bridge", "tunnel") + P.replace("bridge", "road") + P.replace("bridge", "ferry")
                + P.replace("bridge", "canal") + P.replace("bridge", "station") + P.replace("bridge", "airport")
                + P.replace("bridge", "harbour") + P.replace("bridge", "pier") + P.replace("bridge", "marina");
        String text = extract("<body><div class='article-text'>" + story + column + "</ul></div></div></body>", null)
                .content().text();
        assertTrue(text.contains("marina"), text);
        assertFalse(text.contains("summer look"), text);
        assertFalse(text.contains("TODAY"), text);
    }

    @Test
    void aPullQuoteGoesWithItsLabelsButAQuoteTheStoryDoesNotRepeatStays() {
        String said = "The horns are by far the largest of any member of its group of dinosaurs";
        String box = "<div class='story-feature'><h2 class='quote'>&ldquo;<span>Start Quote</span></h2><blockquote><p>"
                + said + "&rdquo;</p></blockquote><span>End Quote</span> <span>Dr Jane Roe</span></div>";
        String quoted = "<blockquote><p>We are a small museum, and we never expected to find a dinosaur of our own.</p>"
                + "</blockquote>";
        String text = extract("<body><article>" + P + box + P.replace("bridge", "tunnel") + "<p>\"" + said
                + " - they curve sideways,\" the scientist explained.</p>" + quoted + P.replace("bridge", "road")
                + "</article></body>", null).content().text();
        assertEquals(text.indexOf("The horns are"), text.lastIndexOf("The horns are"), text);
        assertTrue(text.contains("they curve sideways"), text);
        assertFalse(text.contains("Start Quote") || text.contains("End Quote") || text.contains("Jane Roe"), text);
        assertTrue(text.contains("a dinosaur of our own"), text);
    }

    @Test
    void aStoryIsNotWidenedIntoTheColumnOfVideosBesideIt() {
        // The column's many short items, with commas, add up to more points than the story, though it holds less
        // than two thirds of the page's prose: the story is still the content.
        StringBuilder page = new StringBuilder("<body><div class='p'><div class='l'><div class='byline'>By Staff Writer"
                + "</div><div class='m'><div class='story'>");
        for (String w : List.of("bridge", "tunnel", "road", "ferry", "canal", "station", "airport", "harbour", "pier",
                "marina", "depot", "terminal", "runway", "lock", "dock", "quay")) {
            page.append(P.replace("bridge", w));
        }
        page.append("</div></div></div><div class='r'><div class='c'><h2>Videos</h2>");
        for (int i = 1; i <= 45; i++) {
            page.append("<div><div><p>Highlights ").append(i)
                    .append(": Texans RB on his new tattoo, his role in Draft Day, and his new coach</p></div></div>");
        }
        page.append("</div></div></div></body>");
        String text = extractWith(page.toString(), new Hints(null, null, true, false)).content().text();
        assertTrue(text.contains("quay"), text);
        assertFalse(text.contains("Highlights"), text);
    }

    private static String storyInBlocks(String besideStory, String aboveStory) {
        StringBuilder story = new StringBuilder("<div class='story-body'>");
        for (String w : List.of("bridge", "tunnel", "road", "ferry", "canal", "station", "airport", "harbour", "pier",
                "marina", "dock", "quay", "lock")) {
            story.append(P.replace("bridge", w));
        }
        return "<body><div id='main-content' class='story content'>" + aboveStory + "<div class='block-a'><h1>Bridge"
                + " opens</h1>" + story + "</div></div>" + besideStory + "</div><div id='footer'>Footer</div></body>";
    }

    @Test
    void theStoryDoesNotClimbIntoAnAncestorThatAddsOnlyTeasers() {
        StringBuilder related = new StringBuilder("<div class='block-b'><h2>More stories</h2><ul>");
        for (int i = 1; i <= 8; i++) {
            related.append("<li><a href='/n/").append(i).append("'>Story number ").append(i)
                    .append("</a><p>The council, the mayor and the police met again, number ").append(i).append(".</p></li>");
        }
        related.append("</ul><h2>Features</h2><ul>");
        for (int i = 1; i <= 6; i++) {
            related.append("<li><a href='/f/").append(i).append("'>Feature ").append(i)
                    .append("</a><p>Do ordinary people, in towns, really need it?</p></li>");
        }
        String text = extractWith(storyInBlocks(related + "</ul></div>", ""), new Hints(null, null, true, false))
                .content().text();
        assertTrue(text.contains("lock"), text);
        assertFalse(text.contains("More stories") || text.contains("council, the mayor"), text);
    }

    @Test
    void theStoryClimbsIntoAnAncestorThatHoldsItsLeadInABlockOfItsOwn() {
        String lead = "<div class='art-lead'>Last year the city welcomed sixteen million visitors, two million more than"
                + " the year before, the tourist board says.</div>";
        String text = extractWith(storyInBlocks("", lead), new Hints(null, null, true, false)).content().text();
        assertTrue(text.contains("sixteen million visitors") && text.contains("lock"), text);
    }

    @Test
    void theStoryClimbsIntoAnAncestorThatHoldsItsIntro() {
        String intro = "<div class='intro'><p>A HIGH-powered team has been doing the rounds of the city in the past few"
                + " days, in an attempt to allay concerns about the new bridge and the tolls.</p><p>The roadshow featured"
                + " the mayor, two advisers and the police chief, who met residents, shop owners and drivers.</p></div>";
        String text = extractWith(storyInBlocks("", intro), new Hints(null, null, true, false)).content().text();
        assertTrue(text.contains("HIGH-powered team") && text.contains("lock"), text);
    }

    @Test
    void aSummaryUnderAHeadlineLinkingElsewhereCountsLittleTowardTheContent() {
        String summary = "From a fire aboard a cruise ship to a disaster at sea, a look at recent problems plaguing the"
                + " industry, in pictures.";
        Document doc = Jsoup.parse("<body><div id='card'><h2><a href='/pictures/1'>Cruise ship woes</a></h2><div id='t'><p>"
                + summary + "</p></div></div><div id='story'><h2><a href='#part-2'>Part two</a></h2><div id='s'><p>"
                + summary + "</p></div></div></body>");
        Map<Element, ContentExtractor.Score> scores = ContentExtractor.scoreParagraphs(doc.body(), false);
        double teaser = scores.get(doc.getElementById("t")).paragraphPoints;
        double prose = scores.get(doc.getElementById("s")).paragraphPoints;
        assertEquals(prose * Thresholds.TEASER_WEIGHT, teaser, 1e-9);
    }

    @Test
    void aPostUnderItsOwnLinkedTitleIsProseNotATeaser() {
        // Old blog themes print a single post under its title as a link to itself: its paragraphs are the post's.
        String para = "<p>From a fire aboard a cruise ship to a disaster at sea, a look at recent problems plaguing the"
                + " industry.</p>";
        Document doc = Jsoup.parse("<body><div class='post'><h2><a href='/2013/07/cruise-ship-woes'>Cruise ship woes</a>"
                + "</h2><div id='entry'>" + para + para + para + "</div></div><div id='plain'>" + para + para + para
                + "</div></body>");
        Map<Element, ContentExtractor.Score> scores = ContentExtractor.scoreParagraphs(doc.body(), false);
        assertEquals(scores.get(doc.getElementById("plain")).paragraphPoints,
                scores.get(doc.getElementById("entry")).paragraphPoints, 1e-9);
    }

    @Test
    void aLeadingByAndANameIsABylineThoughThePageDeclaresNoWriter() {
        String story = "<body><article><p>By Kristin Jones</p>" + P + P.replace("bridge", "tunnel")
                + P.replace("bridge", "road") + "</article></body>";
        assertFalse(extract(story, null).content().text().contains("Kristin Jones"));
        String sentence = "<body><article><p>By Monday the river had risen two metres, and crews were out all night."
                + "</p>" + P + P.replace("bridge", "tunnel") + "</article></body>";
        assertTrue(extract(sentence, null).content().text().contains("By Monday the river"));
    }

    @Test
    void aSlideshowCreditRenderedTwiceIsKeptOnce() {
        String slide = "<div class='slide'><img src='/s1.jpg'><div class='text'><p>Officials at the opening.</p>"
                + "<span class='credit'>Photo: Jo Bloggs, Agency</span></div></div>";
        Extraction x = extract("<body><article>" + slide + slide.replace("slide'", "slide expanded'") + P
                + P.replace("bridge", "tunnel") + "</article></body>", null);
        String text = x.content().text();
        assertEquals(text.indexOf("Photo: Jo Bloggs"), text.lastIndexOf("Photo: Jo Bloggs"), text);
    }

    @Test
    void labelsRepeatedInEveryCardOfAListingStay() {
        StringBuilder page = new StringBuilder("<body><div class='grid'>");
        for (int i = 1; i <= 4; i++) {
            page.append("<div class='card'><h3>Rental suit ").append(i).append("</h3><p>A classic cut in wool, lined, ")
                    .append("with trousers to match, style ").append(i).append(".</p><span class='price'>")
                    .append("With rental package - $20.00</span></div>");
        }
        String text = extract(page.append("</div></body>").toString(), null).content().text();
        assertEquals(4, text.split("With rental package", -1).length - 1, text);
    }

    @Test
    void cardsWrappedInOneLinkEachAreContentNotNavigation() {
        StringBuilder page = new StringBuilder("<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div class='grid'>");
        for (int i = 1; i <= 6; i++) {
            page.append("<a href='/story/").append(i).append("'><div><h3>Story number ").append(i)
                    .append(" of the day</h3><div>The council voted on Tuesday to keep the library open on Sundays, ")
                    .append("after a petition signed by more than two thousand residents, item ").append(i)
                    .append(".</div></div></a>");
        }
        page.append("</div><div class='intro'><p>The Daily Example has reported on the town, its council and its ")
                .append("people, every day, since 1901.</p></div></body>");
        String text = extractWith(page.toString(), new Hints(null, null, false, false)).content().text();
        assertTrue(text.contains("item 1.") && text.contains("item 6."), text);
        assertFalse(text.contains("Home"), text);
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
    void aFirstHeadingThatSaysNothingOfTheTitleIsTextNotTheHeadline() {
        String page = "<body><main><h1>%s</h1>" + P + P.replace("Officials", "Engineers") + "</main></body>";
        Extraction slogan = extract(String.format(page, "Your books, done every month. Your evenings, back."),
                "Bookkeeping for Small Businesses");
        assertNull(slogan.headline());
        assertTrue(slogan.content().text().startsWith("Your books, done every month."), slogan.content().text());
        // A headline reworded in the title still shares its words: it is the headline.
        Extraction story = extract(String.format(page, "New bridge opens to traffic in spring after four years"),
                "Bridge opens in spring - The Riverton Times");
        assertEquals("New bridge opens to traffic in spring after four years", story.headline());
    }

    @Test
    void aSummaryEveryCardHasIsNoStandfirst() {
        String card = "<article class='episode-card'><h2><a href='/e/%d'>Episode %d</a></h2><p class='episode-summary'>"
                + "Why a mixed hedge feeds more birds than any feeder, and how to lay one, number %d.</p></article>";
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            cards.append(String.format(card, i, i, i));
        }
        Extraction x = extractWith("<body><main><h1>Episodes</h1>" + cards + "</main></body>",
                new Hints("Episodes", null, true, false, false, false));
        assertNull(x.standfirst());
        assertTrue(x.content().text().contains("feeder, and how to lay one, number 1."), x.content().text());
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
        // A credit in brackets leaves none behind: not "The scanner. (" and "Bild: Hersteller)".
        Image bracketed = extract("<body><article><h1>Scanner</h1><figure><img src='/s.jpg'><figcaption>The scanner. "
                + "(Bild: Hersteller)</figcaption></figure>" + P + P + "</article></body>", "Scanner").leadImage();
        assertEquals("The scanner.", bracketed.caption());
        assertEquals("Bild: Hersteller", bracketed.credit());
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
    void codeKeepsTheSpacesAndLinesAHighlighterWroteAsElements() {
        Extraction x = extract("<body><article>" + P + "<pre data-language='sh'><code><div class='line'>"
                + "<span style='color:blue'>npm</span><span style='color:gray'> </span><span>create</span></div>"
                + "<div class='line'><span>cargo</span><span> </span><span>build</span></div>"
                + "<div class='line'>echo a<br><br>echo b</div></code></pre>" + P + "</article></body>", null);
        assertEquals("npm create\ncargo build\necho a\n\necho b", x.content().selectFirst("pre").wholeText());
    }

    @Test
    void aParagraphThatMentionsSubscribeIsContent() {
        Extraction x = extract("<body><article>" + P + "<p>Subscribe to the idea that bridges matter, the mayor said.</p>"
                + P + "</article></body>", null);
        assertTrue(x.content().text().contains("Subscribe to the idea"));
    }

    @Test
    void aPageWhoseOnlyProseIsInItsFooterAndMenusHasNoContent() {
        // A shell built by scripts: without the cleaning rules (the relaxed retry), footer and menu are all there is.
        Document doc = Jsoup.parse("<body><div id='app'></div><nav><p>Shop by brand, by room, by price, by colour,"
                + " or browse our new arrivals.</p></nav><footer><p>Sites in other languages: Russian, Portuguese, Spanish,"
                + " French, German, Italian, Dutch.</p></footer></body>");
        Extraction x = new ContentExtractor().extract(doc, new Hints(null, null));
        assertEquals("", x.content().text());
    }

    @Test
    void aNavigationLandmarkThatSwallowedTheArticleIsStillRead() {
        // An unclosed <nav> puts the whole article inside it: much prose means it is not a menu.
        Document doc = Jsoup.parse("<body><nav><a href='/'>Home</a> <div class='story'>" + P.repeat(8)
                + "</div></body>");
        Extraction x = new ContentExtractor().extract(doc, new Hints(null, null));
        assertTrue(x.content().text().contains("Officials said on Monday"), x.content().text());
    }

    @Test
    void footerParagraphsDoNotPullTheArticleUpToThePageWrapper() {
        Document doc = Jsoup.parse("<body><div class='page'><div class='story'>" + P.repeat(3) + "</div>"
                + "<footer><p>About us, careers, press, advertising, terms, privacy, cookies, accessibility.</p>"
                + "<p>Our newsletters, our apps, our podcasts, our events, our shop, our archive.</p>"
                + "<p>Help, contact, corrections, complaints, syndication, sitemap, RSS.</p></footer></div></body>");
        Extraction x = new ContentExtractor().extract(doc, new Hints(null, null));
        assertFalse(x.content().text().contains("careers"), x.content().text());
    }

    /** A shop's category page: a promotion line, then a grid of product tiles without a single paragraph. */
    private static String shopGridPage() {
        StringBuilder page = new StringBuilder("<body><div class='band'><p>Limited time: up to 30% off candles and"
                + " decor, this week only, in stores and online, while stocks last.</p><p>Members get free delivery,"
                + " free returns, and early access to new collections.</p></div><main><h1>Candles</h1><ul class='grid'>");
        for (int i = 1; i <= 8; i++) {
            page.append("<li class='tile'><a href='/p/").append(i).append("'><img src='/c").append(i)
                    .append(".jpg'><span>Glass candle number ").append(i).append("</span></a><span class='amount'>$2")
                    .append(i).append(".50</span></li>");
        }
        return page.append("</ul></main></body>").toString();
    }

    @Test
    void onAShopsCategoryPageTheGridOfItemsIsTheContent() {
        String text = extractWith(shopGridPage(), new Hints(null, null, true, true)).content().text();
        assertTrue(text.contains("Glass candle number 1") && text.contains("Glass candle number 8"), text);
        assertTrue(text.contains("$28.50"), text);
    }

    @Test
    void onAnArticleAGridOfTilesBesideItStaysOut() {
        String page = shopGridPage().replace("<body>", "<body><article>" + P + P.replace("bridge", "tunnel")
                + P.replace("bridge", "road") + "</article>");
        String text = extractWith(page, new Hints(null, null, false, false)).content().text();
        assertTrue(text.contains("tunnel"), text);
        assertFalse(text.contains("Glass candle number 8"), text);
    }

    @Test
    void aQuestionJoinsTheAnswersThatOutscoreIt() {
        String body = "<div class='s-prose post-body'><p>%s, which took four years to build, would open to traffic in"
                + " the spring, after final safety checks, officials said.</p><p>More of it, with commas, and detail.</p></div>";
        // As on Q&A sites, the post bodies sit three levels down: no points reach the question's container.
        StringBuilder page = new StringBuilder("<body><div id='main'><div id='question'><div class='layout'><div class='cell'>")
                .append("<div class='s-prose post-body'><p>Question: is it true that the new bridge opens in spring?</p>"
                        + "</div></div></div></div><div id='answers'>");
        for (int i = 1; i <= 3; i++) {
            page.append("<div class='answer'><div class='layout'><div class='cell'>").append(String.format(body.replace(
                    "</div>", "<p>Extra, extra, extra, extra, extra, extra, words.</p></div>"), "Answer " + i
                    + ": yes, the bridge")).append("</div></div></div>");
        }
        String text = extractWith(page.append("</div></div></body>").toString(), new Hints(null, null, true, false))
                .content().text();
        assertTrue(text.startsWith("Question: is it true"), text);
        assertTrue(text.contains("Answer 3: yes"), text);
    }

    @Test
    void theRowsOfATableAreTakenAsTheWholeTable() {
        Document doc = Jsoup.parse("<div><table class='wikitable'><tbody><tr><td>Film</td></tr></tbody></table></div>");
        assertEquals("table", ContentExtractor.wholeUnit(doc.selectFirst("tbody")).normalName());
        assertEquals("table", ContentExtractor.wholeUnit(doc.selectFirst("tr")).normalName());
        assertEquals("div", ContentExtractor.wholeUnit(doc.selectFirst("div")).normalName());
    }

    @Test
    void anEmbeddedPostQuotedInTheArticleStays() {
        String tweet = "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Yes this is real: "
                + "<a href='https://t.co/x'>https://t.co/x</a></p>— A Reader (@reader) <a href='https://twitter.com/r/1'>"
                + "November 18, 2019</a></blockquote></div>";
        String text = extract("<body><article>" + P + tweet + P.replace("bridge", "tunnel") + "</article></body>", null)
                .content().text();
        assertTrue(text.contains("Yes this is real"), text);
    }

    @Test
    void anOldTableLayoutGivesTheStoryCellNotTheRowWithItsMenuAndAdverts() {
        // A 2000s page: menu, story and adverts in the cells of one row, the story's paragraphs split by <br><br>
        // inside a <font>. The cells beside the story hold enough text to count as paragraphs of their own.
        Extraction x = extract("<body><table><tr><td width='150'><font size='2'><a href='/news/'>News</a><br>"
                + "<a href='/sports/'>Sports</a><br><a href='/business/'>Business</a><br><a href='/opinion/'>Opinion</a>"
                + "</font></td><td><font size='4'><b>Council approves bridge</b></font><br><font face='Arial' size='2'>"
                + "The city council voted 7-2 on Tuesday night to approve a plan for a new bridge across the river, ending"
                + " a decade of debate.<br><br>The $42 million project will be paid for largely with state and federal"
                + " funds, the city manager said.<br><br>Opponents said the bridge would harm wetlands along the northern"
                + " bank, and they may go to court.</font></td><td width='160'>Most read <a href='/a1'>Man arrested after"
                + " chase on Route 9</a> <a href='/a2'>School board delays vote on the budget again</a></td></tr>"
                + "</table></body>", "Council approves bridge");
        String text = x.content().text();
        assertTrue(text.startsWith("The city council voted"), text);
        assertTrue(text.endsWith("they may go to court."), text);
        assertFalse(text.contains("Sports") || text.contains("Most read"), text);
        assertEquals(3, x.content().select("p").size(), x.content().outerHtml());
    }

    @Test
    void precisionDropsPicturesAndTheItemsThatHeldOnlyThem() {
        Document doc = Jsoup.parse("<body><article><ul class='gallery'><li><figure><img src='/a.jpg'><figcaption>Officials"
                + " shake hands.</figcaption></figure></li></ul>" + P + P + "</article></body>", "https://news.example.com/a");
        Cleaner.standard(Set.of()).clean(doc.body());
        Extraction x = new ContentExtractor(Focus.PRECISION).extract(doc, new Hints(null, null));
        assertNull(x.content().selectFirst("figure"), x.content().outerHtml());
        assertNull(x.content().selectFirst("li"), x.content().outerHtml());
        assertTrue(x.content().text().startsWith("Officials said on Monday"), x.content().text());
    }

    @Test
    void anAccordionsTitlesStayThoughTheyAreLinksWithoutAnAddress() {
        String faq = "<div class='faq'><div role='button' aria-expanded='false' aria-controls='a1'><a tabindex='0'>What"
                + " should I do while I wait for you?</a></div><div id='a1' role='region'><p>Turn off the water at the stopcock,"
                + " usually under the kitchen sink, and switch off the electrics near the leak.</p></div>"
                + "<div role='button' aria-expanded='false'><a href='/menu'>Our menu</a> <a href='/about'>About us</a></div>"
                + "</div>";
        String text = extract("<html><body><article>" + P + P + faq + "</article></body></html>", null).content().text();
        assertTrue(text.contains("What should I do while I wait for you?"), text);
        assertFalse(text.contains("About us"), text);
    }

    @Test
    void aWikisInfoboxThatOpensWithThePagesNameDoesNotSayItTwice() {
        String page = "<html><body><article><h1>Ironwood Keep</h1><aside class='portable-infobox'><h2>Ironwood Keep</h2>"
                + "<h3>Region</h3><div>Vellmoor</div></aside>" + P + P.replace("Monday", "Tuesday")
                + "<h2>Ironwood Keep</h2><p>The recipe card, further down, keeps its own heading.</p></article></body></html>";
        Extraction x = extract(page, "Ironwood Keep");
        assertEquals(1, x.content().select("h2").size(), x.content().outerHtml());
        assertTrue(x.content().text().contains("Vellmoor"), x.content().text());
    }
}
