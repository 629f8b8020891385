package dev.pith.metadata;

import dev.pith.Thresholds;

import dev.pith.clean.Loose;
import dev.pith.clean.TextLength;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a page's {@link Metadata} from the untouched DOM, each field by a cascade of sources, the most
 * deliberate first: JSON-LD, then OpenGraph and Twitter cards, then other meta tags, then microdata, then
 * the visible page.
 *
 * <pre>{@code
 * Metadata m = new MetadataReader().read(document, null);
 * m.title();                    // "Trump's 5G push signals softer stance on Huawei"
 * m.sources().get("title");     // "opengraph"
 * }</pre>
 */
public final class MetadataReader {
    private static final Evaluator Q_META_CONTENT = QueryParser.parse("meta[content]");
    private static final Evaluator Q_ITEMPROP_HEADLINE = QueryParser.parse("[itemprop=headline]");
    private static final Evaluator Q_H1 = QueryParser.parse("h1");
    private static final Evaluator Q_LESSER_HEADINGS = QueryParser.parse("h2, h3, [class*=title]");
    private static final Evaluator Q_HEADER = QueryParser.parse("header, [role=banner]");
    /** The address of a tag's page: "/tag/knitting", "/tagged/hill%20farm", "/t/postgres". */
    private static final Pattern TAG_PAGE = Pattern.compile(
            "/(tags?|tagged|t|topics?|thema|themen|schlagworte?|etiquetas?|tema|sujets?|mots?-cles?)/[^/?#]+/?$");
    /** A tag list's own buttons: "Show more", "+3", "All tags". */
    private static final Pattern TAG_CONTROL = Pattern.compile("(?i)\\W*(show (more|less|all)|more|less|all tags|\\+\\s*\\d+)\\W*");
    /** A block of a post's tags, by its class: "tags", "post-tags", and the word in other languages ("schlagworte"). */
    private static final Pattern TAGS_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(tags?|keywords|schlagw(o|ö|oe)rte?|etiquetas|mots-cles|trefwoorden)([\\s_-]|$)");
    /**
     * A post's tags: links marked rel="tag", and the terms Drupal marks as the subject in RDFa; not the links of a
     * WordPress block theme's category list, which it marks rel="tag" too.
     */
    private static final Evaluator Q_REL_TAG = QueryParser.parse(
            "a[rel~=(?i)^tag$]:not(.taxonomy-category a), [rel=\"dc:subject\"] > a");
    /** A link to a site's front page: "/", "./", "../index.html", "https://example.com/". */
    private static final Pattern HOME_LINK = Pattern.compile("(?i)(https?://[^/]+)?(\\.{0,2}/)*(index\\.html?)?");
    private static final String BYLINE = "[rel=author], [class*=byline], [class*=author], [id*=byline], [class*=writtenby],"
            // Drupal's "Submitted by <name> on <date>" line; a comment's own is not the page's.
            + " [class*=submitted]:not([class*=comment])";
    /**
     * Every class or id word that {@code BYLINE} and the poster query below look for ("user" covers username,
     * user-name and user): the cheap gate in front of both. A selector added to either needs its word here.
     */
    private static final List<String> BYLINE_WORDS = List.of("byline", "author", "writtenby", "user", "postleft", "submitted");
    private static final Evaluator Q_BYLINE = new Gated(MetadataReader::bylineCandidate, QueryParser.parse(BYLINE));
    private static final Evaluator Q_FORM_LABEL = QueryParser.parse("form, label");
    private static final Evaluator Q_ITEMSCOPE = QueryParser.parse("[itemscope]");
    private static final Evaluator Q_LINK = QueryParser.parse("a[href]");
    /** In a thread, a poster's user name is the byline too. */
    private static final Evaluator Q_BYLINE_OR_POSTER = new Gated(MetadataReader::bylineCandidate, QueryParser.parse(BYLINE
            + ", [class*=username], [class*=user-name], [class=user], [class*=postleft] dt"));
    /** Class words of the box about a writer ({@link #authorBox}). */
    private static final Set<String> AUTHOR_BOX_WORDS = Set.of("bio", "biography", "description", "about", "preview",
            "popup", "popover", "tooltip", "dropdown", "card", "hovercard");
    /** Two or three words of letters, as a person's name is written: "Polly Barks", "annette thurmon". */
    private static final Pattern PERSONAL_NAME = Pattern.compile("\\p{L}[\\p{L}'’.-]*(\\s\\p{L}[\\p{L}'’.-]*){1,2}");
    /** Words that name a business or a publication, not a person. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?i)\\b(the|news|times|post|daily|weekly|media"
            + "|group|press|magazine|journal|blog|inc|llc|ltd|co|company|team|official|online|tv|radio|network|digital"
            + "|store|shop|studio|labs?|software|systems|solutions|services|club|society|university|college|school"
            + "|institute|foundation|center|centre|association|agency|health|bank|insurance|kitchen|home|farm|wiki)\\b");
    /** "By" in the languages {@link #BY_OWN_TEXT} knows, as the first word of a byline. */
    private static final List<String> BY_WORDS = List.of("por", "par", "von", "door", "przez", "oleh");
    /** A short block that opens with "By Name", "Posted by Name" or "Written by Name" (a capital: not "by clicking"). */
    private static final String BY_OWN_TEXT = ":matchesOwn(^\\s*(((?i)posted|written|words|story)?\\s*(?i:by)(\\s+\\p{Lu}|\\s*$)"
            // "By" in the languages pith has met, before a name or a linked one and its particulars: "Por <a>Lucía
            // Martín</a> | Madrid | 12 de marzo de 2024".
            + "|(?iu:" + String.join("|", BY_WORDS) + ")(\\s+\\p{Lu}|\\s*$|\\s*[|·•–—])"
            // A labelled byline: "Author: Jane Doe", "Автор: <a>Мария Иванова</a> · 15 марта".
            + "|(?iu:author|autor|autorin|auteur|autore|автор)\\s*:))"
            + ":not(h1 *, h2 *, h3 *, h4 *, h5 *, h6 *)";
    /**
     * A short block that opens with "By Name", "Posted by Name" or "Written by Name" (a capital: not "by clicking"),
     * outside headings ("Explore courses by Category").
     */
    private static final Evaluator Q_BY_TEXT = new Gated(MetadataReader::byNearStart, QueryParser.parse(
            "p" + BY_OWN_TEXT + ", span" + BY_OWN_TEXT + ", div" + BY_OWN_TEXT + ", font" + BY_OWN_TEXT + ", td" + BY_OWN_TEXT));
    private static final Evaluator Q_ITEMPROP_AUTHOR = QueryParser.parse("[itemprop~=(?i)(^|\\s)author(\\s|$)]");
    private static final Evaluator Q_ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    /** An article's section in microdata; a genre given inside an Article item is its category (Joomla's). */
    private static final Evaluator Q_ITEMPROP_SECTION = QueryParser.parse("[itemprop=articleSection],"
            + " [itemtype*=Article] [itemprop=genre]");
    private static final Evaluator Q_ITEMPROP_KEYWORDS = QueryParser.parse("[itemprop=keywords]");
    private static final Evaluator Q_A_HREF = QueryParser.parse("a[href]");
    private static final Evaluator Q_BREADCRUMB_LIST = QueryParser.parse("[itemtype~=(?i)schema.org/BreadcrumbList]");
    private static final Evaluator Q_SITE_TITLE = QueryParser.parse("[class*=site-title], [class*=site-name],"
            + " [class*=blog-title]");
    private static final Evaluator Q_REL_CATEGORY = QueryParser.parse("a[rel~=(?i)(^|\\s)category(\\s|$)],"
            + " .taxonomy-category a[rel~=(?i)^tag$]");
    private static final Evaluator Q_ITEMPROP_DATEPUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator Q_TIME_PUBDATE_DATETIME_ARTICLE_TIME_DATET = QueryParser.parse("time[pubdate][datetime], article time[datetime], time[datetime]");
    /** A file named as a logo: "logo.png", "site-logo.svg", "logo_dark@2x.png"; not "catalogue.jpg". */
    private static final java.util.regex.Pattern LOGO_FILE = java.util.regex.Pattern.compile("(^|[^a-z])logos?([^a-z]|$)");
    private static final Evaluator Q_ITEMPROP_DATEMODIFIED = QueryParser.parse("[itemprop=dateModified]");
    private static final Evaluator Q_TIME_DATETIME = QueryParser.parse("time[datetime]");
    /** A label that dates a member, not the page: "Joined", "Member since", "Registered:", "Mitglied seit". */
    private static final Pattern MEMBER_SINCE = Pattern.compile("(?iu)\\b(joined( on)?|join date|member since|registered( on)?"
            + "|signed up|mitglied seit|registriert( seit)?|inscrit( depuis| le)?|membre depuis|miembro desde"
            + "|registrado|membro dal|iscritto)\\W*$");
    /**
     * "Last updated on …", "This page was last edited on …", and the same in German, French and Spanish; not a
     * post's "Last edited by Ann (2025-11-01)", which dates one post of a thread.
     */
    private static final Pattern LAST_UPDATED = Pattern.compile("(?iu)((this )?(page|article|post) (was )?)?last"
            + " (updated|edited|modified|update|reviewed)\\b(?!\\s+by\\b)|zuletzt (aktualisiert|geändert|bearbeitet)"
            + "|dernière (mise à jour|modification)|última (actualización|modificación|atualização)");
    /** The letters {@link #LAST_UPDATED} can start with, lower-cased. */
    private static final String UPDATE_FIRST_LETTERS = "ltpazdú";
    private static final Evaluator Q_HTML = QueryParser.parse("html");
    private static final Evaluator Q_LINK_REL_CANONICAL_HREF = QueryParser.parse("link[rel=canonical][href]");
    /** Class names of standfirsts (one pass over the page checks these rather than a dozen selectors). */
    private static final List<String> SUBTITLE_CLASSES = List.of("dek", "standfirst", "subtitle", "sub-title",
            "subheadline", "sub-headline", "article-summary", "strapline", "article-standfirst", "article__standfirst",
            "c-standfirst");
    private static final java.util.regex.Pattern DATE_CLASS = java.util.regex.Pattern.compile(
            "(?i)(^|[-_\\s])(date|datetime|dateline|time|timestamp|posted|posted-on|published|pubdate|post-date|entry-date"
                    + "|byline|meta|post-meta|entry-meta|article-date"
                    // The same in other languages: Spanish "fecha" and "firma" (the byline), German and Dutch "datum".
                    + "|fecha|firma|datum)($|[-_\\s])");
    /** Every word {@link #DATE_CLASS} looks for contains one of these: a cheap test before the pattern's. */
    private static final dev.pith.clean.Substrings DATE_CLASS_PARTS = dev.pith.clean.Substrings.of("date", "time",
            "posted", "published", "byline", "meta", "fecha", "firma", "datum");
    /** An element this short that parses as a date says nothing else: it is a dateline without a class. */
    private static final int BARE_DATE_MAX_CHARS = 32;
    private static final Set<String> ORGANIZATION = Set.of("organization", "newsmediaorganization", "corporation");

