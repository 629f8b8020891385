package dev.pith.input;

import dev.pith.PithException;
import dev.pith.PithException.Reason;
import dev.pith.Thresholds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads an input into a {@link Page}: gunzips, refuses binary files and oversized inputs, decodes the
 * charset and decides whether the input is HTML or a text dump.
 *
 * <pre>{@code
 * PageLoader loader = new PageLoader();                 // 64 MiB cap
 * Page page = loader.load(Path.of("page.html.gz"), "page.html.gz");
 * Page piped = loader.load(System.in, "-");
 * }</pre>
 */
public final class PageLoader {
    private final long maxBytes;

    /** A loader with the default cap of {@link Thresholds#MAX_INPUT_BYTES}. */
    public PageLoader() {
        this(Thresholds.MAX_INPUT_BYTES);
    }

    /** A loader that refuses inputs larger than {@code maxBytes} (after decompression). */
    public PageLoader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("(?i)^(https?|ftp)://");

    /** Loads a file; {@code source} is the name used in messages and output. */
    public Page load(Path path, String source) throws PithException {
        if (Files.isDirectory(path)) {
            throw new PithException(Reason.READ_ERROR, source + ": is a directory");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return load(in, source, path.getFileName() == null ? "" : path.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new PithException(Reason.READ_ERROR, source + ": no such file" + (WEB_ADDRESS.matcher(source).find()
                    ? " (pith reads saved pages and never fetches: save it, e.g. curl -o page.html URL,"
                    + " then run pith page.html --url URL)" : ""));
        } catch (AccessDeniedException e) {
            throw new PithException(Reason.READ_ERROR, source + ": permission denied");
        } catch (IOException e) {
            throw new PithException(Reason.READ_ERROR, source + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Loads a stream (e.g. stdin); {@code fileName} gives the extension hint, may be empty. */
    public Page load(InputStream in, String source, String fileName) throws PithException {
        String name = fileName.toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = readCapped(in, source);
            if (isGzip(bytes)) {
                bytes = readCapped(new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)), source);
                name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new PithException(Reason.READ_ERROR, source + ": corrupt gzip data");
        } catch (IOException e) {
            throw new PithException(Reason.READ_ERROR, source + ": cannot read (" + e.getMessage() + ")");
        }
        Charsets.Detected cs = Charsets.detect(bytes);
        String binary = cs.skip() > 0 ? null : binaryKind(bytes);
        if (binary != null) {
            throw new PithException(Reason.NOT_A_PAGE, source + ": not a web page (" + binary + ")");
        }
        String text = Charsets.decode(bytes, cs);
        if (text.isBlank()) {
            throw new PithException(Reason.NO_CONTENT, source + ": no content found (empty file)");
        }
        String xml = xmlKind(text);
        if (xml != null) {
            throw new PithException(Reason.NOT_A_PAGE, source + ": not a web page (" + xml + ")");
        }
        return new Page(source, kindOf(name, text), text, cs.charset().name());
    }

    private byte[] readCapped(InputStream in, String source) throws IOException, PithException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new PithException(Reason.TOO_LARGE,
                        source + ": larger than " + maxBytes + " bytes (raise with --max-bytes)");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    /** Names the binary format of {@code b}, or null when it looks like text. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, "\u0089PNG")) {
            return "PNG image";
        }
        if (startsWith(b, "%PDF")) {
            return "PDF document";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "zip archive";
        }
        if (startsWith(b, "GIF8")) {
            return "GIF image";
        }
        if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "JPEG image";
        }
        if (startsWith(b, "\u007fELF")) {
            return "executable";
        }
        int n = Math.min(b.length, 4096);
        int zeros = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                zeros++;
            } else if (c < 9 || (c > 13 && c < 32 && c != 27)) {
                controls++;
            }
        }
        boolean utf16 = (b.length >= 2 && ((b[0] == 0 && b[1] != 0) || (b[0] != 0 && b[1] == 0)));
        if (zeros > n / 10 && !utf16) {
            return "binary data";
        }
        // Text, in any encoding, has next to no control characters; random bytes have about one in ten.
        return controls + (utf16 ? 0 : zeros) > n / 20 ? "binary data" : null;
    }

    /** The root elements of XML documents that are not pages, and what they are. */
    private static final java.util.regex.Pattern XML_ROOT = java.util.regex.Pattern.compile(
            "^\\uFEFF?\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*|<\\?xml-stylesheet[^>]*>\\s*)*<(rss|feed|rdf:RDF|urlset|sitemapindex)[\\s>]",
            java.util.regex.Pattern.DOTALL);

    /**
     * Names an XML document that is not a page (an RSS or Atom feed, a sitemap) by its root element, or null: read as
     * HTML, a feed's entries would run together with their markup escaped.
     */
    static String xmlKind(String text) {
        java.util.regex.Matcher m = XML_ROOT.matcher(text.substring(0, Math.min(text.length(), 4096)));
        if (!m.find()) {
            return null;
        }
        return switch (m.group(3)) {
            case "rss", "rdf:RDF" -> "RSS feed";
            case "feed" -> "Atom feed";
            default -> "XML sitemap";
        };
    }

    private static boolean startsWith(byte[] b, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (b[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static Page.Kind kindOf(String name, String text) {
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Page.Kind.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Page.Kind.HTML;
        }
        return looksLikeHtml(text) ? Page.Kind.HTML : Page.Kind.TEXT;
    }

    /** True when the start of {@code text} has the tags a page starts with. */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body") || head.contains("<meta") || head.contains("<div")
                || head.contains("<p>") || head.contains("<article") || head.contains("<title");
    }
}
