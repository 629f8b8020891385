package dev.pith;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import dev.pith.PithException.Reason;
import dev.pith.clean.Cleaner;
import dev.pith.clean.Removal;
import dev.pith.extract.ContentExtractor;
import dev.pith.extract.Comment;
import dev.pith.extract.CommentExtractor;
import dev.pith.extract.Extraction;
import dev.pith.extract.Focus;
import dev.pith.extract.Hints;
import dev.pith.extract.Image;
import dev.pith.extract.StructuredBody;
import dev.pith.extract.TextDumpExtractor;
import dev.pith.input.HtmlParser;
import dev.pith.input.Page;
import dev.pith.input.PageLoader;
import dev.pith.metadata.Metadata;
import dev.pith.metadata.MetadataReader;
import dev.pith.metadata.PageTypeModel;
import dev.pith.metadata.PageTypes;
import dev.pith.metadata.TypeFeatures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's entry point: from a saved page to an {@link Article}.
 *
 * <pre>{@code
 * Article a = Pith.extract(Path.of("saved/page.html"));
 * System.out.println(a.title());
 * System.out.println(dev.pith.render.Markdown.of(a));
 *
 * Article b = Pith.extract(Page.html("inline", "<html>...</html>"), Options.defaults().withUrl("https://x.org/a"));
 * }</pre>
 *
 * <p>The steps, one way: {@code input} loads and decodes, {@code metadata} reads what the page says about
 * itself, {@code clean} removes boilerplate by named rules, {@code extract} chooses the article; the
 * {@code render} package then turns the article into JSON, Markdown, text or HTML.
 */
public final class Pith {
    private static final Evaluator Q_IMG = QueryParser.parse("img");
    private static final Evaluator Q_LI = QueryParser.parse("li");
    private Pith() {
    }

    /** Extracts the article of a saved page (HTML, gzip or text dump) with default options. */
    public static Article extract(Path path) throws PithException {
        return extract(path, Options.defaults());
    }

    /** Extracts the article of a saved page. */
    public static Article extract(Path path, Options options) throws PithException {
        Page page = new PageLoader(options.maxBytes()).load(path, path.toString());
        return extract(page, options);
    }

    /** Extracts the article of a page already loaded. */
    public static Article extract(Page page, Options options) throws PithException {
        return page.kind() == Page.Kind.TEXT ? fromText(page, options) : fromHtml(page, options);
    }

