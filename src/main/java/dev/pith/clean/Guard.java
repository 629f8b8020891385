package dev.pith.clean;

/**
 * What keeps a rule from deleting the article. A rule lists the guards that apply to it; the
 * {@link Cleaner} checks them before every removal.
 */
public enum Guard {
    /**
     * Never remove the headline (any {@code h1}), an article's {@code header}, a figure (one that shows
     * something: a picture, video, table, code or quote) or picture inside an article or main element, or a formula
     * ({@code math}), nor anything that contains one of them.
     */
    HEADLINE_AND_FIGURES,
    /**
     * Never remove a block that holds the article: one containing {@code article}, {@code main} or
     * {@code itemprop=articleBody}, or holding several paragraphs of prose (see
     * {@link dev.pith.Thresholds#GUARD_PROSE_PARAGRAPHS}); nor, as {@link #SENTENCE}, part of a sentence.
     */
    CONTENT,
    /**
     * Never remove a block that holds the article's container ({@code main}, {@code [role=main]},
     * {@code itemprop=articleBody}, or one of at most two {@code article}s): the part of {@link #CONTENT} for
     * landmarks that are never content themselves, however much prose a mega-menu's promotions hold.
     */
    CONTAINER,
    /**
     * Never remove an inline element inside a sentence, a paragraph with prose around it
     * ({@code <p>… <a class="popup">a gloss</a> …</p>}): for rules that judge blocks by their class whatever
     * their length.
     */
    SENTENCE,
    /**
     * Never remove a definition list's term ({@code <dt>See Also:</dt>}): it labels the definition after it, which
     * stays, as Javadoc's list of links under "See Also:" does; for rules that judge a heading's words.
     */
    LABEL
}
