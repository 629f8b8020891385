package dev.pith.render;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import dev.pith.Article;
import dev.pith.extract.Image;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The article as a small, safe HTML document: title, standfirst, lead image, body. The body passes jsoup's
 * {@link Safelist} so that nothing executable survives, whatever the page held.
 *
 * <pre>{@code
 * String html = Html.of(article);
 * }</pre>
 */
public final class Html {
    private static final Evaluator Q_HTML = QueryParser.parse("html");
    private Html() {
    }

    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("figure", "figcaption", "del", "hr", "article")
            .addAttributes("code", "class")
            .addAttributes("ol", "reversed")
            .addAttributes("td", "colspan")
            .addAttributes("th", "colspan")
            .addProtocols("a", "href", "http", "https", "mailto", "ftp")
            .addProtocols("img", "src", "http", "https");

    /** A standalone HTML document of the article. */
    public static String of(Article article) {
        Article.Fields f = article.fields();
        Document doc = Document.createShell(f.url() == null ? "" : f.url());
        doc.outputSettings().prettyPrint(true).indentAmount(1);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        if (f.title() != null) {
            doc.title(f.title());
        }
        if (f.lang() != null) {
            doc.selectFirst(Q_HTML).attr("lang", f.lang());
        }
        Element main = doc.body().appendElement("article");
        if (f.title() != null) {
            main.appendElement("h1").text(f.title());
        }
        String subtitle = Lead.subtitle(article);
        if (subtitle != null) {
            main.appendElement("p").addClass("standfirst").text(subtitle);
        }
        Image img = Lead.image(article);
        if (img != null && (img.url() != null || img.caption() != null)) {
            Element fig = main.appendElement("figure");
            if (img.url() != null && img.url().matches("(?i)^https?://.*")) {
                fig.appendElement("img").attr("src", img.url()).attr("alt", img.alt() == null ? "" : img.alt());
            }
            String cap = img.caption() == null ? img.credit() : img.credit() == null ? img.caption()
                    : img.caption() + " " + img.credit();
            if (cap != null) {
                fig.appendElement("figcaption").text(cap);
            }
        }
        String body = Jsoup.clean(article.content().html(), "", SAFE, new Document.OutputSettings().prettyPrint(false));
        main.append(body);
        return doc.outerHtml() + "\n";
    }
}
