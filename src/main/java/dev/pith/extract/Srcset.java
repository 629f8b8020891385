package dev.pith.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an image's {@code srcset} as browsers do and picks its largest candidate, the picture a reader would see
 * on a large screen. Commas inside an address ({@code …/w_400,h_300/a.jpg}) do not split it: candidates end after
 * their descriptor or at a comma that ends the address.
 *
 * <pre>{@code
 * Srcset.largest("a-400.jpg 400w, a-800.jpg 800w");   // "a-800.jpg"
 * Srcset.largest("a.jpg, a@2x.jpg 2x");              // "a@2x.jpg"
 * }</pre>
 */
final class Srcset {
    private Srcset() {
    }

    /** A width or density descriptor, possibly with the comma that ends the candidate and the next address glued on. */
    private static final Pattern DESCRIPTOR = Pattern.compile("([\\d.]+)([wxh])(?:,(.*))?", Pattern.CASE_INSENSITIVE);

    /** The address of the largest candidate (by width, else density; the first when none says), or null. */
    static String largest(String srcset) {
        String[] tokens = srcset.strip().split("\\s+");
        String best = null;
        double bestSize = -1;
        int i = 0;
        while (i < tokens.length) {
            String url = tokens[i++].replaceFirst("^,+", "");
            if (url.isEmpty()) {
                continue;
            }
            double size = 0;
            if (url.endsWith(",")) {
                url = url.replaceFirst(",+$", "");
            } else if (i < tokens.length) {
                Matcher m = DESCRIPTOR.matcher(tokens[i]);
                if (m.matches()) {
                    size = parse(m.group(1)) * (m.group(2).equalsIgnoreCase("x") ? 1000 : 1);  // 2x outranks 1000w
                    if (m.group(3) != null && !m.group(3).isEmpty()) {
                        tokens[i] = m.group(3);  // "1x,b.jpg": the next candidate's address
                    } else {
                        i++;
                    }
                }
            }
            if (!url.isEmpty() && size > bestSize) {
                best = url;
                bestSize = size;
            }
        }
        return best;
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
