package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTAINER;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/**
 * Reader comments under an article. Guarded only by the headline: a comment thread has long paragraphs,
 * so the prose guard would keep it.
 */
public final class CommentRules {
    private CommentRules() {
    }

    /**
     * A block of customer reviews: class or id word "reviews" ("product-reviews", "ratingsAndReviews"). The
     * cleaner removes it; {@link dev.pith.extract.CommentExtractor} reads its reviews as comments.
     */
    public static final Match REVIEWS_BLOCK = Match.classWords("reviews", "customerreviews");

    /**
     * A comment thread's heading: "42 Comments", "Leave a reply", "12 Kommentare", "Коментари"; the heading
     * alone, in a text rule, and the block it opens, in {@code comments.section}.
     */
    private static final String HEADING = "(?i)^\\W*(((all|top|latest|newest|recent|best|popular|featured) )?(\\d+ )?(comments?|responses?|replies)( \\(\\d+\\))?( to\\b.{0,120})?|leave a (reply|comment)"
            + "|(post|add|write) a comment|(leave|write) a review|join the (discussion|conversation)|(show|view|load|see) (all )?comments"
            + "|top rated comments|blog comments powered by \\w+|comments are closed\\.?|post comment"
            // "Visitor Opinions (latest shown first)", "Add your opinion on this article".
            + "|(readers?'?|visitors?'?|users?'?) (opinions|comments|views|reactions)( \\(latest shown first\\))?"
            + "|(add|post|share|give) your (opinion|comment|view)s?( on this (article|story|post))?"
            + "|((this )?(article|post|page|topic|entry) is )?closed (for|to) (new )?comments\\.?"
            + "|tell us what you think\\b.{0,20}|(please )?enable javascript to (view|see|load|read) the comments\\b.{0,60}"
            // The same in other languages: "12 Kommentare", "Laisser un commentaire", "Комментарии (3)".
            + "|(\\d+ )?(kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze"
            + "|[кК]омментари[ийя]|[кК]оментари|[кК]оментар[іи]|komentáře|kommentarer|yorumlar|コメント|评论|評論)( \\(\\d+\\))?"
            + "|(laisser|laissez|écrire) un commentaire|(deja|dejar|escribe) (un|tu) comentario"
            + "|(deixe|deixar|escreva) (um|seu) comentário|lascia un commento|(schreibe|hinterlasse|schreiben sie)"
            + " einen kommentar|kommentar schreiben|([оО]ставить|[дД]обавить|[оО]ставьте) комментарий)\\W*$";

    private static final java.util.regex.Pattern HEADING_PATTERN = java.util.regex.Pattern.compile("(?U)" + HEADING);

    static final List<Rule> RULES = List.of(
            Rule.of("comments.section", "Reader comments are not the article.")
                    .html(Match.or(Match.classWords("comments", "commentlist", "disqus", "respond", "comentarios",
                                    "kommentare", "commentaires"),
                            Match.classContains("disqus", "comment-list", "comments-", "-comments", "comment-form",
                                    "comment-respond", "commentform"),
                            // The comment services sites embed, by the names their widgets carry.
                            Match.classContains("livefyre", "fyre-comment", "coral_thread", "coral-talk", "vuukle",
                                    "hyvor-talk", "giscus", "utterances", "remark42", "isso-thread", "intensedebate",
                                    "idc-container", "viafoura", "talkyard", "commento"),
                            // However it is marked up, a block that opens with "Comments", or comes right after that
                            // heading, holds them.
                            Match.and(Match.tags("div", "section", "aside"), Match.opensWithHeading(HEADING_PATTERN)),
                            Match.and(Match.tags("ol", "ul", "div", "section"), Match.followsHeading(HEADING_PATTERN, true))))
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("comments.reviews", "Customer reviews are readers' comments on a product or a place, not its description.")
                    .html(REVIEWS_BLOCK)
                    .guards(HEADLINE_AND_FIGURES, CONTAINER),
            Rule.of("comments.heading", "Headings such as \"42 Comments\" or \"Leave a reply\" open the comment thread.")
                    .text(HEADING, 160)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("comments.byline", "\"Name on 12 May 2018 at 4:47 pm said:\" or \"username says:\" opens a reader's comment.")
                    .text("(?i)^(.{1,80}\\b(on|at|-|—|·)\\s.{0,40}(\\d{4}|\\d{1,2}:\\d{2}\\s*([ap]\\.?m\\.?)?)\\W{0,3}"
                            + "(said|says|wrote|writes|replied)\\s*:?|\\S+(\\s\\S+){0,3}\\s(says|wrote)\\s*:)\\s*$", 160)
                    .triggers("said", "says", "wrote", "writes", "replied")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("comments.notes", "A blog's notes under a post (\"ann reblogged this from bo and added: …\", \"ann liked"
                    + " this\", \"214 notes\") say who shared or liked it, and what readers added; they are not the post.")
                    .text("(?i)^\\W*(\\S{1,40} (reblogged this from \\S{1,40}( and added:.{0,300})?|liked this|posted this)"
                            + "|\\d[\\d,.]*k? notes|(show|load|view|see) more notes)\\W*$", 400)
                    .triggers("reblogged", "liked this", "posted this", "notes")
                    .guards(HEADLINE_AND_FIGURES));
}
