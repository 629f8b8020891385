package dev.pith;

/**
 * A page that pith could not turn into an article, with a reason a user can act on.
 *
 * <p>The message is one line meant for stderr, e.g. {@code "page.png: not a web page (PNG image)"}.
 * The {@link Reason} lets callers tell a read error from a page that simply has no content.
 */
public final class PithException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a page yielded no article. */
    public enum Reason {
        /** The input could not be read (missing, unreadable, corrupt gzip). */
        READ_ERROR,
        /** The input is binary or otherwise not a web page or text. */
        NOT_A_PAGE,
        /** The input is larger than the configured byte limit. */
        TOO_LARGE,
        /** The page was read but holds no readable text. */
        NO_CONTENT,
        /** The page has content but is not an article (only with articles-only). */
        NOT_AN_ARTICLE
    }

    private final Reason reason;

    public PithException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PithException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
