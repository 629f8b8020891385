package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Related, recommended, trending and "read more" lists. */
final class RelatedRules {
    private RelatedRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("related.links", "Lists of other articles (related, recommended, most read) lead away from this one.")
                    .html(Match.or(Match.classWords("related", "recommended", "recommendations", "recirculation",
                                    "recirc", "trending", "popular", "mostread", "mostpopular", "morestories",
                                    "upnext", "youmaylike", "relatedposts", "related-posts"),
                            Match.classContains("related-", "-related", "more-stories", "most-read", "most-popular",
                                    "read-next", "readnext", "you-may-like", "also-read", "more-from")))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("related.heading", "Headings such as \"Related articles\" or \"Read more\" introduce link lists.")
                    .text("(?i)^\\W*(related( articles| stories| posts| content| coverage| reading| topics)?"
                            + "|read (more|next|also)|more (from|on|in|about)\\b.{0,40}|more (stories|news|articles)"
                            + "|you (may|might) (also )?(like|be interested in|enjoy)|recommended( for you| reading)?"
                            + "|most (read|popular|viewed|shared)|trending( now| stories)?|what to read next"
                            + "|don'?t miss|popular (now|posts|stories)|see also|also read|editor'?s picks|top stories"
                            + "|read these next|latest (headlines|news|stories|posts|articles)|related coverage( from .{0,40})?"
                            + "|mehr( zum thema)?|(à )?lire aussi|leia (também|mais)|lee también|leggi anche|ver también"
                            + "|lees ook|meer (nieuws|artikelen))\\W*$", 80)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("related.pointer", "A line such as \"READ MORE: Other headline\" inside the body points to another article.")
                    .text("(?i)^\\W*(read more|see more|read also|also read|related|related (article|story|coverage)"
                            + "|more|also on \\S+|recommended|don'?t miss|click here for more|also see|see also)"
                            + "\\s*[:|–—]\\s*\\S.*$", 200)
                    .guards(HEADLINE_AND_FIGURES));
}
