package dev.pith.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.Article;
import dev.pith.extract.Image;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The article as one JSON object (the schema is in README.md): metadata fields, {@code text},
 * {@code markdown}, {@code wordCount}; with {@code explain}, also {@code removed}, {@code candidates} and
 * {@code fieldSources}. Non-ASCII is written as is (UTF-8); control characters are escaped.
 *
 * <pre>{@code
 * String line = Json.of(article, false);   // one line, for JSON Lines
 * }</pre>
 */
public final class Json {
    private Json() {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** The article as a compact one-line JSON object. */
    public static String of(Article article, boolean explain) {
        return write(tree(article, explain), false);
    }

    /** The article as an indented JSON object. */
    public static String pretty(Article article, boolean explain) {
        return write(tree(article, explain), true);
    }

    /** The error object written in place of an article that failed: {@code {"source":..., "error":...}}. */
    public static String error(String source, String kind, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", source);
        o.put("error", message);
        o.put("errorKind", kind);
        return write(o, false);
    }

    /** The object written with --articles-only for a page that is not an article. */
    public static String notArticle(String source, String pageType) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", source);
        o.put("article", false);
        o.put("pageType", pageType);
        return write(o, false);
    }

    /** The JSON tree of {@code article}. */
    public static ObjectNode tree(Article article, boolean explain) {
        Article.Fields f = article.fields();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", article.source());
        o.put("url", f.url());
        o.put("title", f.title());
        o.put("subtitle", f.subtitle());
        strings(o.putArray("authors"), f.authors());
        o.put("published", f.published());
        o.put("modified", f.modified());
        o.put("siteName", f.siteName());
        o.put("section", f.section());
        strings(o.putArray("tags"), f.tags());
        o.put("lang", f.lang());
        o.put("dir", f.dir());
        o.put("description", f.description());
        leadImage(o, f.image());
        ArrayNode images = o.putArray("images");
        for (Image img : article.images()) {
            imageFields(images.addObject(), img);
        }
        o.put("pageType", f.pageType());
        o.put("readerable", f.readerable());
        String text = PlainText.of(article);
        o.put("text", text);
        o.put("markdown", Markdown.of(article));
        o.put("wordCount", PlainText.wordCount(text));
        if (article.comments() != null) {
            o.set("comments", MAPPER.valueToTree(article.comments()));
        }
        if (explain) {
            explain(o, article);
        }
        return o;
    }

    private static void leadImage(ObjectNode o, Image img) {
        if (img == null) {
            o.putNull("image");
        } else {
            imageFields(o.putObject("image"), img);
        }
    }

    private static void imageFields(ObjectNode i, Image img) {
        i.put("url", img.url());
        i.put("alt", img.alt());
        i.put("caption", img.caption());
        i.put("credit", img.credit());
    }

    private static void explain(ObjectNode o, Article article) {
        // Records serialise field by field, in declaration order.
        o.set("removed", MAPPER.valueToTree(article.removed()));
        o.set("candidates", MAPPER.valueToTree(article.candidates()));
        strings(o.putArray("pageTypeEvidence"), article.fields().typeEvidence());
        ObjectNode features = o.putObject("pageTypeFeatures");
        for (Map.Entry<String, Double> e : new TreeMap<>(article.fields().typeFeatures()).entrySet()) {
            features.put(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0);
        }
        ObjectNode sources = o.putObject("fieldSources");
        for (Map.Entry<String, String> e : new TreeMap<>(article.fields().sources()).entrySet()) {
            sources.put(e.getKey(), e.getValue());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String write(ObjectNode o, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) : MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