    private static Article fromHtml(Page page, Options options) throws PithException {
        String base = options.url() == null ? "" : options.url();
        Document doc = HtmlParser.parse(page.content(), base);
        Metadata meta = new MetadataReader().read(doc, options.url());
        if (base.isEmpty() && meta.url() != null) {
            doc.setBaseUri(meta.url());
        }
        List<Comment> comments = options.comments() ? CommentExtractor.find(doc.body()) : null;
        Hints hints = new Hints(meta.title(), meta.articleBody(),
                meta.pageType().weight(PageTypes.Type.ARTICLE) < Thresholds.DECLARED_ARTICLE_WEIGHT,
                isList(meta.pageType().type()), isSections(meta.pageType().type()),
                meta.pageType().type() == PageTypes.Type.FORUM, meta.authors());
        Cleaned cleaned = Cleaned.of(page, doc, options, meta.title(), hints.thread());
        Chosen chosen = choose(cleaned, hints, options);
        String headline = meta.title() != null ? meta.title() : chosen.x().headline();
        Map<String, Double> features = TypeFeatures.of(meta.pageType().signals(), chosen.x().content(), headline,
                meta.siteName(), !meta.authors().isEmpty(), meta.published() != null);
        // An article nearly always says who wrote it or when: a page that says neither, on which the model
        // hesitates between an article and another type, is the other type (a business's home page of sections).
        boolean unsigned = meta.authors().isEmpty() && meta.published() == null;
        PageTypeModel.Decision decision = PageTypeModel.standard().decide(features,
                unsigned ? PageTypes.Type.ARTICLE : null, Thresholds.UNSIGNED_ARTICLE_MARGIN);
        PageTypes.Type declaredType = meta.pageType().declared();
        if (declaredType != null && declaredType != decision.type() && !(isList(declaredType) && isList(decision.type()))) {
            // What only one kind of page declares outweighs its shape: a paper's abstract page, a table of its
            // particulars, reads as a list to the model; a search's few results read as an article.
            decision = new PageTypeModel.Decision(declaredType, 1.0, List.of("declared by " + meta.pageType().declaredBy()));
        }
        String type = decision.type().label();
        List<String> evidence = new java.util.ArrayList<>(meta.pageType().evidence());
        evidence.add(String.format(java.util.Locale.ROOT, "model: %s %.2f (%s)", type, decision.probability(),
                String.join(", ", decision.reasons())));
        if (cleaned.threadKept) {
            evidence.add("thread kept: the page looks like a forum and its \"comments\" block holds most of it,"
                    + " so " + Cleaned.THREAD_RULE + " was not applied");
        }
        boolean list = isList(decision.type());
        boolean sections = isSections(decision.type());
        boolean thread = decision.type() == PageTypes.Type.FORUM;
        if (list != hints.linksAreContent() || sections != hints.sections() || thread != hints.thread()) {
            // The first look at the page guessed wrong about whether its lists are its content, whether it is
            // a run of sections, or whether it is a thread: choose again.
            Chosen again = choose(cleaned, new Hints(hints.title(), hints.articleBody(), hints.spread(), list,
                    sections, thread, hints.authors()), options);
            if (again.hasContent()) {
                chosen = again;
                if (list != hints.linksAreContent()) {
                    evidence.add(list ? "chosen again with link lists as content" : "chosen again without link lists");
                } else if (sections != hints.sections()) {
                    evidence.add(sections ? "chosen again as sections" : "chosen again as one article");
                } else {
                    evidence.add(thread ? "chosen again as a thread" : "chosen again as one article");
                }
            }
        }
        if (isShell(chosen, meta.articleBody())) {
            // Saved before its scripts drew the article: the text the page declares in its head is all there is.
            Extraction declared = new Extraction(StructuredBody.of(meta.articleBody()), chosen.x().headline(),
                    chosen.x().standfirst(), chosen.x().leadImage(), chosen.x().candidates());
            chosen = new Chosen(declared, chosen.removed(), declared.content().text());
            evidence.add("content from the page's JSON-LD articleBody: its HTML shows too little text");
        }
        Extraction x = chosen.x();
        List<Removal> removed = chosen.removed();
        if (!chosen.hasContent()) {
            throw new PithException(Reason.NO_CONTENT, page.source() + ": no content found");
        }
        Image image = x.leadImage() != null ? x.leadImage()
                : meta.image() != null ? new Image(meta.image(), null, null, null) : null;
        Map<String, String> sources = new HashMap<>(meta.sources());
        String title = meta.title();
        if (title == null && x.headline() != null) {
            title = x.headline();
            sources.put("title", "text");
        }
        String subtitle = meta.subtitle();
        if (x.standfirst() != null) {
            subtitle = x.standfirst();
            sources.put("subtitle", "text");
        }
        if (x.leadImage() != null) {
            sources.put("image", "html");
        }
        String description = meta.description();
        if (description == null) {
            description = firstParagraph(x.content());
            if (description != null) {
                sources.put("description", "text");
            }
        }
        String published = meta.published();
        if (published == null && meta.shownDate() != null
                && (decision.type() == PageTypes.Type.ARTICLE || decision.type() == PageTypes.Type.FORUM)) {
            published = meta.shownDate();
            sources.put("published", "text");
        }
        List<String> authors = meta.authors();
        if (authors.isEmpty() && decision.type() == PageTypes.Type.FORUM && !meta.poster().isEmpty()) {
            authors = meta.poster();
            sources.put("authors", "text");
        }
        if (!hasByline(decision.type())) {
            // On a shop's, a service's or a listing's page a name read from the page, and the first microdata author,
            // is an item's: a reviewer's, a client's in a testimonial, a teaser's ("Tom K.", "Lynn B.,
            // ResumeSpice client"), not the page's. What the page declares (JSON-LD, meta tags) stays.
            String authorsFrom = sources.get("authors");
            if ("text".equals(authorsFrom) || "microdata".equals(authorsFrom)) {
                authors = List.of();
                sources.remove("authors");
            }
            // So is a date read from the page's elements: the first item's, the first review's.
            String publishedFrom = sources.get("published");
            if ("microdata".equals(publishedFrom) || "html".equals(publishedFrom) || "text".equals(publishedFrom)) {
                published = null;
                sources.remove("published");
            }
        }
        Article.Fields fields = new Article.Fields(meta.url(), title, subtitle, authors, published,
                meta.modified(), meta.siteName(), meta.section(), meta.tags(), meta.lang(), meta.dir(),
                description, image, type, readerable(x.content(), type), evidence, features, sources);
        return new Article(page.source(), fields, x.content(), removed, x.candidates(), comments);
    }

