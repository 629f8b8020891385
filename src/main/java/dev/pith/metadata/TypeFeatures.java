package dev.pith.metadata;

import dev.pith.clean.Substrings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The numbers {@link PageTypeModel} decides a page's type from: what the page declares (structured data,
 * og:type), what its URL says, the shape of the whole page (counts of prices, cards, posts, forms, headings),
 * the shape of the extracted content (how much of it is prose, links, lists or code) and the words of its
 * title. Counts are given as {@code log(1 + n)} so that a page with 500 links does not weigh a hundred times
 * one with 5; flags are 0 or 1.
 *
 * <pre>{@code
 * Map<String, Double> f = TypeFeatures.of(guess.signals(), content, "Casual Dresses", false, false);
 * f.get("content.proseShare");   // 0.92 on a news story, 0.1 on a shop category
 * }</pre>
 */
public final class TypeFeatures {
    private TypeFeatures() {
    }

    /** A link as long as a headline: longer than a menu entry, shorter than a paragraph. */
    static final int HEADLINE_LINK_MIN = 30;
    static final int HEADLINE_LINK_MAX = 160;
    private static final Pattern URL_DATE = Pattern.compile("/(19|20)\\d\\d/\\d{1,2}/");
    private static final Pattern URL_LONG_NUMBER = Pattern.compile("\\d{5,}");
    private static final Pattern PRICE = dev.pith.extract.Signals.PRICE;
    /**
     * Prices and dates are counted in the content's first this many characters (its text lower-cased), which
     * bounds the copy of the text that a huge page would otherwise make.
     */
    static final int TEXT_SAMPLE_CHARS = 200_000;
    /** A date as lists of posts print them (matched in lower case): "March 3, 2024", "3 Mar 2024", "2024-03-03", "3/3/24", "2 days ago". */
    private static final Pattern DATE = Pattern.compile("\\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
            + " \\d{1,2},? \\d{4}|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{4}"
            + "|(?:19|20)\\d\\d-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d+ (?:minutes?|hours?|days?|weeks?) ago)\\b");
    /** A business speaking of itself ("we", "our") and to its reader ("you", "your"), as service pages do. */
    private static final java.util.Set<String> WE = java.util.Set.of("we", "our", "ours", "us");
    private static final java.util.Set<String> YOU = java.util.Set.of("you", "your", "yours");
    /** Words of a title that name what kind of page it heads. */
    private static final Map<String, Pattern> TITLE_WORDS = Map.of(
            "title.service", Pattern.compile(
                    "\\b(services?|solutions?|consult\\w*|agency|hire|experts?|company|software|platform)\\b"),
            "title.list", Pattern.compile("\\b(news|blog|list of|archives?|topics?|categor\\w+|latest|all)\\b"),
            "title.shop", Pattern.compile("\\b(shop|buy|store|sale|collections?|men's|women's|kids)\\b"),
            "title.docs", Pattern.compile(
                    "\\b(documentation|docs|reference|api|tutorial|guide|manual|overview|install\\w*)\\b"),
            "title.forum", Pattern.compile("^re:|\\b(forums?|thread|question|community|discussion|help)\\b|\\?"),
            "title.howto", Pattern.compile("\\b(how|why|what|when|best|top|\\d+ (ways|tips|steps|things|reasons))\\b"));
    /** Words of a site's name that say what kind of site it is. */
    private static final Map<String, Pattern> SITE_WORDS = Map.of(
            "site.forum", Pattern.compile("\\b(forums?|community|communities|boards?|discussions?|talk|q ?& ?a)\\b"),
            "site.shop", Pattern.compile("\\b(shop|store|outlet|market)\\b"),
            "site.docs", Pattern.compile("\\b(docs|documentation|wiki|manual|reference)\\b"));
    /**
     * A title whose own part (before a " | Site" or " - Site" suffix) ends in a plural noun: "Casual Dresses",
     * "Air Fryer Recipes", "Remote Jobs" name a kind of thing, as the titles of category pages and lists do.
     */
    private static final Pattern PLURAL_TITLE =
            Pattern.compile("^[^|\\-–—:]*?[a-z]{2,}(?<![sui'])s\\s*(?:$|[|\\-–—:])");
    /** Links that lead on to a full post, as teasers in a list end. */
    private static final Pattern READ_MORE = Pattern.compile("(?i)^\\W*(read more|continue reading|read the (full )?(story|article|post)|more|view (post|article))\\W*$");

