package dev.pith.extract;

/**
 * What the page's metadata already says about the article, to help find it in the DOM. Either may be null.
 *
 * @param title       the headline from structured data or the document title
 * @param articleBody the article text from JSON-LD {@code articleBody}, when the page has one
 */
public record Hints(String title, String articleBody) {
    /** No hints. */
    public static final Hints NONE = new Hints(null, null);
}
