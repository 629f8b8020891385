package dev.pith.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubstringsTest {
    @Test
    void findsEachFragmentAnywhereAsContainsWould() {
        Substrings s = Substrings.of("share", "social", "-bar", "é-x");
        assertTrue(s.foundIn("post-social"));
        assertTrue(s.foundIn("top-bar"));
        assertTrue(s.foundIn("café-x"), "a fragment that starts with a letter outside ASCII");
        assertFalse(s.foundIn("shar"), "a fragment cut short by the end of the text");
        assertFalse(s.foundIn(""));
        assertEquals(0b0011, s.which("sharesocial"));
        assertEquals(0b0101, s.which("share-bar share"));
        assertEquals(0, s.which("soc-ial"));
    }

    @Test
    void fragmentsThatShareTheirFirstLetterAreAllTried() {
        Substrings s = Substrings.of("pager", "page-numbers", "pagination");
        assertEquals(0b010, s.which("page-numbers"));
        assertEquals(0b101, s.which("pagination pager"));
    }

    @Test
    void refusesWhatItCannotHold() {
        assertThrows(IllegalArgumentException.class, Substrings::of);
        assertThrows(IllegalArgumentException.class, () -> Substrings.of("a", ""));
        assertThrows(IllegalArgumentException.class, () -> Substrings.of(new String[65]));
    }
}
