package dev.pith.extract;

import java.util.Locale;

/**
 * What to favour when a block may or may not be part of the main content.
 *
 * <ul>
 *   <li>{@link #PRECISION}: only what is surely content. Figures inside the body (images and their captions)
 *       are left out, the chosen block is never widened to blocks beside it, and no relaxed retry is made.</li>
 *   <li>{@link #BALANCED} (the default): what a reader of the page would call its content.</li>
 *   <li>{@link #RECALL}: whatever may be content. The chosen block is widened whenever it holds less than
 *       half of the page's paragraphs (even on pages that declare one article), weaker siblings join it, and
 *       a relaxed retry is made whenever little text was found.</li>
 * </ul>
 *
 * <pre>{@code
 * Options o = Options.defaults().withFocus(Focus.PRECISION);
 * }</pre>
 */
public enum Focus {
    PRECISION, BALANCED, RECALL;

    /** The focus named {@code name} (any case): precision, balanced or recall. */
    public static Focus parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown focus '" + name + "' (expected precision, balanced or recall)");
        }
    }

    /** The lower-case name used on the command line and in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
