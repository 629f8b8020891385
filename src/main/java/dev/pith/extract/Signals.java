package dev.pith.extract;

import dev.pith.Thresholds;
import dev.pith.clean.Loose;
import dev.pith.clean.LooseText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Measures of a block that scoring and pruning share: class weight, text and link lengths, commas. */
public final class Signals {
    private Signals() {
    }

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text|column");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media"
                    + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
                    + "|tags|tool|widget|byline|author|dateline|teaser|newsletter|signup|popup|recommend");

    /** Class words of a standfirst (dek, summary, "chapeau" in French CMSs). */
    public static final Pattern STANDFIRST = Pattern.compile(
            "(?i)(^|[-_\\s])(dek|standfirst|stand-first|sub-?title|sub-?headline|subhead|strapline|strap|summary"
                    + "|lede|intro|excerpt|description|teaser|deck|article-summary|abstract|chapeau|chapo|entradilla"
                    + "|sottotitolo|vorspann|subtitulo|bajada|linha-fina|sous-titre|untertitel)($|[-_\\s])"
                    // The title over a block so named is not the block: "product-detail-description-title".
                    + "(?!(title|heading|header|label)($|[-_\\s]))");

    /**
     * An English month's name or its abbreviation, for patterns matching case-insensitively: "Sep", "sept.",
     * "September". {@link #WEEKDAY_NAME} likewise for the day: "Tue", "Tuesday,".
     */
    public static final String MONTH_NAME = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    public static final String WEEKDAY_NAME = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?";

    /** A price: a currency sign or code next to a number (matched in lower case): "$24.99", "€88", "12,50 eur". */
    public static final Pattern PRICE = Pattern.compile("[$€£¥₹]\\s?\\d|\\d(?:[.,]\\d\\d)?\\s?(?:€|eur|usd|zł|kr)\\b");

    /** Tags whose presence makes an element a container of blocks rather than a paragraph. */
    static final Set<String> BLOCK_TAGS = LooseText.BLOCK_TAGS;

    /** +25 for article-like class or id words, -25 for boilerplate-like ones, both can apply. */
    static int classWeight(Element e) {
        return wordsWeight(e.className()) + wordsWeight(e.id());
    }

    /**
     * Pages repeat the same few class names thousands of times, so each thread remembers the weights it has
     * worked out (a bounded memo, emptied when full, so a long batch never grows it).
     */
    private static final ThreadLocal<java.util.Map<String, Integer>> WEIGHTS =
            ThreadLocal.withInitial(java.util.HashMap::new);
    private static final int WEIGHTS_REMEMBERED = 4096;

    private static int wordsWeight(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        java.util.Map<String, Integer> memo = WEIGHTS.get();
        Integer known = memo.get(s);
        if (known != null) {
            return known;
        }
        String v = s.toLowerCase(Locale.ROOT);
        int w = 0;
        if (NEGATIVE.matcher(v).find()) {
            w -= Thresholds.CLASS_WEIGHT;
        }
        if (POSITIVE.matcher(v).find()) {
            w += Thresholds.CLASS_WEIGHT;
        }
        if (memo.size() >= WEIGHTS_REMEMBERED) {
            memo.clear();
        }
        memo.put(s, w);
        return w;
    }

    /** True when the element has block-level children, so it is a container, not a paragraph. */
    static boolean hasBlockChild(Element e) {
        return LooseText.hasBlockChild(e);
    }

    /** True when {@code ancestor} holds {@code e} (at any depth; not itself). */
    public static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a block lies among {@code e}'s children or inside its inline ones: an old layout's table cell
     * whose paragraphs sit in a {@code <font>} ({@code <td><font><p>…</p><p>…</p></font></td>}) is a container.
     */
    static boolean hasBlockInside(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element c
                    && (BLOCK_TAGS.contains(c.normalName()) || c.childNodeSize() > 0 && hasBlockInside(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code e} has at least {@code n} child elements. Counts in place: jsoup's {@code childrenSize()}
     * builds and caches a list of the children, garbage when asked of every element of a page.
     */
    public static boolean hasChildElements(Element e, int n) {
        int found = 0;
        for (int i = 0; i < e.childNodeSize() && found < n; i++) {
            if (e.childNode(i) instanceof Element) {
                found++;
            }
        }
        return found >= n;
    }

    /** True when the element has a non-blank text node directly inside it. */
    static boolean hasOwnText(Element e) {
        return LooseText.hasOwnText(e);
    }

    /** True when the element holds one element and nothing else but blank text: a wrapper of that element. */
    static boolean holdsOneElement(Element e) {
        return e.childrenSize() == 1 && !hasOwnText(e);
    }

    /** Share of the element's text that sits inside links (0 when it has no text). */
    static double linkDensity(Element e, int textLength) {
        if (textLength == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += linkChars(a.attr("href"), a.text().length());
        }
        return Math.min(1.0, (double) links / textLength);
    }

    /**
     * How many of a link's {@code len} characters count as link text. In-page anchors (footnotes, tables of
     * contents) count for 30%: they stay on the page. A link longer than {@link Thresholds#CARD_LINK_CHARS}
     * is a card (headline and teaser inside one link, as listings and home pages make them): only its first
     * {@code CARD_LINK_CHARS} count, the teaser beyond is prose.
     */
    static int linkChars(String href, int len) {
        int counted = Math.min(len, Thresholds.CARD_LINK_CHARS);
        return href.startsWith("#") ? counted * 3 / 10 : counted;
    }

    /** The share of {@code a}'s words (compared loosely) that {@code b} holds too: 0 to 1, 0 when {@code a} has none. */
    public static double sharedWords(String a, String b) {
        String[] words = Loose.of(a).split(" ");
        java.util.Set<String> other = new java.util.HashSet<>(java.util.Arrays.asList(Loose.of(b).split(" ")));
        int shared = 0;
        for (String w : words) {
            shared += other.contains(w) ? 1 : 0;
        }
        return words.length == 0 || words[0].isEmpty() ? 0.0 : (double) shared / words.length;
    }

    /**
     * True when the element's text holds fewer than {@code n} commas; counts text node by text node and stops
     * at {@code n}, so the element's text is never built (whitespace, which building it would collapse, holds
     * no comma).
     */
    static boolean fewerCommasThan(Element e, int n) {
        return fewerCommasThan(e, n, false);
    }

    /**
     * True when {@code e}'s text holds fewer than {@code n} commas, counting only those outside links when
     * {@code outsideLinks}: a headline's commas in a list of linked teasers are no sentence of the block's.
     */
    static boolean fewerCommasThan(Element e, int n, boolean outsideLinks) {
        int found = 0;
        java.util.Iterator<TextNode> texts = e.nodeStream(TextNode.class).iterator();
        while (texts.hasNext()) {
            TextNode t = texts.next();
            if (outsideLinks && inLink(t, e)) {
                continue;
            }
            found += commas(t.getWholeText());
            if (found >= n) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code node} sits inside a link below {@code top}. */
    private static boolean inLink(Node node, Element top) {
        for (Element a = node.parentElement(); a != null && a != top; a = a.parent()) {
            if (a.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** Commas (Western and CJK) in {@code text}: a cheap signal of sentences. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