    /** Reads metadata; {@code givenUrl} (from {@code --url}) wins over the page's own canonical link. */
    public Metadata read(Document doc, String givenUrl) {
        return new Reading(doc, givenUrl).read();
    }

    /** A machine tag, "namespace:value" with no space after the colon ("source:tagname:CNBC Europe Source"). */
    private static final Pattern MACHINE_TAG = Pattern.compile("[\\w.-]+:\\S");
    /** A tag's own namespace, whose value is the tag: "Tag:Nodejs", "topic:Climate". */
    private static final Pattern TAG_PREFIX = Pattern.compile(
            "(?i)(tags?|topics?|keywords?):(?=\\S)");

    /** The name a site registered, from its address: "cnbc" for www.cnbc.com, "bbc" for www.bbc.co.uk. */
    static String siteLabel(String url) {
        String host;
        try {
            host = java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int i = labels.length - 2;
        // A country's second level ("co.uk", "com.au") is not the site's name.
        if (i > 0 && labels[labels.length - 1].length() == 2 && labels[i].length() <= 3) {
            i--;
        }
        return i >= 0 ? labels[i] : null;
    }

    /** One reading of one page: the collected meta tags and JSON-LD, and the sources found so far. */
    private static final class Reading {
        private final Document doc;
        private final String givenUrl;
        private final Map<String, List<String>> meta = new HashMap<>();
        private final JsonLd ld;
        private final JsonNode article;
        private final Map<String, String> sources = new LinkedHashMap<>();
        /** The page's h1s that head its content, and those that are its masthead; read once, see {@link #readH1s}. */
        private List<Element> headlines;
        private List<Element> mastheads;
        /** The canonical link, read once (see {@link #canonicalLink}); null when the page has none. */
        private Element canonical;
        private boolean canonicalRead;

        Reading(Document doc, String givenUrl) {
            this.doc = doc;
            this.givenUrl = givenUrl;
            for (Element m : doc.select(Q_META_CONTENT)) {
                String key = !m.attr("property").isEmpty() ? m.attr("property")
                        : !m.attr("name").isEmpty() ? m.attr("name")
                        : !m.attr("itemprop").isEmpty() ? "itemprop:" + m.attr("itemprop")
                        : m.attr("http-equiv");
                if (key.isEmpty() || m.attr("content").isBlank()) {
                    continue;
                }
                // property="dc:creator twitter:site_name" names two keys at once.
                for (String k : key.strip().split("\\s+")) {
                    meta.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(m.attr("content").strip());
                }
            }
            this.ld = JsonLd.of(doc);
            this.article = ld.article();
        }

        Metadata read() {
            String siteName = siteName();
            String url = url();
            String title = title(siteName);
            PageTypes.Guess type = PageTypes.classify(doc, ld, url != null ? url : relativeCanonical(), meta("og:type"));
            boolean dated = type.type() == PageTypes.Type.ARTICLE || type.type() == PageTypes.Type.FORUM;
            String published = published(url, dated, title);
            boolean thread = type.type() == PageTypes.Type.FORUM;
            List<String> authors = authors(siteName, thread, dated);
            // Kept aside for the final page type, which may yet say article or thread.
            String shown = published == null && !dated ? shownDate(title) : null;
            List<String> poster = authors.isEmpty() && !thread ? firstByline(Q_BYLINE_OR_POSTER, siteName) : List.of();
            return new Metadata(title, subtitle(), authors, poster, published, shown, modified(thread), siteName,
                    section(title, url), tags(siteName, url), lang(), dir(), url, description(), image(), articleBody(), type,
                    sources);
        }

        private String meta(String... keys) {
            for (String k : keys) {
                List<String> v = meta.get(k);
                if (v != null) {
                    return v.get(0);
                }
            }
            return null;
        }

        private String ldText(String key, String sub) {
            return article == null ? null : ld.text(article.get(key), sub);
        }

        private <T> T note(String field, String source, T value) {
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                sources.put(field, source);
            }
            return value;
        }

        private String title(String siteName) {
            String t = note("title", "json-ld", clean(ldText("headline", null)));
            String name = clean(ldText("name", null));
            String page = doc.title();
            // Some pages put a one-line summary in "headline" and the title in "name": the document title decides.
            // A "name" that is the site's own name (publisher, og:site_name) is not the article's title.
            boolean nameIsSite = name != null && (Titles.within(name, siteName)
                    || Titles.same(name, clean(ldText("publisher", "name"))));
            if (t != null && name != null && !nameIsSite && !page.isBlank() && !Titles.within(t, page)
                    && Titles.within(name, page)) {
                t = name;
            }
            if (t == null) {
                t = note("title", "meta", clean(meta("dc:title", "dcterm:title", "dcterms:title", "dc.title",
                        "dcterm.title", "dcterms.title")));
            }
            if (t == null) {
                t = note("title", "opengraph", clean(meta("og:title", "twitter:title")));
                String own = clean(page);
                if (t != null && Titles.same(t, siteName) && own != null && !Titles.same(own, siteName)) {
                    // The site's name and tagline as og:title, a template's default: the document title is the page's.
                    t = note("title", "html", own);
                } else if (t != null && own != null && namesNoHeadline(t) && !namesNoHeadline(own)) {
                    // An og:title that shares few words with any headline of the page, where the document title
                    // holds one: a template's line for every page ("From the learnprogramming community on Reddit"),
                    // not an editor's rewording of the headline.
                    t = note("title", "html", own);
                }
            }
            if (t == null) {
                t = note("title", "meta", clean(meta("title", "parsely-title", "sailthru.title")));
            }
            if (t == null) {
                Element h = doc.selectFirst(Q_ITEMPROP_HEADLINE);
                t = note("title", "microdata", h == null ? null : clean(h.text()));
            }
            if (t == null) {
                t = note("title", "html", clean(doc.title()));
            }
            if (t == null) {
                Element h1 = doc.selectFirst(Q_H1);
                t = note("title", "text", h1 == null ? null : clean(h1.text()));
            }
            List<String> headings = headingsLogosLast();
            String title = Titles.preferHeadline(Titles.stripSite(t, siteName), headings);
            if (title != null && headline() == null && "html".equals(sources.get("title"))) {
                // No headline of its own (an old forum's topic is a link classed as a title): a part of the document
                // title that a lesser heading shows is the page's headline.
                String shown = Titles.shownPart(title, lesserHeadings());
                title = shown != null ? shown : title;
            }
            if (title != null && title.isEmpty()) {
                // The title held nothing but the site's name: the page's headline is its title.
                title = headings.isEmpty() ? null : note("title", "text", clean(headings.get(0)));
            }
            return title;
        }

        /**
         * True when the page has a headline and {@code title} shows none of the page's headlines, neither whole,
         * nor as one of its parts, nor in half its words.
         */
        private boolean namesNoHeadline(String title) {
            readH1s();
            if (headlines.isEmpty()) {
                return false;
            }
            for (Element h : headlines) {
                if (Titles.same(title, h.text()) || !Titles.preferHeadline(title, List.of(h.text())).equals(title)
                        || Titles.sharedWords(title, h.text()) >= Thresholds.OG_TITLE_SHARED_WORDS) {
                    return false;
                }
            }
            return true;
        }

        /** The texts of the page's h1s, those that are wholly a link home (a logo) after the others. */
        private List<String> headingsLogosLast() {
            readH1s();
            List<String> texts = new ArrayList<>();
            headlines.forEach(h -> texts.add(h.text()));
            mastheads.forEach(h -> texts.add(h.text()));
            return texts;
        }

        /** Sorts the page's h1s, once, into headlines and mastheads ({@link #isLogo}). */
        private void readH1s() {
            if (headlines != null) {
                return;
            }
            headlines = new ArrayList<>();
            mastheads = new ArrayList<>();
            for (Element h1 : doc.select(Q_H1)) {
                (isLogo(h1) ? mastheads : headlines).add(h1);
            }
        }

        /**
         * The texts of the page's h2 and h3 headings and of short blocks classed as a title ("maintitle",
         * "topic-title"), outside the page's header, for {@link Titles#shownPart}.
         */
        private List<String> lesserHeadings() {
            List<String> out = new ArrayList<>();
            for (Element e : doc.select(Q_LESSER_HEADINGS)) {
                String text = TextLength.atMost(e, Thresholds.LESSER_HEADING_MAX_CHARS);
                if (text != null && !text.isBlank() && e.closest(Q_HEADER) == null) {
                    out.add(text);
                }
            }
            return out;
        }

        /** True when {@code h1} is the site's masthead: its words are all one link to the home page. */
        private static boolean isLogo(Element h1) {
            String text = h1.text();
            Element a = h1.selectFirst(Q_LINK);
            return a != null && !text.isBlank() && text.equals(a.text()) && HOME_LINK.matcher(a.attr("href").strip()).matches();
        }

        /** The first headline that is not the site's masthead, or null. */
        private Element headline() {
            readH1s();
            return headlines.isEmpty() ? null : headlines.get(0);
        }

        private String subtitle() {
            String s = note("subtitle", "json-ld", clean(ldText("alternativeHeadline", null)));
            if (s == null) {
                s = note("subtitle", "text", standfirstAfterHeadline());
            }
            if (s == null) {
                Element e = firstSubtitle();
                if (e != null && e.text().length() >= 20 && e.text().length() < 400) {
                    s = note("subtitle", "text", clean(e.text()));
                }
            }
            return s;
        }

        private Element firstSubtitle() {
            for (Element e : doc.getAllElements()) {
                if (e.attr("itemprop").equals("alternativeHeadline")) {
                    return e;
                }
                if (hasClassIn(e, SUBTITLE_CLASSES)) {
                    return e;
                }
            }
            return null;
        }

        /** True when one of {@code e}'s class names is in {@code wanted}, compared in place (no allocation). */
        private static boolean hasClassIn(Element e, List<String> wanted) {
            String classes = e.className();
            for (int i = 0; i < classes.length(); ) {
                while (i < classes.length() && Character.isWhitespace(classes.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < classes.length() && !Character.isWhitespace(classes.charAt(i))) {
                    i++;
                }
                for (String name : wanted) {
                    if (name.length() == i - start && classes.regionMatches(start, name, 0, name.length())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A short block right after the first h1 whose class names it a standfirst. */
        private String standfirstAfterHeadline() {
            // After the article's headline: a blog's masthead is followed by the blog's tagline, not a standfirst.
            Element h1 = headline();
            Element e = h1 == null ? null : h1.nextElementSibling();
            for (int i = 0; e != null && i < 3; i++, e = e.nextElementSibling()) {
                String text = e.text();
                if (dev.pith.extract.Signals.STANDFIRST.matcher(e.className()).find() && text.length() >= 20
                        && text.length() < 400) {
                    return clean(text);
                }
            }
            return null;
        }

        /** Keys written once per author, often surname first ("Okafor, Adaeze"), as library catalogues do. */
        private static final Set<String> ONE_NAME_PER_TAG = Set.of("citation_author", "dc.creator", "dc:creator",
                "dcterms.creator", "dcterms:creator");
        /** A surname of one word, a comma, then given names: "Okafor, Adaeze", "Brennan, Cathal J.". */
        private static final Pattern SURNAME_FIRST = Pattern.compile("^\\s*([\\p{L}'’-]+),\\s*(\\p{L}[\\p{L}.'’ -]*?)\\s*$");

        /** "Okafor, Adaeze" as "Adaeze Okafor"; anything else ("Adaeze Okafor", "Ann Lee, Bo Ma") unchanged. */
        static String surnameLast(String name) {
            java.util.regex.Matcher m = SURNAME_FIRST.matcher(name);
            return m.matches() ? m.group(2) + " " + m.group(1) : name;
        }

        private List<String> authors(String siteName, boolean thread, boolean prose) {
            List<String> raw = article == null ? List.of() : ld.texts(article.get("author"), "name");
            List<String> names = note("authors", "json-ld", withoutSite(Authors.clean(raw), siteName));
            if (names.isEmpty()) {
                // The first key that names someone wins: Dublin Core is the most deliberate, "author" the most common.
                for (String k : new String[] {"dc:creator", "dcterms:creator", "dc.creator", "dcterms.creator", "author",
                        "article:author", "parsely-author", "sailthru.author", "byl", "citation_author"}) {
                    List<String> values = meta.getOrDefault(k, List.of());
                    if (ONE_NAME_PER_TAG.contains(k)) {
                        values = values.stream().map(MetadataReader.Reading::surnameLast).toList();
                    }
                    names = withoutSite(Authors.clean(values), siteName);
                    if (!names.isEmpty()) {
                        note("authors", "meta", names);
                        break;
                    }
                }
            }
            if (names.isEmpty()) {
                List<String> m = new ArrayList<>();
                // Each post of a thread, each review of a product has its own author: the page's are those of
                // the first item that names one.
                Element firstItem = null;
                for (Element e : doc.select(Q_ITEMPROP_AUTHOR)) {
                    Element item = e.parent() == null ? null : e.parent().closest(Q_ITEMSCOPE);
                    if (m.isEmpty()) {
                        firstItem = item;
                    } else if (item != firstItem) {
                        continue;
                    }
                    Element name = e.selectFirst(Q_ITEMPROP_NAME);
                    Element holder = name != null ? name : e;
                    m.add(holder.hasAttr("content") ? holder.attr("content") : holder.text());
                }
                names = note("authors", "microdata", withoutSite(Authors.clean(m), siteName));
            }
            if (names.isEmpty() || onlySite(names, siteName)) {
                // The first short byline-like block in the page that names someone; in a thread, the first poster's
                // user name (elsewhere a "username" is a commenter or a login field). It also wins over declared
                // data that names only the site, as a blog platform writes the blog's name into every page's
                // author while the post's byline names its writer.
                List<String> shown = firstByline(thread ? Q_BYLINE_OR_POSTER : Q_BYLINE, siteName);
                if (names.isEmpty() || !shown.isEmpty()) {
                    names = note("authors", "text", shown);
                }
            }
            if (names.isEmpty() && prose) {
                // A byline without a class of its own: "Posted by David at ...", "Written by <a>Name</a>"; only on
                // articles and threads, since on a shop's pages "by Price" sorts a list.
                names = note("authors", "text", firstByline(Q_BY_TEXT, siteName));
            }
            return names;
        }

        /** True when the only name is the site's own (a personal site's name is its owner's, and still counts). */
        private static boolean onlySite(List<String> names, String siteName) {
            return siteName != null && names.size() == 1 && Titles.same(names.get(0), siteName);
        }

        /** The names in the first short block matching {@code query} that names someone; empty when none does. */
        private List<String> firstByline(Evaluator query, String siteName) {
            // Streamed: the search stops at the first byline instead of collecting every match in the page.
            Iterable<Element> matches = doc.selectStream(query)::iterator;
            for (Element e : matches) {
                if (authorBox(e)) {
                    continue;
                }
                String text = e.text();
                // A comment form's "Name (required)" label is not a byline.
                if (text.length() < 120 && !text.isBlank() && e.closest(Q_FORM_LABEL) == null) {
                    List<String> names = withoutSite(Authors.clean(List.of(text)), siteName);
                    if (!names.isEmpty()) {
                        return names;
                    }
                }
            }
            return List.of();
        }

        /**
         * The names without the site's own (a publisher given as author); a personal site, named after a person
         * ("Polly Barks"), keeps its name: there the site's owner is the author.
         */
        private static List<String> withoutSite(List<String> names, String siteName) {
            if (siteName == null || PERSONAL_NAME.matcher(siteName.strip()).matches()
                    && !ORGANISATION_WORD.matcher(siteName).find()) {
                return names;
            }
            List<String> out = new ArrayList<>();
            for (String n : names) {
                if (!Titles.same(n, siteName)) {
                    out.add(n);
                }
            }
            return out;
        }

        /** The publication date; {@code visible} allows the last resort of a date shown in the page's text. */
        private String published(String url, boolean visible, String title) {
            String d = note("published", "json-ld", Dates.normalize(ldText("datePublished", null)));
            if (d == null) {
                // A job advert is "posted", not published: schema.org's JobPosting says datePosted. Only the one advert
                // of its page: a job board lists many, each with its own date.
                List<JsonNode> jobs = ld.objects().stream().filter(o -> JsonLd.types(o).contains("jobposting")).toList();
                d = note("published", "json-ld", jobs.size() != 1 ? null
                        : Dates.normalize(ld.text(jobs.get(0).get("datePosted"), null)));
            }
            if (d == null) {
                d = note("published", "opengraph", Dates.normalize(meta("article:published_time",
                        "og:published_time", "og:article:published_time")));
            }
            if (d == null) {
                d = note("published", "meta", Dates.normalize(meta("published_time", "pubdate", "publishdate",
                        "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
                        "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
                        "citation_date", "article.published", "datepublished", "itemprop:datepublished")));
            }
            if (d == null) {
                Element e = doc.selectFirst(Q_ITEMPROP_DATEPUBLISHED);
                String given = e == null ? null : machineDate(e);
                d = note("published", "microdata", e == null ? null : Dates.normalize(given != null ? given : e.text()));
            }
            // A <time> in the page is the article's only on an article or thread: on a listing it is the first item's.
            if (d == null && visible) {
                Element t = firstPageTime();
                d = note("published", "html", t == null ? null : Dates.normalize(t.attr("datetime")));
            }
            if (d == null) {
                d = note("published", "url", Dates.fromUrl(url));
            }
            // Only articles and threads: on product and listing pages a visible date belongs to a review or an item.
            if (d == null && visible) {
                d = note("published", "text", visibleDate(title));
            }
            return d;
        }

        /** Whether a leaf element's text could be a bare date: short, with two digits at least (read in place). */
        private static boolean shortWithDigits(Element e) {
            if (e.childNodeSize() != 1 || !(e.childNode(0) instanceof org.jsoup.nodes.TextNode t)) {
                return false;
            }
            String text = t.getWholeText();
            return text.length() <= 4 * BARE_DATE_MAX_CHARS && Dates.digits(text) >= 2;
        }

        /**
         * The first {@code <time>} with a machine date that could date the page: not a member's "Joined" date in a
         * profile card or a poster's column.
         */
        private Element firstPageTime() {
            Iterable<Element> times = doc.selectStream(Q_TIME_PUBDATE_DATETIME_ARTICLE_TIME_DATET)::iterator;
            for (Element t : times) {
                if (!membershipDate(t)) {
                    return t;
                }
            }
            return null;
        }

        /** A date shown in the page: a {@code <time>}'s, else {@link #visibleDate}. */
        private String shownDate(String title) {
            Element t = firstPageTime();
            String d = t == null ? null : Dates.normalize(t.attr("datetime"));
            return d != null ? d : visibleDate(title);
        }

        /**
         * The first full date shown in a short block named as a date, dateline or byline, outside the footer
         * (whose copyright year is never a publication date); failing that, the first element whose whole text is
         * a date ("2025-11-01 15:14:37" heading a forum post), below the headline if one is. Relative dates ("3 hours
         * ago") are not read.
         */
        private String visibleDate(String title) {
            Element body = doc.body();
            if (body == null) {
                return null;
            }
            String bare = null;
            // A date alone above the headline is a masthead's today or a ticker's ("On this day: 4 April 2016"),
            // read only when none follows it.
            String aboveHeadline = null;
            Element headline = headline(body, title);
            boolean pastHeadline = headline == null;
            java.util.regex.Matcher dateClass = DATE_CLASS.matcher("");
            for (Element e : body.getAllElements()) {
                pastHeadline |= e == headline;
                String cls = e.className();
                boolean named = !cls.isEmpty() && DATE_CLASS_PARTS.foundIn(cls.toLowerCase(java.util.Locale.ROOT))
                        && dateClass.reset(cls).find();
                if (!named && (bare != null || !shortWithDigits(e))) {
                    continue;
                }
                String text = named ? TextLength.atMost(e, 120) : TextLength.atMost(e, BARE_DATE_MAX_CHARS);
                if (text == null || text.isBlank() || inFooter(e)) {
                    continue;
                }
                String date = Dates.normalize(text);
                if (date != null && named) {
                    // A date alone under the headline came first: a box named as dated further down is another item's.
                    return bare != null ? bare : date;
                }
                if (bare == null && date != null && !membershipDate(e)) {
                    if (pastHeadline) {
                        bare = date;
                    } else if (aboveHeadline == null) {
                        aboveHeadline = date;
                    }
                }
            }
            // No block is named as a date: the first element that says nothing but a date (a thread's first post).
            return bare != null ? bare : aboveHeadline;
        }

        /** The {@code <h1>} that names {@code title}, else the first that says anything, else null. */
        private static Element headline(Element body, String title) {
            List<Element> h1s = body.select(Q_H1).stream().filter(Element::hasText).toList();
            List<Element> naming = Loose.naming(h1s, title);
            return !naming.isEmpty() ? naming.get(0) : h1s.isEmpty() ? null : h1s.get(0);
        }

        /**
         * True when the label just before {@code e} says it is when someone joined ("Joined", "Member since"), as a
         * profile card's or a poster's column's key and value print it: the nearest text before it, in its own
         * block or in the blocks just around it.
         */
        static boolean membershipDate(Element e) {
            Element at = e;
            for (int level = 0; level < 3 && at != null; level++, at = at.parent()) {
                for (Node n = at.previousSibling(); n != null; n = n.previousSibling()) {
                    String text = n instanceof org.jsoup.nodes.TextNode t ? t.text()
                            : n instanceof Element el ? TextLength.atMost(el, 60) : "";
                    if (text == null) {
                        return false;
                    }
                    if (!text.isBlank()) {
                        return MEMBER_SINCE.matcher(text).find();
                    }
                }
            }
            return false;
        }

        private static boolean inFooter(Element e) {
            for (Element p = e; p != null; p = p.parent()) {
                if (p.normalName().equals("footer") || p.className().toLowerCase(Locale.ROOT).contains("footer")) {
                    return true;
                }
            }
            return false;
        }

        /** The date of the page's last change; in a thread, a post's own "Last edited: …" is not the page's. */
        private String modified(boolean thread) {
            String d = note("modified", "json-ld", Dates.normalize(ldText("dateModified", null)));
            if (d == null) {
                d = note("modified", "opengraph", Dates.normalize(meta("article:modified_time", "og:updated_time")));
            }
            if (d == null) {
                d = note("modified", "meta", Dates.normalize(meta("modified_time", "last-modified", "dcterms.modified",
                        "itemprop:datemodified", "lastmod")));
            }
            if (d == null) {
                Element e = doc.selectFirst(Q_ITEMPROP_DATEMODIFIED);
                String given = e == null ? null : machineDate(e);
                d = note("modified", "microdata", given == null ? null : Dates.normalize(given));
            }
            if (d == null && !thread) {
                d = note("modified", "text", shownUpdate());
            }
            return d;
        }

        /**
         * The date an element gives machines: its {@code content} or {@code datetime}, or, as microformats write it, an
         * {@code <abbr>}'s title ({@code <abbr title="2024-05-12T18:40:00+01:00">18:40</abbr>}); null when it gives none.
         */
        private static String machineDate(Element e) {
            if (e.hasAttr("content")) {
                return e.attr("content");
            }
            if (e.hasAttr("datetime")) {
                return e.attr("datetime");
            }
            return e.normalName().equals("abbr") && e.hasAttr("title") ? e.attr("title") : null;
        }

        /**
         * The date of the page's last change as the page prints it, often in its footer: "Last updated on May 2,
         * 2024" (documentation generators), "This page was last edited on 12 March 2024" (wikis). Text nodes are
         * tested by their first letter before the pattern: a page has thousands and few start so.
         */
        private String shownUpdate() {
            Element body = doc.body();
            if (body == null) {
                return null;
            }
            java.util.Iterator<org.jsoup.nodes.TextNode> texts = body.nodeStream(org.jsoup.nodes.TextNode.class).iterator();
            while (texts.hasNext()) {
                org.jsoup.nodes.TextNode t = texts.next();
                String raw = t.getWholeText();
                int start = 0;
                while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) {
                    start++;
                }
                if (start == raw.length() || UPDATE_FIRST_LETTERS.indexOf(Character.toLowerCase(raw.charAt(start))) < 0
                        || !LAST_UPDATED.matcher(raw).region(start, raw.length()).lookingAt()) {
                    continue;
                }
                Element block = t.parent();
                if (block == null) {
                    continue;
                }
                Element time = block.selectFirst(Q_TIME_DATETIME);
                String date = time == null ? null : Dates.normalize(time.attr("datetime"));
                if (date == null) {
                    String text = TextLength.atMost(block, Thresholds.TEXT_RULE_MAX_CHARS);
                    date = text == null ? null : Dates.normalize(text);
                }
                if (date != null) {
                    return date;
                }
            }
            return null;
        }

        private String siteName() {
            String s = note("siteName", "opengraph", clean(meta("og:site_name")));
            if (s == null && article != null) {
                s = note("siteName", "json-ld", clean(ld.text(article.get("publisher"), "name")));
            }
            if (s == null) {
                JsonNode org = ld.first(Set.of("website"));
                if (org == null) {
                    org = ld.first(ORGANIZATION);
                }
                s = note("siteName", "json-ld", org == null ? null : clean(ld.text(org.get("name"), null)));
            }
            if (s == null) {
                s = note("siteName", "meta", clean(meta("application-name", "apple-mobile-web-app-title",
                        "publisher", "dc.publisher", "citation_journal_title")));
            }
            if (s == null) {
                // A masthead: a heading whose words are one link to the home page ("<h1><a href='/'>Notes from the
                // Garden</a></h1>"), as a blog's template writes the blog's name.
                readH1s();
                if (!mastheads.isEmpty() && mastheads.get(0).text().length() <= Thresholds.MASTHEAD_MAX_CHARS) {
                    s = note("siteName", "html", clean(mastheads.get(0).text()));
                }
            }
            if (s == null) {
                // A block the template names as the site's title ("<p class="wp-block-site-title">"), when the document
                // title bears the same name beside the page's own ("Planting garlic – The Allotment Diaries").
                Element named = doc.selectFirst(Q_SITE_TITLE);
                String name = named == null ? null : TextLength.atMost(named, Thresholds.MASTHEAD_MAX_CHARS);
                String page = doc.title();
                if (name != null && !name.isBlank() && page.contains(name.strip()) && page.length() > name.strip().length()) {
                    s = note("siteName", "html", clean(name));
                }
            }
            return s;
        }

        private String section(String title, String url) {
            String s = note("section", "json-ld", sectionName(ldText("articleSection", null)));
            if (s == null) {
                s = note("section", "opengraph", sectionName(meta("article:section")));
            }
            if (s == null) {
                s = note("section", "meta", sectionName(meta("parsely-section", "section", "category", "sailthru.section")));
            }
            if (s == null) {
                Element e = doc.selectFirst(Q_ITEMPROP_SECTION);
                // The first of a list ("news,nation"): the section the others narrow down.
                String value = e == null ? null : itemValue(e).split(",")[0];
                s = note("section", "microdata", sectionName(value));
            }
            if (s == null) {
                // A blog's category link ("Posted in <a rel="category tag">Walls</a>"): the first is the post's own.
                Element category = doc.selectFirst(Q_REL_CATEGORY);
                s = note("section", "html", category == null ? null : sectionName(category.text()));
            }
            if (s == null) {
                s = note("section", "breadcrumb", sectionName(lastCrumb(crumbs(), title, url)));
            }
            return s;
        }

        private static final Set<String> BREADCRUMB_LIST = Set.of("breadcrumblist");

        /** One step of a breadcrumb trail: its name, and the address it links to (null when it is not a link). */
        record Crumb(String name, String link) {
        }

        /**
         * The page's breadcrumb trail as schema.org declares it, in JSON-LD or in microdata. A block merely classed
         * breadcrumb is not read: such blocks hold language menus, search links and buttons too.
         */
        private List<Crumb> crumbs() {
            List<Crumb> crumbs = new ArrayList<>();
            JsonNode list = ld.first(BREADCRUMB_LIST);
            if (list != null) {
                for (JsonNode item : list.path("itemListElement")) {
                    String name = ld.text(item.get("name"), null);
                    JsonNode target = item.get("item");
                    String link = target != null && target.isTextual() ? target.asText() : ld.text(target, "@id");
                    crumbs.add(new Crumb(name != null ? name : ld.text(target, "name"), link));
                }
                return crumbs;
            }
            Element trail = doc.selectFirst(Q_BREADCRUMB_LIST);
            if (trail != null) {
                for (Element name : trail.select(Q_ITEMPROP_NAME)) {
                    Element a = name.closest(Q_A_HREF);
                    crumbs.add(new Crumb(name.hasAttr("content") ? name.attr("content") : name.text(),
                            a == null ? null : a.attr("href")));
                }
            }
            return crumbs;
        }

        /**
         * The section a breadcrumb trail files the page under: its last step before the page itself, when there is
         * one after the first (the home page): "Home › Forums › Engine &amp; Drivetrain › Fuel pump" says
         * "Engine &amp; Drivetrain"; "Home › Fuel pump" says nothing. The page's own step is the one that links
         * nowhere, links to the page's address or bears its title.
         */
        static String lastCrumb(List<Crumb> crumbs, String title, String url) {
            int end = crumbs.size();
            while (end > 0 && isPage(crumbs.get(end - 1), title, url)) {
                end--;
            }
            return end >= 2 ? clean(ICON_WORD.matcher(crumbs.get(end - 1).name()).replaceAll("")) : null;
        }

        private static boolean isPage(Crumb crumb, String title, String url) {
            String name = crumb.name();
            return name == null || crumb.link() == null || crumb.link().isBlank() || samePage(crumb.link(), url)
                    || Titles.same(name, title) || Titles.within(name, title) && name.length() * 2 > title.length();
        }

        /**
         * Whether two addresses name one page: the same path, whatever their host (a trail's link may be relative),
         * scheme, trailing slash, query or fragment.
         */
        private static boolean samePage(String a, String b) {
            return b != null && pagePath(a).equals(pagePath(b));
        }

        private static String pagePath(String address) {
            return address.replaceFirst("^(?i)(https?:)?//[^/]*", "").replaceFirst("[?#].*", "")
                    .replaceFirst("/+$", "").toLowerCase(Locale.ROOT);
        }

        /** The name of an icon font's ligature left in a link's text: "keyboard_arrow_right", "chevron_right". */
        private static final Pattern ICON_WORD = Pattern.compile("\\b[a-z]+(_[a-z]+)+\\b");

        /**
         * A section's name, or null for one that says nothing: the category a blog files a post under when nobody
         * chose one (WordPress's "Uncategorized" in its languages), the name a site generator gives the folder of
         * all posts ("posts", "post"), a template's placeholder ("nil", "root") or a domain ("gizmodo.com"; not "Node.js").
         */
        private static String sectionName(String raw) {
            String name = clean(raw);
            return name == null || UNFILED.contains(name.toLowerCase(Locale.ROOT)) || DOMAIN.matcher(name).matches()
                    ? null : name;
        }

        private static final Set<String> UNFILED = Set.of("uncategorized", "uncategorised", "non classé", "sin categoría",
                "senza categoria", "sem categoria", "unkategorisiert", "allgemein", "без рубрики", "未分类", "未分類",
                "post", "posts", "article", "articles", "page", "pages", "root", "nil", "null", "none", "undefined",
                "default", "all");
        private static final Pattern DOMAIN = Pattern.compile("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|net|org|info|co\\.uk|gov|edu)");

        /**
         * The page's keywords, each once whatever its case, without the site's own name ("cnbc" on cnbc.com) and
         * without machine tags ("source:tagname:CNBC Europe Source"), which no reader would file a story under.
         */
        private List<String> tags(String siteName, String url) {
            List<String> out = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            String host = url == null ? null : siteLabel(url);
            for (String raw : keywords()) {
                // "Tag:Nodejs" files the story under Node.js; "Lite:true" and "source:tagname:…" are settings.
                java.util.regex.Matcher named = TAG_PREFIX.matcher(raw);
                String t = named.lookingAt() ? raw.substring(named.end()).strip() : raw;
                String key = t.toLowerCase(Locale.ROOT);
                if (t.isEmpty() || MACHINE_TAG.matcher(t).lookingAt() || key.equals(host)
                        || siteName != null && key.equals(siteName.toLowerCase(Locale.ROOT)) || !seen.add(key)) {
                    continue;
                }
                out.add(t);
            }
            return out;
        }

        private Set<String> keywords() {
            Set<String> tags = new LinkedHashSet<>();
            if (article != null && article.has("keywords")) {
                for (String k : ld.texts(article.get("keywords"), "name")) {
                    splitTags(k, tags);
                }
                note("tags", "json-ld", tags.isEmpty() ? null : "x");
            }
            if (tags.isEmpty()) {
                for (String k : meta.getOrDefault("article:tag", List.of())) {
                    splitTags(k, tags);
                }
                note("tags", "opengraph", tags.isEmpty() ? null : "x");
            }
            if (tags.isEmpty()) {
                for (String key : new String[] {"news_keywords", "parsely-tags", "sailthru.tags", "citation_keywords"}) {
                    for (String k : meta.getOrDefault(key, List.of())) {
                        splitTags(k, tags);
                    }
                }
                note("tags", "meta", tags.isEmpty() ? null : "x");
            }
            if (tags.isEmpty()) {
                // Microdata keywords: one element with a list ("content='a, b'") or one per tag (Joomla's tag list,
                // printed above and below the article: the set keeps each once).
                Elements marked = doc.select(Q_ITEMPROP_KEYWORDS);
                if (marked.size() <= Thresholds.MAX_LINKED_TAGS) {
                    for (Element e : marked) {
                        splitTags(itemValue(e), tags);
                    }
                }
                note("tags", "microdata", tags.isEmpty() ? null : "x");
            }
            if (tags.isEmpty()) {
                // Links marked as the post's tags (rel="tag", as blog templates write its labels); a page with
                // more of them than a post has labels lists a whole tag cloud, which files nothing.
                linkedTags(doc.select(Q_REL_TAG), tags);
                note("tags", "html", tags.isEmpty() ? null : "x");
            }
            if (tags.isEmpty()) {
                // Links to the site's tag pages in a block classed as tags ("#knitting" → /tagged/knitting), as blog
                // platforms print a post's tags without rel="tag".
                linkedTags(tagPageLinks(), tags);
                note("tags", "html", tags.isEmpty() ? null : "x");
            }
            return tags;
        }

        /**
         * The words of links that file the post, without a leading "#", into {@code tags}; none when there are more
         * of them than a post has tags (a tag cloud beside it, which files nothing).
         */
        private static void linkedTags(List<Element> links, Set<String> tags) {
            if (links.size() > Thresholds.MAX_LINKED_TAGS) {
                return;
            }
            for (Element a : links) {
                String t = clean(a.text().replaceFirst("^#", ""));
                if (t != null && t.length() <= Thresholds.MAX_LINKED_TAG_CHARS) {
                    tags.add(t);
                }
            }
        }

        /**
         * Links to tag pages, or links classed as tags, inside a block classed as tags, a few levels up at most; read
         * only where no tag is declared.
         */
        private List<Element> tagPageLinks() {
            List<Element> toPages = new ArrayList<>();
            List<Element> classed = new ArrayList<>();
            for (Element a : doc.getElementsByTag("a")) {
                String href = a.attr("href");
                // To a tag page, or classed as a tag itself: news CMSs link a tag to a search ("/search/?k=%23roads").
                boolean tagPage = href.indexOf('/', 1) > 0 && TAG_PAGE.matcher(href).find();
                if (!tagPage && (a.className().isEmpty() || !TAGS_CLASS.matcher(a.className()).find()
                        || TAG_CONTROL.matcher(a.text()).matches())) {
                    continue;
                }
                Element p = a.parent();
                for (int up = 0; p != null && up < 4; up++, p = p.parent()) {
                    if (!p.className().isEmpty() && TAGS_CLASS.matcher(p.className()).find()) {
                        (tagPage ? toPages : classed).add(a);
                        break;
                    }
                }
            }
            // Links to tag pages first; links only classed as tags where there are none.
            return toPages.isEmpty() ? classed : toPages;
        }

        /**
         * A microdata property's value: its {@code content}, else the words of its links ("Posted in <a>News</a>"
         * is News), else its text.
         */
        private static String itemValue(Element e) {
            if (e.hasAttr("content")) {
                return e.attr("content");
            }
            Elements links = e.getElementsByTag("a");
            if (links.isEmpty()) {
                return e.text();
            }
            List<String> words = new ArrayList<>();
            for (Element a : links) {
                words.add(a.text());
            }
            return String.join(", ", words);
        }

        private static void splitTags(String raw, Set<String> into) {
            for (String t : raw.split("[,;]")) {
                String tag = t.strip();
                if (!tag.isEmpty() && tag.length() <= 60) {
                    into.add(tag);
                }
            }
        }

        private String lang() {
            Element html = doc.selectFirst(Q_HTML);
            String l = note("lang", "html", bcp47(html == null ? null : html.attr("lang")));
            if (l == null && html != null) {
                l = note("lang", "html", bcp47(html.attr("xml:lang")));
            }
            if (l == null) {
                l = note("lang", "meta", bcp47(meta("content-language", "language", "dc.language")));
            }
            if (l == null) {
                l = note("lang", "json-ld", bcp47(ldText("inLanguage", null)));
            }
            if (l == null) {
                l = note("lang", "opengraph", bcp47(meta("og:locale")));
            }
            return l;
        }

        private static String bcp47(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String v = raw.strip().split("[,;\\s]")[0].replace('_', '-');
            if (!v.matches("(?i)[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
                return null;
            }
            String[] p = v.split("-");
            StringBuilder sb = new StringBuilder(p[0].toLowerCase(Locale.ROOT));
            for (int i = 1; i < p.length; i++) {
                sb.append('-').append(p[i].length() == 2 ? p[i].toUpperCase(Locale.ROOT) : p[i]);
            }
            return sb.toString();
        }

        private String dir() {
            for (Element e : new Element[] {doc.firstElementChild(), doc.body()}) {
                String dir = e == null ? "" : e.attr("dir").strip();
                if (dir.equalsIgnoreCase("ltr") || dir.equalsIgnoreCase("rtl")) {
                    return note("dir", "html", dir.toLowerCase(Locale.ROOT));
                }
            }
            return null;
        }

        private String url() {
            if (givenUrl != null) {
                return note("url", "given", givenUrl);
            }
            Element canonical = canonicalLink();
            String u = canonical == null ? null : canonical.absUrl("href");
            if (u != null && u.startsWith("http")) {
                return note("url", "html", u);
            }
            String href = canonical == null ? "" : canonical.attr("href").strip();
            if (href.startsWith("//") && href.length() > 2) {
                // Scheme-relative ("//news.example.com/a"): the page's address all but its scheme.
                return note("url", "html", "https:" + href);
            }
            u = meta("og:url");
            if (u != null && u.startsWith("http")) {
                return note("url", "opengraph", u);
            }
            return null;
        }

        /** The page's canonical link, looked for once (a page without one is walked whole to find that out). */
        private Element canonicalLink() {
            if (!canonicalRead) {
                canonical = doc.selectFirst(Q_LINK_REL_CANONICAL_HREF);
                canonicalRead = true;
            }
            return canonical;
        }

        /**
         * The path a relative canonical link gives ("viewtopic.php?id=309936" as "/viewtopic.php?id=309936"), when the
         * page was saved without its address: no URL to report, but its path still tells what kind of page it is.
         */
        private String relativeCanonical() {
            Element canonical = canonicalLink();
            String href = canonical == null ? "" : canonical.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#") || href.contains(":")) {
                return null;
            }
            return href.startsWith("/") ? href : "/" + href;
        }

        private String description() {
            String d = note("description", "json-ld", clean(ldText("description", null)));
            if (d == null) {
                d = note("description", "meta", clean(meta("dc:description", "dcterm:description",
                        "dcterms:description", "dc.description", "dcterm.description", "dcterms.description")));
            }
            if (d == null) {
                d = note("description", "opengraph", clean(meta("og:description")));
            }
            if (d == null) {
                d = note("description", "meta", clean(meta("description", "twitter:description")));
            }
            return d;
        }

        private String image() {
            String i = note("image", "opengraph", notLogo(absolute(meta("og:image", "og:image:url", "og:image:secure_url"))));
            if (i == null) {
                i = note("image", "meta", notLogo(absolute(meta("twitter:image", "twitter:image:src"))));
            }
            if (i == null) {
                i = note("image", "json-ld", notLogo(absolute(ldText("image", "url"))));
            }
            return i;
        }

        /**
         * {@code url}, or null when its file is the site's logo ("/theming_assets/logo.png", "givewell_fb_logo.jpg",
         * "logo-og.png"): a help centre, a forum or a shop that declares no picture of the page gives its logo, which
         * is no picture of the page. A long, descriptive name is a story's picture of a logo
         * ("alibaba-logo-getty-1024-683-57ed9e94e3d24.jpg") and stays.
         */
        private static String notLogo(String url) {
            if (url == null) {
                return null;
            }
            String path = url.replaceFirst("[?#].*", "");
            String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceFirst("\\.[a-z0-9]+$", "");
            return file.length() <= Thresholds.LOGO_FILE_MAX_CHARS && LOGO_FILE.matcher(file).find() ? null : url;
        }

        private String absolute(String url) {
            if (url == null || url.isBlank()) {
                return null;
            }
            return dev.pith.input.Urls.resolve(givenUrl != null ? givenUrl : doc.baseUri(), url);
        }

        private String articleBody() {
            return ldText("articleBody", null);
        }

        private static String clean(String s) {
            if (s == null) {
                return null;
            }
            String t = org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
            return t.isEmpty() ? null : t;
        }
    }

    /**
     * A query tried only on elements that pass {@code gate}, a necessary condition of the query that is cheap to
     * check, which most elements of a page fail.
     */
    private static final class Gated extends Evaluator {
        private final java.util.function.Predicate<Element> gate;
        private final Evaluator query;

        Gated(java.util.function.Predicate<Element> gate, Evaluator query) {
            this.gate = gate;
            this.query = query;
        }

        @Override
        public boolean matches(Element root, Element element) {
            return gate.test(element) && query.matches(root, element);
        }

        /**
         * A new selection with this query resets the query behind the gate too: its structural parts
         * ({@code [class*=postleft] dt}) remember the pages they saw until reset.
         */
        @Override
        protected void reset() {
            org.jsoup.select.Collector.stream(query, RESET_ROOT);
            super.reset();
        }

        /** Any element: resetting a query through a selection that is never run needs one. */
        private static final Element RESET_ROOT = new Element("i");
    }

    /** "written" and "by" are nine letters; the window leaves room for invisible characters. */
    private static final int BY_WINDOW = 30;
    /** A byline's label ("Autorin", "Author") is at most seven letters; a colon later ends no label of one. */
    private static final int LABEL_MAX_LETTERS = 7;

    /**
     * True when "by" comes within the first {@link #BY_WINDOW} letters of the element's own text (spaces
     * skipped), or a colon after a label's worth of them, read from its text nodes without building the own
     * text: what a byline pattern needs.
     */
    private static boolean byNearStart(Element element) {
        char previous = 0;
        int seen = 0;
        // The first word's letters, to find "By" in other languages (BY_WORDS) without building the own text.
        StringBuilder first = new StringBuilder(8);
        boolean firstDone = false;
        for (int n = 0; n < element.childNodeSize() && seen < BY_WINDOW; n++) {
            if (!(element.childNode(n) instanceof org.jsoup.nodes.TextNode t)) {
                continue;
            }
            String s = t.getWholeText();
            for (int i = 0; i < s.length() && seen < BY_WINDOW; i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (first.length() > 0 && !firstDone) {
                        firstDone = true;
                        if (BY_WORDS.contains(first.toString().toLowerCase(java.util.Locale.ROOT))) {
                            return true;
                        }
                    }
                    continue;
                }
                if (!firstDone && first.length() < 8) {
                    first.append(c);
                }
                if ((c == 'y' || c == 'Y') && (previous == 'b' || previous == 'B')
                        || c == ':' && seen <= LABEL_MAX_LETTERS) {
                    return true;
                }
                previous = c;
                seen++;
            }
        }
        return false;
    }

    /**
     * True when the element's class names the box about the writer, not their byline: "author-bio",
     * "author-preview-metadata", "author-card" (a profile card opened from the byline holds their bio, location
     * and "Joined" date). Whole words of the class only: hCard's "vcard" marks a byline.
     */
    static boolean authorBox(Element e) {
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        for (String word : cls.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (AUTHOR_BOX_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the byline queries can match the element: a {@code dt} (under a poster's block), a {@code rel},
     * or a class or id holding one of their words, read once instead of once per selector.
     */
    private static boolean bylineCandidate(Element element) {
        if (element.normalName().equals("dt")) {
            return true;
        }
        if (element.attributesSize() == 0) {
            return false;
        }
        if (element.hasAttr("rel")) {
            return true;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String w : BYLINE_WORDS) {
            if (names.contains(w)) {
                return true;
            }
        }
        return false;
    }

}
