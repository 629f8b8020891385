package dev.pith.extract;

/**
 * What the page's metadata already says about the article, to help find it in the DOM. Either may be null.
 *
 * @param title       the headline from structured data or the document title
 * @param articleBody the article text from JSON-LD {@code articleBody}, when the page has one
 * @param spread      true when the content may be spread over many blocks (cards, sections, posts); false
 *                    when the page declares itself an article, whose other blocks are then asides
 */
public record Hints(String title, String articleBody, boolean spread) {
    /** No hints. */
    public static final Hints NONE = new Hints(null, null, false);

    /** Hints for an article page. */
    public Hints(String title, String articleBody) {
        this(title, articleBody, false);
    }
}
