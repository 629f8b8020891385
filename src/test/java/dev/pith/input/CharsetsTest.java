package dev.pith.input;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UTF-8 is recognised as strictly as Java's own decoder has it, and forgiven a few broken bytes in many good ones. */
class CharsetsTest {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void utf16WithoutAByteOrderMarkIsToldByItsZeroBytes() {
        String page = "<!DOCTYPE html><html><head><title>Köln</title></head><body><p>Grüße aus Köln</p></body></html>";
        Charsets.Detected be = Charsets.detect(page.getBytes(StandardCharsets.UTF_16BE));
        Charsets.Detected le = Charsets.detect(page.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(StandardCharsets.UTF_16BE, be.charset());
        assertEquals(StandardCharsets.UTF_16LE, le.charset());
        assertEquals(page, Charsets.decode(page.getBytes(StandardCharsets.UTF_16LE), le));
        // A page with a stray zero byte or two is no UTF-16.
        byte[] stray = page.getBytes(StandardCharsets.UTF_8);
        stray[10] = 0;
        assertEquals(StandardCharsets.UTF_8, Charsets.detect(stray).charset());
    }

    @Test
    void validUtf8AndPlainAsciiAreUtf8() {
        assertTrue(Charsets.mostlyUtf8("Grüße aus Köln, 東京, 🚲".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Charsets.mostlyUtf8("plain".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(Charsets.mostlyUtf8(new byte[0]));
    }

    @Test
    void overlongFormsSurrogatesAndCodePointsBeyondUnicodeAreNotUtf8() {
        assertFalse(Charsets.mostlyUtf8(bytes(0xC0, 0xAF)), "overlong '/'");
        assertFalse(Charsets.mostlyUtf8(bytes(0xE0, 0x80, 0xAF)), "overlong three-byte form");
        assertFalse(Charsets.mostlyUtf8(bytes(0xED, 0xA0, 0x80)), "a UTF-16 surrogate");
        assertFalse(Charsets.mostlyUtf8(bytes(0xF4, 0x90, 0x80, 0x80)), "above U+10FFFF");
        assertFalse(Charsets.mostlyUtf8(bytes(0xE2, 0x82)), "cut short");
        assertFalse(Charsets.mostlyUtf8("Grüße".getBytes(StandardCharsets.ISO_8859_1)), "Latin-1");
    }

    @Test
    void aFewBrokenBytesAmongManyGoodSequencesStillReadAsUtf8() {
        byte[] good = "ü".repeat(10).getBytes(StandardCharsets.UTF_8);
        byte[] oneBad = new byte[good.length + 1];
        System.arraycopy(good, 0, oneBad, 0, good.length);
        oneBad[good.length] = (byte) 0xFF;
        assertTrue(Charsets.mostlyUtf8(oneBad));
        byte[] twoBad = new byte[oneBad.length + 1];
        System.arraycopy(oneBad, 0, twoBad, 0, oneBad.length);
        twoBad[oneBad.length] = (byte) 0xFE;
        assertFalse(Charsets.mostlyUtf8(twoBad), "two bad bytes need twenty good sequences");
    }

    @Test
    void detectionPrefersValidUtf8OverADeclarationAndFallsBackToWindows1252() {
        assertEquals(StandardCharsets.UTF_8,
                Charsets.detect("<meta charset=latin1><p>Köln</p>".getBytes(StandardCharsets.UTF_8)).charset());
        assertEquals("windows-1252",
                Charsets.detect("<p>Köln</p>".getBytes(StandardCharsets.ISO_8859_1)).charset().name());
        assertEquals("windows-1252", Charsets.detect("<meta charset=latin1><p>Koln</p>"
                .getBytes(StandardCharsets.US_ASCII)).charset().name(), "ASCII bytes follow the declaration");
    }
}
