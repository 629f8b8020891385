package dev.pith.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import dev.pith.Thresholds;
import dev.pith.clean.Loose;
import dev.pith.clean.TextLength;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Step 4 of extraction: tidies the chosen article in place. Takes out the headline (it has its own field),
 * link lists, blocks that say "boilerplate" in their class and carry links, and empty shells.
 */
final class ContentPruner {
    private static final Evaluator Q_P_DIV_H2_H3_SPAN = QueryParser.parse("p, div, h2, h3, span");
    private static final Evaluator Q_CLASS = QueryParser.parse("[class]");
    /** A link that leads somewhere: an address that is not an in-page anchor. */
    private static final Evaluator Q_LINK_WITH_ADDRESS = QueryParser.parse("a[href~=^[^#]]");
    private static final Evaluator Q_HEADER_CLASS_ID = QueryParser.parse("header, [class], [id]");
    private static final Evaluator Q_FIGURE_IMG = QueryParser.parse("figure, img");
    private static final Evaluator Q_FIGURE = QueryParser.parse("figure");
    /** Names of pictures in a header that show the site or the writer, not the story: a logo, an avatar. */
    private static final java.util.regex.Pattern NOT_COVER = java.util.regex.Pattern.compile(
            "(?i)logo|avatar|author|byline|profile|user|icon|badge");
    private static final Evaluator Q_IMG = QueryParser.parse("img");
    private static final Evaluator Q_FIGURE_PRE_TABLE = QueryParser.parse("figure, pre, table");
    private static final Evaluator Q_SUBHEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");
    private static final Evaluator Q_H1_H2 = QueryParser.parse("h1, h2");
    private static final Evaluator Q_HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator Q_IMG_PICTURE_VIDEO_AUDIO = QueryParser.parse("img, picture, video, audio");
    /** What an empty block may hold and still be kept: media, or a picture still to be loaded by scripts. */
    private static final Evaluator Q_MEDIA_OR_LAZY_PICTURE = QueryParser.parse("img, picture, video, audio, [data-src]");
    private static final Evaluator Q_PRE_TABLE_HR = QueryParser.parse("pre, table, hr");
    private static final Evaluator Q_PRE_CODE_BLOCKQUOTE = QueryParser.parse("pre, code, blockquote");
    private static final Evaluator Q_INPUT_SELECT_TEXTAREA_BUTTON = QueryParser.parse("input, select, textarea, button");
    private ContentPruner() {
    }

    /** Tags that set words inside a line without breaking it. */
    private static final Set<String> RUN_OF_WORDS = Set.of("a", "span", "b", "strong", "i", "em", "small", "font", "u",
            "s", "sup", "sub", "abbr", "time", "cite", "q", "mark", "code");
    private static final Set<String> PRUNABLE = Set.of("div", "section", "ul", "ol", "table", "aside", "header",
            "footer", "form", "fieldset", "nav", "dl", "span", "article", "center", "details");

