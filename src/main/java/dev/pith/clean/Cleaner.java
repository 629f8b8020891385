package dev.pith.clean;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import dev.pith.Thresholds;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.Set;

/**
 * The one engine that applies cleaning {@link Rule}s, to a DOM or to the lines of a text dump, and records
 * every removal.
 *
 * <pre>{@code
 * Cleaner cleaner = Cleaner.standard(Set.of("share.bar"));   // all rules but one
 * List<Removal> removed = cleaner.clean(document.body());
 * }</pre>
 *
 * <p>For each element, top-down, the first enabled rule that matches and whose guards allow it removes the
 * element with everything inside it. Rules that match by text only look at blocks no longer than their
 * limit, and never at code.
 */
public final class Cleaner {
    private static final Evaluator Q_PRE_CODE = QueryParser.parse("pre, code");
    private static final Evaluator Q_ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator Q_ROLE_MAIN = QueryParser.parse("[role=main]");
    /**
     * Concerns and rules kept by the relaxed retry: none of them can hide an article (consent managers and
     * dialogs float over the page; they are never written around its text), and navigation landmarks, which
     * keep a retry on a page of little text from taking its mega-menu for the content (guarded as always: an
     * unclosed {@code <nav>} that swallowed an article stays).
     */
    private static final Set<String> RELAXED = Set.of("markup", "icon", "template", "consent", "chrome.dialog",
            "nav.landmark", "nav.page-jump");

    /** Inline tags: inside a short block whose words were already judged, they are not judged again. */
    private static final Set<String> INLINE = Set.of("a", "span", "b", "strong", "i", "em", "small", "label",
            "font", "u", "s", "sup", "sub", "abbr", "time", "cite", "q", "mark", "img", "br", "wbr");

    /**
     * What a figure shows; a "figure" holding none of it (a comment widget's notice) is not guarded. Tested on the
     * few figures found.
     */
    private static final Evaluator Q_SHOWN = QueryParser.parse(
            "img, picture, video, audio, svg, iframe, object, embed, canvas, table, pre, blockquote, math, [data-src]");
    /**
     * What an article's header that the guards keep holds: the headline or a top heading. A review's or a comment's
     * own {@code <article>} has a header too (its title in an h5, its author and date), which guards nothing.
     */
    private static final Evaluator Q_TOP_HEADING = QueryParser.parse("h1, h2");

    private final List<Rule> rules;
    private final List<Rule> textRules;
    private final int maxTextChars;
    /** For each text rule whose pattern can only match at the start of a text, the starts it may have; else null. */
    private final StartGate[] gates;

    /**
     * The {@link StartGate}s of the patterns seen so far (the built-in rules' and any a caller made), made once: a
     * cleaner is made for every page, and what a gate learns from one page's texts serves the next.
     */
    private static final Map<java.util.regex.Pattern, java.util.Optional<StartGate>> GATES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A cleaner applying exactly {@code rules}, in order. */
    public Cleaner(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.textRules = this.rules.stream().filter(r -> r.text() != null).toList();
        this.maxTextChars = textRules.stream().mapToInt(Rule::maxChars).max().orElse(0);
        this.gates = new StartGate[textRules.size()];
        for (int i = 0; i < gates.length; i++) {
            gates[i] = GATES.computeIfAbsent(textRules.get(i).text(), p -> java.util.Optional.ofNullable(StartGate.of(p)))
                    .orElse(null);
        }
    }

    /** The built-in rules less those whose id or concern is in {@code disabled}. */
    public static Cleaner standard(Collection<String> disabled) {
        return new Cleaner(enabled(disabled, false));
    }

    /**
     * The built-in rules that cannot hide an article: markup, icons, templates and the short-text rules.
     * Used for a retry when standard cleaning left too little text.
     */
    public static Cleaner relaxed(Collection<String> disabled) {
        return new Cleaner(enabled(disabled, true));
    }

