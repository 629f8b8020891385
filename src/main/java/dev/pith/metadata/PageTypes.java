package dev.pith.metadata;

import dev.pith.Thresholds;
import dev.pith.clean.TextLength;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guesses what kind of page this is from evidence a reader would also use: structured data types,
 * og:type, the URL's path, and the shape of the page (prices and cart buttons, repeated posts, code blocks,
 * grids of teaser cards). Each piece of evidence adds weight to one type; the heaviest wins, and the
 * evidence is kept for {@code --explain}.
 *
 * <pre>{@code
 * PageTypes.Guess g = PageTypes.classify(doc, jsonLd, "https://shop.example.com/p/kettle", "product");
 * g.type();      // PRODUCT
 * g.evidence();  // [json-ld Product +3, og:type product +3, url /p/ +2, price and cart button +2]
 * }</pre>
 */
public final class PageTypes {
    private PageTypes() {
    }

    /** The page types pith tells apart. */
    public enum Type { ARTICLE, FORUM, PRODUCT, COLLECTION, LISTING, DOCUMENTATION, SERVICE, OTHER;
        /** The lower-case name used in JSON. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The winning type, the evidence for every type that had some, each type's summed weight, and the page's
     * signals as numbers (see {@link TypeFeatures}) for the final decision once the content is known.
     *
     * @param declared   the type the page declares in a form that only that kind of page uses, or null: a paper's
     *                   {@code citation_title} (only a paper's own page carries those tags) says article, JSON-LD's
     *                   SearchResultsPage says a list, whatever the page's shape
     * @param declaredBy what declared it ("citation_title meta", "json-ld searchresultspage"), or null
     */
    public record Guess(Type type, List<String> evidence, Map<Type, Double> weights, Map<String, Double> signals,
                        Type declared, String declaredBy) {
        public Guess {
            evidence = List.copyOf(evidence);
            weights = Map.copyOf(weights);
            signals = Map.copyOf(signals);
        }

        /** The summed weight of the evidence for {@code t}, 0 when there was none. */
        public double weight(Type t) {
            return weights.getOrDefault(t, 0.0);
        }
    }

    /**
     * schema.org's kinds of local business that sell a service, which a firm's pages declare in place of
     * LocalBusiness itself: a law firm's LegalService, a dentist, a plumber.
     */
    private static final java.util.Set<String> SERVICE_BUSINESSES = java.util.Set.of("legalservice", "attorney",
            "notary", "dentist", "physician", "medicalclinic", "medicalbusiness", "optician", "physiotherapy",
            "veterinarycare", "homeandconstructionbusiness", "plumber", "electrician", "hvacbusiness", "roofingcontractor",
            "generalcontractor", "housepainter", "locksmith", "movingcompany", "autorepair", "financialservice",
            "accountingservice", "insuranceagency", "realestateagent", "travelagency", "employmentagency",
            "emergencyservice", "childcare", "drycleaningorlaundry", "healthandbeautybusiness",
            "dayspa", "hairsalon", "beautysalon");

    /** schema.org types grouped by the page type they speak for; the group names the signal {@code ld.<group>}. */
    private static final Map<String, String> LD_FAMILIES = Map.ofEntries(
            Map.entry("product", "product"), Map.entry("offer", "product"), Map.entry("aggregateoffer", "product"),
            Map.entry("aggregaterating", "product"),
            Map.entry("discussionforumposting", "forum"), Map.entry("qapage", "forum"), Map.entry("question", "forum"),
            Map.entry("collectionpage", "listing"), Map.entry("itemlist", "listing"),
            Map.entry("searchresultspage", "listing"),
            Map.entry("techarticle", "docs"), Map.entry("apireference", "docs"),
            Map.entry("newsarticle", "article"), Map.entry("blogposting", "article"), Map.entry("article", "article"),
            Map.entry("reportagenewsarticle", "article"), Map.entry("opinionnewsarticle", "article"),
            Map.entry("service", "service"), Map.entry("localbusiness", "service"),
            Map.entry("professionalservice", "service"), Map.entry("faqpage", "faq"),
            Map.entry("breadcrumblist", "breadcrumb"), Map.entry("person", "person"),
            Map.entry("recipe", "howto"), Map.entry("howto", "howto"), Map.entry("event", "event"),
            Map.entry("course", "course"));

