package dev.pith.clean;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An element as rules look at it, with what they ask of it read once: its class and id lower-cased, split
 * into class names, and into words at spaces, dashes, underscores, digits boundaries and camelCase humps
 * ({@code shareButtons} → share, buttons); its text when short.
 */
final class ElementView {
    final Element element;
    /** The text length of every element under the cleaned root, measured before any removal; null if unknown. */
    private final Map<Element, Integer> textLengths;
    private String lower;
    private char[] lowerChars;
    private List<String> words;
    /** {@link ContainsBits} of the class/id; -1 until read. */
    private long containsBits = -1;
    /** {@link WordBits#WORDS} bits of the class/id words; -1 until read. */
    private long wordBits = -1;
    /** {@link StartBits} of the class names and id; -1 until read. */
    private long startBits = -1;
    /** The page's bits of class attributes, shared by all its elements; null for a single look. */
    private final ClassBits classBits;
    /** The bits of this element's class attribute (words, contains, names, starts); null until read. */
    private long[] ownClassBits;
    private Element root;
    /** The text read by {@link #textAtMost}. */
    private String text;
    /** See {@link #role()}; null until read. */
    private String role;
    /** See {@link #nameId()}; null until read. */
    private String id;

    ElementView(Element element) {
        this(element, null, null);
    }

    /**
     * A view of {@code element}; {@code textLengths} are the page's measured text lengths and {@code classBits}
     * its class attributes' bits, both shared by all the page's views (either may be null).
     */
    ElementView(Element element, Map<Element, Integer> textLengths, ClassBits classBits) {
        this.element = element;
        this.textLengths = textLengths;
        this.classBits = classBits;
    }

    /** The element's ARIA role, trimmed and lower-cased; "" when it has none. */
    String role() {
        if (role == null) {
            role = element.attr("role").strip().toLowerCase(Locale.ROOT);
        }
        return role;
    }

    /** The document the element belongs to, for CSS queries. */
    Element root() {
        if (root == null) {
            root = element.root();
        }
        return root;
    }