    private static List<Rule> enabled(Collection<String> disabled, boolean relaxed) {
        List<Rule> out = new ArrayList<>();
        for (Rule r : Rules.all()) {
            if (disabled.contains(r.id()) || disabled.contains(r.concern())) {
                continue;
            }
            if (relaxed && r.html() != null && !RELAXED.contains(r.concern()) && !RELAXED.contains(r.id())) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    /** The rules this cleaner applies. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Removes boilerplate under {@code root} (in place) and returns what went, in document order. Loose lines of
     * text are first wrapped into paragraphs ({@link LooseText}), so that the text rules judge them too.
     */
    public List<Removal> clean(Element root) {
        return clean(root, null);
    }

    /**
     * As {@link #clean(Element)}, knowing the page's title (may be null): where an {@code <h1>} names it, that one is
     * the headline the guards keep, and the page's other {@code <h1>}s ("Comment on this article", "Subscribe to our
     * Newsletters") keep nothing around them; where none does, every {@code <h1>} is kept.
     */
    public List<Removal> clean(Element root, String title) {
        LooseText.wrap(root);
        Protection protection = Protection.of(root, title);
        Map<Element, Integer> textLengths = TextLength.measure(root);
        ClassBits classBits = new ClassBits();
        Matcher[] matchers = newMatchers();
        List<Removal> removals = new ArrayList<>();
        List<Node> doomed = new ArrayList<>();
        Set<Node> lineNodes = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.filter(new NodeFilter() {
            /** Depth of the short block whose text was judged; inline elements inside it are not judged again. */
            private int judgedDepth = -1;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element el) || node == root) {
                    return FilterResult.CONTINUE;
                }
                if (lineNodes.contains(el)) {
                    return FilterResult.SKIP_ENTIRELY;  // in a line that already went
                }
                String tag = el.normalName();
                if (tag.equals("pre") || tag.equals("code")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                boolean judgeText = !INLINE.contains(tag)
                        || (judgedDepth < 0 || standsAlone(el)) && !inRunningText(el, textLengths);
                ElementView view = new ElementView(el, textLengths, classBits);
                Removal r = firstMatch(view, protection, judgeText, matchers);
                if (r != null) {
                    removals.add(r);
                    doomed.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                judgeLines(el, protection, matchers, removals, lineNodes);
                if (judgeText && judgedDepth < 0 && !ElementView.isWrapper(el)
                        && view.textAtMost(Thresholds.TEXT_JUDGED_WHOLE_CHARS) != null) {
                    judgedDepth = depth;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (depth == judgedDepth) {
                    judgedDepth = -1;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Node n : doomed) {
            removeKeepingWordsApart(n);
        }
        for (Node n : lineNodes) {
            n.remove();
        }
        for (Rule rule : rules) {
            if (rule.html() != null) {
                rule.html().forget(root);
            }
        }
        return removals;
    }

    /** Removes {@code n}; a space takes its place between its neighbours, so that "a<svg/>b" never reads "ab". */
    private static void removeKeepingWordsApart(Node n) {
        if (n.previousSibling() != null && n.nextSibling() != null && !(n instanceof Comment)) {
            n.before(new org.jsoup.nodes.TextNode(" "));
        }
        n.remove();
    }

    /**
     * The removal for {@code el}: structure first (the first rule whose HTML matcher fits and whose guards
     * allow it), then words (the first text rule that finds its pattern in a short enough block).
     */
    private Removal firstMatch(ElementView view, Protection protection, boolean judgeText, Matcher[] matchers) {
        Element el = view.element;
        boolean bare = el.attributesSize() == 0;
        for (Rule rule : rules) {
            Match html = rule.html();
            if (html != null && !(bare && html.needsAttributes()) && html.matches(view)
                    && protection.allows(el, rule.guards())) {
                return new Removal(rule.id(), rule.reason(), rule.html().toString(), Paths.of(el),
                        Removal.preview(TextLength.prefix(el, Removal.TEXT_PREVIEW_CHARS * 2)));
            }
        }
        if (!judgeText || textRules.isEmpty() || ElementView.isWrapper(el)) {
            return null;
        }
        String text = view.textAtMost(maxTextChars);
        if (text == null || text.isEmpty()) {
            return null;
        }
        return textMatch(el, text, protection, matchers);
    }

    /** The removal for {@code text}, the words of {@code el} or of a line in it: the first text rule that finds them. */
    private Removal textMatch(Element el, String text, Protection protection, Matcher[] matchers) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < textRules.size(); i++) {
            Rule rule = textRules.get(i);
            if (rule.matchesText(text, lower, matchers[i], gates[i]) && protection.allows(el, rule.guards())
                    && el.selectFirst(Q_PRE_CODE) == null) {
                return new Removal(rule.id(), rule.reason(), "text /" + rule.text().pattern() + "/", Paths.of(el),
                        Removal.preview(text));
            }
        }
        return null;
    }

    /**
     * Judges each short line of loose words in {@code el} between single line breaks by its words, as a reader sees
     * it: an old page's footer sets "Last modified: March 3, 2004" and "You are visitor number 1234" one under the
     * other in one {@code <font>}. A line that a text rule finds goes, with the break that ends it ({@code lineNodes}).
     */
    private void judgeLines(Element el, Protection protection, Matcher[] matchers, List<Removal> removals,
                            Set<Node> lineNodes) {
        if (textRules.isEmpty() || !LooseText.hasOwnText(el) || !hasChild(el, "br")) {
            return;
        }
        List<Node> line = new ArrayList<>();
        Node breakBefore = null;
        for (int i = 0; i <= el.childNodeSize(); i++) {
            Node n = i < el.childNodeSize() ? el.childNode(i) : null;
            boolean isBreak = n != null && n.nodeName().equals("br");
            if (n == null || isBreak || n instanceof Element e && LooseText.BLOCK_TAGS.contains(e.normalName())) {
                String text = lineText(line);
                Removal r = text == null ? null : textMatch(el, text, protection, matchers);
                if (r != null) {
                    removals.add(r);
                    lineNodes.addAll(line);
                    // The break that ends the line goes with it; the last line takes the one before it.
                    Node lineBreak = isBreak ? n : breakBefore;
                    if (lineBreak != null) {
                        lineNodes.add(lineBreak);
                    }
                }
                line.clear();
                breakBefore = isBreak && r == null ? n : null;
            } else {
                line.add(n);
            }
        }
    }

    /** The words of a line of nodes when it holds loose words and is short enough to be a label; else null. */
    private static String lineText(List<Node> line) {
        StringBuilder sb = new StringBuilder();
        boolean loose = false;
        for (Node n : line) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                loose |= !t.isBlank();
                sb.append(t.getWholeText());
            } else if (n instanceof Element e) {
                sb.append(' ').append(e.text()).append(' ');
            }
            if (sb.length() > Thresholds.LINE_JUDGED_MAX_CHARS * 2) {
                return null;
            }
        }
        String text = SPACES.matcher(sb).replaceAll(" ").strip();
        return loose && !text.isEmpty() && text.length() <= Thresholds.LINE_JUDGED_MAX_CHARS ? text : null;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static boolean hasChild(Element e, String tag) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element c && c.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code el} is a few words of a sentence: words touch it on either side (beside it, or beside the
     * inline elements it is all of) and the block around holds prose besides it ({@link
     * Thresholds#GUARD_PROSE_CHARS}). "Apple, Microsoft, <span><a>Facebook</a></span> and Yahoo spent…" names a
     * company, not a share button; "09:02 AM <span>(This post was last modified…)</span>" in a post's header line
     * is a label still.
     */
    private static boolean inRunningText(Element el, Map<Element, Integer> textLengths) {
        Element e = el;
        while (!hasWords(e.previousSibling(), true, textLengths) && !hasWords(e.nextSibling(), false, textLengths)) {
            Element parent = e.parent();
            if (parent == null || !INLINE.contains(parent.normalName()) || !ElementView.isWrapper(parent)) {
                return false;
            }
            e = parent;
        }
        Element block = e.parent();
        while (block != null && INLINE.contains(block.normalName())) {
            block = block.parent();
        }
        Integer around = block == null ? null : textLengths.get(block);
        Integer own = textLengths.get(el);
        return around != null && own != null && around - own >= Thresholds.GUARD_PROSE_CHARS;
    }

    /**
     * True when the first text met from {@code n} on holds a letter or digit; empty inline elements ({@code <span
     * id="quote_FB"></span>}) are passed over, a line break is not.
     */
    private static boolean hasWords(Node n, boolean backwards, Map<Element, Integer> textLengths) {
        while (n instanceof Element e && INLINE.contains(e.normalName()) && !e.normalName().equals("br")
                && Integer.valueOf(0).equals(textLengths.get(e))) {
            n = backwards ? n.previousSibling() : n.nextSibling();
        }
        if (!(n instanceof org.jsoup.nodes.TextNode t)) {
            return false;
        }
        String text = t.getWholeText();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an inline element is a line of its own: what comes before and after it is a block or nothing
     * ("<span>Image 1 of 5</span><figure>…"), so its words are judged alone and not as part of a sentence.
     */
    private static boolean standsAlone(Element el) {
        return blockOrNothing(el.previousSibling(), true) && blockOrNothing(el.nextSibling(), false)
                || isRowItem(el);
    }

    /**
     * True when {@code el} is one of a row of like items, drawn apart as labels are: its parent holds only elements
     * of its tag that share a class name with it, with spaces and no words between them ({@code <div class="Meta"><span
     * class="MItem">October 16</span> <span class="MItem">edited October 16</span></div>}).
     */
    private static boolean isRowItem(Element el) {
        Element parent = el.parent();
        if (parent == null || !el.hasAttr("class") || parent.childNodeSize() > Thresholds.ROW_ITEMS_MAX * 2 + 1) {
            return false;
        }
        int items = 0;
        boolean spaced = true;
        for (int i = 0; i < parent.childNodeSize(); i++) {
            Node n = parent.childNode(i);
            if (n instanceof org.jsoup.nodes.TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
                spaced = true;
            } else if (n instanceof Element e) {
                // Items are set apart by spaces; runs of one text styled apart touch: "<span>Learn </span><span>More".
                if (!e.normalName().equals(el.normalName()) || items > 0 && !spaced) {
                    return false;
                }
                spaced = false;
                items++;
            }
        }
        return items >= 2 && sharesAClassWithEverySibling(el, parent);
    }

    private static boolean sharesAClassWithEverySibling(Element el, Element parent) {
        for (String name : el.classNames()) {
            boolean everyOne = true;
            for (int i = 0; i < parent.childNodeSize() && everyOne; i++) {
                everyOne = !(parent.childNode(i) instanceof Element e) || e.hasClass(name);
            }
            if (everyOne) {
                return true;
            }
        }
        return false;
    }

    private static boolean blockOrNothing(Node n, boolean backwards) {
        // Blank text, comments (a template's "<!-- caption.tpl -->") and words for screen readers only are nothing
        // to a reader.
        while (n instanceof org.jsoup.nodes.TextNode t && t.isBlank() || n instanceof Comment
                || n instanceof Element e && HiddenRules.isScreenReaderOnly(e)) {
            n = backwards ? n.previousSibling() : n.nextSibling();
        }
        // A line break ends a line as a block does: "<br><span>Join Date: Jan 2007</span><br>" is a line of its own.
        return n == null || n instanceof Element e && (isBlock(e) || e.normalName().equals("br") || holdsBlock(e));
    }

    private static boolean isBlock(Element e) {
        return e.isBlock() && !INLINE.contains(e.normalName());
    }

    /**
     * True when an inline element holds a block, as a shop's card link holds the product's picture, name and
     * price ({@code <a><img><h2>Name</h2><span>$9</span></a><a>Add to cart</a>}): it is drawn as blocks, and what
     * follows it starts a line of its own.
     */
    private static boolean holdsBlock(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child && isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    /** One reusable matcher per text rule, for one call of {@link #clean} or {@link #cleanLines}. */
    private Matcher[] newMatchers() {
        Matcher[] m = new Matcher[textRules.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = textRules.get(i).text().matcher("");
        }
        return m;
    }

    /**
     * Applies the text rules to the lines of a text dump. Returns, for each line, the removal that took it,
     * or null where the line stays. Blank lines always stay.
     */
    public List<Removal> cleanLines(List<String> lines) {
        List<Removal> verdicts = new ArrayList<>(Collections.nCopies(lines.size(), (Removal) null));
        Matcher[] matchers = newMatchers();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            for (int r = 0; r < textRules.size(); r++) {
                Rule rule = textRules.get(r);
                if (rule.matchesText(line, lower, matchers[r], gates[r])) {
                    verdicts.set(i, new Removal(rule.id(), rule.reason(), "text /" + rule.text().pattern() + "/",
                            "line " + (i + 1), Removal.preview(line)));
                    break;
                }
            }
        }
        return verdicts;
    }

    /** The parts of a page that guards keep: headline, article headers and figures, content containers. */
    private static final class Protection {
        private final Set<Element> headline = identitySet();
        private final Set<Element> headlineAncestors = identitySet();
        private final Set<Element> contentAncestors = identitySet();

        /**
         * What the guards keep under {@code root}, found in one walk (a CSS query for each kind walked the page's
         * ancestors element by element): the headline and formulas anywhere; an article's header, figures and
         * pictures; figures of the main content and of the article body; and the content containers themselves.
         */
        static Protection of(Element root, String title) {
            Protection p = new Protection();
            List<Element> h1s = new ArrayList<>();
            List<Element> articles = new ArrayList<>();
            List<Element> hints = new ArrayList<>();
            NodeTraversor.traverse(new NodeVisitor() {
                /** How many elements of each kind under {@code root} are open above the current one. */
                private int inArticle;
                private int inMain;
                private int inBody;

                @Override
                public void head(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return;
                    }
                    String tag = e.normalName();
                    boolean body = Q_ARTICLE_BODY.matches(root, e);
                    if (tag.equals("h1")) {
                        h1s.add(e);
                    } else if (isKept(tag, inArticle > 0, inMain > 0, inBody > 0)
                            && !(tag.equals("figure") && e.selectFirst(Q_SHOWN) == null)
                            && !(tag.equals("header") && e.selectFirst(Q_TOP_HEADING) == null)) {
                        p.headline.add(e);
                        p.headlineAncestors.addAll(e.parents());
                    }
                    if (tag.equals("article")) {
                        articles.add(e);
                    }
                    if (tag.equals("main") || body || Q_ROLE_MAIN.matches(root, e)) {
                        hints.add(e);
                    }
                    inArticle += tag.equals("article") ? 1 : 0;
                    inMain += tag.equals("main") ? 1 : 0;
                    inBody += body ? 1 : 0;
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        inArticle -= e.normalName().equals("article") ? 1 : 0;
                        inMain -= e.normalName().equals("main") ? 1 : 0;
                        inBody -= Q_ARTICLE_BODY.matches(root, e) ? 1 : 0;
                    }
                }
            }, root);
            for (Element h1 : headlines(h1s, title)) {
                p.headline.add(h1);
                p.headlineAncestors.addAll(h1.parents());
            }
            if (articles.size() <= 2) {
                hints.addAll(articles);
            }
            for (Element e : hints) {
                p.contentAncestors.add(e);
                p.contentAncestors.addAll(e.parents());
            }
            return p;
        }

        /** The {@code <h1>}s that name {@code title}, or all of them when none does or the title is unknown. */
        private static List<Element> headlines(List<Element> h1s, String title) {
            List<Element> naming = h1s.size() < 2 ? List.of() : Loose.naming(h1s, title);
            return naming.isEmpty() ? h1s : naming;
        }

        /**
         * What HEADLINE_AND_FIGURES guards, by tag and what the element is inside: the headline and formulas (MathML)
         * anywhere, an article's header, figures and pictures, and the figures of the main content or article body.
         */
        private static boolean isKept(String tag, boolean inArticle, boolean inMain, boolean inBody) {
            return switch (tag) {
                case "h1", "math" -> true;
                case "header", "picture" -> inArticle;
                case "figure" -> inArticle || inMain || inBody;
                default -> false;
            };
        }

        boolean allows(Element el, Set<Guard> guards) {
            if (guards.contains(Guard.HEADLINE_AND_FIGURES) && touchesHeadline(el)) {
                return false;
            }
            if (guards.contains(Guard.LABEL) && el.normalName().equals("dt")) {
                return false;
            }
            if ((guards.contains(Guard.SENTENCE) || guards.contains(Guard.CONTENT)) && inSentence(el)) {
                return false;
            }
            if ((guards.contains(Guard.CONTAINER) || guards.contains(Guard.CONTENT)) && contentAncestors.contains(el)) {
                return false;
            }
            return !(guards.contains(Guard.CONTENT) && hasProse(el));
        }

        /**
         * True when {@code el} is inline and part of a sentence: the paragraph around it holds at least
         * {@link Thresholds#GUARD_PROSE_CHARS} of text besides its own. A link classed "popup" in the middle of
         * a sentence opens a gloss; it is not a pop-up.
         */
        private static boolean inSentence(Element el) {
            if (!INLINE.contains(el.normalName())) {
                return false;
            }
            Element block = el.parent();
            while (block != null && INLINE.contains(block.normalName())) {
                block = block.parent();
            }
            return block != null && block.normalName().equals("p")
                    && block.text().length() - el.text().length() >= Thresholds.GUARD_PROSE_CHARS;
        }

        private boolean touchesHeadline(Element el) {
            if (headline.contains(el) || headlineAncestors.contains(el)) {
                return true;
            }
            for (Element p = el.parent(); p != null; p = p.parent()) {
                if (headline.contains(p)) {
                    return true;
                }
            }
            return false;
        }

        /** True when {@code el} holds enough paragraphs of prose to be content. */
        private static boolean hasProse(Element el) {
            return ElementView.proseParagraphs(el, Thresholds.GUARD_PROSE_CHARS, Thresholds.GUARD_PROSE_PARAGRAPHS);
        }

        private static Set<Element> identitySet() {
            return Collections.newSetFromMap(new IdentityHashMap<>());
        }
    }
}