    static final Pattern URL_FORUM = Pattern.compile("(?i)/(forums?|t|threads?|topics?|questions?|community|discussions?|boards?|viewtopic|showthread)[/.\\-]");
    // "/product-category/teas/" and "/product-tag/" are a shop's lists (WooCommerce's default paths), not a product.
    static final Pattern URL_PRODUCT = Pattern.compile("(?i)/(products?|p|dp|item|items|shop/[^/]+/[^/]+)(/|-(?!(categor|tag)))");
    static final Pattern URL_DOCS = Pattern.compile("(?i)/(docs?|documentation|reference|api|manual|guides?|wiki|handbook|tutorials?|learn)[/\\-]|readthedocs|docs\\.");
    static final Pattern URL_LIST = Pattern.compile("(?i)/(category|categories|product-(category|tag)|tags?|topics|archives?|search|page/\\d+|blog/?$|news/?$|collections?)(/|$|\\?)");
    static final Pattern URL_ARTICLE = Pattern.compile("(?i)/(\\d{4}/\\d{1,2}/|blog/[^/]+|news/[^/]+|articles?/[^/]+|stories/|story/|posts?/[^/]+)");
    static final Pattern URL_SERVICE = Pattern.compile("(?i)/(services?|solutions?|pricing|plans|about|contact|company|industries|agency|consulting)(/|$|-)");
    private static final Pattern ARTICLE_ITEMTYPE = Pattern.compile(
            "(?i)schema.org/(News|Blog|Tech|Scholarly)?(Article|Posting)$");
    private static final Pattern SERVICE_TEXT = Pattern.compile("(?i)^\\W*(contact us|get (a|your) (free )?(quote|estimate)"
            + "|request (a|your) (demo|quote|consultation|call)|book (a|your) (call|demo|consultation|appointment)"
            + "|free consultation|schedule (a|your) (call|consultation|demo|appointment)|our services|get in touch"
            + "|talk to (an? )?(expert|sales|specialist)|call us( today| now)?)\\b.{0,30}$");
    private static final Pattern CART_TEXT = Pattern.compile("(?i)\\b(add to (cart|basket|bag)|buy now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello)\\b");

