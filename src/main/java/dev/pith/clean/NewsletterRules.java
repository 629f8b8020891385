package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Newsletter and e-mail sign-up boxes. */
final class NewsletterRules {
    private NewsletterRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("newsletter.signup", "Newsletter sign-up boxes ask for an e-mail address; they are not the article.")
                    .html(Match.classContains("newsletter", "signup", "sign-up", "mailing-list", "mailinglist",
                            "email-capture", "optin", "opt-in", "subscribe-form", "mc_embed"))
                    .text("(?i)^\\W*((sign up|subscribe|register) (for|to) (our|the|my)\\b.{0,60}\\b(newsletters?|e-?mails?|updates)\\b.*"
                            + "|get (our|the)\\b.{0,40}\\bnewsletters?\\b.*|newsletters?"
                            + "|enter your e-?mail( address)?\\b.*|(your )?e-?mail address"
                            + "|by (signing up|subscribing),? you agree\\b.*"
                            // An invitation after a sentence of its own: "Plenty more where that came from. Sign up for
                            // The Daily today to get the free newsletter." Only as an order: "1,000 people subscribe to
                            // her newsletter" is a fact.
                            + "|([^.!?]{1,80}[.!?]\\s+)?(click here to subscribe|sign up|subscribe)( now| today)? (for|to)\\b.{0,80}"
                            + "\\bnewsletters?\\b.{0,60}"
                            // The same in other languages: "Newsletter abonnieren", "Inscrivez-vous à notre newsletter".
                            + "|newsletter abonnieren\\b.{0,80}|jetzt (zum|für den) newsletter anmelden\\b.{0,80}"
                            + "|(inscrivez-vous|abonnez-vous) à (notre|la) (newsletter|lettre d'information)\\b.{0,80}"
                            + "|(suscríbete|suscribete|regístrate) a (nuestro|nuestra|la|el) (newsletter|boletín)\\b.{0,80}"
                            + "|(assine|inscreva-se (n|em )?)(a |na |nossa )?newsletter\\b.{0,80}"
                            + "|iscriviti alla (nostra )?newsletter\\b.{0,80}|[пП]одпишитесь на (нашу )?рассылку\\b.{0,80})\\W*$", 200)
                    // Every alternative holds one of these: the pattern's optional leading sentence otherwise made
                    // every short block of a page start a scan.
                    .triggers("sign", "subscri", "regist", "regíst", "newsletter", "mail", "inscr", "abonn", "suscr",
                            "подпиш")
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("newsletter.fine-print", "The promise under a sign-up form (\"No spam, we promise\", \"You can unsubscribe at"
                    + " any time\") belongs to the form, not to the page.")
                    // Its own line, or the consent sentence it closes ("...to receive e-mails about offers. You may
                    // unsubscribe at any time."); a sentence that only mentions unsubscribing is not fine print.
                    .text("(?i)^\\W*(no spam(\\W{0,3}(we )?promise|\\W+ever|\\W*[.!]|,? just\\b).{0,160}"
                            + "|we respect your privacy(\\W*|[.!] .{0,160})"
                            + "|((you|subscribers) (can|may) )?unsubscribe (at )?any ?time\\b.{0,160}"
                            + "|.{0,200}\\b(e-?mails?|newsletters?|offers|marketing|messages|updates)\\b.{0,200}"
                            + "\\b(you|subscribers) (can|may) (unsubscribe|opt out) (at )?any ?time\\b.{0,160})$", 320)
                    .triggers("spam", "privacy", "unsubscribe", "opt out")
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("newsletter.terms-notice", "The line under a form that says sending it agrees to the site's terms"
                    + " (\"By applying you agree to our privacy notice\") belongs to the form, not to the page.")
                    .text("(?i)^\\W*by (applying|signing up|subscribing|submitting|registering|creating an account|continuing"
                            + "|clicking\\b.{1,40}?|entering your (e-?mail|details)|providing your (e-?mail|details))\\b.{0,40}?,?"
                            + " you (agree|consent|acknowledge|accept)\\b.{0,200}$", 300)
                    .triggers("you agree", "you consent", "you acknowledge", "you accept")
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("newsletter.list-info", "The line under every message of a mailing list's archive (\"More information"
                    + " about the users mailing list\") points to the list's sign-up page.")
                    .text("(?i)^\\W*more information about the .{1,80} mailing list\\W*$", 140)
                    .triggers("mailing list")
                    .guards(HEADLINE_AND_FIGURES, CONTENT));
}
