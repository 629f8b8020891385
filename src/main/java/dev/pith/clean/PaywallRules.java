package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Paywalls, article meters, subscription and trial offers, sign-in walls. */
final class PaywallRules {
    private PaywallRules() {
    }

    /** The heading of an appeal for money: "Support the show", "Support our journalism", "Donate today". */
    private static final java.util.regex.Pattern SUPPORT_HEADING = java.util.regex.Pattern.compile("(?iU)^\\W*(support (us|the"
            + " (show|podcast|site|newsletter|channel|paper)|our (work|journalism|reporting|newsroom|mission)|independent"
            + " (journalism|media|news)|\\S+ journalism)|donate( now| today)?|make a (donation|contribution)"
            + "|become a (member|supporter|patron|sustaining member)|join (us|our members|the club) today"
            + "|unterstützen sie uns|soutenez(-nous| notre travail)|apóyanos)\\W*$");

    static final List<Rule> RULES = List.of(
            Rule.of("paywall.container", "Paywall and meter overlays hold offers, not the article.")
                    // Piano's "tp-modal", "tp-backdrop": "tp" only at the start of a class name, since utility
                    // classes put breakpoints after an @ ("cf@tp-", "pb-5@tp") on the article's own blocks.
                    .html(Match.or(Match.classWords("paywall", "meter", "metered", "regwall", "piano", "subscribe",
                            "subscription", "subscriptions", "upsell", "barrier", "registrationwall"),
                            Match.classStarts("tp")))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("paywall.meter-message", "\"You have 3 free articles left\" counts the reader's quota; it is not the article.")
                    .text("(?i)\\bfree (article|stor(y|ies))s?\\b.{0,30}\\b(left|remaining)\\b"
                            + "|\\b(last|final) free (article|story)\\b|\\barticles? left this month\\b", 300)
                    .triggers("free", "left")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("paywall.subscribe-offer", "Subscription and trial offers sell access to the site; they are not the article.")
                    .text("(?i)^\\W*(subscribe( now| today| here)?|get (unlimited|full|digital) access\\b.{0,40}"
                            // The same in other languages: "Jetzt abonnieren", "Réservé aux abonnés", "Exclusivo para assinantes".
                            + "|jetzt (abonnieren|abo abschließen|testen)\\b.{0,40}|abonnez-vous\\b.{0,40}|suscríbete\\b.{0,40}"
                            + "|assine (já|agora)\\b.{0,40}|abbonati (ora|subito)\\b.{0,40}|(réservé|reservé) aux abonnés\\b.{0,40}"
                            + "|(exclusivo|contenido exclusivo) para (suscriptores|assinantes)\\b.{0,40}|nur für abonnenten\\b.{0,40}"
                            + "|solo per (gli )?abbonati\\b.{0,40}|[оО]формить подписку\\b.{0,40}"
                            + "|try \\d+ (days?|weeks?|months?)\\b.{0,30}|offer ends\\b.{0,30}|see all offers\\b.{0,30}"
                            + "|(start|begin) (your )?free trial\\b.{0,30}"
                            + "|subscribe (to|for)( our| the| a)?( \\S+){0,2}( today| now| for [$€£]?\\S+)?"
                            + "|your (free )?trial( period)? has (expired|ended).{0,20}|you need a subscription\\b.{0,20}"
                            + "|your (full )?access to .{0,60} has expired.{0,10}|become a (member|subscriber)\\b.{0,30}"
                            + "|support (our|independent) journalism\\b.{0,40}|(already a subscriber|subscribers only)\\b.{0,50}"
                            // A local paper's wall: "Continue reading your article with a Valley Herald subscription",
                            // "Unlimited digital access for $1 for the first month."
                            + "|continue reading( your| this)?( article| story)? with an? .{1,40}subscription\\b.{0,30}"
                            + "|(unlimited|full) (digital )?access (for|to)\\b.{0,60}"
                            + "|this (article|content|story) is (for|available to|only for) (subscribers|members)\\b.{0,20}"
                            // A box's label: "Available to WSJ.com Subscribers".
                            + "|(only |exclusively )?available (only |exclusively )?to ([\\w.-]+ ){0,2}(subscribers|members)( only)?"
                            // The same notice in other languages: "Cet article est réservé aux abonnés. Abonnez-vous pour
                            // lire la suite.", "Dieser Artikel ist nur für Abonnenten", "Este artículo es exclusivo para
                            // suscriptores", "Questo articolo è riservato agli abbonati".
                            + "|(cet article|ce contenu) est réservé aux abonnés\\b.{0,120}"
                            + "|dieser (artikel|beitrag|inhalt) ist (nur )?für (abonnenten|abonnentinnen)\\b.{0,120}"
                            + "|este (artículo|contenido) es (exclusivo )?para (suscriptores|abonados)\\b.{0,120}"
                            + "|questo (articolo|contenuto) è riservato agli abbonati\\b.{0,120}"
                            // A story's label: "Member-only story", "Subscribers only", "Premium content".
                            + "|(members?|subscribers?|premium)[- ]only( story| article| content| post)?|premium (story|article|content)"
                            + "|unlock (this|full|unlimited) (article|story|access|content)\\b.{0,30}"
                            + "|\\d+ (days|weeks|months) for [$€£]\\s?\\d.{0,20}|\\d+ issues for [$€£]\\s?\\d.{0,60}"
                            // An appeal at the end: "If you enjoyed this article, ... Join NRPLUS."
                            + "|if you (enjoyed|liked|value|appreciated?|found value in) (this|our) (article|story|post|piece"
                            + "|journalism|work|reporting)\\b.{0,80}\\b(join|subscribe|support|become a|donate|membership)\\b.{0,80}"
                            // "Subscribe to Example and stay smart with more of your favourite writers."
                            + "|subscribe (to|for) .{1,40}? and (stay|get|never miss|enjoy|keep)\\b.{0,100}"
                            // "Support Example and make a difference for readers everywhere."
                            + "|support \\S+( \\S+)? (and|to) (make a difference|keep .{0,30}\\b(free|independent|going))\\b.{0,100}"
                            // A magazine's own offer: "Get Bike Monthly delivered through your letterbox every month."
                            + "|get .{1,40} delivered (to|through) your (door|letterbox|letter box) every (week|month|issue)\\b.{0,100})\\W*$", 200)
                    // Every alternative holds one of these (a fast gate: most short blocks hold none).
                    .triggers("subscri", "access", "abonn", "abbonat", "jetzt", "suscr", "assin", "подписк", "try ",
                            "offer", "trial", "expired", "member", "premium", "become", "support", "unlock", "for $", "for €",
                            "for £", "join", "donate", "delivered")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("paywall.support-appeal", "A box headed \"Support us\", \"Donate\" or \"Become a member\" asks readers"
                    + " for money; it is the same on every page, not what this one says.")
                    .html(Match.and(Match.tags("div", "section", "aside"), Match.opensWithHeading(SUPPORT_HEADING)))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("paywall.sign-in", "Sign-in walls ask for an account; they are not the article.")
                    .text("(?i)^\\W*((sign|log) ?in( or register| to (continue|read|keep reading|comment).*)?"
                            // A shop's or a forum's offer of features for members: "Sign in to add this item to your wishlist",
                            // "Log in to set a price alert on this product".
                            + "|(sign|log) ?in to (add|save|follow|rate|review|like|bookmark|vote|see|view|download|track"
                            + "|set|get|create|manage|receive|reply|post|ask|answer|write|leave|join|access|unlock|earn|redeem)\\b.{0,90}"
                            + "|(sign|log) ?in\\s*/\\s*(register|sign ?up)|create (a )?free account\\b.*"
                            // A sign-in box's choices: "Login using your social network", "Sign in with your Google account".
                            + "|(sign|log) ?in (using|with|via) (your )?([\\p{L}\\d-]+ ){0,2}(social network|account|id|email)s?"
                            + "|register (now |for free )?to (continue|read).*|you('re| are) not (signed|logged) in)\\W*$", 120)
                    .guards(HEADLINE_AND_FIGURES));
}
