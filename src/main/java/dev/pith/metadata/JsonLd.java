package dev.pith.metadata;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON-LD objects of a page, flattened: top-level objects, arrays and {@code @graph} members, with
 * {@code @id} references resolvable. Broken JSON is skipped, never fatal.
 *
 * <pre>{@code
 * JsonLd ld = JsonLd.of(document);
 * JsonNode article = ld.article();          // the NewsArticle/BlogPosting/... object, or null
 * String name = ld.text(article.get("author"), "name");
 * }</pre>
 */
public final class JsonLd {
    private static final Evaluator Q_SCRIPT_TYPE_I_APPLICATION_LD_JSON = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "report",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "techarticle", "scholarlyarticle", "socialmediaposting", "liveblogposting",
            "medicalwebpage", "review", "posting", "discussionforumposting", "question", "howto", "recipe");

    private final List<JsonNode> objects;
    private final Map<String, JsonNode> byId;

    private JsonLd(List<JsonNode> objects) {
        this.objects = List.copyOf(objects);
        this.byId = new HashMap<>();
        for (JsonNode o : objects) {
            String id = o.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, o);
            }
        }
    }

    /** Reads every {@code script[type=application/ld+json]} of {@code doc}. */
    public static JsonLd of(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select(Q_SCRIPT_TYPE_I_APPLICATION_LD_JSON)) {
            String json = unwrap(script.data());
            if (json.isEmpty()) {
                continue;
            }
            try {
                flatten(LENIENT.readTree(json), out, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return new JsonLd(out);
    }

    /** The JSON inside a script: without CDATA or comment wrappers, from the first bracket to the last. */
    static String unwrap(String data) {
        String s = data.strip();
        s = s.replaceFirst("^(<!\\[CDATA\\[|<!--)", "").replaceFirst("(\\]\\]>|-->)$", "").strip();
        int start = 0;
        while (start < s.length() && s.charAt(start) != '{' && s.charAt(start) != '[') {
            start++;
        }
        int end = Math.max(s.lastIndexOf('}'), s.lastIndexOf(']'));
        return start < s.length() && end > start ? s.substring(start, end + 1) : "";
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                flatten(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            if (node.has("@graph")) {
                flatten(node.get("@graph"), out, depth + 1);
            }
            if (node.has("mainEntity") && node.get("mainEntity").isObject()) {
                flatten(node.get("mainEntity"), out, depth + 1);
            }
        }
    }

    /** All objects found. */
    public List<JsonNode> objects() {
        return objects;
    }

    /** The first object of an article type (NewsArticle, BlogPosting, ...), else a WebPage, else null. */
    public JsonNode article() {
        for (JsonNode o : objects) {
            if (hasType(o, ARTICLE_TYPES)) {
                return o;
            }
            // A WebPage or QAPage whose main entity is the posting: {"@type":"WebPage","mainEntity":{...}}.
            JsonNode main = o.get("mainEntity");
            if (main != null && main.isObject() && hasType(main, ARTICLE_TYPES)) {
                return main;
            }
        }
        for (JsonNode o : objects) {
            if (hasType(o, Set.of("webpage", "itempage", "product")) && (o.has("headline") || o.has("name"))) {
                return o;
            }
        }
        return null;
    }

    /** The first object of one of {@code types} (lower case), or null. */
    public JsonNode first(Set<String> types) {
        for (JsonNode o : objects) {
            if (hasType(o, types)) {
                return o;
            }
        }
        return null;
    }

    /** Follows an {@code {"@id": ...}} reference to the full object, when the page has it. */
    public JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            JsonNode full = byId.get(node.get("@id").asText());
            return full == null ? node : full;
        }
        return node;
    }

    /** The @type names of {@code node}, lower case. */
    static List<String> types(JsonNode node) {
        List<String> out = new ArrayList<>();
        JsonNode t = node.path("@type");
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        } else if (t.isTextual()) {
            out.add(t.asText().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean hasType(JsonNode node, Set<String> wanted) {
        for (String t : types(node)) {
            if (wanted.contains(t.replaceFirst("^https?://schema.org/", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text of {@code node}: itself when textual, its {@code key} field when an object, the first usable
     * element when an array; null when none.
     */
    public String text(JsonNode node, String key) {
        JsonNode n = resolve(node);
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual() || n.isNumber()) {
            String s = n.asText().strip();
            return s.isEmpty() ? null : s;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                String s = text(x, key);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        return n.isObject() && key != null ? text(n.get(key), null) : null;
    }

    /** All texts of {@code node} (an array, an object or a value), each taken as in {@link #text}. */
    public List<String> texts(JsonNode node, String key) {
        List<String> out = new ArrayList<>();
        JsonNode n = resolve(node);
        if (n != null && n.isArray()) {
            for (JsonNode x : n) {
                String s = text(x, key);
                if (s != null) {
                    out.add(s);
                }
            }
        } else {
            String s = text(n, key);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