    private static final java.util.regex.Pattern CAPTION_CLASS = java.util.regex.Pattern.compile(
            "(?i)caption|credit");
    private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
            "(?i)(^|[-_\\s])(byline|bylines|author|authors|author-name|auteur|autor|dateline|timestamp|date|dates|published|"
                    + "posted-on|entry-meta|post-meta|article-meta|meta|metadata|kicker|eyebrow|article-section|"
                    + "reading-time|readtime|breadcrumbs?)($|[-_\\s])");

    /** Every word {@link #BYLINE} looks for contains one of these: a cheap test before the pattern's. */
    private static final dev.pith.clean.Substrings BYLINE_PARTS = dev.pith.clean.Substrings.of("byline", "aut", "date",
            "time", "published", "posted", "meta", "kicker", "eyebrow", "section", "breadcrumb");

    /** What pruning set apart: the headline and the standfirst it took out of the body, either may be null. */
    record Pruned(String headline, String standfirst) {
    }

    /** Prunes {@code article} in place. */
    static Pruned prune(Element article, String title, boolean linksAreContent, boolean thread, List<String> authors) {
        String headline = removeHeadline(article, title);
        String standfirst = removeStandfirst(article);
        if (!thread && !linksAreContent) {
            removeLeadingDate(article);
            removeLeadingByline(article, authors);
        }
        removeHeaderChrome(article, linksAreContent);
        removeLinkParagraphs(article);
        removeDuplicates(article);
        if (!thread) {
            // In a thread a reply quotes the post it answers: that quote is the reply's.
            removePullQuotes(article);
        }
        Elements all = article.getAllElements();
        TextStats stats = TextStats.of(article);
        int total = stats.textLength(article);
        int inLists = linkListChars(article, stats, total);
        // Lists of links are the content when they hold most of the text, unless a story of its own stands beside
        // them: a tabloid's column of forty teasers set inside its article div outweighs a short story.
        boolean storyBeside = total - inLists >= Thresholds.PROSE_BESIDE_LINK_LISTS;
        linksAreContent = linksAreContent || inLists > Thresholds.LINK_LISTS_ARE_CONTENT * total && !storyBeside;
        // Whether each block that spans sit in is a line of words, judged once: a page may set thousands of spans in one.
        java.util.Map<Element, Boolean> lines = new java.util.IdentityHashMap<>();
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            // A block holding most of the chosen text is the article itself, whatever its link density.
            if (e.parent() == null || !PRUNABLE.contains(e.normalName())
                    || stats.textLength(e) * 2 > total && !(storyBeside && !linksAreContent && isLinkList(e, stats))) {
                continue;
            }
            if (e.normalName().equals("span") && (inParagraph(e) || inLineOfWords(e, stats, lines))
                    && !isCardInSentence(e)) {
                // A span in a paragraph, or in a line of words ("public static <a>Policy</a> of(int n)"), is part of
                // its sentence, whatever its links.
                continue;
            }
            if (isBoilerplate(e, stats, linksAreContent)) {
                Element before = e.previousElementSibling();
                e.remove();
                if (before != null && e.isBlock() && stats.textLength(e) > 0 && headsNothing(before)) {
                    // The heading right above a block of links that went ("See also", "Elsewhere") introduced it.
                    before.remove();
                }
            }
        }
        return new Pruned(headline, standfirst);
    }

    private static final Evaluator Q_LINK_HREF = QueryParser.parse("a[href]");

    /**
     * True when {@code e} is a section heading ({@code h2} to {@code h6}) with nothing under it: the next element is
     * none, or a heading of its rank or above.
     */
    private static boolean headsNothing(Element e) {
        int rank = headingRank(e);
        if (rank < 2) {
            return false;
        }
        Element next = e.nextElementSibling();
        int nextRank = next == null ? 0 : headingRank(next);
        return next == null || nextRank > 0 && nextRank <= rank;
    }

    /** 1 to 6 for {@code <h1>} to {@code <h6>}, else 0. */
    private static int headingRank(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                ? tag.charAt(1) - '0' : 0;
    }

    /** True when an ancestor of {@code e} is a {@code <p>} (a walk up, without parsing a selector for every span). */
    private static boolean inParagraph(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("p")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the block a span sits in (through the inline elements around it) is one run of words, mostly not
     * links: a paragraph written as a div, a declaration in an API reference. A bar of linked tags is links only
     * and stays prunable.
     */
    private static boolean inLineOfWords(Element span, TextStats stats, java.util.Map<Element, Boolean> lines) {
        Element line = span.parent();
        for (int up = 0; line != null && RUN_OF_WORDS.contains(line.normalName()); up++) {
            if (up == Thresholds.INLINE_NESTING_MAX) {
                return false;  // spans in spans without end: no line a reader sees
            }
            line = line.parent();
        }
        if (line == null) {
            return false;
        }
        // A heading's links are its permalink and its "[edit]", never its words.
        return lines.computeIfAbsent(line, l -> !l.normalName().matches("h[1-6]")
                && stats.linkDensity(l) <= Thresholds.MAX_LINK_DENSITY_WEAK && !Signals.hasBlockChild(l));
    }

    /**
     * True when a span inside a paragraph is a card the page shows on hover (a person's picture and links to
     * their stories): no words of its own, and a picture or several links. Its sentence stays.
     */
    private static boolean isCardInSentence(Element span) {
        if (Signals.hasOwnText(span)) {
            return false;
        }
        return span.selectFirst(Q_IMG_PICTURE_VIDEO_AUDIO) != null || span.getElementsByTag("a").size() >= 2;
    }

    /**
     * A line that is a date and nothing else: "Sep 14, 2025", "Monday, 3 March 2025, 10:04", "2025-09-14",
     * "14.09.2025 10:04 Uhr", "2025/09/14", "2025年9月14日 10:04".
     */
    private static final java.util.regex.Pattern DATE_ALONE = java.util.regex.Pattern.compile("(?i)^\\W*("
            + Signals.WEEKDAY_NAME + ",? )?(" + Signals.MONTH_NAME + " \\d{1,2},? \\d{4}"
            + "|\\d{1,2}\\.? " + Signals.MONTH_NAME + ",? \\d{4}|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}\\.\\d{1,2}\\.\\d{4}"
            + "|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日(\\W?[日月火水木金土]\\W?)?)"
            + "(,? (at |um )?\\d{1,2}[:.]\\d\\d( ?[ap]\\.?m\\.?| uhr)?)?\\W*$");

    /**
     * A line above the first paragraph that is only a date (a byline's date left alone once its name and reading
     * time went, in markup whose classes say nothing) is the page's date, kept in {@code published}. Not in a thread,
     * where each post's date is part of it, nor in a list, where it is the first item's.
     */
    private static void removeLeadingDate(Element article) {
        Element date = firstLeadingLine(article, e -> {
            String text = TextLength.atMost(e, Thresholds.DATE_LINE_MAX_CHARS);
            return text != null && DATE_ALONE.matcher(text).matches() && !labelled(e);
        });
        if (date != null) {
            date.remove();
        }
    }

    /**
     * Removes the article's byline when no class names it: a line near the top that is a writer's name the metadata
     * gives, alone or with "By" before it and a few words after (the paper's name, a job title): {@code <div><a>Marcus
     * Bell</a><div>The Wendell Courier</div></div>}; or "By" and a name alone, whatever the metadata gives. The
     * largest block around the name that says no more goes.
     */
    private static void removeLeadingByline(Element article, List<String> authors) {
        // Not a table's cell: a ranking's first row may name the page's author (a company ranking itself). A line that
        // is only "By" and a name is a byline whoever the page declares (often the paper itself, or no one).
        Element block = firstLeadingLine(article, e -> {
            String line = TextLength.atMost(e, Thresholds.BYLINE_LINE_MAX_CHARS);
            return (namesAWriter(line, authors) || line != null && BY_A_NAME.matcher(line).matches())
                    && e.closest(Q_CELL) == null;
        });
        if (block == null) {
            return;
        }
        while (block.parent() != null && block.parent() != article
                && namesAWriter(TextLength.atMost(block.parent(), Thresholds.BYLINE_LINE_MAX_CHARS), authors)
                && block.parent().selectFirst(Q_FIGURE_HEADING_PARAGRAPH) == null) {
            block = block.parent();
        }
        block.remove();
    }

    /** "By Kristin Jones": "By" and two to four capitalised words, nothing else. */
    private static final java.util.regex.Pattern BY_A_NAME = java.util.regex.Pattern.compile(
            "\\s*(?i:by)\\s+((?-i:\\p{Lu})[\\p{L}'’.-]*\\s*){2,4}");

    /**
     * The first of the article's leading lines (elements without two children of which one is a block, up to
     * {@link Thresholds#LEADING_ELEMENTS} of them, and none past the first paragraph of prose) that {@code wanted}
     * accepts, or null.
     */
    private static Element firstLeadingLine(Element article, java.util.function.Predicate<Element> wanted) {
        int seen = 0;
        for (Element e : article.getAllElements()) {
            if (e == article || Signals.hasBlockChild(e) && Signals.hasChildElements(e, 2)) {
                continue;
            }
            if (++seen > Thresholds.LEADING_ELEMENTS || e.normalName().equals("p")
                    && TextLength.moreLettersThan(e, Thresholds.SIBLING_PARAGRAPH_CHARS)) {
                return null;
            }
            if (wanted.test(e)) {
                return e;
            }
        }
        return null;
    }

    private static final Evaluator Q_FIGURE_HEADING_PARAGRAPH = QueryParser.parse("figure, h1, h2, p");
    private static final Evaluator Q_CELL = QueryParser.parse("td, th");

    private static final java.util.regex.Pattern BY = java.util.regex.Pattern.compile("(?i)^by\\s+");

    /** True when {@code text} (null when too long) opens with one of {@code authors}' names, after "By" or nothing. */
    private static boolean namesAWriter(String text, List<String> authors) {
        if (text == null) {
            return false;
        }
        String t = BY.matcher(text.strip()).replaceFirst("");
        for (String name : authors) {
            if (name.length() >= 4 && t.regionMatches(true, 0, name, 0, name.length())
                    && (t.length() == name.length() || !Character.isLetter(t.charAt(name.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the block holds a table of labels and values ("Floor Area | 29 sq ft"): a product's specifications
     * are its content, whatever widget class the shop gives their block and a link or two beside them.
     */
    private static boolean holdsLabelledTable(Element e) {
        for (Element table : e.getElementsByTag("table")) {
            if (ContentTree.labelsItsRows(table)) {
                return true;
            }
        }
        return false;
    }

    /** True when another block among {@code blocks} has {@code e}'s class: each card's summary in a list, not the page's. */
    private static boolean repeated(Element e, Elements blocks) {
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        for (Element other : blocks) {
            if (other != e && other.className().equals(cls)) {
                return true;
            }
        }
        return false;
    }

    /** True for a value beside its label: a table's cell after a header cell, a definition after its term. */
    private static boolean labelled(Element e) {
        Element before = e.previousElementSibling();
        return before != null && (e.normalName().equals("td") && before.normalName().equals("th")
                || e.normalName().equals("dd") && before.normalName().equals("dt"));
    }

    /** A block before the first prose paragraph whose class says standfirst/dek/summary is the standfirst. */
    private static String removeStandfirst(Element article) {
        Elements candidates = article.select(Q_P_DIV_H2_H3_SPAN);
        for (Element e : candidates) {
            boolean named = Signals.STANDFIRST.matcher(e.className()).find() || e.attr("itemprop").equals("description");
            boolean paragraph = e.normalName().equals("p");
            if (!named && !paragraph) {
                continue;
            }
            String text = e.text();
            if (!named && text.length() >= Thresholds.SIBLING_PARAGRAPH_CHARS * 2) {
                return null;
            }
            if (named && text.length() > 20 && text.length() < 400 && !Signals.hasBlockChild(e)
                    && !repeated(e, candidates)) {
                e.remove();
                return text.strip();
            }
        }
        return null;
    }

    /**
     * Bylines, datelines, section labels and article headers are the article's furniture, not its text (the
     * metadata fields keep what they say): short blocks so classed, and headers without prose, go. On a page of
     * listed items, an item's own header (an event's title, date and venue) is part of the item and stays.
     */
    private static void removeHeaderChrome(Element article, boolean linksAreContent) {
        java.util.Map<String, Integer> classCounts = new java.util.HashMap<>();
        for (Element e : article.select(Q_CLASS)) {
            classCounts.merge(e.className(), 1, Integer::sum);
        }
        for (Element e : article.select(Q_HEADER_CLASS_ID)) {
            boolean header = e.normalName().equals("header");
            // A byline class that repeats belongs to repeated posts (a forum thread): those names are content.
            String names = e.className() + " " + e.id();
            boolean byline = !header && BYLINE_PARTS.foundIn(names.toLowerCase(java.util.Locale.ROOT))
                    && BYLINE.matcher(names).find() && classCounts.getOrDefault(e.className(), 0) < 2;
            if (!(header || byline) || e.parent() == null || e.normalName().equals("figure")) {
                continue;
            }
            String text = e.text();
            if (byline && text.length() >= Thresholds.TEXT_RULE_MAX_CHARS
                    || text.length() < 5 && e.selectFirst(Q_FIGURE_IMG) != null) {
                continue;
            }
            if (hasProse(e) || e.selectFirst(Q_FIGURE_PRE_TABLE) != null) {
                continue;
            }
            Elements headings = header ? e.select(Q_SUBHEADINGS) : null;
            boolean repeated = classCounts.getOrDefault(parentClass(e), 0) >= 2;
            if (header && linksAreContent && (repeated || isItemsHeader(e, headings, classCounts))) {
                continue;
            }
            Element cover = header ? coverOf(e) : null;
            if (headings != null && !headings.isEmpty() && repeated) {
                // The header of one of a run of posts (a live blog's entry, a thread's post): its title is content,
                // its time and buttons are not.
                e.empty().appendChildren(headings);
            } else if (cover != null) {
                // A post's cover picture set in its header stays where the header was: it leads the article.
                e.replaceWith(cover.normalName().equals("figure") ? cover : new Element("figure").appendChild(cover));
            } else {
                e.remove();
            }
        }
    }

    /**
     * True when {@code header} heads one of a list's items: its own class repeats (WordPress numbers each post's
     * class, "post-2211 post", but every result's header is "entry-header") and it holds a heading that links to
     * the item.
     */
    private static boolean isItemsHeader(Element header, Elements headings, java.util.Map<String, Integer> classCounts) {
        if (header.className().isEmpty() || classCounts.getOrDefault(header.className(), 0) < 2) {
            return false;
        }
        for (Element h : headings) {
            if (h.selectFirst(Q_LINK_HREF) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The picture an article's header shows (a post's cover above its headline), in its figure if it has one; null
     * when there is none or it is named as the site's logo or the writer's picture.
     */
    private static Element coverOf(Element header) {
        Element img = header.selectFirst(Q_IMG);
        if (img == null) {
            return null;
        }
        for (Element e = img; e != null && e != header; e = e.parent()) {
            String names = e.className() + " " + e.id() + (e == img ? " " + img.attr("src") : "");
            if (NOT_COVER.matcher(names).find()) {
                return null;
            }
        }
        Element figure = img.closest(Q_FIGURE);
        return figure != null && Signals.isAncestor(header, figure) ? figure : img;
    }

    private static String parentClass(Element e) {
        Element parent = e.parent();
        return parent == null || parent.className().isEmpty() ? "\u0000" : parent.className();
    }

    private static boolean hasProse(Element e) {
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= Thresholds.GUARD_PROSE_CHARS) {
                return true;
            }
        }
        return false;
    }

    /**
     * In an article with prose, a short paragraph that is nothing but a link ("READ MORE: Other story") points
     * elsewhere. Pages without prose (link listings) keep theirs.
     */
    private static void removeLinkParagraphs(Element article) {
        Elements paragraphs = article.getElementsByTag("p");
        int[] lengths = new int[paragraphs.size()];
        int prose = 0;
        for (int i = 0; i < lengths.length; i++) {
            Element p = paragraphs.get(i);
            lengths[i] = p.text().length();
            if (lengths[i] >= Thresholds.GUARD_PROSE_CHARS && Signals.linkDensity(p, lengths[i]) < 0.5) {
                prose++;
            }
        }
        if (prose < Thresholds.GUARD_PROSE_PARAGRAPHS) {
            return;
        }
        // In document order a paragraph comes before any nested in it (quirks mode lets a table hold one), so a
        // removal never changes a length that is still to be used.
        for (int i = 0; i < lengths.length; i++) {
            Element p = paragraphs.get(i);
            if (lengths[i] > 0 && lengths[i] < Thresholds.LINK_PARAGRAPH_MAX_CHARS
                    && Signals.linkDensity(p, lengths[i]) >= 0.9) {
                p.remove();
            }
        }
    }

    /**
     * Removes a block that repeats an earlier one from another container: a second rendering (mobile copy
     * of a caption, teaser above the body). Repeats within one container are left: they are the author's.
     */
    private static void removeDuplicates(Element article) {
        java.util.Map<String, Element> seen = new java.util.HashMap<>();
        List<Element> repeats = new ArrayList<>();
        for (Element e : article.getAllElements()) {
            boolean figure = e.normalName().startsWith("fig");
            if (e.parent() == null || !(figure || isTextBlock(e)) || insideTextBlock(e, article)) {
                continue;
            }
            String text = e.text();
            if (text.length() < Thresholds.DUPLICATE_MIN_CHARS) {
                continue;
            }
            Element first = seen.putIfAbsent(text, e);
            if (first != null && (figure || first.parent() != e.parent())) {
                repeats.add(e);
            }
        }
        java.util.Set<Element> repeated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        repeated.addAll(repeats);
        for (Element e : repeats) {
            if (!writtenTwice(e, repeated)) {
                e.remove();
            }
        }
    }

    private static final Evaluator Q_QUOTE_BOX = QueryParser.parse("blockquote, [class~=(?i)pull-?quote]");

    /**
     * Removes pull quotes: a line of the story set apart in a quote box beside the paragraph that says it ("The
     * horns are by far the largest…"), with the box around it when all the box adds is its labels and credit
     * ("Start Quote", "End Quote Dr Mark Loewen University of Utah"). A quote whose words the story does not
     * say elsewhere is the story's own.
     */
    private static void removePullQuotes(Element article) {
        Elements quotes = article.select(Q_QUOTE_BOX);
        if (quotes.isEmpty()) {
            return;
        }
        String story = Loose.of(article.text());
        for (Element quote : quotes) {
            if (!Signals.isAncestor(article, quote)) {
                continue;  // gone with the box of a quote before it (a quote inside a quote)
            }
            String words = Loose.of(quote.text());
            if (words.length() < Thresholds.PULL_QUOTE_MIN_CHARS
                    || story.indexOf(words) == story.lastIndexOf(words)) {
                continue;
            }
            Element box = quote;
            while (box.parent() != null && box.parent() != article
                    && box.parent().text().length() - quote.text().length() <= Thresholds.PULL_QUOTE_LABELS_MAX_CHARS) {
                box = box.parent();
            }
            box.remove();
        }
    }

    /**
     * True when a repeated paragraph of prose was written twice by the author, not copied with its block: the
     * block around it holds another paragraph that is not a repeat. (A page's mobile and desktop copies repeat
     * every paragraph of a block; a writer may end two sections on the same sentence.)
     */
    private static boolean writtenTwice(Element e, java.util.Set<Element> repeated) {
        if (!e.normalName().equals("p") || e.text().length() < Thresholds.REPEATED_PROSE_CHARS) {
            return false;
        }
        for (Element sibling : e.parent().children()) {
            if (sibling != e && sibling.normalName().equals("p") && !repeated.contains(sibling)
                    && sibling.text().length() >= Thresholds.REPEATED_PROSE_CHARS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph or heading, or a div or span named as a caption or credit (slideshows render those once per
     * slide and once more expanded). Other divs and spans are left alone: cards of a listing repeat labels.
     */
    private static boolean isTextBlock(Element e) {
        return switch (e.normalName()) {
            case "p", "h2", "h3", "h4", "h5", "h6" -> true;
            case "div", "span" -> CAPTION_CLASS.matcher(e.className()).find() && !Signals.hasBlockChild(e);
            default -> false;
        };
    }

    private static boolean insideTextBlock(Element e, Element article) {
        for (Element p = e.parent(); p != null && p != article; p = p.parent()) {
            if (isTextBlock(p) || p.normalName().startsWith("fig")) {
                return true;
            }
        }
        return false;
    }

    private static String removeHeadline(Element article, String title) {
        Elements headings = article.select(Q_H1_H2);
        Element match = null;
        String wanted = title == null ? null : Loose.of(title);
        for (Element h : headings) {
            String text = Loose.of(h.text());
            if (wanted != null && Loose.namesTitle(text, wanted)) {
                match = h;
                break;
            }
        }
        if (match == null && !headings.isEmpty() && headings.first().normalName().equals("h1")
                && precedesProse(article, headings.first()) && !saysOtherThan(headings.first(), title)) {
            match = headings.first();
        }
        if (match == null && wanted != null) {
            match = leadingBlockWithText(article, wanted);
        }
        if (match == null) {
            return null;
        }
        String text = match.text();
        match.remove();
        if (wanted != null) {
            removeTitleAgain(article, wanted);
        }
        return text;
    }

    /**
     * True when the page's title is known and the heading shares almost none of its words: a landing page's slogan
     * ("Your books, done every month") under a title that names the service; it is the page's text, not its title.
     */
    private static boolean saysOtherThan(Element heading, String title) {
        return title != null && !title.isBlank()
                && Signals.sharedWords(heading.text(), title) < Thresholds.HEADLINE_OTHER_WORDS;
    }

    /**
     * Removes a heading above the first paragraph that says the title again once the headline is gone: a wiki's
     * infobox opens with the page's name ({@code <aside class="portable-infobox"><h2>Ironwood Keep</h2>}). Further
     * down, the title heads a part of the page (a recipe's card) and stays.
     */
    private static void removeTitleAgain(Element article, String wanted) {
        Elements all = article.getAllElements();
        for (int i = 1; i < Math.min(all.size(), Thresholds.LEADING_ELEMENTS); i++) {
            Element e = all.get(i);
            if (e.normalName().equals("p") && e.text().length() >= Thresholds.GUARD_PROSE_CHARS) {
                return;
            }
            if ((e.normalName().equals("h1") || e.normalName().equals("h2")) && Loose.of(e.text()).equals(wanted)) {
                e.remove();
                return;
            }
        }
    }

    /** The outermost of the first few elements whose whole text is the title (a headline set in bold). */
    private static Element leadingBlockWithText(Element article, String wanted) {
        int seen = 0;
        for (Element e : article.getAllElements()) {
            if (e == article || e.normalName().equals("a")) {
                continue;
            }
            if (++seen > Thresholds.LEADING_ELEMENTS) {
                return null;
            }
            if (Signals.hasBlockChild(e) && Signals.hasChildElements(e, 2)) {
                continue;
            }
            if (TextLength.moreLettersThan(e, Math.max(wanted.length(), Thresholds.SIBLING_PARAGRAPH_CHARS))) {
                // Longer than the title and than a paragraph, without reading it all: a paragraph ends the search.
                if (e.normalName().equals("p")) {
                    return null;
                }
                continue;
            }
            String text = Loose.of(e.text());
            if (text.equals(wanted)) {
                return e;
            }
            if (text.length() >= Thresholds.SIBLING_PARAGRAPH_CHARS && e.normalName().equals("p")) {
                return null;
            }
        }
        return null;
    }

    /** True when {@code h} comes before the first long paragraph: a headline, not a section heading. */
    private static boolean precedesProse(Element article, Element h) {
        for (Element p : article.getElementsByTag("p")) {
            if (p.text().length() >= Thresholds.SIBLING_PARAGRAPH_CHARS) {
                return h.siblingIndex() >= 0 && comesBefore(h, p);
            }
        }
        return true;
    }

    private static boolean comesBefore(Element a, Element b) {
        for (Element e : a.root().getAllElements()) {
            if (e == a) {
                return true;
            }
            if (e == b) {
                return false;
            }
        }
        return false;
    }

    /**
     * The characters of the chosen text that sit in link-dense blocks. When they hold most of it, the page is a list
     * of links with teasers (a blog's index, a topic page, a directory) and they are its content.
     */
    private static int linkListChars(Element article, TextStats stats, int total) {
        int inLists = 0;
        java.util.Deque<Element> todo = new java.util.ArrayDeque<>(article.children());
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            int len = stats.textLength(e);
            if (len == 0) {
                continue;
            }
            if (PRUNABLE.contains(e.normalName()) && len * 2 <= total && isLinkList(e, stats)) {
                inLists += len;
            } else {
                todo.addAll(e.children());
            }
        }
        return inLists;
    }

    /** Mostly link text and hardly a sentence: a list of links (navigation, related stories, or a listing's items). */
    private static boolean isLinkList(Element e, TextStats stats) {
        // A list of linked teasers may hold many commas, all in its headlines: those of its links are not counted.
        return stats.linkDensity(e) > Thresholds.MAX_LINK_DENSITY && (Signals.fewerCommasThan(e, 10)
                || e.getElementsByTag("li").size() >= 3 && Signals.fewerCommasThan(e, 10, true));
    }

    /** True inside a {@code pre} or {@code code}, where every character, spaces too, is the code's. */
    private static boolean inCode(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("pre") || a.normalName().equals("code")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoilerplate(Element e, TextStats stats, boolean linksAreContent) {
        int len = stats.textLength(e);
        if (len == 0) {
            // A space in its own span is a word break ("class<span> </span>Middleware"), in code a token.
            // A placeholder with data-src is a picture scripts were to load: kept for its figure.
            return e.selectFirst(Q_MEDIA_OR_LAZY_PICTURE) == null && e.selectFirst(Q_PRE_TABLE_HR) == null
                    && !inCode(e) && !(e.normalName().equals("span") && !e.wholeText().isEmpty());
        }
        if (e.selectFirst(Q_PRE_CODE_BLOCKQUOTE) != null) {
            // Code, and quoted text (an embedded post: a tweet is mostly links), are the article's own.
            return false;
        }
        if (opensAPanel(e, len)) {
            return false;
        }
        if (e.normalName().equals("nav") && stats.linkDensity(e) > Thresholds.MAX_LINK_DENSITY) {
            // A navigation landmark left inside the content (a list's "Next" page links) is never an item.
            return true;
        }
        if (!linksAreContent && isLinkList(e, stats)) {
            return true;
        }
        double density = linksAreContent ? 0 : stats.linkDensity(e);
        int weight = Signals.classWeight(e);
        if (len > Thresholds.PRUNE_MAX_CHARS) {
            return false;
        }
        if (weight < 0 && density > Thresholds.MAX_LINK_DENSITY_WEAK && !holdsLabelledTable(e)) {
            return true;
        }
        boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
        int paragraphs = e.getElementsByTag("p").size();
        int items = e.getElementsByTag("li").size();
        if (!list && items > paragraphs + 2 && density > Thresholds.MAX_LINK_DENSITY_WEAK) {
            return true;
        }
        int inputs = 0;
        for (Element control : e.select(Q_INPUT_SELECT_TEXTAREA_BUTTON)) {
            inputs += isDisclosure(control) ? 0 : 1;
        }
        return inputs > 0 && inputs > paragraphs / 3 && len < 200;
    }

    /**
     * True for the title of an accordion's or a toggle's panel ({@code <div role="button" aria-expanded="false"
     * aria-controls="faq-2"><a>Do you work with insurers?</a></div>}): it heads the text it opens, however much of it
     * is a link (page builders write the title as an {@code <a>} without an address).
     */
    private static boolean opensAPanel(Element e, int len) {
        return len <= Thresholds.PANEL_TITLE_MAX_CHARS && (e.hasAttr("aria-controls") || e.hasAttr("aria-expanded"))
                && e.selectFirst(Q_LINK_WITH_ADDRESS) == null;
    }

    /**
     * True for a button that opens and closes a block of the text rather than sending a form: an FAQ's question
     * ({@code <h3><button aria-expanded="false">Can I change plans later?</button></h3>}), whose answer follows.
     */
    private static boolean isDisclosure(Element control) {
        if (!control.normalName().equals("button")) {
            return false;
        }
        return control.hasAttr("aria-expanded") || control.closest(Q_HEADINGS) != null;
    }
}
