package dev.pith.clean;

import org.jsoup.nodes.Element;
import org.jsoup.select.Collector;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What an HTML rule matches: tags, a CSS query, words of the class and id, or a combination. Immutable.
 *
 * <pre>{@code
 * Match.tags("svg")                                  // every <svg>
 * Match.classWords("share", "social")                // class="article-share-bar", id="socialLinks"
 * Match.and(Match.tags("i", "span"), Match.classContains("icon"))
 * }</pre>
 *
 * <p>Class and id are split into lower-case words at spaces, dashes, underscores and camelCase humps, so
 * {@code classWords("share")} matches {@code share-bar} and {@code shareButtons} but not {@code shared}.
 */
public final class Match {
    /** A CSS query made only of attribute selectors, {@code [role=dialog], [aria-modal=true]}. */
    private static final java.util.regex.Pattern ATTRIBUTES_ONLY =
            java.util.regex.Pattern.compile("\\[[^\\[\\]]+\\](\\s*,\\s*\\[[^\\[\\]]+\\])*");

    private final String description;
    private final Predicate<ElementView> test;
    private final boolean needsAttributes;
    /** The jsoup queries this match runs, its parts' included: see {@link #forget}. */
    private final List<Evaluator> queries;

    private Match(String description, Predicate<ElementView> test) {
        this(description, test, false, List.of());
    }

    private Match(String description, Predicate<ElementView> test, boolean needsAttributes) {
        this(description, test, needsAttributes, List.of());
    }

    private Match(String description, Predicate<ElementView> test, boolean needsAttributes, List<Evaluator> queries) {
        this.description = description;
        this.test = test;
        this.needsAttributes = needsAttributes;
        this.queries = queries;
    }

    private static List<Evaluator> queriesOf(Match... parts) {
        return Arrays.stream(parts).flatMap(p -> p.queries.stream()).toList();
    }

    /**
     * Lets go of what this match's jsoup queries remember about the page under {@code root}. Some of jsoup's
     * structural selectors (descendant and sibling combinators, {@code :not}) memoise their answers per thread,
     * keyed by page, until a new selection resets them; queries run element by element, as here, are never
     * reset by jsoup, so without this a batch would keep every page it had cleaned.
     */
    void forget(Element root) {
        for (Evaluator q : queries) {
            Collector.stream(q, root);  // a new selection: resets the query; the stream is never run
        }
    }

    /**
     * True when this can only match an element that has attributes (a class, an id, a role...): the cleaner
     * skips such matches on bare elements, about half of a page's.
     */
    boolean needsAttributes() {
        return needsAttributes;
    }

    /** Matches elements with one of these tag names. */
    public static Match tags(String... names) {
        Set<String> set = Set.of(names);
        return new Match(String.join(", ", names), e -> set.contains(e.element.normalName()));
    }

    /** Matches elements that a jsoup CSS query selects, e.g. {@code [aria-hidden=true]}. */
    public static Match css(String query) {
        Evaluator evaluator = QueryParser.parse(query);
        return new Match(query, e -> evaluator.matches(e.root(), e.element),
                ATTRIBUTES_ONLY.matcher(query.strip()).matches(), List.of(evaluator));
    }

