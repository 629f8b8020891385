package dev.pith.eval;

import dev.pith.Article;
import dev.pith.metadata.Authors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How often each metadata field matches the truth, over the pages whose truth has that field:
 * title (exact after whitespace normalisation), authors (the same names as the truth's byline, in any
 * order and case), description against the excerpt (exact), published (same date), lang (same, case
 * ignored), siteName (exact).
 */
public final class FieldScores {
    private final Map<String, int[]> counts = new TreeMap<>();

    /** Adds one page: {@code truth} as in {@link Dataset.Entry#fields()}, {@code a} null when extraction failed. */
    public synchronized void add(Map<String, String> truth, Article a) {
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String field = canonical(e.getKey());
            boolean ok = a != null && matches(field, e.getValue(), a.fields());
            int[] c = counts.computeIfAbsent(field, k -> new int[2]);
            c[0] += ok ? 1 : 0;
            c[1]++;
        }
    }

    /** Adds one page's page type; {@code expected} null when the dataset has none. */
    public synchronized void addPageType(String expected, Article a) {
        if (expected == null) {
            return;
        }
        int[] c = counts.computeIfAbsent("pageType", k -> new int[2]);
        c[0] += a != null && expected.equals(a.fields().pageType()) ? 1 : 0;
        c[1]++;
    }

    /** Field name → {matched, pages with the field}. */
    public synchronized Map<String, int[]> counts() {
        return new TreeMap<>(counts);
    }

    private static String canonical(String truthKey) {
        return switch (truthKey) {
            case "byline", "author" -> "authors";
            case "excerpt" -> "description";
            case "date", "published" -> "published";
            case "site_name" -> "siteName";
            default -> truthKey;
        };
    }

    static boolean matches(String field, String expected, Article.Fields f) {
        return switch (field) {
            case "title" -> norm(expected).equals(norm(f.title()));
            case "authors" -> sameNames(expected, f.authors());
            case "description" -> norm(expected).equals(norm(f.description()));
            case "published" -> f.published() != null && expected.length() >= 10 && f.published().length() >= 10
                    && f.published().substring(0, 10).equals(expected.strip().substring(0, 10));
            case "lang" -> f.lang() != null && f.lang().equalsIgnoreCase(expected.strip());
            case "siteName" -> norm(expected).equals(norm(f.siteName()));
            default -> false;
        };
    }

    private static boolean sameNames(String byline, List<String> authors) {
        Set<String> expected = Authors.clean(List.of(byline)).stream().map(FieldScores::norm).collect(Collectors.toSet());
        Set<String> got = authors.stream().map(FieldScores::norm).collect(Collectors.toSet());
        if (expected.isEmpty()) {
            return norm(byline).equals(norm(String.join(", ", authors)));
        }
        return expected.equals(got);
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
