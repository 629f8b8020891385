package dev.pith.clean;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An element as rules look at it, with its class and id read once: lower-cased, and split into words at
 * spaces, dashes, underscores, digits boundaries and camelCase humps ({@code shareButtons} → share, buttons).
 */
final class ElementView {
    final Element element;
    private String lower;
    private List<String> words;

    ElementView(Element element) {
        this.element = element;
    }

    /** Class and id, lower-cased, separated by a space; empty when neither is set. */
    String classAndId() {
        if (lower == null) {
            String c = element.attr("class");
            String id = element.id();
            lower = (id.isEmpty() ? c : c + " " + id).toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** True when one of the class/id words is in {@code wanted}. */
    boolean hasWord(Set<String> wanted) {
        for (String w : words()) {
            if (wanted.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private List<String> words() {
        if (words == null) {
            words = split(element.attr("class") + " " + element.id());
        }
        return words;
    }

    /** Splits class/id text into lower-case words. */
    static List<String> split(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean alnum = c < 128 ? Character.isLetterOrDigit(c) : Character.isLetterOrDigit(c);
            if (!alnum || (Character.isUpperCase(c) && Character.isLowerCase(prev))) {
                if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
            }
            if (alnum) {
                w.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }
}
