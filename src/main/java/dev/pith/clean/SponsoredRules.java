package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Ad slots, sponsored and advertorial blocks, content-recommendation widgets. */
final class SponsoredRules {
    private SponsoredRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("ads.slot", "Ad slots hold advertising, not the article.")
                    .html(Match.or(Match.classWords("ad", "ads", "advert", "adverts", "advertisement",
                                    "advertising", "adslot", "adunit", "adsbygoogle", "dfp", "gpt", "adsense",
                                    "adcontainer", "adwrapper", "ad300", "ad728"),
                            Match.css("[data-ad], [data-ad-slot], [data-google-query-id]")))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("ads.label", "A lone \"Advertisement\" label marks an ad slot, as \"Story continues below\" does.")
                    .text("(?i)^\\W*(advertisement|advertising|advert|ad|ads|anzeige|werbung|publicité|publicidad"
                            // An ad network's own label: "Ads by Google".
                            + "|(ads|sponsored links) by [\\w.]+"
                            + "|pubblicità|reklama|advertentie|publicidade|reklame|mainos|iklan|[рР]еклама|광고|广告|広告"
                            + "|hirdetés|reklám|inzerce|reklam|διαφήμιση|quảng cáo|โฆษณา"
                            // A forum's "Advertisement - Members don't see this ad".
                            + "|(advertisement\\W+)?(members|subscribers) (don'?t|do not) see (this|these) ads?"
                            // The line a news site sets over an ad in the middle of a story.
                            + "|(advertisement\\W+)?(the )?(story|article|text) continues (below|after (this |the )?(advertisement|ad))"
                            + "( advertisement)?|continue reading (below|after (the |this )?(advertisement|ad))"
                            + "|(weiterlesen|lesen sie) nach der anzeige( weiter)?|la suite après (cette|la) publicité"
                            + "|(sigue|continúa) (leyendo )?(después|tras) (la|el) (publicidad|anuncio)"
                            + "|(continua|continue a ler) (após a|depois da) publicidade|(l'articolo )?continua dopo la pubblicità)\\W*$", 60)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("sponsored.block", "Sponsored, promoted and partner content is advertising dressed as articles.")
                    .html(Match.classContains("sponsor", "promoted", "outbrain", "taboola", "native-ad",
                            "branded-content", "brandedcontent", "paid-content", "paidcontent", "revcontent",
                            "zergnet", "plista", "advertorial"))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("sponsored.label", "\"Sponsored Content\" and its disclaimer introduce advertising.")
                    .text("(?i)^\\W*(sponsored( content| post| links?| stories)?|sponsored by\\b.*"
                            + "|about sponsored content\\b.*|paid (post|content|partnership)\\b.*"
                            + "|partner content|promoted (content|stories|links)|(presented|brought to you) by\\b.*"
                            + "|advertorial|this content was (commissioned|paid for|produced) by\\b.*)\\W*$", 200)
                    .guards(HEADLINE_AND_FIGURES));
}
