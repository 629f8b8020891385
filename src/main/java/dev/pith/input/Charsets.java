package dev.pith.input;

import dev.pith.Thresholds;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of a saved page: byte-order mark, then the page's own declaration, then a check that
 * the bytes are valid UTF-8, else Windows-1252 (what browsers assume for undeclared Western pages).
 *
 * <p>A page whose bytes are valid UTF-8 with multi-byte sequences is read as UTF-8 whatever it declares:
 * browsers rewrite pages to UTF-8 when saving them and often keep the old declaration, and valid
 * multi-byte UTF-8 almost never happens by chance in Latin-1, GBK or Shift_JIS text.
 */
public final class Charsets {
    private Charsets() {
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** Labels that the HTML standard maps to a wider charset than their name says. */
    private static final Map<String, String> ALIASES = Map.of(
            "iso-8859-1", "windows-1252",
            "latin1", "windows-1252",
            "us-ascii", "windows-1252",
            "ascii", "windows-1252",
            "shift_jis", "windows-31j",
            "sjis", "windows-31j",
            "x-sjis", "windows-31j",
            "gb2312", "GBK",
            "iso-8859-9", "windows-1254",
            "tis-620", "windows-874");

    /** The result of detection: the charset and how many leading bytes (a byte-order mark) to skip. */
    /**
     * The result of detection: the charset, how many leading bytes (a byte-order mark) to skip, and whether the
     * text may be double-encoded: {@link #decode} repairs only then.
     */
    public record Detected(Charset charset, int skip, boolean mayHoldMojibake) {
        Detected(Charset charset, int skip) {
            this(charset, skip, true);
        }
    }

    /** Detects the charset of {@code bytes}; never fails, falls back to Windows-1252. */
    public static Detected detect(byte[] bytes) {
        Detected bom = fromBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = declared(bytes);
        Scan scan = Scan.of(bytes);
        boolean utf8 = scan.mostlyUtf8();
        Charset charset;
        if (declared == null) {
            charset = utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        } else if (utf8 && scan.multiByte > 0) {
            charset = StandardCharsets.UTF_8;
        } else if (declared.equals(StandardCharsets.UTF_8) && !utf8) {
            // A page that says UTF-8 but is not: decoding with replacement keeps every valid character.
            charset = StandardCharsets.UTF_8;
        } else {
            charset = declared;
        }
        return new Detected(charset, 0, scan.mayHoldMojibake(charset));
    }

    /**
     * Decodes {@code bytes} as detected, and undoes double encoding ({@link #repairMojibake}) when detection found
     * that the bytes can hold enough of its telltale letters (eight of U+00C2 to U+00F4, which UTF-8 writes after
     * the byte 0xC3 and Latin-1 as single bytes 0xC2 to 0xF4); most pages cannot, and are not read again.
     */
    public static String decode(byte[] bytes, Detected cs) {
        String text = new String(bytes, cs.skip(), bytes.length - cs.skip(), cs.charset());
        return cs.mayHoldMojibake() ? repairMojibake(text) : text;
    }

    /** Pairs of a UTF-8 lead letter and a continuation character that make a text worth repairing. */
    private static final int MOJIBAKE_MIN_PAIRS = 8;

    /**
     * Undoes double encoding ("mojibake"): text whose UTF-8 bytes were once read as Latin-1, so that "Полина"
     * became "ÐÐ¾Ð»Ð¸Ð½Ð°". When every character fits in one byte and those bytes are valid UTF-8 that
     * needs far fewer non-ASCII characters, the repaired text is returned; otherwise {@code text} itself.
     */
    public static String repairMojibake(String text) {
        int suspicious = 0;
        char[] cs = text.toCharArray();  // a page-long loop: array reads are cheaper than charAt before the JIT
        for (int i = 0; i + 1 < cs.length && suspicious < MOJIBAKE_MIN_PAIRS; i++) {
            char c = cs[i];
            if (c >= 0xC2 && c <= 0xF4) {
                char n = cs[i + 1];
                if (n >= 0x80 && n <= 0xBF || n > 0xFF && CP1252_HIGH.indexOf(n) >= 0) {
                    suspicious++;
                }
            }
        }
        if (suspicious < MOJIBAKE_MIN_PAIRS) {
            return text;
        }
        byte[] bytes = singleBytes(text);
        if (bytes == null || !mostlyUtf8(bytes)) {
            return text;
        }
        String repaired = new String(bytes, StandardCharsets.UTF_8);
        return nonAscii(repaired) * 10 < nonAscii(text) * 7 ? repaired : text;
    }

    /** The characters Windows-1252 puts at bytes 0x80-0x9F (a space where it has none). */
    private static final String CP1252_HIGH = "€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ";

    /** Each character back to the byte Latin-1 or Windows-1252 would have read it from; null if one cannot be. */
    private static byte[] singleBytes(String text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0xFF) {
                out[i] = (byte) c;
            } else {
                int k = CP1252_HIGH.indexOf(c);
                if (k < 0 || c == ' ') {
                    return null;
                }
                out[i] = (byte) (0x80 + k);
            }
        }
        return out;
    }

    private static int nonAscii(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                n++;
            }
        }
        return n;
    }

    /** The charset named by a label, mapped as browsers do; null when unknown. */
    public static Charset forLabel(String label) {
        String key = label.trim().toLowerCase(Locale.ROOT);
        String name = ALIASES.getOrDefault(key, key);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Detected fromBom(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Detected(Charset.forName("UTF-32BE"), 4);
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Detected(Charset.forName("UTF-32LE"), 4);
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        return utf16WithoutBom(b);
    }

    /**
     * UTF-16 without a byte-order mark, told by its zero bytes: markup and most text are ASCII, which UTF-16 writes
     * as a zero byte beside each character's own, on the even bytes (big-endian) or the odd ones (little-endian).
     * Looks at the first {@link Thresholds#UTF16_SNIFF_BYTES}; no single-byte or UTF-8 page has a zero byte every
     * other byte.
     */
    private static Detected utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, Thresholds.UTF16_SNIFF_BYTES) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        double share = Thresholds.UTF16_ZERO_SHARE;
        if (evenZeros >= pairs * share && oddZeros == 0) {
            return new Detected(StandardCharsets.UTF_16BE, 0, false);
        }
        if (oddZeros >= pairs * share && evenZeros == 0) {
            return new Detected(StandardCharsets.UTF_16LE, 0, false);
        }
        return null;
    }

    private static Charset declared(byte[] bytes) {
        int n = Math.min(bytes.length, Thresholds.CHARSET_PRESCAN_BYTES);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset c = forLabel(m.group(1));
            if (c != null) {
                return c;
            }
        }
        m = XML_ENCODING.matcher(head);
        return m.find() ? forLabel(m.group(1)) : null;
    }

    /**
     * True when the bytes are UTF-8 but for a few broken sequences: at least ten valid multi-byte sequences
     * for every invalid byte. Text cut at byte boundaries by careless tools stays readable this way.
     */
    static boolean mostlyUtf8(byte[] b) {
        return Scan.of(b).mostlyUtf8();
    }

    /**
     * One pass over the bytes, without decoding them. Valid as Java's strict decoder has it: no overlong forms,
     * no surrogates, nothing above U+10FFFF.
     *
     * @param multiByte    valid multi-byte sequences
     * @param invalid      bytes that start no valid sequence
     * @param utf8Letters  valid sequences led by 0xC3: U+00C0 to U+00FF, the letters double encoding is made of
     * @param latinLetters bytes 0xC2 to 0xF4: the same letters read as Latin-1
     */
    private record Scan(int multiByte, int invalid, int utf8Letters, int latinLetters) {
        static Scan of(byte[] b) {
            int valid = 0;
            int invalid = 0;
            int c3 = 0;
            int latin = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                if (c >= 0xC2 && c <= 0xF4) {
                    latin++;
                }
                int len = sequenceLength(b, i, c);
                if (len == 0) {
                    invalid++;
                    i++;
                } else {
                    valid++;
                    c3 += c == 0xC3 ? 1 : 0;
                    i += len;
                }
            }
            return new Scan(valid, invalid, c3, latin);
        }

        boolean mostlyUtf8() {
            return invalid == 0 || multiByte > 0 && invalid * 10L <= multiByte;
        }

        /**
         * Whether text decoded with {@code charset} can hold the {@link #MOJIBAKE_MIN_PAIRS} letters that
         * double encoding leaves; most pages cannot, and are then not read through once more.
         */
        boolean mayHoldMojibake(Charset charset) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                return utf8Letters >= MOJIBAKE_MIN_PAIRS;
            }
            if (charset.name().equals("windows-1252") || charset.equals(StandardCharsets.ISO_8859_1)) {
                return latinLetters >= MOJIBAKE_MIN_PAIRS;
            }
            return true;
        }
    }

    /** The length of the valid multi-byte sequence that lead byte {@code c} starts at {@code i}, or 0. */
    private static int sequenceLength(byte[] b, int i, int c) {
        int len;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;  // below: an overlong form
            hi = c == 0xED ? 0x9F : 0xBF;  // above: a UTF-16 surrogate
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;  // above: beyond U+10FFFF
        } else {
            return 0;
        }
        if (i + len > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < lo || second > hi) {
            return 0;
        }
        for (int k = 2; k < len; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return len;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
