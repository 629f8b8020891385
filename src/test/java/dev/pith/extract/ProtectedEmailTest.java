package dev.pith.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProtectedEmailTest {
    /** "ac@example.com", each byte XORed with 0x0f, the key written first. */
    private static final String HEX = "0f6e6c4f6a776e627f636a216c6062";

    @Test
    void decodesTheAddressAndTheLinkToIt() {
        assertEquals("ac@example.com", ProtectedEmail.decode(HEX));
        assertEquals("mailto:ac@example.com", ProtectedEmail.mailto("/cdn-cgi/l/email-protection#" + HEX));
        assertEquals("mailto:ac@example.com",
                ProtectedEmail.mailto("https://shop.example.com/cdn-cgi/l/email-protection#" + HEX));
    }

    @Test
    void anythingElseIsNotAnAddress() {
        assertNull(ProtectedEmail.decode("0f6e6c"), "decodes to no address");
        assertNull(ProtectedEmail.decode("zz6e6c4f"), "not hex");
        assertNull(ProtectedEmail.decode(HEX.substring(1)), "odd length");
        assertNull(ProtectedEmail.mailto("/contact#" + HEX), "another link");
        assertNull(ProtectedEmail.mailto("/cdn-cgi/l/email-protection"), "no address after the mark");
    }
}
