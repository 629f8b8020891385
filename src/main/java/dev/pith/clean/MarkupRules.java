package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Markup that never renders as text a reader wants: scripts, styles, embeds and form controls. */
final class MarkupRules {
    private MarkupRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("markup.script", "Scripts, styles and templates are code, not text a reader sees.")
                    .html(Match.tags("script", "style", "template", "link", "meta", "base"))
                    .unguarded(),
            Rule.of("markup.noscript", "Fallbacks for browsers without scripts are usually notices and pixels; one that holds the page's prose is kept.")
                    .html(Match.tags("noscript"))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("markup.embed", "Embedded frames, plug-ins, canvases and players carry no article text of their own (the text"
                    + " inside a <video> is shown only by browsers that cannot play it).")
                    .html(Match.tags("iframe", "frame", "frameset", "object", "embed", "canvas", "applet", "video", "audio"))
                    .unguarded(),
            Rule.of("markup.control", "Buttons, inputs and menus are controls, not content; but the question on a button that"
                    + " opens its answer (an FAQ's accordion) is the answer's heading.")
                    .html(Match.and(Match.tags("button", "input", "select", "textarea", "option", "datalist", "dialog"),
                            Match.not(Match.css("button[aria-expanded]:matches(\\?\\s*$), button[aria-controls]:matches(\\?\\s*$)"))))
                    .unguarded(),
            Rule.of("markup.form", "A form asks the reader for input (search, login, sign-up); it is not the article.")
                    .html(Match.tags("form"))
                    .guards(HEADLINE_AND_FIGURES, CONTENT));
}
