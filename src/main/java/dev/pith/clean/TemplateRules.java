package dev.pith.clean;

import java.util.List;

import static dev.pith.clean.Guard.HEADLINE_AND_FIGURES;

/** Unrendered template text such as {@code {{numberArticlesLeft}}}: the page was saved before scripts filled it. */
final class TemplateRules {
    private TemplateRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("template.placeholder", "Unrendered template placeholders ({{name}}, {% tag %}, ${name}) were never meant to be read.")
                    .text("\\{\\{[^{}]{1,80}\\}\\}|\\{%[^%]{1,80}%\\}|<%=?[^%]{1,80}%>|\\$\\{[A-Za-z_][\\w.]{0,60}\\}", 300)
                    .triggers("{{", "{%", "<%", "${")
                    .guards(HEADLINE_AND_FIGURES),
            Rule.of("template.shortcode", "A publishing system's shortcode left unrendered ([button link=\"...\"]Send us"
                    + " your review[/button], [gallery ids=\"4,7\"]) is markup that failed, not words for the reader.")
                    // The whole block: a pair of tags around a few words, or one tag with attributes and nothing else.
                    .text("^\\s*(\\[([a-z][\\w-]{1,30})(\\s[^\\]]{0,200})?\\][^\\[]{0,200}\\[/\\2\\]"
                            + "|\\[[a-z][\\w-]{1,30}(\\s+[\\w-]{1,30}=[\"“”'‘’][^\\]]{0,200})+\\])\\s*$", 300)
                    .triggers("[")
                    .guards(HEADLINE_AND_FIGURES));
}
