package dev.pith.render;

import dev.pith.Article;
import dev.pith.extract.Image;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a rendering sets above the body besides the title, said once: the standfirst and the lead picture are left
 * out when the body already shows them (a shop's short description that is both its standfirst and its first
 * paragraph; the og:image that is the first picture of the gallery at another size).
 *
 * <pre>{@code
 * String standfirst = Lead.subtitle(article);   // null when the body holds a paragraph saying the same
 * }</pre>
 */
final class Lead {
    private Lead() {
    }

    /**
     * A size a CMS writes into a resized copy's file name ("board-600x600.jpg", "photo-scaled.jpg", a wire's
     * "drone_600.jpg" beside its "drone.jpg").
     */
    private static final Pattern SIZE_SUFFIX = Pattern.compile("(-\\d+x\\d+|-scaled|[-_]\\d{3,4}w?)$");

    /** The article's subtitle, or null when it has none or a block of the body says the same. */
    static String subtitle(Article article) {
        String s = article.fields().subtitle();
        if (s == null) {
            return null;
        }
        String wanted = s.strip();
        for (Element p : article.content().getElementsByTag("p")) {
            if (p.text().strip().equals(wanted)) {
                return null;
            }
        }
        return s;
    }

    /** The article's lead image, or null when it has none or the body shows the same picture. */
    static Image image(Article article) {
        Image img = article.fields().image();
        if (img == null || img.url() == null || img.caption() != null || img.credit() != null) {
            return img;
        }
        String key = pictureKey(img.url());
        if (key.isEmpty()) {
            return img;
        }
        // The file's name, a cheap test before the key of every link is worked out.
        String name = key.substring(key.lastIndexOf('/') + 1);
        for (Element e : article.content().select("img[src], a[href]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (url.toLowerCase(Locale.ROOT).contains(name) && key.equals(pictureKey(url))) {
                return null;
            }
        }
        return img;
    }

    /** A path segment that names a picture file, with more segments after it. */
    private static final Pattern FILE_IN_PATH = Pattern.compile("(?i)/[^/]+(\\.(?:png|jpe?g|gif|webp|svg|avif))/");

    /**
     * The path of a picture's address without its host, query, extension or CMS size suffix, lower-cased: the same
     * for a picture and its resized copies beside it; "" for an address that names no file.
     */
    static String pictureKey(String url) {
        String path = url.replaceFirst("[?#].*", "").replaceFirst("^[a-zA-Z]+:", "").replaceFirst("^//[^/]*", "");
        // A wiki serves its sizes under the file's own name: "/images/4/4a/Keep.png/revision/latest/scale-to-width-down
        // /268", "/commons/thumb/a/ab/Keep.jpg/220px-Keep.jpg"; the key is the file's path.
        java.util.regex.Matcher file = FILE_IN_PATH.matcher(path);
        if (file.find()) {
            path = path.substring(0, file.end(1)).replace("/thumb/", "/");
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) {
            return "";
        }
        return SIZE_SUFFIX.matcher(path.substring(0, dot)).replaceFirst("").toLowerCase(Locale.ROOT);
    }
}
