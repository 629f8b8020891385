package dev.pith.clean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in rules, in the order the {@link Cleaner} tries them: the first rule that matches a block
 * is the one {@code --explain} names.
 *
 * <pre>{@code
 * for (Rule r : Rules.all()) System.out.println(r.id() + "  " + r.reason());
 * }</pre>
 */
public final class Rules {
    private Rules() {
    }

    private static final List<Rule> ALL = build();

    private static List<Rule> build() {
        List<Rule> all = new ArrayList<>();
        all.addAll(MarkupRules.RULES);
        all.addAll(IconRules.RULES);
        all.addAll(TemplateRules.RULES);
        all.addAll(ConsentRules.RULES);
        all.addAll(PaywallRules.RULES);
        all.addAll(SponsoredRules.RULES);
        all.addAll(NewsletterRules.RULES);
        all.addAll(ShopRules.RULES);
        all.addAll(ShareRules.RULES);
        all.addAll(RelatedRules.RULES);
        all.addAll(CommentRules.RULES);
        all.addAll(ForumRules.RULES);
        all.addAll(NavigationRules.RULES);
        all.addAll(ChromeRules.RULES);
        all.addAll(HiddenRules.RULES);
        Set<String> ids = new HashSet<>();
        for (Rule r : all) {
            if (!ids.add(r.id())) {
                throw new IllegalStateException("duplicate rule id " + r.id());
            }
        }
        return List.copyOf(all);
    }

    /** Every built-in rule. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this id, or null. */
    public static Rule byId(String id) {
        for (Rule r : ALL) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** Checks that every id names a built-in rule or a concern; throws with the first unknown one. */
    public static void requireKnown(Collection<String> ids) {
        for (String id : ids) {
            boolean known = ALL.stream().anyMatch(r -> r.id().equals(id) || r.concern().equals(id));
            if (!known) {
                throw new IllegalArgumentException("unknown rule '" + id + "' (see 'pith rules')");
            }
        }
    }
}