    /**
     * True when the chosen content is too short to be the article while the page's structured data declares an
     * article body of full length (an app's shell: {@code <div id="root"></div>} and the story in JSON-LD).
     */
    private static boolean isShell(Chosen chosen, String articleBody) {
        return articleBody != null && chosen.text().strip().length() < Thresholds.MIN_ARTICLE_CHARS
                && articleBody.length() >= Thresholds.MIN_ARTICLE_CHARS
                && articleBody.length() > Thresholds.SHELL_BODY_FACTOR * chosen.text().strip().length();
    }

    /** Pages that have a writer: an article, a thread's first post, a documentation page. */
    private static boolean hasByline(PageTypes.Type type) {
        return type == PageTypes.Type.ARTICLE || type == PageTypes.Type.FORUM || type == PageTypes.Type.DOCUMENTATION;
    }

    /** Listings and shop categories: their links and cards are the content. */
    private static boolean isList(PageTypes.Type type) {
        return type == PageTypes.Type.LISTING || type == PageTypes.Type.COLLECTION;
    }

    /** Pages that are neither an article nor a thread: their content is a run of sections. */
    private static boolean isSections(PageTypes.Type type) {
        return type != PageTypes.Type.ARTICLE && type != PageTypes.Type.FORUM;
    }

    /** The blocks chosen as the content, and the removals cleaning made before the choice. */
    private record Chosen(Extraction x, List<Removal> removed, String text) {
        /**
         * True when the content has text or a picture (the lead picture too, taken out of the body); but not when
         * no block of the page scored as content and what is left is a few loose links (a header's logo and menu,
         * on a page saved before its scripts drew the thread). A list of links (a shop's categories) is content.
         */
        boolean hasContent() {
            if (x.candidates().isEmpty() && !text.isBlank() && text.length() < Thresholds.LINK_PARAGRAPH_MAX_CHARS
                    && x.content().selectFirst(Q_LI) == null && onlyLinks(x.content())) {
                return false;
            }
            return !text.isBlank() || x.leadImage() != null || x.content().selectFirst(Q_IMG) != null;
        }

        private static boolean onlyLinks(Element content) {
            int linked = 0;
            for (Element a : content.getElementsByTag("a")) {
                linked += a.text().length();
            }
            return linked >= content.text().replace(" ", "").length();
        }
    }

    /**
     * The page cleaned by the standard rules, and, made the first time it is asked for, a fresh parse cleaned
     * by the relaxed rules. Choosing content leaves both as they are, so each is cleaned once however many
     * times content is chosen from it.
     */
    private static final class Cleaned {
        private static final String THREAD_RULE = "comments.section";
        private final Page page;
        private final Options options;
        /** The page's title, which names its headline among its {@code <h1>}s for the guards; may be null. */
        private final String title;
        private final Document doc;
        private final List<Removal> removed;
        private Cleaned relaxed;
        /** True when the page was cleaned without {@link #THREAD_RULE}, its thread being in a "comments" block. */
        private final boolean threadKept;

        /**
         * The page cleaned by the standard rules. On a page that looks like a forum thread before cleaning, the
         * posts are the content, and some forums hold them in a block named "comments": when the rule that drops
         * reader comments took away more than it left, the page is cleaned again without it. (A question with
         * comments under its answers keeps that rule: there the comments are a small part of the page.)
         */
        static Cleaned of(Page page, Document doc, Options options, String title, boolean thread) {
            Cleaned standard = new Cleaned(page, doc, options, title, Cleaner.standard(options.disabledRules()), false);
            if (!thread || standard.removed.stream().noneMatch(r -> r.rule().equals(THREAD_RULE))) {
                return standard;
            }
            java.util.Set<String> disabled = new java.util.HashSet<>(options.disabledRules());
            disabled.add(THREAD_RULE);
            Cleaned kept = standard.reparsed(Cleaner.standard(disabled), true);
            return kept.doc.body().text().length() > Thresholds.THREAD_KEPT_FACTOR * standard.doc.body().text().length()
                    ? kept : standard;
        }

        private Cleaned(Page page, Document doc, Options options, String title, Cleaner cleaner, boolean threadKept) {
            this.page = page;
            this.options = options;
            this.title = title;
            this.doc = doc;
            this.removed = cleaner.clean(doc.body(), title);
            this.threadKept = threadKept;
        }

