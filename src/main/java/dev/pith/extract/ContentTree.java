package dev.pith.extract;

import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import dev.pith.Thresholds;
import dev.pith.clean.Match;
import dev.pith.clean.TextLength;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 5 of extraction: rebuilds the chosen article as a small, clean DOM that every renderer walks.
 *
 * <p>Blocks: {@code p, h2-h6, ul, ol, li, blockquote, pre > code, table, figure > img + figcaption, hr, dl}.
 * Inline: {@code a[href], em, strong, code, br, sup, sub, del, img}. Wrappers (div, section, span...) are
 * unwrapped, and so is a blockquote that holds a forum post's body; loose text in a wrapper becomes a paragraph;
 * {@code <br><br>} splits paragraphs. Links and images are made absolute; {@code javascript:} links and tracking
 * pixels are dropped. A standfirst and a lead image at the top are set apart, since they have their own fields.
 */
final class ContentTree {
    private static final Evaluator Q_IMG = QueryParser.parse("img");
    private static final Evaluator Q_FIGCAPTION = QueryParser.parse("figcaption");
    private static final Evaluator Q_CODE = QueryParser.parse("code");
    private static final Evaluator Q_BLOCKQUOTE = QueryParser.parse("blockquote");
    /** What a figure may hold besides a picture: a quote, code, a table, paragraphs (outside its caption). */
    private static final Evaluator Q_FIGURE_BODY = QueryParser.parse(
            "blockquote, pre, table, ul, ol, p:not(figcaption p), video, iframe");
    private static final Evaluator Q_TR = QueryParser.parse("tr");
    private static final Evaluator Q_CELL = QueryParser.parse("td, th");
    private static final Evaluator Q_CAPTION = QueryParser.parse("caption");
    private static final Evaluator Q_TH_THEAD_CAPTION = QueryParser.parse("th, thead, caption");
    private static final Evaluator Q_CELL_BLOCKS = QueryParser.parse("td p, td ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Evaluator Q_HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Set<String> WRAPPERS = Set.of("div", "section", "article", "main", "header", "footer",
            "aside", "center", "details", "summary", "address", "form", "fieldset", "hgroup", "nav", "body",
            "picture", "video", "audio", "noscript", "span", "font");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\s*(\\(?\\s*(?:©|\\(c\\)|photo(graph)?s?:|credit:|image:|picture:|foto:|bild:|source:|illustration:)\\s*.{2,80}"
                    + "|\\((?:AP|AFP|Reuters|Getty|EPA)[^)]{0,60}\\)|(?:Getty Images|Reuters|AFP|AP Photo|EPA)[^.]{0,40})\\s*$");
    /**
     * A blockquote so classed holds a forum post's own words, not a quotation: old forum software (XenForo 1's
     * {@code messageText}) and some blogs wrap every post body in one, and a reader expects it as plain text.
     */
    private static final Match POST_BODY = Match.or(
            Match.classContains("messagetext", "message-text", "message-body", "messagebody",
                    "post-body", "postbody", "post_body", "post-content", "postcontent"),
            Match.classWords("ugc"));
    private static final Match CAPTION = Match.classContains("caption");
    private static final Pattern LANGUAGE = Pattern.compile("(?:^|\\s)(?:language|lang|highlight|brush:?)-?([\\w+#-]+)");
    /**
     * A highlighter's wrapper naming the language: "highlight-source-python" (GitHub), "highlight-python3" (Sphinx),
     * "language-python highlight" (MkDocs). Not "lang-": a wrapper so classed may be a page in another language.
     */
    private static final Pattern HIGHLIGHTER = Pattern.compile("(?:^|\\s)(?:highlight-(?:source-)?|language-)([\\w+#-]+)");
    /** What a class says when it names no language ("highlight-none", Sphinx's "highlight-default", "lang-auto"). */
    private static final java.util.Set<String> NO_LANGUAGE = java.util.Set.of("default", "none", "text", "plain",
            "plaintext", "nohighlight", "auto");

    private final Element out = new Element("article");
    private final String baseUri;

    private ContentTree(String baseUri) {
        this.baseUri = baseUri == null ? "" : baseUri;
    }

    static ContentTree build(Element source, String baseUri) {
        ContentTree tree = new ContentTree(baseUri);
        if (source.normalName().equals("table")) {
            tree.table(source, tree.out);  // a table chosen whole: rendered, or unwrapped when it is layout
        } else {
            tree.blocks(source, tree.out);
        }
        dropRepeatedPictures(tree.out);
        dropStrayRules(tree.out);
        dropClosingHeadings(tree.out);
        return tree;
    }

    /**
     * Removes a heading that closes the text with nothing under it: the title of a form, a comment box or a widget
     * that cleaning took ("Get a free estimate", "Leave a reply"). Not one of a run of headings of its rank, which
     * is a list (a shop's grid of product names).
     */
    private static void dropClosingHeadings(Element out) {
        Element last = out.children().last();
        if (last == null || !HEADINGS.contains(last.normalName()) || out.childrenSize() < 2) {
            return;
        }
        Element before = last.previousElementSibling();
        if (before == null || !before.normalName().equals(last.normalName())) {
            last.remove();
        }
    }

    /**
     * Removes the horizontal rules that divide nothing: at the start or the end of the text, or right after another
     * (a thread's posts each close with one, and the user column left its own).
     */
    private static void dropStrayRules(Element out) {
        // From the last: a rule left last by the removal of the one after it is stray too.
        org.jsoup.select.Elements rules = out.getElementsByTag("hr");
        for (int i = rules.size() - 1; i >= 0; i--) {
            Element hr = rules.get(i);
            Element before = hr.previousElementSibling();
            boolean stray = before == null && hr.parent() == out || before != null && before.normalName().equals("hr")
                    || hr.nextElementSibling() == null && hr.parent() == out;
            if (stray) {
                hr.remove();
            }
        }
    }

    /**
     * Removes a picture that repeats the one just before it with no text between: the same picture marked up
     * twice, for wide and narrow screens, is seen once.
     */
    private static void dropRepeatedPictures(Element out) {
        List<Element> repeats = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private String previous;
            private boolean textSince;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    textSince |= !t.isBlank();
                } else if (node instanceof Element e && e.normalName().equals("img")) {
                    // Not in a table's cell: a column of the same icon (a tick, a flag) says something in each row.
                    if (e.attr("src").equals(previous) && !textSince && e.closest(Q_CELL) == null) {
                        repeats.add(e);
                    }
                    previous = e.attr("src");
                    textSince = false;
                }
            }
        }, out);
        for (Element img : repeats) {
            Element holder = img.parent();
            img.remove();
            removeIfEmpty(holder, out);
        }
    }

    private static void removeIfEmpty(Element holder, Element out) {
        while (holder != null && holder != out && !holder.normalName().equals("li")
                && holder.text().isBlank() && holder.selectFirst(Q_IMG) == null) {
            Element up = holder.parent();
            holder.remove();
            holder = up;
        }
    }

    Element content() {
        return out;
    }

    /** Takes a figure or image that comes before any paragraph out of the body: it leads the article. */
    Image leadImage() {
        for (Element child : out.children()) {
            if (child.normalName().equals("figure")) {
                Element img = child.selectFirst(Q_IMG);
                if (img == null) {
                    return null;
                }
                Element cap = child.selectFirst(Q_FIGCAPTION);
                child.remove();
                return image(img, cap == null ? null : cap.text());
            }
            if (!child.text().isBlank()) {
                return null;
            }
            Element img = pictureAlone(child);
            if (img != null) {
                // A picture standing alone above the text, with no figure around it (an AMP page's lead picture).
                child.remove();
                return image(img, null);
            }
        }
        return null;
    }

    /** The picture of a paragraph that holds nothing else, or null. */
    private static Element pictureAlone(Element block) {
        return block.normalName().equals("p") && block.childrenSize() == 1 && block.child(0).normalName().equals("img")
                && block.text().isBlank() ? block.child(0) : null;
    }

    /** An image record with the caption split from its credit. */
    static Image image(Element img, String captionText) {
        String caption = captionText == null || captionText.isBlank() ? null : captionText.strip();
        String credit = null;
        if (caption != null) {
            Matcher m = CREDIT.matcher(caption);
            if (m.find() && m.start() > 0) {
                credit = m.group(1).strip();
                caption = caption.substring(0, m.start()).strip();
                // A credit in brackets, "(Bild: Hersteller)", loses them with the caption.
                if (credit.startsWith("(") && credit.endsWith(")")) {
                    credit = credit.substring(1, credit.length() - 1).strip();
                }
            } else if (m.find(0) && m.start() == 0) {
                credit = caption;
                caption = null;
            }
        }
        String alt = img.attr("alt").isBlank() ? null : img.attr("alt").strip();
        return new Image(img.attr("src"), alt, caption, credit);
    }

    // ---- blocks --------------------------------------------------------------------------------------

    private void blocks(Element src, Element dest) {
        Element para = null;
        for (Node node : src.childNodes()) {
            if (node instanceof TextNode t) {
                if (!t.isBlank()) {
                    para = para == null ? dest.appendElement("p") : para;
                    para.appendChild(new TextNode(t.text()));
                } else if (para != null) {
                    // The space between two links or spans keeps their words apart.
                    para.appendChild(new TextNode(" "));
                }
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("br")) {
                    if (para != null && nextIsBr(el)) {
                        para = null;
                    } else if (para != null) {
                        para.appendElement("br");
                    }
                } else if (isInline(el)) {
                    if (para != null && gluedToPrevious(el)) {
                        para.appendChild(new TextNode(" "));
                    }
                    para = para == null ? dest.appendElement("p") : para;
                    inlineElement(el, para);  // the element itself: a bare picture, a link, bold words
                } else {
                    closeParagraph(para);
                    para = null;
                    block(el, dest);
                }
            }
        }
        closeParagraph(para);
    }

    private void closeParagraph(Element para) {
        if (para == null) {
            return;
        }
        String text = para.text();
        if (para.selectFirst(Q_IMG) != null) {
            return;
        }
        if (text.isBlank() || SEPARATORS_ONLY.matcher(text).matches()) {
            para.remove();
        } else if (SCENE_BREAK.matcher(text).matches()) {
            para.replaceWith(new Element("hr"));
        }
    }

    /**
     * A break between sections written as text ("* * *", "- -", "⁂"): a rule, as {@code <hr>} would draw it. Not
     * "___", which wire stories print before their credits: underscores are word characters, kept as text.
     */
    private static final Pattern SCENE_BREAK = Pattern.compile("\\s*(⁂|([*\\-–—~=◆◇✦❖]\\s*){2,})");

    /** A line of nothing but the dots and bars that stood between items its rules took ("16,287 posts · Joined 2012"). */
    private static final Pattern SEPARATORS_ONLY = Pattern.compile("[\\s·•|]+");

    private static boolean nextIsBr(Element br) {
        for (Node n = br.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            return n instanceof Element e && e.normalName().equals("br");
        }
        return false;
    }

    private boolean isInline(Element el) {
        String tag = el.normalName();
        if (Signals.BLOCK_TAGS.contains(tag) || WRAPPERS.contains(tag) && !tag.equals("span") && !tag.equals("font")) {
            return false;
        }
        if (tag.equals("img")) {
            return true;
        }
        // A span or font holding blocks is a wrapper, otherwise inline. A custom element (a web component's
        // <shreddit-comment>, which parsers take for inline) is a wrapper when a block lies anywhere inside it.
        return tag.indexOf('-') > 0 ? !Signals.hasBlockInside(el) : !Signals.hasBlockChild(el);
    }

    private void block(Element el, Element dest) {
        String tag = el.normalName();
        if ((tag.equals("p") || WRAPPERS.contains(tag)) && isLooseCaption(el)) {
            // A picture's caption outside any figure (its picture set above it in a paragraph of its own, or
            // drawn by scripts): a caption still, in Markdown and not in the text.
            inline(el, figureAbove(dest).appendElement("figcaption"));
            return;
        }
        if (tag.equals("div") && (PREFORMATTED.matcher(el.attr("style")).find() || isBlockOfCodeLines(el))) {
            pre(el, dest);  // code set in a div styled as preformatted, or drawn a div per line (Doxygen's fragments)
            return;
        }
        switch (tag) {
            case "p" -> paragraph(el, dest.appendElement("p"));
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                Element h = dest.appendElement(tag.equals("h1") ? "h2" : tag);
                inline(el, h);
                if (h.text().isBlank()) {
                    h.remove();
                }
            }
            case "ul", "ol" -> {
                if (isListOfSections(el)) {
                    for (Element item : el.children()) {
                        blocks(item, dest);  // a thread's posts: sections, each with its heading
                    }
                } else {
                    list(el, numbered(el, dest.appendElement(tag)));
                }
            }
            case "blockquote" -> {
                if (!el.hasAttr("cite") && POST_BODY.matches(el)) {
                    blocks(el, dest);  // a post's body, quoted only in the markup
                } else {
                    mixed(el, dest.appendElement("blockquote"));
                }
            }
            case "pre" -> pre(el, dest);
            case "table" -> table(el, dest);
            case "figure" -> figure(el, dest);
            case "hr" -> dest.appendElement("hr");
            case "dl" -> definitions(el, dest.appendElement("dl"));
            case "li" -> mixed(el, dest.appendElement("p"));
            case "th" -> {
                // A header cell met here is in a table taken apart as layout: a column's label ("Author",
                // "Message" over a forum's posts) labels no data, a longer one is a heading of the page.
                if (el.text().length() > Thresholds.LAYOUT_LABEL_MAX_CHARS) {
                    blocks(el, dest);
                }
            }
            default -> blocks(el, dest);
        }
    }

    /**
     * True when a list's items are a thread's posts, one of them with a heading (vBulletin's {@code <ol>} of posts,
     * each titled "Re: …") or several paragraphs (NodeBB's {@code <ul>} of posts): sections, not points, and in Markdown
     * a heading inside a bullet is no heading; so are an API reference's member sections ({@link #holdsOneSection}).
     * Other lists of headed items (a list of teaser cards, a "top ten") stay lists: their numbers count, and the page
     * type reads their items.
     */
    private static boolean isListOfSections(Element list) {
        List<Element> items = list.children().stream().filter(item -> item.normalName().equals("li")).toList();
        if (items.isEmpty()) {
            return false;
        }
        if (items.stream().allMatch(ContentTree::holdsOneSection)) {
            return true;  // an API reference's member sections
        }
        // A thread's posts: every item named as a post, one at least with a heading or paragraphs of its own.
        return items.stream().allMatch(item -> POST_ITEM.matcher(item.className() + " " + item.id() + " "
                        + item.attr("itemprop")).find())
                && items.stream().anyMatch(item -> item.selectFirst(Q_HEADING) != null
                        || item.getElementsByTag("p").size() > 1);
    }

    /**
     * True when a list item is one {@code <section>} opening with a heading that links nowhere: an API reference's
     * list of member sections (Javadoc's "Method Details"), not a list of cards, whose headings link to their pages.
     */
    private static boolean holdsOneSection(Element item) {
        if (item.childrenSize() != 1 || !item.child(0).normalName().equals("section")) {
            return false;
        }
        Element first = item.child(0).firstElementChild();
        return first != null && first.normalName().matches("h[1-6]") && first.getElementsByTag("a").isEmpty();
    }

    /** A list item that is a thread's post: "postcontainer", "post_412801", "message", "comment-88", itemprop="comment". */
    private static final Pattern POST_ITEM = Pattern.compile("(?i)post|message|comment|reply");

    private void paragraph(Element el, Element p) {
        inline(el, p);
        closeParagraph(p);
    }

    private void mixed(Element src, Element dest) {
        if (Signals.hasBlockChild(src)) {
            blocks(src, dest);
        } else {
            inline(src, dest);
        }
        if (dest.text().isBlank() && dest.selectFirst(Q_IMG) == null) {
            dest.remove();
        }
    }

    /** Carries an ordered list's numbering over to its copy: where it starts, whether it counts down, in what. */
    private static Element numbered(Element src, Element copy) {
        if (src.normalName().equals("ol")) {
            String start = src.attr("start").strip();
            if (start.matches("-?\\d{1,9}")) {
                copy.attr("start", start);
            }
            if (src.attr("type").matches("[1aAiI]")) {
                copy.attr("type", src.attr("type"));
            }
            if (src.hasAttr("reversed")) {
                copy.attr("reversed", true);
            }
        }
        return copy;
    }

    private void list(Element src, Element list) {
        for (Element child : src.children()) {
            if (child.normalName().equals("li")) {
                Element li = list.appendElement("li");
                mixed(child, li);
            } else if ((child.normalName().equals("ul") || child.normalName().equals("ol")) && list.children().isEmpty()) {
                list(child, list);  // a list right inside another, with no item above it: its items, not an empty bullet
            } else if (child.normalName().equals("ul") || child.normalName().equals("ol")) {
                list(child, numbered(child, list.children().last().appendElement(child.normalName())));
            } else if (!child.text().isBlank()) {
                mixed(child, list.appendElement("li"));
            }
        }
        if (list.children().isEmpty()) {
            list.remove();
        }
    }

    private void definitions(Element src, Element dl) {
        for (Element child : src.children()) {
            if (child.normalName().equals("dt") || child.normalName().equals("dd")) {
                mixed(child, dl.appendElement(child.normalName()));
            }
        }
        if (dl.children().isEmpty()) {
            dl.remove();
        }
    }

    /**
     * True when every child of {@code div} is a {@code <div>} classed as a line of code, two or more:
     * {@code <div class="fragment"><div class="line">if (!rb_push(q, &s)) {</div>…</div>}. Asked of every div of
     * the content: child nodes by index, and {@code hasClass}, build nothing.
     */
    private static boolean isBlockOfCodeLines(Element div) {
        int lines = 0;
        for (int i = 0; i < div.childNodeSize(); i++) {
            if (div.childNode(i) instanceof Element child) {
                // The classes a highlighter gives each line when it draws one div per line.
                if (!child.normalName().equals("div")
                        || !(child.hasClass("line") || child.hasClass("code-line") || child.hasClass("codeline"))) {
                    return false;
                }
                lines++;
            }
        }
        return lines >= 2;
    }

    /** An inline style that keeps the text's spaces and lines as written: {@code white-space: pre} (not pre-wrap). */
    private static final Pattern PREFORMATTED = Pattern.compile("(?i)(^|;)\\s*white-space\\s*:\\s*pre\\s*(;|!|$)");

    private void pre(Element src, Element dest) {
        String text = codeText(src);
        if (text.isBlank()) {
            return;
        }
        String lang = language(src);
        Element label = dest.childrenSize() == 0 ? null : dest.child(dest.childrenSize() - 1);
        if (lang != null && label != null && label.normalName().equals("p") && label.text().strip().equalsIgnoreCase(lang)) {
            // The highlighter's label over the block ("toml", "bash"): the fence names the language.
            label.remove();
        }
        Element pre = dest.appendElement("pre");
        Element code = pre.appendElement("code");
        if (lang != null) {
            code.attr("class", "language-" + lang);
        }
        code.appendChild(new TextNode(text.replaceAll("^\\n+|\\s+$", "")));
    }

    /**
     * The text of a block of code as a browser shows it: text and spaces as written, a line break for each
     * {@code <br>} and between block elements (highlighters write one {@code <div>} per line).
     */
    static String codeText(Element pre) {
        StringBuilder sb = new StringBuilder();
        boolean inPre = pre.normalName().equals("pre");
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    // Outside a <pre>, the markup's line breaks between one line's block and the next are not the
                    // code's (inside one, a browser shows them).
                    if (!(!inPre && t.isBlank() && t.previousSibling() instanceof Element prev
                            && Signals.BLOCK_TAGS.contains(prev.normalName()))) {
                        sb.append(t.getWholeText());
                    }
                } else if (node instanceof Element el && el.normalName().equals("br")) {
                    sb.append('\n');
                } else if (node instanceof Element el && depth > 0 && Signals.BLOCK_TAGS.contains(el.normalName())) {
                    newLine(sb);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && depth > 0 && Signals.BLOCK_TAGS.contains(el.normalName())) {
                    newLine(sb);
                }
            }
        }, pre);
        return sb.toString();
    }

    private static void newLine(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
    }

    /**
     * The language a code block declares in its class, on the {@code pre}, its {@code code} or the wrappers a
     * highlighter sets around it ("highlight-source-python" on GitHub, "highlight-python" in Sphinx).
     */
    private static String language(Element pre) {
        for (Element e : new Element[] {pre, pre.selectFirst(Q_CODE)}) {
            if (e == null) {
                continue;
            }
            Matcher m = LANGUAGE.matcher(e.className());
            if (m.find()) {
                // "lang-auto" (Discourse) and "language-plaintext" name none.
                String lang = m.group(1).toLowerCase(Locale.ROOT);
                return NO_LANGUAGE.contains(lang) ? null : lang;
            }
            if (!e.attr("data-lang").isEmpty()) {
                return e.attr("data-lang").toLowerCase(Locale.ROOT);
            }
        }
        // The highlighter's wrappers: the pre's parent and the parent's parent.
        Element e = pre.parent();
        for (int up = 0; up < 2 && e != null; up++, e = e.parent()) {
            Matcher m = HIGHLIGHTER.matcher(e.className());
            if (m.find()) {
                String lang = m.group(1).toLowerCase(Locale.ROOT);
                // Sphinx's "highlight-default" and "highlight-none" name no language.
                return NO_LANGUAGE.contains(lang) ? null : lang;
            }
        }
        return null;
    }

    private void table(Element src, Element dest) {
        // A table whose cells cleaning emptied (a thread's view and reply counts) says nothing. Measured by a walk that
        // stops at the first word: a layout table may hold the whole page.
        if (TextLength.atMost(src, 0) != null && src.selectFirst(Q_IMG) == null) {
            return;
        }
        if (isLayoutTable(src)) {
            for (Element row : src.select(Q_TR)) {
                if (nearestTable(row) == src) {
                    for (Element cell : row.children()) {
                        block(cell, dest);
                    }
                }
            }
            return;
        }
        Element table = dest.appendElement("table");
        Element caption = src.selectFirst(Q_CAPTION);
        if (caption != null && !caption.text().isBlank()) {
            inline(caption, table.appendElement("caption"));
        }
        for (Element row : src.select(Q_TR)) {
            if (nearestTable(row) != src) {
                continue;
            }
            Element tr = table.appendElement("tr");
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    Element c = tr.appendElement(cell.normalName());
                    inline(cell, c);
                    if (!cell.attr("colspan").isEmpty()) {
                        c.attr("colspan", cell.attr("colspan"));
                    }
                }
            }
            // A row of blank cells is a spacer between rows (Doxygen's "memSeparator"), not a row of data.
            if (tr.children().isEmpty() || tr.text().replace('\u00a0', ' ').isBlank() && tr.selectFirst(Q_IMG) == null) {
                tr.remove();
            }
        }
        if (table.select(Q_TR).isEmpty()) {
            table.remove();
        }
    }

    private static Element nearestTable(Element row) {
        for (Element p = row.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table")) {
                return p;
            }
        }
        return null;
    }

    /**
     * Tables used for layout are unwrapped, not rendered: one column, cells holding blocks of prose, or a small
     * table (an old page's story beside its menu, a forum post beside its poster) with a cell of two sentences or
     * more, where a table of data holds values.
     */
    private static boolean isLayoutTable(Element table) {
        if (table.getElementsByTag("table").size() > 1
                || table.attr("role").equals("presentation") && !labelsItsRows(table)) {
            return true;
        }
        if (table.selectFirst(Q_TH_THEAD_CAPTION) != null) {
            return false;
        }
        int maxCells = 0;
        Elements rows = table.select(Q_TR);
        for (Element row : rows) {
            maxCells = Math.max(maxCells, row.children().size());
        }
        if (maxCells <= 1 || !table.select(Q_CELL_BLOCKS).isEmpty()) {
            return true;
        }
        return rows.size() * maxCells <= Thresholds.LAYOUT_TABLE_MAX_CELLS && hasProseCell(rows);
    }

    /**
     * True when every row of the table is a label in a header cell and its value ("Floor Area | 29 sq ft"): a table of
     * data, even where the page calls it presentation, as shops mark their specifications.
     */
    static boolean labelsItsRows(Element table) {
        Elements rows = table.select(Q_TR);
        for (Element row : rows) {
            Elements cells = row.children();
            if (cells.size() < 2 || !cells.get(0).normalName().equals("th")
                    || !cells.get(1).normalName().equals("td")) {
                return false;
            }
        }
        return !rows.isEmpty() && table.select(Q_CELL_BLOCKS).isEmpty();
    }

    private static boolean hasProseCell(Elements rows) {
        for (Element row : rows) {
            for (Element cell : row.children()) {
                String text = cell.text();
                if (text.length() >= Thresholds.LAYOUT_CELL_PROSE_CHARS && endsSentenceInside(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a sentence ends inside {@code text} (". ", "? " or "! " with more words after it). */
    private static boolean endsSentenceInside(String text) {
        for (String stop : new String[] {". ", "? ", "! "}) {
            int at = text.indexOf(stop);
            if (at > 0 && at < text.length() - 3) {
                return true;
            }
        }
        return false;
    }

    private void figure(Element src, Element dest) {
        Element img = firstImage(src);
        Element cap = src.selectFirst(Q_FIGCAPTION);
        if (img == null && lostItsPicture(src)) {
            // A picture that never loaded (a spinner, a blank pixel): its caption stays, its badges ("New") go.
            if (cap != null && !cap.text().isBlank()) {
                paragraph(cap, dest.appendElement("p"));
            }
            return;
        }
        if (img == null) {
            blocks(src, dest);
            return;
        }
        Element fig = dest.appendElement("figure");
        fig.appendChild(img);
        if (cap != null && !cap.text().isBlank()) {
            inline(cap, fig.appendElement("figcaption"));
        }
    }

    /**
     * True when a block is a picture's caption, by its class ("wp-caption-text", "InlineImage-imageEmbedCaption"),
     * outside any figure: short, with no picture and no block of its own inside.
     */
    private static boolean isLooseCaption(Element el) {
        return CAPTION.matches(el) && el.selectFirst(Q_IMG) == null && !Signals.hasBlockChild(innermost(el))
                && el.closest("figure") == null && TextLength.atMost(el, Thresholds.LOOSE_CAPTION_MAX_CHARS) != null;
    }

    /**
     * The block inside a chain of blocks that each hold only the next one: a CMS's field of one item
     * ({@code div.field-caption > div.field-items > div.field-item}) is that item.
     */
    private static Element innermost(Element el) {
        Element e = el;
        while (Signals.holdsOneElement(e) && Signals.BLOCK_TAGS.contains(e.child(0).normalName())) {
            e = e.child(0);
        }
        return e;
    }

    /**
     * The figure a loose caption belongs to: the picture standing alone right above it, made a figure, or a new
     * figure of its own when there is none.
     */
    private static Element figureAbove(Element dest) {
        Element last = dest.children().isEmpty() ? null : dest.children().last();
        if (last != null && last.normalName().equals("figure") && last.selectFirst(Q_FIGCAPTION) == null) {
            return last;
        }
        Element img = last == null ? null : pictureAlone(last);
        if (img != null) {
            Element fig = new Element("figure");
            fig.appendChild(img);
            last.replaceWith(fig);
            return fig;
        }
        return dest.appendElement("figure");
    }

    /** True when a figure held pictures, none of them usable, and nothing but them and a caption. */
    private static boolean lostItsPicture(Element figure) {
        return figure.selectFirst(Q_IMG) != null && figure.selectFirst(Q_FIGURE_BODY) == null;
    }

    private Element firstImage(Element src) {
        for (Element img : src.getElementsByTag("img")) {
            Element clean = cleanImage(img);
            if (clean != null) {
                return clean;
            }
        }
        return lazyImage(src);
    }

    /**
     * A figure's picture that scripts were to load: no {@code <img>} yet, only a placeholder holding the picture's
     * address ({@code <div class="js-delayed-image-load" data-src="…/photo.jpg" data-alt="…">}). Without it the
     * figure's caption and credit would fall into the body as paragraphs.
     */
    private Element lazyImage(Element figure) {
        for (Element e : figure.getElementsByAttribute("data-src")) {
            if (e.normalName().equals("img") || !IMAGE_ADDRESS.matcher(e.attr("data-src")).find()) {
                continue;
            }
            String url = resolve(e.attr("data-src").strip());
            if (url != null) {
                Element clean = new Element("img").attr("src", url);
                String alt = e.attr("data-alt").strip();
                return alt.isEmpty() ? clean : clean.attr("alt", alt);
            }
        }
        return null;
    }

    /** The address of a picture file: its name ends in an image format's extension (a query may follow). */
    private static final java.util.regex.Pattern IMAGE_ADDRESS = java.util.regex.Pattern.compile(
            "(?i)\\.(jpe?g|png|gif|webp|avif)(\\?.*)?$");

    // ---- inline ----------------------------------------------------------------------------------------

    private void inline(Element src, Element dest) {
        for (Node node : src.childNodes()) {
            if (node instanceof TextNode t) {
                dest.appendChild(new TextNode(gluedToElement(t, dest) ? " " + t.text() : t.text()));
            } else if (node instanceof Element el) {
                if (el.normalName().equals("a") && linkGluedToText(el) || gluedToPrevious(el)) {
                    dest.appendChild(new TextNode(" "));
                }
                inlineElement(el, dest);
            }
        }
    }

    /**
     * True when a link follows text with no space and starts a capitalised word after a small letter ("with
     * purchase of any two<a>Ergo Products</a>"): a label the page's styles set apart, as below.
     */
    private static boolean linkGluedToText(Element a) {
        return a.previousSibling() instanceof TextNode t && runTogether(t.getWholeText(), a.text());
    }

    /**
     * True when text follows an element with no space and the two read as separate words run together: the
     * element ends in a small letter and the text starts a capitalised word ({@code <b class="title">Industry
     * Competency</b>Our experts...}, a title the page's styles set on a line of its own). A word split by markup
     * ({@code <b>Micro</b>soft}) goes on in a small letter and stays whole.
     */
    private static boolean gluedToElement(TextNode t, Element dest) {
        return t.previousSibling() instanceof Element && dest.childNodeSize() > 0
                && dest.childNode(dest.childNodeSize() - 1) instanceof Element last && runTogether(last.text(), t.text());
    }

    /**
     * True when an element follows another with nothing between and the two read as separate items run together, as the
     * page's styles set them apart: a word then a capitalised word ("Sale" "Sold out"), a number then a number ("4.6 out
     * of 5" "12,408 ratings"), a sentence's end then a word ("Dana K." "Hot coffee for an hour"), a name then an
     * address ("Visitor Centre" "12 Shore Road").
     */
    private static boolean gluedToPrevious(Element el) {
        if (!(el.previousSibling() instanceof Element prev) || el.normalName().equals("br") || prev.normalName().equals("br")
                || CODE_TAGS.contains(el.normalName()) || CODE_TAGS.contains(prev.normalName())) {
            return false;  // "json." "JSONDecoder": a qualified name, marked up in parts
        }
        String before = prev.text();
        String after = el.text();
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        char first = after.charAt(0);
        return runTogether(before, after) || Character.isDigit(last) && Character.isDigit(first)
                || (last == '.' || last == '!' || last == '?') && before.indexOf(' ') > 0 && Character.isUpperCase(first)
                // A place then its street address ("Visitor Centre" "12 Shore Road"); not "CO" "2", a formula's digit.
                || Character.isLowerCase(last) && Character.isDigit(first) && after.indexOf(' ') > 0;
    }

    /** Inline code: its parts run together as they are written. */
    private static final Set<String> CODE_TAGS = Set.of("code", "kbd", "samp", "tt", "var");

    /** True when {@code before} ends in a small letter and {@code after} starts a capitalised word. */
    private static boolean runTogether(String before, String after) {
        return !before.isEmpty() && Character.isLowerCase(before.charAt(before.length() - 1)) && after.length() >= 2
                && Character.isUpperCase(after.charAt(0)) && Character.isLowerCase(after.charAt(1));
    }

    private void inlineElement(Element el, Element dest) {
        String email = el.hasAttr("data-cfemail") ? ProtectedEmail.decode(el.attr("data-cfemail")) : null;
        if (email != null) {
            // "[email protected]": the address a script was to write in; it is in the page, encoded.
            if (el.normalName().equals("a")) {
                dest.appendElement("a").attr("href", "mailto:" + email).appendChild(new TextNode(email));
            } else {
                dest.appendChild(new TextNode(email));  // a span, often inside a link of its own
            }
            return;
        }
        String counted = countedTo(el);
        if (counted != null) {
            dest.appendChild(new TextNode(counted));
            return;
        }
        switch (el.normalName()) {
            case "a" -> link(el, dest);
            case "em", "i", "dfn", "var" -> wrap(el, dest, "em");
            case "cite" -> {
                wrap(el, dest, "em");
                // A quote's attribution ("crumbshot Wrote:", "Quote from: ann") is a line of its own over the words.
                if (el.nextSibling() != null && el.text().strip().endsWith(":") && el.closest(Q_BLOCKQUOTE) != null) {
                    dest.appendElement("br");
                }
            }
            case "strong", "b" -> wrap(el, dest, "strong");
            case "code", "kbd", "samp", "tt" -> {
                if (!el.text().isBlank()) {
                    dest.appendElement("code").appendChild(new TextNode(el.wholeText()));
                }
            }
            case "br" -> dest.appendElement("br");
            case "sup", "sub" -> wrap(el, dest, el.normalName());
            case "s", "del", "strike" -> wrap(el, dest, "del");
            case "img" -> {
                Element img = cleanImage(el);
                if (img != null) {
                    dest.appendChild(img);
                }
            }
            default -> {
                boolean block = Signals.BLOCK_TAGS.contains(el.normalName());
                if (block && !dest.childNodes().isEmpty()) {
                    dest.appendChild(new TextNode(" "));
                }
                inline(el, dest);
                if (block) {
                    dest.appendChild(new TextNode(" "));
                }
            }
        }
    }

    /**
     * The number an animated counter counts up to, when the page was saved before it ran: {@code <span
     * class="counter-number" data-to-value="2140">0</span>} shows "0" until a script writes "2140". Null for anything
     * else.
     */
    static String countedTo(Element el) {
        if (el.attributesSize() == 0) {
            return null;
        }
        for (String attr : COUNTER_ATTRIBUTES) {
            // The attribute first: most elements have none, and their children and text are then never read.
            if (el.hasAttr(attr) && COUNTER_VALUE.matcher(el.attr(attr).strip()).matches() && el.childrenSize() == 0
                    && COUNTER_START.matcher(el.text()).matches()) {
                return el.attr(attr).strip();
            }
        }
        return null;
    }

    /** Where counter scripts (Elementor's, countUp's, jQuery counterUp's) keep the number they count up to. */
    private static final List<String> COUNTER_ATTRIBUTES = List.of("data-to-value", "data-to", "data-count",
            "data-countup", "data-count-to", "data-target", "data-number", "data-value");
    /** What a counter shows before it runs: nothing, or a zero. */
    private static final Pattern COUNTER_START = Pattern.compile("\\s*0?\\s*");
    private static final Pattern COUNTER_VALUE = Pattern.compile("\\d[\\d,.]*");

    private void wrap(Element src, Element dest, String tag) {
        if (src.text().isBlank() && src.selectFirst(Q_IMG) == null) {
            dest.appendChild(new TextNode(src.wholeText().isEmpty() ? "" : " "));
            return;
        }
        inline(src, dest.appendElement(tag));
    }

    private void link(Element a, Element dest) {
        String href = ProtectedEmail.mailto(a.attr("href"));
        href = href != null ? href : resolve(a.attr("href"));
        if (href == null || a.text().isBlank() && a.selectFirst(Q_IMG) == null) {
            inline(a, dest);
            return;
        }
        if (dest.childNodeSize() > 0 && dest.childNode(dest.childNodeSize() - 1) instanceof Element last
                && last.normalName().equals("a")) {
            // Links side by side with nothing between are separate items the page set apart with styles
            // ("Shop All" "Air Fryers"): a space keeps their words from running together.
            dest.appendChild(new TextNode(" "));
        }
        Element link = dest.appendElement("a").attr("href", href);
        inline(a, link);
    }

    /**
     * The srcset of the first {@code <source>} of the {@code <picture>} around {@code img}, "" when there is none: a
     * picture whose {@code <img>} has no address of its own takes it from there (Medium writes them so).
     */
    private static String sourceSrcset(Element img) {
        Element picture = img.parent();
        if (picture == null || !picture.normalName().equals("picture")) {
            return "";
        }
        for (Element source : picture.getElementsByTag("source")) {
            String srcset = source.attr("srcset").isBlank() ? source.attr("data-srcset") : source.attr("srcset");
            if (!srcset.isBlank()) {
                return srcset;
            }
        }
        return "";
    }

    /**
     * A style that draws a picture one pixel or none wide and high: a tracking pixel ("width:1px; height:1px"). Both
     * sizes, in pixels: a picture that fills its frame is drawn "width:0;height:0;min-width:100%".
     */
    private static final Pattern PIXEL_STYLE = Pattern.compile(
            "(?i)^(?=.*(^|[;\\s])width\\s*:\\s*[01]px)(?=.*(^|[;\\s])height\\s*:\\s*[01]px)(?!.*min-(width|height))");

    /** A clean {@code img} with an absolute src and its alt text, or null for pixels and placeholders. */
    private Element cleanImage(Element img) {
        String src = null;
        for (String attr : new String[] {"data-src", "data-lazy-src", "data-original", "data-url", "src"}) {
            String v = img.attr(attr).strip();
            if (!v.isEmpty() && !v.startsWith("data:") && !isPlaceholder(v)) {
                src = v;
                break;
            }
        }
        if (src == null) {
            String srcset = img.attr("srcset").isEmpty() ? img.attr("data-srcset") : img.attr("srcset");
            if (srcset.isBlank()) {
                srcset = sourceSrcset(img);
            }
            if (!srcset.isBlank()) {
                src = Srcset.largest(srcset);
            }
        }
        String url = src == null ? null : resolve(src);
        if (url == null || "1".equals(img.attr("width")) || "1".equals(img.attr("height"))
                || PIXEL_STYLE.matcher(img.attr("style")).find()) {
            return null;
        }
        Element clean = new Element("img").attr("src", url);
        if (!img.attr("alt").isBlank()) {
            clean.attr("alt", img.attr("alt").strip());
        }
        return clean;
    }

    /**
     * True when {@code src} names a stand-in that a script was to replace with the picture: a spinner, a blank or
     * transparent pixel, a "placeholder" ({@code img/loading.svg}, {@code lazy_placeholder.gif}, {@code clear.png},
     * {@code woocommerce-placeholder-400x400.png}). A reader would see nothing, or a spinner, in its place.
     */
    static boolean isPlaceholder(String src) {
        String path = src;
        int cut = path.indexOf('?');
        path = cut >= 0 ? path.substring(0, cut) : path;
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return PLACEHOLDER_NAMES.contains(base) || base.contains("placeholder");
    }

    private static final Set<String> PLACEHOLDER_NAMES = Set.of("loading", "loader", "spinner", "lazy", "lazyload",
            "spacer", "blank", "clear", "empty", "transparent", "trans", "pixel", "1x1", "spaceball", "grey", "gray");

    /** Resolves {@code href} against the base URI; null for script and data URLs. */
    private String resolve(String href) {
        return dev.pith.input.Urls.resolve(baseUri, href);
    }
}
