package dev.pith.clean;

import org.jsoup.nodes.Element;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Elements the page itself hides: a reader never sees them, so neither should the output. */
final class HiddenRules {
    private HiddenRules() {
    }

    /**
     * A tab's panel is hidden only until its tab is clicked: a product's specs, a doc's install command for each
     * shell, a service's offers one per tab. What it holds is the page's, and no hiding rule removes it (rules
     * for what it is, a menu or a dialog, still do).
     */
    private static final Match TAB_PANEL = Match.or(Match.roles("tabpanel"),
            Match.classNames("tab-pane", "tab-panel", "tabpanel", "tab__content", "tab__pane", "tabs-panel", "tabs__panel"));

    /**
     * What the reader can open on the page itself: a tab's panel, an accordion's or a collapsible block's panel,
     * an FAQ's answer, a section folded with {@code hidden="until-found"} (which a browser's find-in-page opens).
     * The page's own text, hidden only until clicked.
     */
    private static final Match REVEALABLE = Match.or(TAB_PANEL,
            Match.css("[hidden=until-found], [role=region][aria-labelledby]"),
            Match.classWords("accordion", "collapsible", "faq", "answer"));

    /** Class names that keep text for screen readers only, off the screen. */
    private static final String[] SCREEN_READER_ONLY = {"sr-only", "visually-hidden", "visuallyhidden",
        "screen-reader-text", "screen-reader-only", "offscreen", "off-screen", "element-invisible", "a11y-hidden",
        "elementor-screen-only"};

    /** True when {@code e} carries one of the {@link #SCREEN_READER_ONLY} class names. */
    static boolean isScreenReaderOnly(Element e) {
        // The class attribute as written, no set of names built: this is asked of most inline elements' neighbours.
        String cls = e.attr("class");
        // Every such name holds one of these (in lower or upper case): most class attributes hold none.
        if (cls.indexOf("nly") < 0 && cls.indexOf("idden") < 0 && cls.indexOf("creen") < 0 && cls.indexOf("nvisible") < 0
                && cls.indexOf("NLY") < 0 && cls.indexOf("IDDEN") < 0 && cls.indexOf("CREEN") < 0 && cls.indexOf("NVISIBLE") < 0) {
            return false;
        }
        for (String name : SCREEN_READER_ONLY) {
            if (ClassAttr.holds(cls, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The visible half of a pair whose other half is for screen readers only: a shop's sale price
     * {@code <del aria-hidden="true">$14.00</del><span class="sr-only">Original price was: $14.00.</span>}. The
     * screen reader's words go with {@code hidden.class}; these are what the reader sees, so they stay.
     */
    private static final Match SCREEN_READER_TWIN = Match.and(Match.besideClassName(SCREEN_READER_ONLY),
            Match.withWords());

    static final List<Rule> RULES = List.of(
            Rule.of("hidden.attribute", "Elements with the hidden attribute are not shown to readers, whatever they hold;"
                    + " what the reader can open (a tab's panel, an accordion's, an FAQ's answer) is the exception.")
                    .html(Match.and(Match.css("[hidden]"), Match.not(REVEALABLE)))
                    .unguarded(),
            Rule.of("hidden.style", "Inline display:none or visibility:hidden hides the block (paywall templates, metadata copies);"
                    + " what the reader can open (a tab's panel, an accordion's, an FAQ's answer) is the exception.")
                    .html(Match.and(Match.css("[style~=(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)]"),
                            Match.not(REVEALABLE)))
                    .unguarded(),
            Rule.of("hidden.aria", "aria-hidden blocks are decoration that assistive technology skips; guarded, since some sites"
                    + " mark visible text so; never what the reader can open (a folded accordion's panel), nor the visible half"
                    + " of a pair whose other half is for screen readers (a sale's old and new prices).")
                    .html(Match.and(Match.css("[aria-hidden=true]"), Match.not(REVEALABLE), Match.not(SCREEN_READER_TWIN)))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("hidden.class", "Utility classes such as sr-only and hidden keep text off the screen (but for what the reader can"
                    + " open, and a table cell's only words, which say what its icon means).")
                    // The cheap test first: most elements have none of these class names.
                    .html(Match.and(Match.or(Match.classNames("hidden", "hide", "is-hidden", "u-hidden", "d-none"),
                            Match.classNames(SCREEN_READER_ONLY)),
                            // "hidden lg:block", "d-none d-md-flex": hidden on a phone, shown on the screen a saved
                            // page was read on.
                            Match.not(Match.css("[class~=(^|\\s)((sm|md|lg|xl|2xl):(block|flex|grid|inline|inline-block"
                                    + "|inline-flex|table|contents)|d-(sm|md|lg|xl|xxl)-(block|flex|grid|inline|inline-block"
                                    + "|inline-flex|table))(\\s|$)]")),
                            Match.not(REVEALABLE),
                            // A comparison table's tick says "Yes" to screen readers only: without it the cell is empty.
                            Match.not(Match.soleTextOf("td", "th"))))
                    .guards(HEADLINE_AND_FIGURES, CONTENT));
}