    /** Classifies the untouched page {@code doc}; {@code ogType} and {@code url} may be null. */
    public static Guess classify(Document doc, JsonLd ld, String url, String ogType) {
        Map<Type, Double> score = new EnumMap<>(Type.class);
        List<String> evidence = new ArrayList<>();
        // Absent means unknown to the model, so every signal that is known to be 0 is written as 0.
        Map<String, Double> signals = new java.util.HashMap<>();
        for (String family : LD_FAMILIES.values()) {
            signals.put("ld." + family, 0.0);
        }
        for (String og : List.of("og.article", "og.product", "og.website", "og.other")) {
            signals.put(og, 0.0);
        }
        for (Type t : Type.values()) {
            signals.put("rules." + t.label(), 0.0);
        }
        Type declared = null;
        String declaredBy = null;
        for (JsonNode o : ld.objects()) {
            for (String t : JsonLd.types(o)) {
                String type = t.replaceFirst("^https?://schema.org/", "");
                if (SERVICE_BUSINESSES.contains(type)) {
                    type = "localbusiness";  // one of its kinds speaks as LocalBusiness does
                }
                String family = LD_FAMILIES.get(type);
                if (family != null) {
                    signals.put("ld." + family, 1.0);
                }
                if (type.equals("searchresultspage")) {
                    declared = Type.LISTING;
                    declaredBy = "json-ld " + t;
                }
                switch (type) {
                    case "product", "offer", "aggregateoffer" -> add(score, evidence, Type.PRODUCT, 3, "json-ld " + t);
                    case "discussionforumposting", "qapage", "question" -> add(score, evidence, Type.FORUM, 3, "json-ld " + t);
                    case "collectionpage", "itemlist", "searchresultspage" -> add(score, evidence, Type.LISTING, 1.5, "json-ld " + t);
                    case "techarticle", "apireference" -> add(score, evidence, Type.DOCUMENTATION, 2, "json-ld " + t);
                    case "newsarticle", "blogposting", "article", "reportagenewsarticle", "opinionnewsarticle" ->
                            add(score, evidence, Type.ARTICLE, 2, "json-ld " + t);
                    case "service", "localbusiness", "professionalservice" -> add(score, evidence, Type.SERVICE, 2, "json-ld " + t);
                    default -> {
                    }
                }
            }
        }
        if (ogType != null) {
            String og = ogType.toLowerCase(Locale.ROOT);
            signals.put(og.contains("article") ? "og.article" : og.contains("product") ? "og.product"
                    : og.equals("website") ? "og.website" : "og.other", 1.0);
            switch (og) {
                case "article" -> add(score, evidence, Type.ARTICLE, 1.5, "og:type article");
                case "product", "og:product", "product.item" -> add(score, evidence, Type.PRODUCT, 3, "og:type product");
                default -> {
                }
            }
        }
        if (url != null) {
            String path = url.replaceFirst("(?i)^[a-z]+://[^/]+", "");
            urlEvidence(score, evidence, path, url);
            TypeFeatures.url(signals, path, url);
        }
        if (citesAPaper(doc)) {
            add(score, evidence, Type.ARTICLE, 2, "citation_title meta");
            declared = Type.ARTICLE;
            declaredBy = "citation_title meta";
        }
        domEvidence(score, evidence, doc, signals);
        Type best = Type.ARTICLE;
        double top = 0.5;
        for (Map.Entry<Type, Double> e : score.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        for (Map.Entry<Type, Double> e : score.entrySet()) {
            signals.put("rules." + e.getKey().label(), e.getValue());
        }
        return new Guess(best, evidence, score, signals, declared, declaredBy);
    }

    /**
     * True when the page's head names a paper in the tags scholarly sites write for indexers ({@code <meta
     * name="citation_title">}, Highwire Press's): a journal's article, a preprint's abstract page, a thesis.
     */
    private static boolean citesAPaper(Document doc) {
        Element head = doc.head();
        for (Element meta : head.getElementsByTag("meta")) {
            if (meta.attr("name").equalsIgnoreCase("citation_title") && !meta.attr("content").isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static void urlEvidence(Map<Type, Double> score, List<String> evidence, String path, String url) {
        if (URL_FORUM.matcher(path).find()) {
            add(score, evidence, Type.FORUM, 2, "url " + path);
        }
        if (URL_PRODUCT.matcher(path).find()) {
            add(score, evidence, Type.PRODUCT, 2, "url " + path);
        }
        if (URL_DOCS.matcher(url).find()) {
            add(score, evidence, Type.DOCUMENTATION, 2, "url " + path);
        }
        if (URL_LIST.matcher(path).find()) {
            add(score, evidence, Type.LISTING, 1.5, "url " + path);
        }
        if (URL_ARTICLE.matcher(path).find()) {
            add(score, evidence, Type.ARTICLE, 1, "url " + path);
        }
        if (URL_SERVICE.matcher(path).find() || path.matches("/?")) {
            add(score, evidence, Type.SERVICE, 1.5, path.matches("/?") ? "url is a home page" : "url " + path);
        }
    }

    private static void domEvidence(Map<Type, Double> score, List<String> evidence, Document doc,
                                    Map<String, Double> signals) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        boolean price = false;
        int prices = 0;
        java.util.Set<String> calls = new java.util.HashSet<>();
        int carts = 0;
        boolean articleMicrodata = false;
        int code = 0;
        int teasers = 0;
        int posts = 0;
        int postParts = 0;
        Element lastPost = null;
        // One matcher each, reset per element: a page has thousands of elements.
        java.util.regex.Matcher cartText = CART_TEXT.matcher("");
        java.util.regex.Matcher callText = SERVICE_TEXT.matcher("");
        java.util.regex.Matcher itemType = ARTICLE_ITEMTYPE.matcher("");
        TypeFeatures.PageCounts counts = new TypeFeatures.PageCounts();
        // What a class attribute says, read once per distinct attribute: most repeat down a page.
        Map<String, long[]> byClass = new java.util.HashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            String raw = e.className();
            long[] facts = raw.isEmpty() ? NO_CLASS : byClass.computeIfAbsent(raw, PageTypes::classFacts);
            long cls = facts[1];
            // A link's text is read once, for the counts (headline-length links) and for the labels below.
            String linkText = tag.equals("a") ? TextLength.atMost(e, TypeFeatures.HEADLINE_LINK_MAX) : null;
            counts.add(tag, facts[0], e, linkText);
            boolean priced = (cls & PRICE) != 0 || e.attr("itemprop").equals("price");
            price |= priced;
            if (priced && (cls & OLD) == 0 && !pricedAbove(e, byClass) && hasDigit(TextLength.atMost(e, PRICE_CHARS_MAX))
                    || !priced && saysAPrice(e)) {
                prices++;
            }
            if (tag.equals("button") || tag.equals("a") || tag.equals("input")) {
                String label = tag.equals("input") ? e.attr("value") : moreThanTwoChildren(e) ? e.ownText()
                        : linkText != null ? linkText : TextLength.atMost(e, 60);
                if (label != null && label.length() < 60) {
                    carts += cartText.reset(label).find() ? 1 : 0;
                    if (callText.reset(label).find()) {
                        calls.add(callText.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (tag.equals("pre") || tag.equals("code")) {
                code++;
            }
            if (tag.equals("article") || (cls & CARD) != 0 || tag.equals("li") && (cls & ITEM) != 0) {
                teasers++;
            }
            if ((cls & POST) != 0 || e.attr("itemprop").equals("comment") || isPostId(e.id()) || isPostTag(tag)) {
                postParts++;
                if (lastPost == null || !dev.pith.extract.Signals.isAncestor(lastPost, e)) {
                    // One post counts once, not once per part of it ("post", "post-title", "post-body", "post-footer").
                    posts++;
                    lastPost = e;
                }
            }
            articleMicrodata |= e.hasAttr("itemtype") && itemType.reset(e.attr("itemtype")).find();
        }
        counts.put(signals, prices, price, carts, calls.size(), code, teasers, posts, postParts, articleMicrodata);
        if (prices >= Thresholds.COLLECTION_MIN_PRICES) {
            add(score, evidence, Type.COLLECTION, 2, prices + " prices");
        } else if (price && carts > 0) {
            add(score, evidence, Type.PRODUCT, 2, "price and cart button");
        }
        if (calls.size() >= 2) {
            add(score, evidence, Type.SERVICE, 1.5, "calls to action: " + String.join(", ", new java.util.TreeSet<>(calls)));
        }
        if (code >= 4) {
            add(score, evidence, Type.DOCUMENTATION, 1, code + " code blocks");
        }
        if (teasers >= 12) {
            add(score, evidence, price ? Type.COLLECTION : Type.LISTING, 1.25, teasers + " cards or items");
        }
        if (posts >= 8) {
            add(score, evidence, Type.FORUM, 1, posts + " post-like blocks");
        }
        if (articleMicrodata) {
            add(score, evidence, Type.ARTICLE, 2, "microdata Article");
        }
    }

    private static final long PRICE = 1;
    private static final long OLD = 2;
    private static final long CARD = 4;
    private static final long ITEM = 8;
    private static final long POST = 16;
    private static final long[] NO_CLASS = {0, 0};

    /**
     * What a class attribute says: the {@link TypeFeatures.PageCounts#classParts} it holds, and which of the words
     * this walk looks for it contains (a price, an old price, a card, an item, a post).
     */
    private static long[] classFacts(String classAttr) {
        String cls = classAttr.toLowerCase(Locale.ROOT);
        long facts = (cls.contains("price") ? PRICE : 0) | (cls.contains("old") ? OLD : 0)
                | (cls.contains("card") || cls.contains("teaser") || cls.contains("product-item")
                        || cls.contains("grid-item") ? CARD : 0)
                | (cls.contains("item") ? ITEM : 0)
                | (cls.contains("post") || cls.contains("message") || cls.contains("reply") || cls.contains("comment")
                        || cls.contains("answer") ? POST : 0);
        return new long[] {TypeFeatures.PageCounts.classParts(cls), facts};
    }

    /**
     * True when an id names a post by its number, as forum software without post classes does ("post_message_101",
     * "post101", "post-7"); "posts" and "postcode" are not.
     */
    static boolean isPostId(String id) {
        if (id.length() < 5 || !id.regionMatches(true, 0, "post", 0, 4)) {
            return false;
        }
        char last = id.charAt(id.length() - 1);
        char fifth = id.charAt(4);
        return last >= '0' && last <= '9' && (fifth == '_' || fifth == '-' || fifth >= '0' && fifth <= '9');
    }

    /**
     * True when a custom element is named as a post, a comment or a reply, as web components name a thread's parts
     * ({@code <shreddit-post>}, {@code <shreddit-comment>}); not the list holding them ({@code <shreddit-comment-tree>}).
     * Standard tags have no dash.
     */
    static boolean isPostTag(String tag) {
        return tag.indexOf('-') > 0 && (tag.endsWith("-post") || tag.endsWith("-comment") || tag.endsWith("-reply"));
    }

    /** A price with its currency and a sale's old price beside it: "£14.00 £11.20", "Was $1,299.99 Now $999.99". */
    private static final int PRICE_CHARS_MAX = 40;

    /**
     * True when {@code e}'s parent or grandparent is itself marked as a price, so that a price is counted once, by
     * its outermost element: {@code <span class="price"><del><span class="price-amount">£14</span></del>
     * <ins><span class="price-amount">£11.20</span></ins></span>} is one.
     */
    private static boolean pricedAbove(Element e, Map<String, long[]> byClass) {
        Element parent = e.parent();
        return parent != null && (isPriced(parent, byClass) || parent.parent() != null && isPriced(parent.parent(), byClass));
    }

    private static boolean isPriced(Element e, Map<String, long[]> byClass) {
        String raw = e.className();
        return !raw.isEmpty() && (byClass.computeIfAbsent(raw, PageTypes::classFacts)[1] & PRICE) != 0
                || e.attr("itemprop").equals("price");
    }

    /** Counts element children without building jsoup's cached child list. */
    private static boolean moreThanTwoChildren(Element e) {
        int n = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element && ++n > 2) {
                return true;
            }
        }
        return false;
    }

    /** An element whose only content is a short text with a currency sign and a number: "$24.99", "19,90 €". */
    private static boolean saysAPrice(Element e) {
        if (e.childNodeSize() != 1 || !(e.childNode(0) instanceof org.jsoup.nodes.TextNode t)) {
            return false;
        }
        String text = t.getWholeText();
        if (text.length() > 30) {
            return false;
        }
        boolean currency = false;
        for (int i = 0; i < text.length() && !currency; i++) {
            char c = text.charAt(i);
            currency = c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹';
        }
        return currency && hasDigit(text);
    }

    /** True when {@code s} holds a digit; false for null (a text too long to be a price). */
    private static boolean hasDigit(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<Type, Double> score, List<String> evidence, Type t, double w, String why) {
        score.merge(t, w, Double::sum);
        evidence.add(t.label() + " +" + w + " (" + why + ")");
    }
}
