package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Markup that never renders as text a reader wants: scripts, styles, embeds and form controls. */
final class MarkupRules {
    private MarkupRules() {
    }

    /**
     * The button that opens an accordion's panel: one asking a question, or a title of a few words inside a heading
     * (the ARIA pattern, {@code <h3><button aria-expanded>Shipping and returns</button></h3>}) or inside a block
     * named accordion. A menu's toggle ("Menu", aria-expanded) is none of these.
     */
    private static final Match ACCORDION_BUTTON = Match.or(
            Match.css("button[aria-expanded]:matches(\\?\\s*$), button[aria-controls]:matches(\\?\\s*$)"),
            // A title of three words or more: one-word buttons ("Overview", "Syllabus") are the tabs of a page.
            Match.css("h2 > button:matches(\\S+\\s+\\S+\\s+\\S), h3 > button:matches(\\S+\\s+\\S+\\s+\\S),"
                    + " h4 > button:matches(\\S+\\s+\\S+\\s+\\S), [class*=accordion] button[aria-expanded]:matches(\\S+\\s+\\S+\\s+\\S)"));

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
            Rule.of("markup.player", "A media player's controls, menus and settings (\"Play\", \"Current Time 0:00\","
                    + " \"Captions settings\") work the player; none of it is the page's text.")
                    // The class names the common players give their shell or control bar: video.js (Brightcove),
                    // JW Player, Plyr, MediaElement, YouTube. A caption sits outside them, beside the player.
                    .html(Match.classNames("video-js", "vjs-control-bar", "vjs-text-track-settings", "jw-controls",
                            "jw-controlbar", "plyr__controls", "mejs-controls", "mejs__controls", "ytp-chrome-bottom"))
                    // An unknown player's control bar read out: two or more of its readouts and buttons.
                    .text("(?i)^\\W*((play( video)?|pause|(un)?mute|(exit )?full ?screen|current time( \\d+:\\d\\d)?"
                            + "|duration( time)?( \\d+:\\d\\d)?|remaining time( -?\\d+:\\d\\d)?|loaded: \\d+(\\.\\d+)?%"
                            + "|progress: \\d+(\\.\\d+)?%|stream type ?live|live|playback rate( \\d(\\.\\d+)?x)?"
                            + "|captions( off)?|chapters|descriptions( off)?|audio track|picture-in-picture"
                            + "|seek to live, currently (behind|playing) live|\\d+(:\\d\\d)+|-?:--(:--)*)\\W*){2,}$"
                            // Or its big button alone: "Play Video".
                            + "|^\\W*play (the )?video\\W*$", 200)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("markup.video-transcript", "A video's transcript printed beside a story (\"Video Transcript: Automatically"
                    + " Generated Transcript (may not be 100% accurate) 00:01 …\") is the video's words, not the article's.")
                    // Only a video's: a podcast page's "transcript" may be all the page says.
                    .html(Match.classContains("video-transcript", "videotranscript", "video-full-transcript"))
                    .text("(?i)^\\W*(video transcript\\W*)?automatically generated transcript\\W*(may not be 100% accurate\\W*)?$", 100)
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("markup.control", "Buttons, inputs and menus are controls, not content, and so are the labels of the"
                    + " fields (\"Quantity\", \"Color\"); but the button that opens a panel of an accordion (an FAQ's"
                    + " question, a section's title) is the panel's heading.")
                    .html(Match.or(Match.and(Match.tags("button", "input", "select", "textarea", "option", "datalist",
                                    "dialog"), Match.not(ACCORDION_BUTTON)), Match.fieldLabel()))
                    .unguarded(),
            Rule.of("markup.short-variant", "A label's short version printed beside its long one for narrow screens (\"1 yr\""
                    + " beside \"April 2, 2024\") says the same thing twice.")
                    .html(Match.shortVariant())
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("markup.form", "A form asks the reader for input (search, login, sign-up); it is not the article."
                    + " One with nothing to fill in or press that holds paragraphs is a wrapper (a thread's posts, each in"
                    + " its own form).")
                    .html(Match.and(Match.tags("form"), Match.or(
                            Match.css(":has(input:not([type=hidden]), select, textarea, button)"),
                            Match.not(Match.css(":has(p)")))))
                    .guards(HEADLINE_AND_FIGURES, CONTENT));
}
