package dev.pith.extract;

/**
 * E-mail addresses that a CDN's "email protection" hid from the saved page: the text reads "[email protected]"
 * and the address is in an attribute, hex-encoded, each byte XORed with the first. A browser's script would
 * have written it in; pith decodes it.
 *
 * <pre>{@code
 * ProtectedEmail.decode("0f6e6c4f6a776e627f636a216c6062");   // "ac@example.com"
 * ProtectedEmail.mailto("/cdn-cgi/l/email-protection#0f6e6c4f6a776e627f636a216c6062");   // "mailto:ac@example.com"
 * }</pre>
 */
final class ProtectedEmail {
    private static final String LINK_MARK = "/cdn-cgi/l/email-protection#";

    private ProtectedEmail() {
    }

    /** The address encoded in {@code hex}, or null when it is not one (odd length, not hex, no "@"). */
    static String decode(String hex) {
        String h = hex.strip();
        if (h.length() < 4 || h.length() % 2 != 0) {
            return null;
        }
        int key = Character.digit(h.charAt(0), 16) * 16 + Character.digit(h.charAt(1), 16);
        StringBuilder sb = new StringBuilder(h.length() / 2);
        for (int i = 2; i < h.length(); i += 2) {
            int hi = Character.digit(h.charAt(i), 16);
            int lo = Character.digit(h.charAt(i + 1), 16);
            if (hi < 0 || lo < 0 || key < 0) {
                return null;
            }
            sb.append((char) ((hi * 16 + lo) ^ key));
        }
        String email = sb.toString();
        return email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? email : null;
    }

    /** {@code mailto:} and the address for a protected link's href, or null for any other href. */
    static String mailto(String href) {
        int at = href.indexOf(LINK_MARK);
        if (at < 0) {
            return null;
        }
        String email = decode(href.substring(at + LINK_MARK.length()));
        return email == null ? null : "mailto:" + email;
    }
}
