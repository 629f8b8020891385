package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Elements the page itself hides: a reader never sees them, so neither should the output. */
final class HiddenRules {
    private HiddenRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("hidden.attribute", "Elements marked hidden or aria-hidden are not shown to readers.")
                    .html(Match.css("[hidden], [aria-hidden=true]"))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("hidden.style", "Inline display:none or visibility:hidden hides the block (often paywall templates).")
                    .html(Match.css("[style~=(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)]"))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("hidden.class", "Utility classes such as sr-only and hidden keep text off the screen.")
                    .html(Match.classNames("hidden", "hide", "is-hidden", "u-hidden", "d-none", "sr-only",
                            "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
                            "offscreen", "element-invisible", "a11y-hidden"))
                    .guards(HEADLINE_AND_FIGURES, CONTENT));
}
