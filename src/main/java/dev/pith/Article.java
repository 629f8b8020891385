package dev.pith;

import dev.pith.clean.Removal;
import dev.pith.extract.Candidate;
import dev.pith.extract.Comment;
import dev.pith.extract.Image;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of extracting one page: the article body as clean HTML plus its metadata, and the record of
 * what was removed and why. Immutable: {@link #content()} returns a copy.
 *
 * <pre>{@code
 * Article a = Pith.extract(Path.of("page.html"));
 * a.title();                        // "Trump's 5G push signals softer stance on Huawei"
 * dev.pith.render.Markdown.of(a);   // the article as Markdown
 * }</pre>
 */
public final class Article {
    private static final org.jsoup.select.Evaluator Q_IMG = org.jsoup.select.QueryParser.parse("img");
    private static final org.jsoup.select.Evaluator Q_FIGCAPTION = org.jsoup.select.QueryParser.parse("figcaption");
    private final String source;
    private final Fields fields;
    private final Element content;
    private final List<Removal> removed;
    private final List<Candidate> candidates;
    private final List<Comment> comments;

    /**
     * The metadata fields of an article; absent values are null or empty lists.
     *
     * @param pageType   article, forum, product, collection, listing, documentation, service or other
     * @param readerable  0 to 1: how much this page reads as a piece of prose (text length, page type)
     * @param typeEvidence what made pith choose the page type, for {@code --explain}
     * @param typeFeatures the numbers the page type was decided from (see {@link dev.pith.metadata.TypeFeatures})
     * @param sources where each field came from, for {@code --explain}
     */
    public record Fields(String url, String title, String subtitle, List<String> authors, String published,
                         String modified, String siteName, String section, List<String> tags, String lang,
                         String dir, String description, Image image, String pageType, double readerable,
                         List<String> typeEvidence, Map<String, Double> typeFeatures, Map<String, String> sources) {
        public Fields {
            authors = List.copyOf(authors);
            tags = List.copyOf(tags);
            typeEvidence = List.copyOf(typeEvidence);
            typeFeatures = Map.copyOf(typeFeatures);
            sources = Map.copyOf(sources);
        }
    }

    public Article(String source, Fields fields, Element content, List<Removal> removed, List<Candidate> candidates) {
        this(source, fields, content, removed, candidates, null);
    }

    /** An article with the reader comments found beside it ({@code comments} null when they were not asked for). */
    public Article(String source, Fields fields, Element content, List<Removal> removed, List<Candidate> candidates,
                   List<Comment> comments) {
        this.source = Objects.requireNonNull(source, "source");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.content = Objects.requireNonNull(content, "content").clone();
        this.removed = List.copyOf(removed);
        this.candidates = List.copyOf(candidates);
        this.comments = comments == null ? null : List.copyOf(comments);
    }

    /** Reader comments, in page order; null when {@link Options#comments()} was off, empty when there were none. */
    public List<Comment> comments() {
        return comments;
    }

    /** The input's name as given ({@code -} for stdin). */
    public String source() {
        return source;
    }

    /** All metadata fields. */
    public Fields fields() {
        return fields;
    }

    public String title() {
        return fields.title();
    }

    /** A copy of the article body: an {@code article} element holding clean blocks. */
    public Element content() {
        return content.clone();
    }

    /** The pictures of the body (not the lead image), in order, with their captions. */
    public List<Image> images() {
        List<Image> images = new java.util.ArrayList<>();
        for (Element fig : content.getElementsByTag("figure")) {
            Element img = fig.selectFirst(Q_IMG);
            if (img != null) {
                Element cap = fig.selectFirst(Q_FIGCAPTION);
                String alt = img.attr("alt");
                images.add(new Image(img.attr("src"), alt.isBlank() ? null : alt,
                        cap == null || cap.text().isBlank() ? null : cap.text(), null));
            }
        }
        return List.copyOf(images);
    }

    /** Blocks removed by cleaning rules, in page order. */
    public List<Removal> removed() {
        return removed;
    }

    /** The best candidate blocks weighed as the article, best first (empty for text dumps). */
    public List<Candidate> candidates() {
        return candidates;
    }
}