    /**
     * The page's signals joined with the content's and three facts from the metadata: whether it names
     * authors and a date, and how long its title is (a headline is a sentence, a category is a noun or two).
     */
    public static Map<String, Double> of(Map<String, Double> pageSignals, Element content, String title,
                                         boolean hasAuthors, boolean dated) {
        return of(pageSignals, content, title, null, hasAuthors, dated);
    }

    /**
     * As {@link #of(Map, Element, String, boolean, boolean)}, with the site's name, whose words say what kind of
     * site it is: "Trailhead Forums", "Acme Store", "Gantry Docs".
     */
    public static Map<String, Double> of(Map<String, Double> pageSignals, Element content, String title,
                                         String siteName, boolean hasAuthors, boolean dated) {
        Map<String, Double> f = new HashMap<>(pageSignals);
        String site = siteName == null ? "" : siteName.toLowerCase(java.util.Locale.ROOT);
        SITE_WORDS.forEach((name, words) -> flag(f, name, words.matcher(site).find()));
        content(f, content);
        f.put("meta.titleWords", title == null ? 0.0 : log(titleWords(title)));
        String t = title == null ? "" : title.toLowerCase(java.util.Locale.ROOT);
        TITLE_WORDS.forEach((name, words) -> flag(f, name, words.matcher(t).find()));
        flag(f, "title.plural", PLURAL_TITLE.matcher(t).find());
        f.put("content.coverage", Math.min(1.0, Math.expm1(f.get("content.chars"))
                / Math.max(1.0, Math.expm1(f.getOrDefault("page.textChars", 0.0)))));
        flag(f, "meta.authors", hasAuthors);
        flag(f, "meta.dated", dated);
        return f;
    }

    /**
     * How many words {@code title} has: its runs between spaces, a run of Chinese or Japanese characters (written
     * without spaces) counting one word for every two of them, about a word's length in those scripts.
     */
    static int titleWords(String title) {
        int words = 0;
        for (String run : title.strip().split("\\s+")) {
            int cjk = (int) run.codePoints().filter(TypeFeatures::isHanOrKana).count();
            words += cjk == 0 ? 1 : (cjk + 1) / 2;
        }
        return words;
    }