    /** Class and id, lower-cased, separated by a space; empty when neither is set. */
    String classAndId() {
        if (lower == null) {
            String c = element.attr("class");
            String id = nameId();
            lower = (id.isEmpty() ? c : c + " " + id).toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** {@link #classAndId()} as an array, for {@link Substrings}. */
    char[] classAndIdChars() {
        if (lowerChars == null) {
            lowerChars = classAndId().toCharArray();
        }
        return lowerChars;
    }

    /**
     * The {@link ContainsBits} of the lower-cased class and id: which {@link Match#classContains} sets they hit. (The
     * class and the id are scanned apart: no registered substring holds a space, so none spans the two.)
     */
    long containsBits() {
        if (containsBits == -1) {
            String id = nameId();
            containsBits = ownClassBits()[1]
                    | (id.isEmpty() ? 0 : ContainsBits.of(id.toLowerCase(Locale.ROOT).toCharArray()));
        }
        return containsBits;
    }

    /** The {@link WordBits#WORDS} bits of the class/id words: which {@link Match#classWords} sets hold one of them. */
    long wordBits() {
        if (wordBits == -1) {
            String id = nameId();
            wordBits = ownClassBits()[0] | (id.isEmpty() ? 0 : ClassBits.wordBits(id));
        }
        return wordBits;
    }

    /** The {@link WordBits#CLASS_NAMES} bits of the element's class names: which {@link Match#classNames} it carries. */
    long classNameBits() {
        return ownClassBits()[2];
    }

    private long[] ownClassBits() {
        if (ownClassBits == null) {
            String c = element.attr("class");
            ownClassBits = classBits != null ? classBits.of(c) : ClassBits.compute(c);
        }
        return ownClassBits;
    }

    /** True when one of the class/id words is in {@code wanted}. */
    boolean hasWord(Set<String> wanted) {
        for (String w : words()) {
            if (wanted.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the element carries one of these lower-case class names (class names match ignoring case). */
    boolean hasClassName(Set<String> wanted) {
        String c = element.attr("class");
        for (String n : c.isEmpty() ? List.<String>of() : splitClassNames(c.toLowerCase(Locale.ROOT))) {
            if (wanted.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a class name or the id is one of {@code words} or starts with one followed by a dash, an
     * underscore or a capital (see {@link Match#classStarts}).
     */
    boolean hasNameStarting(List<String> words) {
        String id = nameId();
        for (String w : words) {
            if (startsName(id, 0, id.length(), w)) {
                return true;
            }
        }
        for (String name : splitClassNames(element.attr("class"))) {
            for (String w : words) {
                if (startsName(name, 0, name.length(), w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The {@link StartBits} of the class names and the id: which {@link Match#classStarts} lists they start with. */
    long startBits() {
        if (startBits == -1) {
            String id = nameId();
            startBits = ownClassBits()[3] | (id.isEmpty() ? 0 : StartBits.of(id));
        }
        return startBits;
    }

    /** True when {@code s[from, to)} is {@code w} or starts with it followed by -, _ or a capital; ignores case. */
    static boolean startsName(String s, int from, int to, String w) {
        int end = from + w.length();
        if (end > to || !s.regionMatches(true, from, w, 0, w.length())) {
            return false;
        }
        if (end == to) {
            return true;
        }
        char next = s.charAt(end);
        return next == '-' || next == '_' || Character.isUpperCase(next);
    }

    /**
     * The element's id when it names a part of the page, or "" when it spells the element's own text: an anchor
     * made from a heading ({@code id="Alignment_with_Customers_Menu_and_Pricing"}) names the words of the heading,
     * not a menu.
     */
    private String nameId() {
        if (id == null) {
            id = element.id();
            if (id.length() >= MIN_TEXT_ID_CHARS && spellsText(id)) {
                id = "";
            }
        }
        return id;
    }

    /** Ids shorter than this are never taken for text: "main-menu", "comments", "share-bar" name components. */
    private static final int MIN_TEXT_ID_CHARS = 16;

    /** True when the id, letters and digits only, is how the element's text starts (or its whole text). */
    private boolean spellsText(String id) {
        String text = TextLength.atMost(element, id.length() * 2);
        if (text == null) {
            return false;
        }
        String a = lettersAndDigits(id);
        String b = lettersAndDigits(text);
        return a.length() >= MIN_TEXT_ID_CHARS && b.startsWith(a);
    }

    private static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Blocks whose own text, written between {@code <br>}s, can be a paragraph (forums, old pages). */
    private static final Set<String> PROSE_HOLDERS = Set.of("blockquote", "div", "td", "li", "dd", "article", "section");

    /**
     * True when {@code el} holds at least {@code enough} paragraphs of prose of {@code minChars} characters or
     * more: {@code <p>} elements, and the text that forums and old pages write straight into blockquotes, divs and
     * cells between {@code <br>}s. A teaser's excerpt or summary ({@link Teasers}) is another page's prose.
     */
    static boolean proseParagraphs(Element el, int minChars, int enough) {
        int prose = 0;
        for (Element e : el.getAllElements()) {
            String tag = e.normalName();
            String text = tag.equals("p") ? e.text() : PROSE_HOLDERS.contains(tag) ? e.ownText() : "";
            if (text.length() >= minChars && !isExcerpt(text) && !(tag.equals("p") && Teasers.underLinkedHeading(e))
                    && ++prose >= enough) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a teaser's excerpt: words cut off by an ellipsis, and perhaps the link on to the rest ("… Read more"):
     * another page's prose, not this one's.
     */
    private static boolean isExcerpt(String text) {
        // The pattern is anchored at the end and its longest match is short: only the tail is searched.
        return EXCERPT.matcher(text).region(Math.max(0, text.length() - EXCERPT_TAIL), text.length()).find();
    }

    private static final int EXCERPT_TAIL = 40;

    private static final java.util.regex.Pattern EXCERPT = java.util.regex.Pattern.compile(
            "(?i)(…|\\.\\.\\.|\\[…\\]|\\[\\.\\.\\.\\])\\s*((read|continue reading|more|read more|weiterlesen|lire la suite|leer más)\\W*)?$");

    /** The element's normalised text when it has at most {@code max} characters of raw text, else null. */
    String textAtMost(int max) {
        Integer length = textLengths == null ? null : textLengths.get(element);
        if (length == null) {
            return TextLength.atMost(element, max);
        }
        if (length > max) {
            return null;
        }
        if (text == null) {
            text = element.text();
        }
        return text;
    }

    private List<String> words() {
        if (words == null) {
            String c = element.attr("class");
            String id = nameId();
            words = c.isEmpty() && id.isEmpty() ? List.of() : split(c + " " + id);
        }
        return words;
    }

    /**
     * True when the element's only content is one child element and blank text: a wrapper, whose child is the
     * block to judge ("<div><h3>Related</h3></div>").
     */
    static boolean isWrapper(Element el) {
        int elements = 0;
        for (int i = 0; i < el.childNodeSize(); i++) {
            org.jsoup.nodes.Node n = el.childNode(i);
            if (n instanceof Element && ++elements > 1
                    || n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return elements == 1;
    }

    static List<String> splitClassNames(String classAttr) {
        List<String> out = new ArrayList<>(2);
        int start = -1;
        for (int i = 0; i <= classAttr.length(); i++) {
            boolean space = i == classAttr.length() || Character.isWhitespace(classAttr.charAt(i));
            if (space && start >= 0) {
                out.add(classAttr.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** Splits class/id text into lower-case words. */
    static List<String> split(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean alnum = c < 128 ? Character.isLetterOrDigit(c) : Character.isLetterOrDigit(c);
            if (!alnum || (Character.isUpperCase(c) && Character.isLowerCase(prev))) {
                if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
            }
            if (alnum) {
                w.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }
}
