package dev.pith.clean;

import java.util.List;

/** Icons: inline SVG (whose title and desc leak as "Created with Sketch."), icon fonts and their labels, avatars. */
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
            Rule.of("icon.avatar", "A member's avatar is a picture of who wrote, beside every post or comment, not of what"
                    + " they wrote.")
                    // Known by its class or by where avatars are kept ("/avatars/", "user_avatar", Gravatar); a film
                    // poster named "avatar-poster.jpg" is neither.
                    .html(Match.and(Match.tags("img"), Match.or(Match.classWords("avatar", "avatars", "gravatar"),
                            Match.css("[src*=/avatars/], [src*=/avatar/], [src*=avatar_], [src*=_avatar], [src*=gravatar.com],"
                                    + " [data-src*=/avatars/], [data-src*=/avatar/], [data-src*=_avatar], [data-src*=avatar_]"))))
                    .guards(Guard.HEADLINE_AND_FIGURES),
            Rule.of("icon.small-picture", "A picture the page draws at most 64 pixels each way is an icon, an avatar or a"
                    + " badge beside the text, not a figure of it.")
                    // Both sizes declared and small: a figure's picture declares its own size or none. Not in a table's
                    // cell, where a tick or a cross is the cell's value.
                    .html(Match.and(Match.css("img[width~=^\\s*([1-5]?[0-9]|6[0-4])(px)?\\s*$]"
                                    + "[height~=^\\s*([1-5]?[0-9]|6[0-4])(px)?\\s*$]"),
                            Match.not(Match.css("td img, th img"))))
                    .guards(Guard.HEADLINE_AND_FIGURES),
            Rule.of("icon.titles", "Icon titles run together when a page is flattened (\"ArrowArtboardCreated with Sketch.\").")
                    .text("(?i)created with (sketch|figma|inkscape|adobe illustrator)"
                            + "|(?:Icon|Chevron|Arrow|Artboard)(?:[^\\n]{0,40}?(?:Icon|Chevron|Arrow|Artboard)){2}", 400)
                    .triggers("created with", "icon", "chevron", "arrow", "artboard")
                    .unguarded());
}
