package dev.pith.clean;

import java.util.List;

/** Icons: inline SVG (whose title and desc leak as "Created with Sketch."), icon fonts and their labels. */
final class IconRules {
    private IconRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("icon.svg", "Inline SVG is a drawing; its <title> and <desc> are tool names and icon labels, not prose.")
                    .html(Match.tags("svg"))
                    .unguarded(),
            Rule.of("icon.font", "Icon-font glyphs (<i class=\"fa fa-x\">) render as pictures; their text is a ligature name.")
                    .html(Match.and(Match.tags("i", "span"),
                            Match.classContains("icon", "fa-", "glyphicon", "material-symbols", "material-icons"),
                            Match.shortText(30)))
                    .unguarded(),
            Rule.of("icon.titles", "Icon titles run together when a page is flattened (\"ArrowArtboardCreated with Sketch.\").")
                    .text("(?i)created with (sketch|figma|inkscape|adobe illustrator)"
                            + "|(?:Icon|Chevron|Arrow|Artboard)(?:[^\\n]{0,40}?(?:Icon|Chevron|Arrow|Artboard)){2}", 400)
                    .triggers("created with", "icon", "chevron", "arrow", "artboard")
                    .unguarded());
}