        Cleaned relaxed() {
            if (relaxed == null) {
                relaxed = reparsed(Cleaner.relaxed(options.disabledRules()), false);
            }
            return relaxed;
        }

        /** The same page parsed afresh (cleaning works in place) and cleaned by {@code cleaner}. */
        private Cleaned reparsed(Cleaner cleaner, boolean withThreadKept) {
            return new Cleaned(page, HtmlParser.parse(page.content(), doc.baseUri()), options, title, cleaner,
                    withThreadKept);
        }
    }

    /**
     * Chooses the content of the cleaned page; when too little is left, chooses again from the page cleaned
     * by the relaxed rules and keeps whichever choice holds more text.
     */
    private static Chosen choose(Cleaned cleaned, Hints hints, Options options) {
        Focus focus = options.focus();
        Extraction x = new ContentExtractor(focus).extract(cleaned.doc, hints);
        String text = x.content().text();
        int retryBelow = focus == Focus.RECALL ? 2 * Thresholds.MIN_ARTICLE_CHARS : Thresholds.MIN_ARTICLE_CHARS;
        if (focus != Focus.PRECISION && text.length() < retryBelow) {
            Cleaned relaxed = cleaned.relaxed();
            Extraction retry = new ContentExtractor(focus).extract(relaxed.doc, hints);
            String retryText = retry.content().text();
            if (retryText.length() > text.length()) {
                return new Chosen(retry, relaxed.removed, retryText);
            }
        }
        return new Chosen(x, cleaned.removed, text);
    }

    /**
     * How much the page reads as prose, 0 to 1: the characters in paragraphs of prose against
     * {@link Thresholds#READERABLE_FULL_CHARS}, halved for page types that are not prose by nature.
     */
    private static double readerable(Element content, String type) {
        int prose = proseChars(content, Thresholds.READERABLE_MIN_CHARS);
        double r = Math.min(1.0, (double) prose / Thresholds.READERABLE_FULL_CHARS);
        boolean prosey = type.equals("article") || type.equals("forum") || type.equals("documentation");
        return Math.round((prosey ? r : r / 2) * 100) / 100.0;
    }

    /**
     * Characters in paragraphs at least {@code min} long; a Chinese, Japanese or Korean character counts as
     * three, about what it says in an alphabetic script.
     */
    private static int proseChars(Element content, int min) {
        int total = 0;
        for (org.jsoup.nodes.Element p : content.getElementsByTag("p")) {
            String t = p.text();
            int len = t.length();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                // CJK radicals to Hangul syllables: Han, kana and Hangul carry about three letters each.
                if (c >= 0x2E80 && c <= 0xD7AF) {
                    len += 2;
                }
            }
            if (len >= min) {
                total += len;
            }
        }
        return total;
    }

    /** The first paragraph of prose in the body, the page's own summary when it declares none. */
    private static String firstParagraph(org.jsoup.nodes.Element content) {
        for (org.jsoup.nodes.Element p : content.getElementsByTag("p")) {
            String t = p.text().strip();
            if (t.length() >= Thresholds.GUARD_PROSE_CHARS) {
                return t;
            }
        }
        return null;
    }

    private static Article fromText(Page page, Options options) throws PithException {
        TextDumpExtractor.TextExtraction x = new TextDumpExtractor(Cleaner.standard(options.disabledRules()))
                .extract(page.content());
        if (x.content().text().isBlank()) {
            throw new PithException(Reason.NO_CONTENT, page.source() + ": no content found");
        }
        Map<String, String> sources = new HashMap<>();
        for (String f : new String[] {"title", "subtitle", "section", "image"}) {
            sources.put(f, "text");
        }
        if (x.title() == null) {
            sources.remove("title");
        }
        if (x.subtitle() == null) {
            sources.remove("subtitle");
        }
        if (x.section() == null) {
            sources.remove("section");
        }
        if (x.leadImage() == null) {
            sources.remove("image");
        }
        Article.Fields fields = new Article.Fields(options.url(), x.title(), x.subtitle(), List.of(), null, null,
                null, x.section(), List.of(), null, null, null, x.leadImage(), "article",
                readerable(x.content(), "article"), List.of("article (text dumps are read as articles)"), Map.of(), sources);
        return new Article(page.source(), fields, x.content(), x.removed(), List.of());
    }
}