    private static boolean isHanOrKana(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /** Signals of the URL's path: its depth, a slug, a date, a numeric id, a query, a file extension. */
    static void url(Map<String, Double> f, String path, String url) {
        String clean = path.replaceFirst("[?#].*", "");
        String[] parts = clean.split("/");
        int depth = 0;
        String last = "";
        for (String part : parts) {
            if (!part.isEmpty()) {
                depth++;
                last = part;
            }
        }
        f.put("url.depth", log(depth));
        flag(f, "url.home", depth == 0);
        flag(f, "url.query", path.indexOf('?') >= 0);
        flag(f, "url.date", URL_DATE.matcher(clean).find());
        flag(f, "url.number", URL_LONG_NUMBER.matcher(clean).find());
        flag(f, "url.file", last.matches("(?i).+\\.(html?|php|aspx?|jsp)"));
        f.put("url.slugWords", log(last.split("[-_]").length - 1));
        flag(f, "url.forum", has(PageTypes.URL_FORUM, path));
        flag(f, "url.product", has(PageTypes.URL_PRODUCT, path));
        flag(f, "url.docs", has(PageTypes.URL_DOCS, url));
        flag(f, "url.list", has(PageTypes.URL_LIST, path));
        flag(f, "url.article", has(PageTypes.URL_ARTICLE, path));
        flag(f, "url.service", has(PageTypes.URL_SERVICE, path));
    }

    private static boolean has(Pattern p, String s) {
        return p.matcher(s).find();
    }

    /**
     * Counts over every element of the page, gathered in the walk {@link PageTypes} already makes. Class names
     * are matched as lower-case substrings: "product-rating", "RatingStars" and "star-rating" all say rating.
     */
    static final class PageCounts {
        private static final String[][] CLASS_GROUPS = {
                {"rating", "rating", "review", "stars"},
                {"breadcrumb", "breadcrumb"},
                {"pagination", "pagination", "pager", "page-numbers"},
                {"filter", "filter", "facet", "sort-by", "sortby"},
                {"variant", "sku", "stock", "quantity", "qty", "variant", "swatch"},
                {"user", "avatar", "username", "user-info", "userinfo", "author-info"},
                {"toc", "toc", "table-of-contents", "sidebar-nav", "docs-nav", "menu__link"},
                {"byline", "byline", "author", "dateline"},
                {"date", "date", "timestamp", "posted", "time"},
                {"hero", "hero", "banner", "jumbotron", "cta"},
                {"testimonial", "testimonial", "client", "partner", "logo-"},
                {"pricing", "pricing", "plan-", "tier"},
                {"faq", "faq", "accordion"},
                {"share", "share", "social"},
                {"feature", "feature", "benefit", "icon-box", "service"},
                {"product", "product"},
        };
        /** Every group's fragments, looked for in one pass; {@link #GROUP_BITS} says which are whose. */
        private static final Substrings CLASS_PARTS;
        private static final long[] GROUP_BITS = new long[CLASS_GROUPS.length];

        static {
            List<String> parts = new ArrayList<>();
            for (int g = 0; g < CLASS_GROUPS.length; g++) {
                for (int i = 1; i < CLASS_GROUPS[g].length; i++) {
                    GROUP_BITS[g] |= 1L << parts.size();
                    parts.add(CLASS_GROUPS[g][i]);
                }
            }
            CLASS_PARTS = Substrings.of(parts.toArray(new String[0]));
        }

        private final Map<String, Integer> tags = new HashMap<>();
        private final int[] groups = new int[CLASS_GROUPS.length];
        private int elements;
        private int textChars;
        private int headlineLinks;
        private int linkedHeadings;
        /** Headline links by the element that repeats around them: its parent, tag and class, and depth. */
        private final Map<Card, java.util.Set<Element>> cards = new HashMap<>();

        private record Card(Element parent, String tag, String cls, int depth) {
        }

        private static final List<String> TAGS = List.of("h1", "h2", "h3", "p", "li", "a", "img", "table", "time",
                "article", "button", "select", "iframe", "form", "pre", "svg", "aside", "nav", "section", "dl",
                "blockquote", "input");

        /** Which of the class fragments of {@link #CLASS_GROUPS} a lower-cased class attribute holds, for {@link #add}. */
        static long classParts(String lowerClass) {
            return lowerClass.isEmpty() ? 0 : CLASS_PARTS.which(lowerClass);
        }

        /**
         * Counts {@code e}; {@code classParts} is what {@link #classParts} says of its class, {@code linkText} a
         * link's text when at most {@link #HEADLINE_LINK_MAX} long.
         */
        void add(String tag, long classParts, Element e, String linkText) {
            elements++;
            for (int i = 0; i < e.childNodeSize(); i++) {
                if (e.childNode(i) instanceof TextNode t) {
                    textChars += trimmedLength(t.getWholeText());
                }
            }
            if (tag.equals("a")) {
                boolean headline = linkText != null && linkText.length() >= HEADLINE_LINK_MIN;
                headlineLinks += headline ? 1 : 0;
                if (headline) {
                    card(e);
                }
                Element up = e.parent();
                for (int i = 0; i < 2 && up != null; i++, up = up.parent()) {
                    String name = up.normalName();
                    if (name.equals("h2") || name.equals("h3") || name.equals("h4")) {
                        linkedHeadings++;
                        break;
                    }
                }
            }
            if (tag.equals("textarea")) {
                tags.merge("input", 1, Integer::sum);
            } else if (TAGS.contains(tag)) {
                tags.merge(tag, 1, Integer::sum);
            }
            long found = classParts;
            for (int g = 0; g < CLASS_GROUPS.length && found != 0; g++) {
                if ((found & GROUP_BITS[g]) != 0) {
                    groups[g]++;
                }
            }
        }

        /**
         * Files a headline link under each of its four nearest ancestors, keyed by the ancestor's parent, tag and
         * class: the ancestors that repeat under one parent are the cards of a grid or the items of a list.
         */
        private void card(Element link) {
            Element item = link.parent();
            for (int depth = 1; depth <= 4 && item != null && item.parent() != null; depth++, item = item.parent()) {
                cards.computeIfAbsent(new Card(item.parent(), item.normalName(), item.className(), depth),
                        k -> new java.util.HashSet<>()).add(item);
            }
        }

        /** The largest number of sibling items, alike in tag and class, that each hold a headline link. */
        private int linkCards() {
            int best = 0;
            for (java.util.Set<Element> items : cards.values()) {
                best = Math.max(best, items.size());
            }
            return best;
        }

        /**
         * Writes the counts, and the evidence {@link PageTypes} counted in the same walk, as signals: {@code posts}
         * counts each post once, {@code postParts} every element named as a post or a part of one.
         */
        void put(Map<String, Double> f, int prices, boolean priceClass, int carts, int calls, int code,
                 int teasers, int posts, int postParts, boolean articleMicrodata) {
            f.put("page.elements", log(elements));
            f.put("page.textChars", log(textChars));
            f.put("page.headlineLinks", log(headlineLinks));
            f.put("page.linkedHeadings", log(linkedHeadings));
            f.put("page.linkCards", log(linkCards()));
            for (String t : TAGS) {
                f.put("page." + t, log(tags.getOrDefault(t, 0)));
            }
            for (int g = 0; g < CLASS_GROUPS.length; g++) {
                f.put("class." + CLASS_GROUPS[g][0], log(groups[g]));
            }
            f.put("page.prices", log(prices));
            flag(f, "page.priceClass", priceClass);
            f.put("page.carts", log(carts));
            f.put("page.calls", (double) calls);
            f.put("page.code", log(code));
            f.put("page.teasers", log(teasers));
            f.put("page.posts", log(posts));
            // Shares, not counts, tell a short thread from a long story with a comment section: the share of the
            // page's elements that are posts or parts of one.
            f.put("page.postShare", (double) postParts / Math.max(1, elements));
            flag(f, "page.articleMicrodata", articleMicrodata);
        }
    }

    /** Shape of the extracted content: prose, links, lists, headings, code, tables, pictures. */
    private static void content(Map<String, Double> f, Element content) {
        int[] chars = new int[3]; // all text, text inside links, text inside list items
        StringBuilder sample = new StringBuilder();
        measure(content, false, false, chars, sample);
        int total = Math.max(1, chars[0]);
        int paragraphs = 0;
        int prose = 0;
        for (Element p : content.getElementsByTag("p")) {
            int len = p.text().length();
            paragraphs++;
            if (len >= dev.pith.Thresholds.READERABLE_MIN_CHARS) {
                prose += len;
            }
        }
        f.put("content.chars", log(chars[0]));
        f.put("content.prose", log(prose));
        f.put("content.proseShare", Math.min(1.0, (double) prose / total));
        f.put("content.paragraphs", log(paragraphs));
        f.put("content.meanParagraph", paragraphs == 0 ? 0.0 : log(chars[0] / paragraphs));
        f.put("content.linkShare", (double) chars[1] / total);
        f.put("content.listShare", (double) chars[2] / total);
        f.put("content.linkedItems", log(content.select("h2 a, h3 a, h4 a, li a").size()));
        f.put("content.headings", log(content.select("h2, h3, h4").size()));
        f.put("content.listItems", log(content.getElementsByTag("li").size()));
        f.put("content.code", log(content.getElementsByTag("pre").size()));
        f.put("content.tables", log(content.getElementsByTag("table").size()));
        f.put("content.images", log(content.getElementsByTag("img").size()));
        f.put("content.quotes", log(content.getElementsByTag("blockquote").size()));
        String text = sample.toString().toLowerCase(java.util.Locale.ROOT);
        f.put("content.prices", log(countAroundDigits(PRICE, text, 2, 16)));
        // Per word, and over at least 20 words, so that a two-line page saying "contact us" is not all pitch.
        int[] counts = words(text);
        double words = Math.max(20, counts[0]);
        f.put("content.we", counts[1] / words);
        f.put("content.you", counts[2] / words);
        // "september 30, 2024" starts 11 characters ahead of its first digit.
        f.put("content.dates", log(countAroundDigits(DATE, text, 12, 30)));
        int readMore = 0;
        for (Element a : content.getElementsByTag("a")) {
            String label = a.text();
            readMore += label.length() < 40 && READ_MORE.matcher(label).matches() ? 1 : 0;
        }
        f.put("content.readMore", log(readMore));
        f.put("content.maxRepeat", log(maxRepeat(content)));
    }

    /**
     * Counts matches of {@code p}, every one of which holds a digit, by trying it only near each run of digits
     * (from {@code before} characters ahead of the run to {@code after} past its start) instead of at every
     * character of a long text.
     */
    static int countAroundDigits(Pattern p, String text, int before, int after) {
        java.util.regex.Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i < from || !isDigit(text.charAt(i)) || i > 0 && isDigit(text.charAt(i - 1))) {
                continue;
            }
            m.region(Math.max(from, i - before), Math.min(text.length(), i + after));
            if (m.find()) {
                n++;
                from = m.end();
            }
        }
        return n;
    }

    /**
     * In one pass over lower-case {@code text}: its words (runs of letters and digits), how many are
     * {@link #WE} and how many {@link #YOU} ("we're" is "we" and "re").
     */
    static int[] words(String text) {
        int[] n = new int[3];
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                n[0]++;
                // Every pronoun counted is two to five letters long: skip the copy for the other words.
                if (i - start >= 2 && i - start <= 5) {
                    String w = text.substring(start, i);
                    n[1] += WE.contains(w) ? 1 : 0;
                    n[2] += YOU.contains(w) ? 1 : 0;
                }
                start = -1;
            }
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The largest number of siblings sharing a tag and class: the cards of a grid, the items of a list. */
    private static int maxRepeat(Element content) {
        int best = 0;
        Map<String, Integer> kinds = new HashMap<>();
        for (Element e : content.getAllElements()) {
            if (!dev.pith.extract.Signals.hasChildElements(e, 3)) {
                continue;
            }
            kinds.clear();
            for (Element c : e.children()) {
                int n = kinds.merge(c.normalName() + "." + c.className(), 1, Integer::sum);
                best = Math.max(best, n);
            }
        }
        return best;
    }

    /** Adds up text lengths (all, in links, in list items) and keeps the first characters in {@code sample}. */
    private static void measure(Node node, boolean inLink, boolean inItem, int[] chars, StringBuilder sample) {
        for (int i = 0; i < node.childNodeSize(); i++) {
            Node child = node.childNode(i);
            if (child instanceof TextNode t) {
                String text = t.text().strip();
                int len = text.length();
                chars[0] += len;
                chars[1] += inLink ? len : 0;
                chars[2] += inItem ? len : 0;
                if (len > 0 && sample.length() < TEXT_SAMPLE_CHARS) {
                    sample.append(text).append(' ');
                }
            } else if (child instanceof Element e) {
                measure(e, inLink || e.normalName().equals("a"), inItem || e.normalName().equals("li"), chars, sample);
            }
        }
    }

    /** The length of {@code s} without its leading and trailing white space, without copying it. */
    static int trimmedLength(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    private static double log(int n) {
        return Math.log1p(Math.max(0, n));
    }

    private static void flag(Map<String, Double> f, String name, boolean on) {
        f.put(name, on ? 1.0 : 0.0);
    }
}
