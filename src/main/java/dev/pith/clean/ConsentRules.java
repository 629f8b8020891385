package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Cookie and consent banners. */
final class ConsentRules {
    private ConsentRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("consent.platform", "Consent-management platforms (OneTrust, Cookiebot, Didomi...) inject their own"
                    + " banner and preference centre, however much they explain; no article is ever written inside one.")
                    .html(Match.classContains("onetrust", "cookiebot", "didomi", "qc-cmp", "truste-consent", "trustarc",
                            "usercentrics", "cookieyes", "osano", "iubenda", "borlabs"))
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("consent.cookie-banner", "Cookie and consent banners are about the site's tracking, not the article.")
                    .html(Match.classContains("cookie", "consent", "gdpr", "cc-window"))
                    .text("(?i)\\b(we|this (web)?site) uses? cookies\\b|\\baccept (all )?cookies\\b"
                            + "|\\bcookie (policy|settings|preferences|consent)\\b|\\bmanage (your )?consent\\b", 400)
                    .triggers("cookie", "consent")
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("consent.cookie-notice", "A paragraph that opens with \"This website uses cookies\" is the cookie notice, however long it runs.")
                    .text("(?i)^\\W*((this (web)?site|we|our (web)?site) (uses?|is using) cookies"
                            // The same in other languages: "Diese Website verwendet Cookies", "Ce site utilise des cookies".
                            + "|(diese (web)?seite|diese website|wir|unsere website) (verwendet|verwenden|nutzt|nutzen) cookies"
                            + "|(ce site|nous) utilis(e|ons) (des )?cookies|(este sitio( web)?|utilizamos) (utiliza |usa )?cookies"
                            + "|(este site|utilizamos) (utiliza |usa )?cookies|questo sito (web )?(utilizza|usa) (i )?cookie"
                            + "|(deze website|wij) gebruik(t|en) cookies)\\b.*", 1200)
                    .triggers("cookie")
                    .guards(HEADLINE_AND_FIGURES));
}
