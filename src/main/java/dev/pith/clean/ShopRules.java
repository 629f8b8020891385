package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.CONTENT;
import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** What a shop prints beside every product: offers to pay later, its promises of delivery and returns. */
final class ShopRules {
    private ShopRules() {
    }

    /** The lenders whose offers to split a price shops print under it. */
    private static final String LENDERS = "klarna|afterpay|affirm|sezzle|zip|clearpay|laybuy|shop ?pay|paypal|katapult";

    static final List<Rule> RULES = List.of(
            Rule.of("shop.pay-later", "\"Or 4 interest-free payments of $87.25 with Klarna\" is a lender's offer printed"
                    + " under every price, not about the product.")
                    // The lender is named, so that "Pay in four payments by cheque" on a service's page stays.
                    .text("(?i)^\\W*((or |pay in |split (it|your purchase) into )?(\\d+|two|three|four|six)\\s*"
                            + "(interest[- ]free |easy |monthly )?(payments|installments|instalments)\\b.{0,80}"
                            + "|.{0,40}\\b(as low as|starting at|from) \\S{1,12} ?/ ?mo(nth)?\\b.{0,30})"
                            + "\\b(" + LENDERS + ")\\b.{0,60}$", 200)
                    .triggers("klarna", "afterpay", "affirm", "sezzle", "zip", "clearpay", "laybuy", "shop", "paypal",
                            "katapult")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("shop.reassurance", "A shop's promises printed beside every product (\"Secure payment\", \"Free delivery"
                    + " over £75\", \"30-day returns\") are the shop's, not the product's.")
                    .html(Match.classContains("reassurance", "trust-badge", "trustbadge", "usp-bar", "usp-list",
                            "product-usp"))
                    .guards(HEADLINE_AND_FIGURES, CONTENT),
            Rule.of("shop.badge", "A product's sticker (\"New\", \"Sale!\", \"-20%\", \"Best seller\") is a label drawn over"
                    + " its picture for shoppers scanning a grid; the price says the rest.")
                    .html(Match.and(Match.classContains("product-flag", "product-badge", "product-label", "sale-badge",
                            "badge--sale", "onsale"), Match.shortText(30)))
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("shop.gallery-hint", "The line under a product's pictures that says how to work the gallery (\"Roll"
                    + " over image to zoom in\", \"Click to enlarge\") is an instruction for the page's script.")
                    .text("(?i)^\\W*((roll|hover|mouse) over (the )?(image|picture|photo) to zoom( in)?"
                            + "|(click|tap|double[- ]tap|pinch)( on)?( the)? (image|picture|photo) to (zoom|enlarge|expand|open"
                            + " (the )?(expanded|full[- ]size|larger) view)( in| out)?"
                            // "Click to expand" alone folds a quote or a block: only zooming says a picture.
                            + "|(click|tap|double[- ]tap|pinch) to (zoom|enlarge)( in| out)?"
                            + "|(click|tap) (on )?(the )?(image|picture|photo) for (a )?(larger|bigger|full[- ]size) (view|version|image))\\W*$", 70)
                    .triggers("zoom", "enlarge", "expand", "view", "larger", "bigger", "full")
                    .guards(HEADLINE_AND_FIGURES));
}
