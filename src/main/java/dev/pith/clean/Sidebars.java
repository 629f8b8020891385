package dev.pith.clean;

/**
 * What marks a block as a sidebar: its role or the words of its class and id. Read alike by the
 * {@code nav.sidebar} rule, which removes such blocks unless they hold prose, and by the extractor, which does not
 * grow the article into a parent that holds one beside it.
 *
 * <pre>{@code
 * Sidebars.MARKED.matches(element);   // <div id="sidebar">, <div class="rail-right">, <div role="complementary">
 * }</pre>
 */
public final class Sidebars {
    private Sidebars() {
    }

    /** A "sidebar", "rail" or "aside" class or id word, or {@code role=complementary}. */
    public static final Match MARKED = Match.or(Match.classWords("sidebar", "sidebars", "rail", "sidenav", "aside"),
            Match.roles("complementary"));
}
