package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Elements the page itself hides: a reader never sees them, so neither should the output. */
final class HiddenRules {
    private HiddenRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("hidden.attribute", "Elements with the hidden attribute are not shown to readers, whatever they hold.")
                    .html(Match.css("[hidden]"))
                    .unguarded(),
            Rule.of("hidden.style", "Inline display:none or visibility:hidden hides the block (paywall templates, metadata copies).")
                    .html(Match.css("[style~=(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)]"))
                    .unguarded(),
            Rule.of("hidden.aria", "aria-hidden blocks are decoration that assistive technology skips; guarded, since some sites mark visible text so.")
                    .html(Match.css("[aria-hidden=true]"))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("hidden.class", "Utility classes such as sr-only and hidden keep text off the screen.")
                    .html(Match.and(Match.classNames("hidden", "hide", "is-hidden", "u-hidden", "d-none", "sr-only",
                            "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
                            "offscreen", "off-screen", "element-invisible", "a11y-hidden"),
                            // "hidden lg:block", "d-none d-md-flex": hidden on a phone, shown on the screen a saved
                            // page was read on.
                            Match.not(Match.css("[class~=(^|\\s)((sm|md|lg|xl|2xl):(block|flex|grid|inline|inline-block"
                                    + "|inline-flex|table|contents)|d-(sm|md|lg|xl|xxl)-(block|flex|grid|inline|inline-block"
                                    + "|inline-flex|table))(\\s|$)]"))))
                    .guards(HEADLINE_AND_FIGURES, CONTENT));
}
