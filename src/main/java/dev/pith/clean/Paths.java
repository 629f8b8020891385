package dev.pith.clean;

import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/** Short, readable CSS paths for messages, e.g. {@code body > div#main > aside.sidebar}. */
public final class Paths {
    private Paths() {
    }

    private static final int MAX_DEPTH = 5;

    /** A path of at most five steps ending at {@code el}; not guaranteed unique, cheap to compute. */
    public static String of(Element el) {
        Deque<String> steps = new ArrayDeque<>();
        Element e = el;
        for (int i = 0; e != null && i < MAX_DEPTH && !e.normalName().equals("#root"); i++, e = e.parent()) {
            steps.addFirst(step(e));
        }
        if (e != null && !e.normalName().equals("#root")) {
            steps.addFirst("…");
        }
        return String.join(" > ", steps);
    }

    private static String step(Element e) {
        StringBuilder sb = new StringBuilder(e.normalName());
        if (!e.id().isEmpty()) {
            sb.append('#').append(e.id());
        }
        // The first two class names, read straight from the attribute (classNames() splits with a regex).
        String classes = e.className();
        int n = 0;
        for (int i = 0; i < classes.length() && n < 2; ) {
            while (i < classes.length() && Character.isWhitespace(classes.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < classes.length() && !Character.isWhitespace(classes.charAt(i))) {
                i++;
            }
            if (i > start) {
                sb.append('.').append(classes, start, i);
                n++;
            }
        }
        return sb.toString();
    }
}
