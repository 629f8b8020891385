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
                    .guards(HEADLINE_AND_FIGURES));
}
