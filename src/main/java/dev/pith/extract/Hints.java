package dev.pith.extract;

/**
 * What the page's metadata already says about the article, to help find it in the DOM. The texts may be null.
 *
 * @param title       the headline from structured data or the document title
 * @param articleBody the article text from JSON-LD {@code articleBody}, when the page has one
 * @param spread      true when the content may be spread over many blocks (cards, sections, posts); false
 *                    when the page declares itself an article, whose other blocks are then asides
 * @param linksAreContent true on listings and shop categories (link lists, front pages of link aggregators, grids
 *                    of items): their links and cards are what the page is for, so they are not pruned as
 *                    navigation and a grid of item cards joins the content
 * @param sections    true on pages that are not an article or a thread (service, product and documentation
 *                    pages, listings): their content is a run of sections, and the chosen block grows into the
 *                    ones around it that are prose or specifications too (see {@link ContentExtractor#growThroughProse})
 * @param thread      true on a forum thread: every post is content, the one-line reply as much as the long
 *                    question, so posts like the chosen one join it whatever their length
 * @param authors     the writers' names the metadata gives (never null, maybe empty): a line of just a name at the
 *                    top of the article is its byline
 */
public record Hints(String title, String articleBody, boolean spread, boolean linksAreContent, boolean sections,
                    boolean thread, java.util.List<String> authors) {
    /** No hints. */
    public static final Hints NONE = new Hints(null, null, false, false);

    public Hints {
        authors = authors == null ? java.util.List.of() : java.util.List.copyOf(authors);
    }

    /** Hints without the writers' names. */
    public Hints(String title, String articleBody, boolean spread, boolean linksAreContent, boolean sections,
                 boolean thread) {
        this(title, articleBody, spread, linksAreContent, sections, thread, java.util.List.of());
    }

    /** Hints for a page that is not a forum thread. */
    public Hints(String title, String articleBody, boolean spread, boolean linksAreContent, boolean sections) {
        this(title, articleBody, spread, linksAreContent, sections, false);
    }

    /** Hints for a page that is or may be an article. */
    public Hints(String title, String articleBody, boolean spread, boolean linksAreContent) {
        this(title, articleBody, spread, linksAreContent, false);
    }

    /** Hints for an article page. */
    public Hints(String title, String articleBody) {
        this(title, articleBody, false, false);
    }
}
