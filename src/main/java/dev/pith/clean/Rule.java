package dev.pith.clean;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cleaning rule, as data: an id like {@code paywall.subscribe-offer}, a one-sentence reason, what it
 * matches in HTML and/or in the lines of a text dump, and the guards that keep it off the article.
 *
 * <pre>{@code
 * Rule.of("share.bar", "Share and follow buttons are not part of the article.")
 *     .html(Match.classWords("share", "social"))
 *     .guards(Guard.HEADLINE_AND_FIGURES, Guard.CONTENT);
 * }</pre>
 *
 * @param id     {@code concern.name}; the concern groups rules in {@code pith rules}
 * @param reason why the matched blocks are not content
 * @param html   what it matches in a DOM, or null for text-only rules
 * @param text   a pattern found in a short block's text (HTML) or a line (text dump), or null
 * @param maxChars blocks and lines longer than this are never matched by {@code text}
 * @param triggers lower-case words one of which a text must contain before {@code text} is tried (a fast gate
 *                 for unanchored patterns); empty to always try it
 * @param guards what keeps it off the article
 */
public record Rule(String id, String reason, Match html, Pattern text, int maxChars, List<String> triggers,
                   Set<Guard> guards) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        if (!id.matches("[a-z]+\\.[a-z0-9-]+")) {
            throw new IllegalArgumentException("rule id must be concern.name: " + id);
        }
        if (html == null && text == null) {
            throw new IllegalArgumentException(id + ": a rule must match something");
        }
        guards = Set.copyOf(guards);
        triggers = List.copyOf(triggers);
    }

    /** Inline flags other than MULTILINE ({@code (?i)}), then {@code ^}: the start of an anchored pattern. */
    private static final Pattern ANCHORED_START = Pattern.compile("(\\(\\?[a-ln-zA-Z]+\\))*\\^");

    /**
     * True when this rule's text pattern is found in {@code text} (at most {@link #maxChars} long).
     * {@code lower} is the same text in lower case, for the trigger gate.
     */
    public boolean matchesText(String text, String lower) {
        // A one-off test: no first-character gate (working it out costs more than one match).
        return this.text != null && matchesText(text, lower, this.text.matcher(""), null);
    }

    /**
     * As {@link #matchesText(String, String)}, with a matcher of this rule's pattern that the caller reuses
     * from block to block (a page has thousands of blocks; a matcher each is garbage), and the pattern's
     * {@link StartGate} (null when it is not anchored), which the caller makes once.
     */
    boolean matchesText(String text, String lower, java.util.regex.Matcher reusable, StartGate gate) {
        if (this.text == null || text.length() > maxChars) {
            return false;
        }
        if (gate != null && !gate.admits(text, reusable)) {
            return false;
        }
        if (!triggers.isEmpty() && !containsAny(lower)) {
            return false;
        }
        reusable.reset(text);
        // A pattern anchored at the start can only match there: one attempt instead of one per character.
        return gate != null ? reusable.lookingAt() : reusable.find();
    }

    /**
     * True when {@code regex} starts with {@code ^} (after inline flags such as {@code (?i)}) and has no
     * alternative outside parentheses, so that it can only match at the start of the text (no MULTILINE).
     */
    static boolean anchored(String regex) {
        Matcher start = ANCHORED_START.matcher(regex);
        if (!start.lookingAt()) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int j = start.end(); j < regex.length(); j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    private boolean containsAny(String lower) {
        for (int i = 0; i < triggers.size(); i++) {
            if (lower.contains(triggers.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Starts a rule; finish it with {@link Builder#guards} or {@link Builder#unguarded}. */
    public static Builder of(String id, String reason) {
        return new Builder(id, reason);
    }

    /** The concern this rule belongs to: the part of the id before the dot. */
    public String concern() {
        return id.substring(0, id.indexOf('.'));
    }

    /** Builds a {@link Rule}; every rule says which guards apply, so building ends with them. */
    public static final class Builder {
        /** What {@code \W} means in a text rule: not a letter or a digit of any script. */
        private static final String NOT_A_LETTER = "[^\\p{L}\\p{N}_]";

        private final String id;
        private final String reason;
        private Match html;
        private Pattern text;
        private int maxChars;
        private List<String> triggers = List.of();

        private Builder(String id, String reason) {
            this.id = id;
            this.reason = reason;
        }

        /** Matches {@code match} in HTML. */
        public Builder html(Match match) {
            this.html = match;
            return this;
        }

        /**
         * Matches blocks or lines of at most {@code max} characters in which {@code regex} is found. In
         * {@code regex}, {@code \W} is anything but a letter or digit of any script: with Java's ASCII
         * {@code \W}, the {@code ^\W*} that lets a label start after punctuation would also pass over a whole
         * Russian or Chinese sentence, and "Это не реклама, а честный обзор" would read as the label "Реклама".
         * ({@code (?i)} folds ASCII letters only, so words in other scripts spell out their capitals:
         * {@code [пП]оделиться}.)
         */
        public Builder text(String regex, int max) {
            this.text = Pattern.compile(regex.replace("\\W", NOT_A_LETTER));
            this.maxChars = max;
            return this;
        }

        /** Tries the text pattern only on texts holding one of these lower-case words (a fast gate). */
        public Builder triggers(String... words) {
            this.triggers = List.of(words);
            return this;
        }

        /** The finished rule, kept off the article by {@code gs}. */
        public Rule guards(Guard... gs) {
            return new Rule(id, reason, html, text, maxChars, triggers, Set.of(gs));
        }

        /** The finished rule with no guard: for things that are never content (scripts, styles, icons). */
        public Rule unguarded() {
            return new Rule(id, reason, html, text, maxChars, triggers, Set.of());
        }
    }

    /** What this rule matches, for {@code pith rules} and {@code --explain}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (html != null) {
            sb.append(html);
        }
        if (text != null) {
            sb.append(sb.length() > 0 ? "; " : "").append("text /").append(text.pattern()).append('/');
        }
        return sb.toString();
    }
}
