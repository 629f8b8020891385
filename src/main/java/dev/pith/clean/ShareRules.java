package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Share, follow and print bars. */
final class ShareRules {
    private ShareRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("share.bar", "Share and follow buttons act on the page; they are not part of the article"
                    + " (an embedded post, quoted in a blockquote, is).")
                    .html(Match.and(Match.or(Match.classWords("share", "sharing", "shares", "social", "socials", "sharebar",
                                    "sharetools", "sharedaddy", "addthis", "sharethis", "shareaholic", "sociable", "socialmedia",
                                    "follow", "print", "pin", "pinit",
                                    // The same in other languages: "compartir", "partager", "teilen", "condividi".
                                    "compartir", "compartilhar", "compartilhe", "partilhar", "partager", "partage", "teilen",
                                    "condividi", "delen"),
                            // "ctt-btn": the "Click to tweet" button of the click-to-tweet quote boxes; the quote stays.
                            Match.classContains("share-", "-share", "social-", "addtoany", "a2a_", "ctt-btn")),
                            // A "follow-up" (the next visit, a testimonial slider's item) is not a follow button.
                            Match.not(Match.classContains("follow-up", "followup", "follow_up")),
                            Match.not(Match.css(":has(blockquote)"))))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("share.label", "Lone \"Share\", \"Tweet\" or \"Follow us\" labels are button captions.")
                    .text("(?i)^\\W*(share( this( article| story| post| page)?)?( on (facebook|twitter|x|linkedin|whatsapp|e-?mail))?"
                            + "|tweet( this)?|e-?mail( this)?|print( this)?( article| page)?|facebook|twitter|linkedin|whatsapp"
                            + "|pinterest|reddit|telegram|copy( the)? link|follow us( on\\b.*)?|share via\\b.*"
                            + "|share (this|the) (article|story)\\b.*|comments?( \\(?\\d+\\)?)?"
                            + "|click to (share|email|print|tweet)\\b.{0,60}|share your thoughts\\b.{0,40}|permalink"
                            // A like button's caption: "Recommend".
                            + "|recommend( this( article| story| post)?)?"
                            // A count beside the buttons: "197 Shares", "1.2K shares".
                            + "|\\d[\\d.,]*\\s?[km]?\\s(shares|total shares)"
                            + "|like this (story|article|post)\\?.{0,40}"
                            // A recipe card's buttons: "Jump to Recipe Print Recipe Pin Recipe", "Rate this recipe".
                            + "|((jump to|print|pin|save|rate|share|e-?mail)( this)? recipe\\W*){1,6}"
                            // The same in other languages: "Teilen", "Partager sur Facebook", "Поделиться".
                            + "|(teilen|partager|compartir|compartilhar|condividi|delen|udostępnij|podziel się|[пП]оделиться"
                            + "|[сС]подели|[пП]оділитися|megosztás|sdílet|paylaş|シェア|分享到|分享)"
                            + "( (auf|sur|en|no|su|op|в) (facebook|twitter|x|linkedin|whatsapp|e-?mail))?"
                            + "|artikel teilen|partager (cet|l'|l’)article|compartir (este|el) artículo|compartilhe( este artigo)?)\\W*$", 90)
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("share.follow-author", "\"Email the author at ... or follow her @name\", \"Follow us on Twitter\": ways to reach"
                    + " the writer or the site, printed under every article.")
                    // The writer's sign-off names them, alone or asking to be followed: "Contact the office at info@…
                    // for permits" on a service page is no sign-off.
                    .text("(?i)^\\W*((e-?mail|contact|write to) ((?-i:\\p{Lu})\\S* ){1,3}at \\S+@\\S+\\.\\w+\\b"
                            + "(\\W{0,3}|.{0,20}\\bfollow (him|her|them|me|us)\\b.{0,140})"
                            + "|(follow|find) (us|him|her|them|me) on (twitter|facebook|instagram|linkedin|x|mastodon|bluesky"
                            + "|whatsapp|telegram|google news)\\b.{0,120}"
                            // The site's channels in other languages: "Siga o Jornal no Google News", "Receba as notícias
                            // do Jornal no seu WhatsApp", "Síguenos en Instagram", "Suivez-nous sur Facebook".
                            + "|(siga|segue) (o|a|os|as) .{1,40}? n[oa] (google news|whatsapp|telegram|instagram|facebook|twitter|x|tiktok|youtube)\\b.{0,80}"
                            + "|receba (as )?(notícias|not[ií]cias|novidades)\\b.{0,60}\\b(whatsapp|telegram)\\b.{0,100}"
                            + "|(síguenos|siguenos|suivez-nous|folgen sie uns|folge uns|seguici|volg ons|følg os|följ oss"
                            + "|obserwuj nas|подписывайтесь на нас) (en|sur|auf|su|op|på|na|в)\\b.{0,120}"
                            // "Like us on Facebook", "Polub Money.pl na Facebooku:".
                            + "|like us on facebook\\b.{0,80}|polub (nas|\\S{1,40}) na facebooku\\b.{0,80}"
                            // "Get HuffPost Business on Twitter, Facebook and Google Buzz!", "Devenez fan sur , suivez-nous sur".
                            + "|get ((?-i:\\p{Lu})\\S* ){1,4}on (twitter|facebook|instagram|linkedin|youtube)\\b"
                            + "([,\\s]+(and |or )?(?-i:\\p{Lu})\\S*){0,6}"
                            + "|devenez fan sur\\b.{0,80}"
                            // A section or a show asking to be followed: "Follow Newsbeat on Instagram, Facebook and YouTube."
                            + "|follow (the )?((?-i:\\p{Lu})\\S* ){1,5}(section |team |desk )?on\\b.{0,20}"
                            + "\\b(twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky)\\b.{0,120}"
                            // "Have a tip? <Name> may be reached at name@…", "Reach the reporters on Twitter at …".
                            + "|(have a (news )?tip\\? )?((?-i:\\p{Lu})\\S* ){1,3}(may|can) be reached at \\S+@\\S+\\.\\w+\\b.{0,160}"
                            + "|reach the (reporters?|writers?|authors?) (on (twitter|x) )?at \\S+.{0,160}"
                            // The writer's sign-off: "Marcus Bell covers the environment for the Courier. Reach him at …".
                            + "|((?-i:\\p{Lu})\\S* ){1,3}(covers|writes about|reports on) .{1,100}?\\. (reach|contact|e-?mail)"
                            + " (him|her|them) at \\S+@\\S+\\.\\w+\\b.{0,120}"
                            // A recipe card's last line: "Tried this recipe? Mention @site or tag #site!"
                            + "|(tried|made|love[ds]?) (this|the) recipe\\?.{0,60}\\b(tag|mention|follow|share)\\b.{0,140}"
                            // The newsroom's tip line: "Have a tip? Write to us at …", "Haben Sie Hinweise zu diesem
                            // Thema? Schreiben Sie uns an …", "Vous avez une info ? Écrivez-nous à …".
                            + "|((do you )?have a (news )?tip|got a (news )?tip|haben sie (hinweise|anregungen|fragen)\\b.{0,40}"
                            + "|vous avez (une info|des informations)\\b.{0,40})\\s?\\?\\s*(write to us|email us|contact us"
                            + "|schreiben sie uns|kontaktieren sie uns|écrivez-nous|contactez-nous)\\b.{0,100})$", 240)
                    .triggers("@", "follow", "find", "reach", "recipe", "tip", "hinweise", "anregungen", "fragen", "vous avez",
                            "siga", "segue", "receba", "sígu", "sigu", "suivez", "folgen sie", "seguici",
                            "folge uns", "volg ons", "følg os", "följ oss", "obserwuj", "подписывайтесь", "like us", "polub",
                            "twitter", "facebook", "instagram", "linkedin", "youtube", "devenez")
                    .guards(HEADLINE_AND_FIGURES));
}
