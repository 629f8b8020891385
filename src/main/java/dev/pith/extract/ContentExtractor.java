package dev.pith.extract;

import dev.pith.Thresholds;
import dev.pith.clean.Loose;
import dev.pith.clean.Paths;
import dev.pith.clean.Match;
import dev.pith.clean.Sidebars;
import dev.pith.clean.Teasers;
import dev.pith.clean.TextLength;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the article in a cleaned page (cleaning has wrapped its loose lines of text into paragraphs, see
 * {@link dev.pith.clean.LooseText}): a readable chain of named steps.
 *
 * <ol>
 *   <li>{@link #scoreParagraphs} gives every paragraph points (length, commas) and passes them to its
 *       parent and grandparents, which start from their tag and class weight;</li>
 *   <li>{@link #pickTop} takes the best block after link density, moving up when the article spans
 *       several blocks;</li>
 *   <li>{@link #mergeSiblings} adds siblings that belong to it (continuation blocks, stray paragraphs);</li>
 *   <li>{@link ContentPruner} drops link lists, empty shells and the headline inside it;</li>
 *   <li>{@link ContentTree} turns what is left into a small clean DOM.</li>
 * </ol>
 *
 * <pre>{@code
 * Extraction x = new ContentExtractor().extract(cleanedDocument, new Hints("Headline", null));
 * x.content().outerHtml();
 * }</pre>
 */
public final class ContentExtractor {
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> TEXT_CONTAINER_TAGS = Set.of("div", "section", "article", "main", "span",
            "font", "center", "li", "dd");
    private static final int CANDIDATES_SHOWN = 5;
    private static final Set<String> TABLE_PARTS = Set.of("tbody", "thead", "tfoot", "tr");
    /** Landmarks only: class names ("wsite-not-footer") say too little to rule a block out. */
    private static final Match SITE_CHROME = Match.or(Match.tags("footer", "nav"),
            Match.css("[role=contentinfo], [role=navigation]"));
    private static final Evaluator Q_FIGURE = QueryParser.parse("figure");
    private static final Evaluator Q_IMG = QueryParser.parse("img");
    /** A sidebar: the landmark, or the marks {@code nav.sidebar} reads. */
    private static final Match SIDEBAR = Match.or(Match.tags("aside"), Sidebars.MARKED);
    private static final Evaluator Q_CELLS = QueryParser.parse("td, th, dt, dd");

    private final Focus focus;

    /** An extractor with the balanced focus. */
    public ContentExtractor() {
        this(Focus.BALANCED);
    }

    /** An extractor that favours what {@code focus} says. */
    public ContentExtractor(Focus focus) {
        this.focus = java.util.Objects.requireNonNull(focus, "focus");
    }

    /**
     * Extracts the article from {@code doc}, which should already be cleaned. The chosen blocks are copied,
     * so the page stays as cleaning left it and can be read again with other hints.
     */
    public Extraction extract(Document doc, Hints hints) {
        Element body = doc.body();
        Map<Element, Score> scores = scoreParagraphs(body, hints.linksAreContent());
        boostJsonLdMatch(scores, hints);
        TextStats stats = TextStats.of(body);
        List<Score> ranked = rank(scores, stats);
        List<Candidate> candidates = explain(ranked);
        if (ranked.isEmpty() && hasParagraphs(body)) {
            // Only the footer or the menus had text: the page has no content of its own (a script-built shell).
            return new Extraction(new Element("div"), null, null, null, candidates);
        }
        Element top = ranked.isEmpty() ? body : pickTop(ranked, scores);
        if (!hints.linksAreContent() && !hints.thread()) {
            top = markedBody(top);
        }
        if (focus != Focus.PRECISION) {
            boolean spread = hints.spread() || focus == Focus.RECALL;
            // A story in the chosen block is the content, however much else the page holds; a thread's first
            // post or a listing's first card is not all of it.
            boolean holdsStory = !hints.linksAreContent() && !hints.thread() && holdsStory(top, scores);
            if (!holdsStory) {
                top = widen(top, body, scores, spread ? Thresholds.WIDEN_COVERAGE : Thresholds.WIDEN_COVERAGE_DECLARED);
            }
            if (hints.sections()) {
                top = growThroughProse(top, body, scores, stats, !hints.linksAreContent());
            }
        }
        if (hints.linksAreContent()) {
            top = withGrid(top, body);
        }
        Element story = hints.linksAreContent() || hints.thread() || hints.title() == null ? null
                : ownStory(top, Loose.of(hints.title()));
        double siblingRatio = focus == Focus.RECALL ? Thresholds.SIBLING_SCORE_RATIO / 2 : Thresholds.SIBLING_SCORE_RATIO;
        // The page's own story among others takes no block beside it, nor a twin of its body, for a part of itself:
        // they are the other stories'.
        Element article = story != null ? mergeSiblings(story, scores, Double.POSITIVE_INFINITY, false, false)
                : mergeSiblings(top, scores, siblingRatio, hints.thread(), true);
        top = story != null ? story : top;
        if (hints.thread() && !ranked.isEmpty()) {
            PostHeader.addAll(article, ranked.stream().map(r -> r.element).toList());
        }
        ContentPruner.Pruned pruned = ContentPruner.prune(article, hints.title(), hints.linksAreContent(), hints.thread(),
                hints.authors());
        ContentTree tree = ContentTree.build(article, doc.baseUri());
        Image lead = tree.leadImage();
        if (lead == null) {
            lead = figureAbove(top, doc.baseUri());
        }
        if (focus == Focus.PRECISION) {
            for (Element figure : tree.content().select(Q_FIGURE)) {
                Element holder = figure.parent();
                figure.remove();
                // A list item or paragraph that held only the picture goes with it: no empty bullet.
                while (holder != null && holder != tree.content() && holder.text().isBlank()
                        && holder.selectFirst(Q_IMG) == null) {
                    Element up = holder.parent();
                    holder.remove();
                    holder = up;
                }
            }
        }
        return new Extraction(tree.content(), pruned.headline(), pruned.standfirst(), lead, candidates);
    }

    /**
     * The picture of a {@code <figure>} set just above the chosen block, outside it (a story's lead photo between its
     * header and its text), or null: only blocks without words may stand between them. The figure may close the
     * block above, as a header that holds the headline and then the picture does (WordPress's block themes).
     */
    private static Image figureAbove(Element top, String baseUri) {
        for (Element e = top.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            Element last = e.lastElementChild();
            Element figure = e.normalName().equals("figure") ? e
                    : last != null && last.normalName().equals("figure") ? last : null;
            if (figure != null) {
                return figure.selectFirst(Q_IMG) == null ? null
                        : ContentTree.build(new Element("div").appendChild(figure.clone()), baseUri).leadImage();
            }
            if (!e.text().isBlank() || e.selectFirst(Q_IMG) != null) {
                return null;
            }
        }
        return null;
    }

    /** Mutable score of one candidate block while scoring runs. */
    static final class Score {
        final Element element;
        /** Points from paragraphs (and the JSON-LD match). */
        double points;
        /** Points from tag, class and semantics, which count in full only for blocks with enough text. */
        final double prior;
        int paragraphs;
        /** Points of its own paragraphs, less their link share: what it holds of the page's prose. */
        double paragraphPoints;
        int commas;
        /** Characters of its own paragraphs. */
        int proseChars;
        final int classWeight;
        final int semantic;
        double finalScore;
        int chars;
        double linkDensity;

        Score(Element element) {
            this.element = element;
            this.classWeight = Signals.classWeight(element);
            this.semantic = semanticBonus(element);
            this.prior = tagWeight(element) + classWeight + semantic;
        }

        String signals() {
            return String.format(Locale.ROOT, "%d paragraphs, %d commas, class %+d, semantic %+d, links %.0f%%",
                    paragraphs, commas, classWeight, semantic, linkDensity * 100);
        }
    }

    /**
     * Step 1: points for every paragraph, passed to its ancestors. On a page of lists ({@code dataRows}), a row
     * of a data table counts as a paragraph (see {@link #isDataRow}); in an article a long results table must not
     * outweigh the story.
     */
    static Map<Element, Score> scoreParagraphs(Element body, boolean dataRows) {
        // Insertion (document) order, so that ties between candidates always break the same way.
        Map<Element, Score> scores = new java.util.LinkedHashMap<>();
        Map<Element, Boolean> chrome = new java.util.HashMap<>();
        for (Element p : body.getAllElements()) {
            if (!(isParagraph(p) || dataRows && isDataRow(p))) {
                continue;
            }
            String text = p.text();
            if (text.length() < Thresholds.MIN_PARAGRAPH_CHARS || inSiteChrome(p, chrome)) {
                continue;
            }
            int commas = Signals.commas(text);
            double points = 1 + commas + Math.min(text.length() / 100, Thresholds.MAX_LENGTH_POINTS);
            Element ancestor = p.parent();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                if (ancestor.normalName().equals("#root") || ancestor.normalName().equals("html")) {
                    break;
                }
                Score s = scores.computeIfAbsent(ancestor, Score::new);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                s.points += points / divider;
                if (level == 0) {
                    // A teaser cut short ("...") or set under a headline linking elsewhere stands for content
                    // elsewhere: it counts little as content here.
                    double teaser = text.endsWith("...") || text.endsWith("…") || Teasers.underLinkedHeading(p)
                            ? Thresholds.TEASER_WEIGHT : 1;
                    s.paragraphPoints += points * teaser * (1 - Signals.linkDensity(p, text.length()));
                    s.paragraphs++;
                    s.commas += commas;
                    s.proseChars += text.length();
                }
            }
        }
        return scores;
    }

    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return !tag.equals("td") && !tag.equals("blockquote") || !Signals.hasBlockInside(e);
        }
        return TEXT_CONTAINER_TAGS.contains(tag) && Signals.hasOwnText(e) && !Signals.hasBlockChild(e);
    }

    /**
     * True when {@code row} is a row of data: two cells or more, none holding blocks or a paragraph's worth of
     * text alone ("Boston Celtics | 48 | 14 | .774"). Its cells are too short to count as paragraphs, so the row
     * counts as one, and a standings table or a price list is not outweighed by a teaser beside it.
     */
    private static boolean isDataRow(Element row) {
        if (!row.normalName().equals("tr")) {
            return false;
        }
        int cells = 0;
        for (Element c = row.firstElementChild(); c != null; c = c.nextElementSibling()) {
            String tag = c.normalName();
            if (!tag.equals("td") && !tag.equals("th")) {
                continue;
            }
            if (Signals.hasBlockChild(c) || c.text().length() >= Thresholds.MIN_PARAGRAPH_CHARS) {
                return false;
            }
            cells++;
        }
        return cells >= 2;
    }

    private static int tagWeight(Element e) {
        return switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private static int semanticBonus(Element e) {
        if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")
                || e.normalName().equals("main") || e.attr("role").equals("main")) {
            return Thresholds.SEMANTIC_BONUS;
        }
        return 0;
    }

    /** A block whose text holds the start and the end of JSON-LD articleBody is the article: boost the smallest. */
    private static void boostJsonLdMatch(Map<Element, Score> scores, Hints hints) {
        String body = hints.articleBody();
        if (body == null || body.length() < Thresholds.MIN_ARTICLE_CHARS) {
            return;
        }
        String norm = body.replaceAll("\\s+", " ").strip();
        String head = norm.substring(0, Math.min(60, norm.length()));
        Score best = null;
        for (Score s : scores.values()) {
            String text = s.element.text();
            if (text.contains(head) && (best == null || text.length() < best.element.text().length())) {
                best = s;
            }
        }
        if (best != null) {
            best.points += Thresholds.SEMANTIC_BONUS;
        }
    }

    private static List<Score> rank(Map<Element, Score> scores, TextStats stats) {
        List<Score> ranked = new ArrayList<>(scores.values());
        for (Score s : ranked) {
            s.chars = stats.textLength(s.element);
            s.linkDensity = stats.linkDensity(s.element);
            double trust = Math.min(1.0, (double) s.chars / Thresholds.PRIOR_FULL_CHARS);
            s.finalScore = (s.points + s.prior * trust) * (1 - s.linkDensity);
        }
        ranked.sort(Comparator.comparingDouble((Score s) -> s.finalScore).reversed().thenComparingInt((Score s) -> -s.chars));
        return ranked;
    }

    /**
     * True when {@code e} lies in the site's footer or menus (a footer or navigation landmark) that holds
     * little prose. Those are never the content, even when the rules that remove them were relaxed; a landmark
     * with much prose is markup gone wrong (an unclosed {@code <nav>} swallowing the page) and does not count.
     */
    static boolean inSiteChrome(Element e, Map<Element, Boolean> memo) {
        if (e == null || e.normalName().equals("body")) {
            return false;
        }
        Boolean known = memo.get(e);
        if (known == null) {
            known = SITE_CHROME.matches(e) ? proseChars(e) < Thresholds.CHROME_MAX_PROSE_CHARS
                    : inSiteChrome(e.parent(), memo);
            memo.put(e, known);
        }
        return known;
    }

    private static boolean hasParagraphs(Element body) {
        for (Element p : body.getAllElements()) {
            if (isParagraph(p) && p.text().length() >= Thresholds.MIN_PARAGRAPH_CHARS) {
                return true;
            }
        }
        return false;
    }

    private static int proseChars(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** Step 2: the best block, or a parent when the article is spread over several good blocks. */
    static Element pickTop(List<Score> ranked, Map<Element, Score> scores) {
        Score top = ranked.get(0);
        Element best = top.element;
        // Several near-equal blocks under one ancestor: the article is that ancestor.
        List<Element> alternatives = new ArrayList<>();
        for (Score s : ranked.subList(1, Math.min(ranked.size(), 6))) {
            if (s.finalScore >= top.finalScore * Thresholds.PARENT_SCORE_RATIO) {
                alternatives.add(s.element);
            }
        }
        if (alternatives.size() >= 3) {
            for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body");
                 parent = parent.parent()) {
                if (hasSidebarBeside(parent, childOnPath(parent, best))) {
                    break;  // the near-equal blocks are the sidebar's: reviews, teasers
                }
                int containing = 0;
                for (Element alt : alternatives) {
                    if (Signals.isAncestor(parent, alt)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    best = parent;
                    break;
                }
            }
        }
        // Climb while the parent scores better: the article's paragraphs are split over children. An ancestor that
        // scores less than the block itself must hold more of the story: prose beside the block, or its lead.
        double last = scoreOf(best, scores);
        double start = last;
        double threshold = last / 3;
        for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body");
             parent = parent.parent()) {
            Score ps = scores.get(parent);
            if (ps == null) {
                continue;
            }
            if (ps.finalScore < threshold) {
                break;
            }
            boolean moreOfIt = ps.finalScore > start || proseBeside(parent, best) >= Thresholds.SPLIT_STORY_PROSE_CHARS
                    || holdsLead(parent, best);
            if (ps.finalScore > last && moreOfIt) {
                if (!hasSidebarBeside(parent, childOnPath(parent, best))) {
                    best = parent;
                }
                break;
            }
            last = ps.finalScore;
        }
        // An only child adds nothing: take its parent.
        while (best.parent() != null && !best.parent().normalName().equals("body")
                && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return wholeUnit(best);
    }

    /**
     * Characters of the paragraphs of prose in {@code parent} outside {@code best}: paragraphs of a hundred characters
     * or more, not in a list or a link, where a story split into blocks continues and a list of teasers does not.
     */
    private static int proseBeside(Element parent, Element best) {
        int chars = 0;
        for (Element p : parent.getElementsByTag("p")) {
            if (p == best || Signals.isAncestor(best, p) || p.closest("li, a") != null) {
                continue;
            }
            int length = p.text().length();
            chars += length >= Thresholds.SPLIT_STORY_PARAGRAPH_CHARS ? length : 0;
        }
        return chars;
    }

    /**
     * True when {@code parent} holds, outside {@code best}, the story's lead in a block of its own, named as one
     * ({@code <div class="art-lead">}, "standfirst", "intro", "dek"): the first paragraph, set apart above the body.
     */
    private static boolean holdsLead(Element parent, Element best) {
        for (Element e : parent.select(Q_LEAD)) {
            if (e != best && !Signals.isAncestor(best, e) && !Signals.isAncestor(e, best)
                    && e.text().length() >= Thresholds.SIBLING_PARAGRAPH_CHARS && e.closest("li, a") == null
                    && e.selectFirst(Q_PICTURE) == null) {
                return true;
            }
        }
        return false;
    }

    /** A "lead-image" block is the story's picture, not its lead paragraph. */
    private static final Evaluator Q_PICTURE = QueryParser.parse("img, picture, figure, video");
    private static final Evaluator Q_LEAD = QueryParser.parse(
            "[class~=(?i)(^|[\\s_-])(lead|standfirst|intro|dek|deck|lede)([\\s_-]|$)]");

    /**
     * Step 2a: the block the page marks as its article's body ({@code itemprop=articleBody}, the only one) when the
     * best block lies inside it: a gallery's fifty captions embedded in a story outscore its paragraphs, but the page
     * says where the story is.
     */
    static Element markedBody(Element top) {
        for (Element p = top.parent(); p != null; p = p.parent()) {
            if (p.attr("itemprop").equalsIgnoreCase("articleBody")) {
                Document doc = p.ownerDocument();
                return doc != null && doc.select(Q_ARTICLE_BODY).size() == 1 ? p : top;
            }
        }
        return top;
    }

    private static final Evaluator Q_ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");

    /** The rows of a table are not a unit of their own: the table is (and its twins are the other tables). */
    static Element wholeUnit(Element best) {
        Element table = TABLE_PARTS.contains(best.normalName()) ? best.closest("table") : null;
        return table != null ? table : best;
    }

    /**
     * Step 2b: on pages whose content is spread over many blocks (listings, home and product pages), the top
     * block holds only a part of the page's paragraphs: when it holds less than {@code trigger} of them, take
     * the nearest ancestor that holds {@link Thresholds#WIDEN_COVERAGE}.
     */
    static Element widen(Element top, Element body, Map<Element, Score> scores, double trigger) {
        double total = ownPoints(body, scores);
        if (total == 0 || ownPoints(top, scores) >= total * trigger) {
            return top;
        }
        Element child = top;
        for (Element parent = top.parent(); parent != null && parent != body.parent(); parent = parent.parent()) {
            if (hasSidebarBeside(parent, child)) {
                return top;
            }
            if (ownPoints(parent, scores) >= total * Thresholds.WIDEN_COVERAGE) {
                return parent;
            }
            child = parent;
        }
        return top;
    }

    /**
     * Step 2e: on a page that runs the next story on under the first (an endless scroll saved with two of them), the
     * story headed by the page's title, when it is {@code top} or in it, among like units (the same tag and class) each
     * with a headline of its own; else null.
     */
    static Element ownStory(Element top, String title) {
        for (Element h : top.select(Q_STORY_HEADINGS)) {
            if (!Loose.namesTitle(Loose.of(h.text()), title)) {
                continue;
            }
            for (Element unit = h.parent(); unit != null && unit != top.parent(); unit = unit.parent()) {
                if (hasOtherStoryBeside(unit, title) && TextLength.moreLettersThan(unit, Thresholds.MIN_ARTICLE_CHARS)) {
                    return unit;
                }
            }
            return null;
        }
        return null;
    }

    private static final Evaluator Q_STORY_HEADINGS = QueryParser.parse("h1, h2, h3");

    /** What a story has and a section of one has not: its own byline or date. */
    private static final Evaluator Q_BYLINE_OR_DATE = QueryParser.parse("time, [rel=author], [itemprop=author],"
            + " [itemprop=datePublished], [class*=byline], [class*=author], [class*=dateline], [class*=publish]");

    /**
     * True when a sibling of {@code unit} of its tag and class is another story: a headline other than {@code title},
     * its own byline or date, and text.
     */
    private static boolean hasOtherStoryBeside(Element unit, String title) {
        String className = unit.className();
        if (className.isEmpty() || unit.parent() == null) {
            return false;
        }
        for (Element sibling : unit.parent().children()) {
            if (sibling == unit || !sibling.normalName().equals(unit.normalName()) || !sibling.className().equals(className)) {
                continue;
            }
            Element headline = sibling.selectFirst(Q_STORY_HEADINGS);
            if (headline != null && !Loose.namesTitle(Loose.of(headline.text()), title)
                    && sibling.selectFirst(Q_BYLINE_OR_DATE) != null
                    && TextLength.moreLettersThan(sibling, Thresholds.MIN_ARTICLE_CHARS)) {
                return true;
            }
        }
        return false;
    }

    /** The child of {@code ancestor} on the way down to {@code descendant}. */
    private static Element childOnPath(Element ancestor, Element descendant) {
        Element e = descendant;
        while (e.parent() != ancestor) {
            e = e.parent();
        }
        return e;
    }

    /**
     * True when, among {@code parent}'s children other than {@code child}, a block marked as a sidebar
     * ({@code <aside>}, {@link Sidebars#MARKED}) holds text; an empty one, a voting widget's {@code <aside>} inside
     * a story, changes nothing. Cleaning spares a sidebar that holds prose (it may wrap the article); when the
     * article lies beside it, growing into the parent would take its widgets (a reviews box, an author's blurb)
     * for part of the article.
     */
    static boolean hasSidebarBeside(Element parent, Element child) {
        for (Element sibling : parent.children()) {
            if (sibling != child && SIDEBAR.matches(sibling)
                    && sibling.text().length() >= Thresholds.GUARD_PROSE_CHARS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Step 2c, on listings and shop categories: the grid of item cards (see {@link CardGrid}) is content. The
     * chosen block becomes the grid when it lies in it, or the smallest block holding both when that adds
     * little else; a grid with more text replaces a chosen block too short to be prose of its own.
     */
    static Element withGrid(Element top, Element body) {
        Element grid = CardGrid.find(body);
        if (grid == null || grid == top || Signals.isAncestor(top, grid)) {
            return top;
        }
        if (Signals.isAncestor(grid, top)) {
            return grid;
        }
        int topChars = top.text().length();
        int gridChars = grid.text().length();
        Element both = top.parent();
        while (both != null && !Signals.isAncestor(both, grid)) {
            both = both.parent();
        }
        if (both != null && both != body && both.text().length() <= (topChars + gridChars) * Thresholds.GRID_JOIN_SLACK) {
            return both;
        }
        // A block of real prose (a category's buying guide) stays; a promotion line gives way to the items.
        return gridChars > topChars && topChars < Thresholds.MIN_ARTICLE_CHARS ? grid : top;
    }

    /**
     * Step 2d, on pages made of sections (a service's or product's page built block by block): the chosen block
     * grows into each enclosing block while what that adds is mostly paragraphs of prose or cells of a table of
     * specifications ({@link Thresholds#GROW_PROSE_SHARE}) and few links ({@link Thresholds#GROW_LINK_SHARE});
     * it stops at the first that adds menus, cards or link lists. With {@code toLandmark} (pages whose links are
     * not their content), the page's main landmark around the block is taken at once when what it adds is
     * mostly content by the weaker measure of {@link Thresholds#LANDMARK_PROSE_SHARE}.
     */
    static Element growThroughProse(Element top, Element body, Map<Element, Score> scores, TextStats stats,
                                    boolean toLandmark) {
        Element child = top;
        Map<Element, Integer> content = contentChars(body, scores, stats);
        Element landmark = toLandmark ? mainLandmark(top, body) : null;
        if (landmark != null && !sidebarOnTheWay(top, landmark)) {
            // The page's own word that this is its main part stands for half the evidence: a service's hero,
            // features, comparison table and FAQ, each outweighed by the FAQ, are all its content.
            int extra = stats.textLength(landmark) - stats.textLength(top);
            int added = content.getOrDefault(landmark, 0) - content.getOrDefault(top, 0);
            if (added >= Thresholds.LANDMARK_PROSE_SHARE * extra
                    && stats.linkDensity(landmark) <= Thresholds.GROW_LINK_SHARE) {
                return landmark;
            }
        }
        Element best = top;
        int chars = stats.textLength(top);
        int prose = content.getOrDefault(top, 0);
        double linkChars = stats.linkDensity(top) * chars;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            int pc = stats.textLength(parent);
            int pp = content.getOrDefault(parent, 0);
            double pl = stats.linkDensity(parent) * pc;
            int extra = pc - chars;
            if (hasSidebarBeside(parent, child)) {
                break;
            }
            if (extra > 0) {
                if (pp - prose < Thresholds.GROW_PROSE_SHARE * extra
                        || pl - linkChars > Thresholds.GROW_LINK_SHARE * extra) {
                    break;
                }
                best = parent;
            }
            chars = pc;
            prose = pp;
            linkChars = pl;
            child = parent;
        }
        return best;
    }

    /** True when a marked sidebar lies beside the way up from {@code top} to its ancestor {@code landmark}. */
    private static boolean sidebarOnTheWay(Element top, Element landmark) {
        for (Element child = top; child != landmark; child = child.parent()) {
            if (hasSidebarBeside(child.parent(), child)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest {@code <main>} or {@code role=main} above {@code top} and below the body, or null. */
    private static Element mainLandmark(Element top, Element body) {
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            if (p.normalName().equals("main") || p.attr("role").equals("main")) {
                return p;
            }
        }
        return null;
    }

    /**
     * Characters of content under each block, the block's own included: its paragraphs, and the short cells of
     * tables and definition lists that are not links (a product's specifications, "Core clock | 915 MHz", are its
     * content as much as its prose is, though no cell is long enough to count as a paragraph). Added up the
     * ancestors once, so that each block's figure is a lookup.
     */
    private static Map<Element, Integer> contentChars(Element body, Map<Element, Score> scores, TextStats stats) {
        Map<Element, Integer> content = new java.util.IdentityHashMap<>();
        for (Score s : scores.values()) {
            if (s.paragraphs > 0) {
                addUp(content, s.element, s.proseChars, body);
            }
        }
        for (Element cell : body.select(Q_CELLS)) {
            int len = stats.textLength(cell);
            boolean paragraph = len >= Thresholds.MIN_PARAGRAPH_CHARS && isParagraph(cell);
            if (!paragraph && stats.linkDensity(cell) < Thresholds.GROW_LINK_SHARE && !Signals.hasBlockChild(cell)) {
                addUp(content, cell, len, body);
            }
        }
        return content;
    }

    private static void addUp(Map<Element, Integer> totals, Element from, int n, Element body) {
        for (Element e = from; e != null && e != body.parent(); e = e.parent()) {
            totals.merge(e, n, Integer::sum);
        }
    }

    /**
     * True when {@code top} is or holds a story in itself (a block with many paragraphs of its own and the prose they
     * hold) and a good share of the page's prose: what the page has besides it is other content (a column of videos,
     * a shop, teasers), not more of it. A long section of a guide split into many is a smaller share of its prose.
     */
    private static boolean holdsStory(Element top, Map<Element, Score> scores) {
        boolean story = false;
        int inside = 0;
        int outside = 0;
        for (Score s : scores.values()) {
            if (s.element == top || Signals.isAncestor(top, s.element)) {
                inside += s.proseChars;
                story |= s.paragraphs >= Thresholds.STORY_PARAGRAPHS && s.proseChars >= Thresholds.STORY_PROSE_CHARS;
            } else {
                outside += s.proseChars;
            }
        }
        return story && inside >= (inside + outside) * Thresholds.STORY_PROSE_SHARE;
    }

    /** Points of the paragraphs under {@code e} (what its children passed up, without tag or class). */
    private static double ownPoints(Element e, Map<Element, Score> scores) {
        double sum = 0;
        for (Score s : scores.values()) {
            if (s.paragraphs > 0 && (s.element == e || Signals.isAncestor(e, s.element))) {
                sum += s.paragraphPoints;
            }
        }
        return sum;
    }

    private static double scoreOf(Element e, Map<Element, Score> scores) {
        Score s = scores.get(e);
        return s == null ? 0 : s.finalScore;
    }

    /**
     * Step 3: siblings that belong to the article join it, in document order; so do its twins elsewhere in
     * the page (blocks with the same tag and class and a good score: a body split by full-width figures or
     * pull quotes into several containers), unless {@code withTwins} is false.
     */
    static Element mergeSiblings(Element top, Map<Element, Score> scores, double ratio, boolean thread,
                                 boolean withTwins) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return top.clone();
        }
        double topScore = scoreOf(top, scores);
        double threshold = Math.max(Thresholds.SIBLING_MIN_SCORE, topScore * ratio);
        Set<Element> parts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        parts.add(top);
        for (Element sibling : parent.children()) {
            if (belongs(sibling, top, threshold, topScore, scores)) {
                parts.add(sibling);
            }
        }
        List<Element> twins = withTwins ? twins(top, scores, thread) : List.of();
        parts.addAll(twins);
        // Siblings are in page order already; twins elsewhere need a walk of the page to find their place.
        List<Element> order = twins.isEmpty() || top.ownerDocument() == null
                ? new ArrayList<>(parent.children()) : top.ownerDocument().body().getAllElements();
        // Copies, so that the page stays as cleaning left it: the same page can be read again with other hints.
        // A part inside another part is already in that one's copy.
        Element article = new Element("div");
        article.attr("data-pith", "article");
        Element last = null;
        boolean headed = thread && !twins.isEmpty();
        for (Element e : order) {
            if (parts.contains(e) && (last == null || !Signals.isAncestor(last, e))) {
                Element copy = e.clone();
                if (headed) {
                    PostHeader.ofCopy(e, parts, copy).ifPresent(article::appendChild);
                }
                article.appendChild(copy);
                last = e;
            }
        }
        return article;
    }

    /**
     * Blocks elsewhere in the page with the tag and class of the block that holds the article's paragraphs,
     * when they hold prose too: at least {@link Thresholds#TWIN_MIN_SHARE} of its text and little link text.
     */
    private static List<Element> twins(Element top, Map<Element, Score> scores, boolean thread) {
        Element core = top;
        while (Signals.holdsOneElement(core)) {
            core = core.child(0);
        }
        Score wrapped = scores.get(core);
        if (core.className().isEmpty() || thread && (wrapped == null || wrapped.paragraphs == 0)) {
            // A container of posts (a thread's answers), or in a thread one whole post (its header, body and footer
            // rows): the core is its best block, the body of one post.
            core = bestWithin(core, scores);
        }
        Score coreScore = scores.get(core);
        String cls = core.className();
        Document doc = core.ownerDocument();
        if (coreScore == null || coreScore.paragraphs == 0 || cls.isEmpty() || doc == null) {
            return List.of();
        }
        int coreChars = core.text().length();
        List<Element> twins = new ArrayList<>();
        for (Element e : doc.getElementsByTag(core.normalName())) {
            if (e != core && e.className().equals(cls) && !Signals.isAncestor(top, e) && !Signals.isAncestor(e, top)) {
                String text = e.text();
                // In a thread every post is content, the one-line reply too; elsewhere a short twin is a styled box.
                int min = thread ? Thresholds.MIN_PARAGRAPH_CHARS : (int) Math.ceil(coreChars * Thresholds.TWIN_MIN_SHARE);
                if (text.length() >= min
                        && Signals.linkDensity(e, text.length()) < Thresholds.SIBLING_MAX_LINK_DENSITY) {
                    twins.add(e);
                }
            }
        }
        return twins;
    }

    /** The best-scoring block with a class inside {@code container} (itself when there is none). */
    private static Element bestWithin(Element container, Map<Element, Score> scores) {
        Element best = container;
        double bestScore = 0;
        for (Score s : scores.values()) {
            if (s.finalScore > bestScore && s.paragraphs > 0 && !s.element.className().isEmpty()
                    && Signals.isAncestor(container, s.element)) {
                best = s.element;
                bestScore = s.finalScore;
            }
        }
        return best;
    }

    private static boolean belongs(Element sibling, Element top, double threshold, double topScore,
                                   Map<Element, Score> scores) {
        double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
                ? topScore * 0.2 : 0;
        Score s = scores.get(sibling);
        if (s != null && s.finalScore + bonus >= threshold) {
            return true;
        }
        Element paragraph = unwrapped(sibling);
        boolean wrapped = paragraph != sibling;
        if (!paragraph.normalName().equals("p") || wrapped && Signals.holdsOneElement(paragraph)) {
            // A wrapped paragraph that is one element (all in italics or bold, or one link) is a note set apart
            // ("Join our forums to ..."), not a paragraph of the story.
            return false;
        }
        String text = paragraph.text();
        double density = Signals.linkDensity(paragraph, text.length());
        if (text.length() > Thresholds.SIBLING_PARAGRAPH_CHARS) {
            return density < Thresholds.SIBLING_MAX_LINK_DENSITY;
        }
        // A short sentence joins only as a paragraph of its own: wrapped in a block, it is a notice or a promotion.
        return !wrapped && !text.isEmpty() && density == 0 && text.matches("(?s).*[.!?。！？]\\s*$");
    }

    /**
     * The one element inside a block that holds nothing else: a {@code <div class="secondPar">} around a single
     * {@code <p>} is that paragraph, as some publishers wrap each paragraph of a story in its own block. One level
     * only: a paragraph deeper in wrappers beside the story ({@code div.side > div.news > p}) is a teaser.
     */
    private static Element unwrapped(Element e) {
        return !e.normalName().equals("p") && Signals.holdsOneElement(e) ? e.child(0) : e;
    }

    private static List<Candidate> explain(List<Score> ranked) {
        List<Candidate> out = new ArrayList<>();
        for (Score s : ranked.subList(0, Math.min(CANDIDATES_SHOWN, ranked.size()))) {
            out.add(new Candidate(Paths.of(s.element), Math.round(s.finalScore * 10) / 10.0, s.chars,
                    Math.round(s.linkDensity * 1000) / 1000.0, s.signals()));
        }
        return out;
    }
}