    /**
     * Matches elements whose {@code role} is one of these ARIA roles ({@code roles("navigation", "search")}): the
     * same as {@code css("[role=navigation], [role=search]")}, with the role read once for all such matches.
     */
    public static Match roles(String... roles) {
        Set<String> set = Arrays.stream(roles).map(r -> r.toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        return new Match("role=" + String.join("|", roles), e -> set.contains(e.role()), true);
    }

    /** Matches elements whose class or id contains one of these whole words. */
    public static Match classWords(String... words) {
        Set<String> set = Set.of(words);
        long bit = WordBits.WORDS.register(set);
        // With a bit of its own, the test is one AND on the element's words, looked up once for all such matches.
        Predicate<ElementView> test = bit != 0 ? e -> (e.wordBits() & bit) != 0 : e -> e.hasWord(set);
        return new Match("class/id words " + String.join("|", words), test, true);
    }

    /** Matches elements whose lower-cased class or id contains one of these substrings. */
    public static Match classContains(String... parts) {
        long bit = ContainsBits.register(parts);
        // With a bit of its own, the test is one AND on a scan made once for all such matches.
        Predicate<ElementView> test;
        if (bit != 0) {
            test = e -> (e.containsBits() & bit) != 0;
        } else {
            Substrings any = Substrings.of(parts);
            test = e -> !e.classAndId().isEmpty() && any.foundIn(e.classAndIdChars());
        }
        return new Match("class/id containing " + String.join("|", parts), test, true);
    }

    /** Matches elements that carry exactly one of these class names. */
    public static Match classNames(String... names) {
        Set<String> set = Arrays.stream(names).map(n -> n.toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        long bit = WordBits.CLASS_NAMES.register(set);
        // With a bit of its own, the test is one AND on bits worked out once per class attribute of the page.
        Predicate<ElementView> test = bit != 0 ? e -> (e.classNameBits() & bit) != 0 : e -> e.hasClassName(set);
        return new Match("class " + String.join("|", names), test, true);
    }

    /**
     * Matches elements with a class name or an id that is one of these words, or starts with one and goes on
     * after a dash, an underscore or a capital: {@code classStarts("widget")} matches {@code widget},
     * {@code widget_text}, {@code widget-area} and {@code widgetArea}, but not {@code elementor-widget}, where
     * a page builder names a block of the page's own content. Ignores case.
     */
    public static Match classStarts(String... words) {
        List<String> list = List.of(words);
        long bit = StartBits.register(words);
        Predicate<ElementView> test = bit != 0 ? e -> (e.startBits() & bit) != 0 : e -> e.hasNameStarting(list);
        return new Match("class/id starting " + String.join("|", words), test, true);
    }

    /**
     * Matches blocks that open with a heading (alone or in wrappers of one child, or first in a header row beside a
     * link) whose whole text {@code heading} finds: {@code <div><h3>You may also like</h3><ul>…</ul></div>}.
     */
    public static Match opensWithHeading(java.util.regex.Pattern heading) {
        return new Match("opens with a heading /" + heading.pattern() + "/", e -> {
            Element first = e.element.firstElementChild();
            while (first != null && !HEADINGS.contains(first.normalName()) && ElementView.isWrapper(first)) {
                first = first.firstElementChild();
            }
            if (first != null && !HEADINGS.contains(first.normalName()) && first != e.element.firstElementChild()
                    && opensWithElement(first)) {
                // A header row in wrappers: the heading first, a link beside it ("Comments  Add yours").
                first = first.firstElementChild();
            }
            if (first == null || !HEADINGS.contains(first.normalName())) {
                return false;
            }
            String text = TextLength.atMost(first, 100);
            return text != null && heading.matcher(text).find();
        });
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** True when the first thing in {@code el} is an element, no words before it. */
    private static boolean opensWithElement(Element el) {
        for (int i = 0; i < el.childNodeSize(); i++) {
            org.jsoup.nodes.Node n = el.childNode(i);
            if (n instanceof Element) {
                return true;
            }
            if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Matches blocks right after a short block whose whole text {@code heading} finds: the list that a
     * "More great stories" line introduces when the two are siblings, not wrapped together.
     */
    public static Match followsHeading(java.util.regex.Pattern heading) {
        return followsHeading(heading, false);
    }

    /**
     * As {@link #followsHeading(java.util.regex.Pattern)}, and when {@code headingTag}, only after a heading element
     * ({@code h1} to {@code h6}): a post's meta line ("12 Comments · Share") is no heading of what follows it.
     */
    public static Match followsHeading(java.util.regex.Pattern heading, boolean headingTag) {
        return new Match("follows a heading" + (headingTag ? " element" : "") + " /" + heading.pattern() + "/", e -> {
            Element before = e.element.previousElementSibling();
            if (headingTag && before != null && !HEADINGS.contains(before.normalName())) {
                return false;
            }
            String text = before == null ? null : TextLength.atMost(before, 100);
            return text != null && heading.matcher(text).find();
        });
    }

    /** Matches when every one of {@code parts} matches. */
    public static Match and(Match... parts) {
        String d = Arrays.stream(parts).map(Match::toString).collect(Collectors.joining(" and "));
        return new Match(d, e -> {
            for (Match p : parts) {
                if (!p.matches(e)) {
                    return false;
                }
            }
            return true;
        }, Arrays.stream(parts).anyMatch(Match::needsAttributes), queriesOf(parts));
    }

    /** Matches when any one of {@code parts} matches. */
    public static Match or(Match... parts) {
        String d = Arrays.stream(parts).map(Match::toString).collect(Collectors.joining(" or "));
        return new Match(d, e -> {
            for (Match p : parts) {
                if (p.matches(e)) {
                    return true;
                }
            }
            return false;
        }, Arrays.stream(parts).allMatch(Match::needsAttributes), queriesOf(parts));
    }

    /** Matches when {@code part} does not: {@code and(classWords("social"), not(css(":has(blockquote)")))}. */
    public static Match not(Match part) {
        return new Match("not (" + part + ")", e -> !part.matches(e), false, part.queries);
    }

    /** Matches elements holding a paragraph of prose of at least {@code minChars} characters. */
    public static Match holdsParagraph(int minChars) {
        return new Match("a paragraph of " + minChars + "+ chars", e -> ElementView.proseParagraphs(e.element, minChars, 1));
    }

    /**
     * Matches the short one of two variants of a label printed side by side, one for wide screens and one for
     * narrow: {@code <span class="time__long">April 2, 2024</span><span class="time__short">1 yr</span>}. A sibling
     * must carry the same class name with "long" or "full" in place of "short".
     */
    public static Match shortVariant() {
        // The fragment first, found in the one scan of class and id that all such tests share.
        return and(classContains("short"), new Match("beside its 'long' twin", e -> {
            Element el = e.element;
            for (String c : el.classNames()) {
                String lower = c.toLowerCase(java.util.Locale.ROOT);
                if (lower.contains("short") && (hasTwin(el, lower.replace("short", "long"))
                        || hasTwin(el, lower.replace("short", "full")))) {
                    return true;
                }
            }
            return false;
        }, true));
    }

    private static boolean hasTwin(Element el, String className) {
        Element prev = el.previousElementSibling();
        Element next = el.nextElementSibling();
        return prev != null && prev.hasClass(className) || next != null && next.hasClass(className);
    }

    /**
     * Matches an element set beside a sibling that carries one of these class names, the next or the one before:
     * {@code besideClassName("sr-only")} matches the visible "$11.20" of
     * {@code <ins aria-hidden="true">$11.20</ins><span class="sr-only">Current price is: $11.20.</span>}.
     */
    public static Match besideClassName(String... names) {
        Set<String> set = Arrays.stream(names).map(n -> n.toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        return new Match("beside class " + String.join("|", names), e -> {
            Element prev = e.element.previousElementSibling();
            Element next = e.element.nextElementSibling();
            return prev != null && hasAnyClass(prev, set) || next != null && hasAnyClass(next, set);
        });
    }

    private static boolean hasAnyClass(Element el, Set<String> names) {
        String cls = el.attr("class");
        if (cls.isEmpty()) {
            return false;
        }
        for (String name : names) {
            if (ClassAttr.holds(cls, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Matches elements that hold all the words of their nearest ancestor with one of these tags:
     * {@code soleTextOf("td", "th")} matches the screen reader's "Yes" beside a tick icon, the only words of its
     * table cell.
     */
    public static Match soleTextOf(String... tags) {
        Evaluator holder = QueryParser.parse(String.join(", ", tags));
        return new Match("the only text of its " + String.join("/", tags), e -> {
            Element cell = e.element.parent() == null ? null : e.element.parent().closest(holder);
            if (cell == null) {
                return false;
            }
            String own = TextLength.atMost(e.element, 100);
            return own != null && !own.isBlank() && own.equals(TextLength.atMost(cell, 100));
        });
    }

    /**
     * Matches the {@code <label>} of a field the reader types into or picks from (a text box, a number, a menu):
     * {@code <label for="qty">Quantity</label>} or a label holding its field. A checkbox's or a radio button's label
     * is not matched: pages without scripts build tabs and accordions from them, and their labels are the titles.
     */
    public static Match fieldLabel() {
        return and(tags("label"), new Match("labelling a field", e -> {
            Element label = e.element;
            Element field = label.selectFirst(FIELD);
            String id = label.attr("for");
            if (field == null && !id.isEmpty() && label.ownerDocument() != null) {
                Element named = label.ownerDocument().getElementById(id);
                field = named != null && named.is(FIELD) ? named : null;
            }
            // A label set just before its field or its buttons, without naming them: "<label>Color</label><button>…".
            Element next = label.nextElementSibling();
            return field != null || next != null && (next.is(FIELD) || next.normalName().equals("button"));
        }));
    }

    /** The fields {@link #fieldLabel} looks for. */
    private static final Evaluator FIELD = QueryParser.parse(
            "select, textarea, input:not([type=checkbox]):not([type=radio]):not([type=hidden])");

    /**
     * Matches a bar of links to places on the page itself and little else: a man page's "NAME | SYNOPSIS |
     * DESCRIPTION", an index's "Jump to: A B C". At least {@code minLinks} links, every one to an anchor ("#name",
     * not a script's "#!/route"), a link among the element's children or its list items' children, and at most
     * {@code maxOtherLetters} letters outside the links (a label such as "Jump to:").
     */
    public static Match jumpLinks(int minLinks, int maxOtherLetters) {
        return new Match("only links to this page's anchors, " + minLinks + "+", e -> {
            Element el = e.element;
            if (!leadsToAnchor(el)) {
                return false;
            }
            org.jsoup.select.Elements links = el.getElementsByTag("a");
            if (links.size() < minLinks) {
                return false;
            }
            int linkLetters = 0;
            for (Element a : links) {
                if (!isAnchorLink(a)) {
                    return false;
                }
                linkLetters += letterCount(a.text());
            }
            String all = TextLength.atMost(el, 40 * links.size() + maxOtherLetters);
            return all != null && letterCount(all) - linkLetters <= maxOtherLetters;
        });
    }

    /** True when a child of {@code el}, or a child of its first list item, is a link to an anchor: a cheap first test. */
    private static boolean leadsToAnchor(Element el) {
        // Child nodes by index: most elements tested have no such link, and children() would build a list for each.
        for (int i = 0; i < el.childNodeSize(); i++) {
            if (el.childNode(i) instanceof Element child) {
                if (isAnchorLink(child)) {
                    return true;
                }
                if (child.normalName().equals("li")) {
                    for (int k = 0; k < child.childNodeSize(); k++) {
                        if (child.childNode(k) instanceof Element inner && isAnchorLink(inner)) {
                            return true;
                        }
                    }
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean isAnchorLink(Element a) {
        if (!a.normalName().equals("a")) {
            return false;
        }
        String href = a.attr("href");
        return href.length() > 1 && href.charAt(0) == '#' && href.charAt(1) != '!' && href.charAt(1) != '/';
    }

    private static int letterCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isLetterOrDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** Matches elements with at least one letter or digit in their text: words, not an icon's glyph or nothing. */
    public static Match withWords() {
        return new Match("with words", e -> TextLength.moreLettersThan(e.element, 0));
    }

    /** Matches elements whose whole text is at most {@code maxChars} long (icons, labels). */
    public static Match shortText(int maxChars) {
        return new Match("text up to " + maxChars + " chars", e -> e.textAtMost(maxChars) != null);
    }

    /** True when this matches {@code element}. */
    public boolean matches(Element element) {
        return test.test(new ElementView(element));
    }

    boolean matches(ElementView view) {
        return test.test(view);
    }

    @Override
    public String toString() {
        return description;
    }
}
