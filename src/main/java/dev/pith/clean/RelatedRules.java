package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;
import static dev.pith.clean.Guard.LABEL;

/** Related, recommended, trending and "read more" lists. */
final class RelatedRules {
    private RelatedRules() {
    }

    /**
     * "You may also like" in other languages: a heading over teasers, or the label of a line pointing to one article
     * ("Te puede interesar: …").
     */
    private static final String MAY_INTEREST = "você (também )?pode gostar( também)?|(también )?te (puede|podría) interesar"
            + "|vous aimerez (peut-être )?aussi|das könnte (sie|dich) auch interessieren|(ti )?potrebbe (anche )?interessarti";

    /**
     * Headings that offer other articles as being like this one, in the languages pith has met. Headings of a
     * home page's own lists ("Top stories", "Most read", "Latest news") are not among them.
     */
    private static final String ABOUT_THIS_ARTICLE = "related (articles|stories|posts|content|coverage|reading|topics)"
            + "|related coverage from .{0,40}|what to read next"
            // "Like this topic? You may also like these photo galleries:"
            + "|(like this (topic|story|article|post)\\W+)?you (may|might) (also )?(like|be interested in|enjoy)"
            + "( these( photo)? (galleries|stories|articles|posts|videos))?"
            + "|read these next|more (stories|news|articles) like this|more great( \\S+)? (stories|reads|articles|posts)"
            + "|(most )?(popular|read|viewed|shared) (posts|stories|articles)( (in|on) this (topic|thread|site))?"
            // A shop's offers of other products beside the one on the page.
            + "|(products|items) related to this (item|product)|related (products|items)|similar (products|items)"
            + "|(customers|people|shoppers) (who (viewed|bought) this (item|product) )?also (viewed|bought|liked)"
            + "|compare with similar items|you may also need"
            + "|" + MAY_INTEREST + "|(artigos|notícias|posts|matérias) relacionad[oa]s|veja também"
            + "|(artículos|noticias) relacionad[oa]s|articles similaires|sur le même sujet|ähnliche artikel"
            + "|articoli correlati|gerelateerde artikelen"
            + "|похожие (статьи|новости|публикации|материалы)|материалы по теме|podobne artykuły|powiązane artykuły";

    private static final java.util.regex.Pattern ABOUT_THIS_ARTICLE_HEADING = java.util.regex.Pattern.compile(
            "(?iuU)^\\W*(" + ABOUT_THIS_ARTICLE + ")\\W*$");

    /**
     * "Read also" and "see also" in the languages pith has met, as the label of a line that points to another
     * article: "Читайте также: …", "Lesen Sie auch: …", "À lire aussi : …", "Czytaj także: …".
     */
    private static final String READ_ALSO = "читайте (также|тоже|ещё)|смотрите также|см\\. также|по теме"
            + "|lesen sie (auch|mehr)|auch interessant|mehr zum thema|(à )?lire (aussi|également)|voir aussi"
            + "|lee también|ver también|leia (também|mais)|veja (também|mais)|leggi (anche|pure)|lees ook"
            + "|czytaj (też|także|również)|zobacz (też|także|również)|přečtěte si také|čtěte také"
            + "|läs (också|även)|les også|læs også|lue myös"
            + "|関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|相关阅读|延伸阅读|相关新闻|推荐阅读|相關閱讀|관련\\s?기사"
            + "|اقرأ (أيضا|أيضاً|ايضا|ايضاً)|baca juga|xem thêm|ayrıca okuyun|यह भी पढ़ें|" + MAY_INTEREST;

    static final List<Rule> RULES = List.of(
            Rule.of("related.links", "Lists of other articles (related, recommended, most read) lead away from this one.")
                    .html(Match.or(Match.classWords("related", "recommended", "recommendations", "recirculation",
                                    "recirc", "trending", "popular", "mostread", "mostpopular", "morestories",
                                    "upnext", "youmaylike", "relatedposts", "related-posts"),
                            Match.classContains("related-", "-related", "more-stories", "most-read", "most-popular",
                                    "read-next", "readnext", "you-may-like", "also-read", "more-from")))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("related.heading", "Headings such as \"Related articles\" or \"Read more\" introduce link lists.")
                    .text("(?iu)^\\W*(" + ABOUT_THIS_ARTICLE + "|related|also|read (more|next|also)|more (from|on|in|about)\\b.{0,40}"
                            + "|more (stories|news|articles)|related (tags|keywords|searches)"
                            + "|recommended( for you| reading)?(?!\\s*:)|most (read|popular|viewed|shared)|trending( now| stories)?"
                            + "|don'?t miss|popular (now|posts|stories|(on|at) \\S+( \\S+)?)|see also|also read|editor'?s picks|top stories"
                            + "|latest (headlines|news|stories|posts|articles)|mehr( zum thema)?|(à )?lire aussi"
                            + "|leia (também|mais)|lee también|leggi anche|ver también|lees ook|meer (nieuws|artikelen)"
                            + "|" + READ_ALSO + ")\\W*$", 80)
                    .guards(HEADLINE_AND_FIGURES, LABEL),
            Rule.of("related.block", "A block that opens with a heading such as \"You may also like\", or a list right after"
                    + " one, holds other articles, however its teasers are marked up.")
                    .html(Match.or(Match.and(Match.tags("div", "section", "aside", "article", "ul", "ol"),
                                    Match.opensWithHeading(ABOUT_THIS_ARTICLE_HEADING)),
                            Match.and(Match.tags("ul", "ol"), Match.followsHeading(ABOUT_THIS_ARTICLE_HEADING))))
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("related.pointer", "A line such as \"READ MORE: Other headline\" inside the body points to another article.")
                    .text("(?iu)^\\W*((read more|see more|read also|also read|related"
                            + "|related (article|story|coverage|roundup|reading|video|link|post|content)s?"
                            + "|more|also on \\S+|recommended|don'?t miss|click here for more|also see|see also)"
                            + "\\s*[:|–—]\\s*\\S.*"
                            // A teaser card's label and its headline, run together: "Also on example.com <headline>".
                            + "|also on [\\w-]+(\\.[\\w-]+)+\\s+\\S.*"
                            // "More AP NBA: https://apnews.com/NBA": more coverage, elsewhere.
                            + "|more( \\S+){1,3}:\\s*https?://\\S+.*"
                            // The same pointer in the languages pith has met: "Читайте также: …", "Lesen Sie auch: …".
                            + "|(" + READ_ALSO + ")\\s*[:|–—：]\\s*\\S.*"
                            // Set in brackets, as Japanese and Chinese sites do: "【関連記事】…", "[相关阅读] …".
                            + "|[【\\[]\\s*(" + READ_ALSO + ")\\s*[】\\]]\\s*\\S.*)$", 200)
                    .guards(HEADLINE_AND_FIGURES));
}
