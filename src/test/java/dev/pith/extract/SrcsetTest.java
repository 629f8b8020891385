package dev.pith.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SrcsetTest {
    @Test
    void theWidestCandidateWins() {
        assertEquals("https://x.org/a-1600.jpg",
                Srcset.largest("https://x.org/a-400.jpg 400w, https://x.org/a-1600.jpg 1600w, https://x.org/a-800.jpg 800w"));
    }

    @Test
    void densitiesAndCandidatesWithoutDescriptor() {
        assertEquals("a@2x.jpg", Srcset.largest("a.jpg, a@2x.jpg 2x"));
        assertEquals("b.jpg", Srcset.largest("a.jpg 1x,b.jpg 2x"));
        assertEquals("only.jpg", Srcset.largest("  only.jpg  "));
    }

    @Test
    void aCommaInsideAnAddressDoesNotSplitIt() {
        assertEquals("https://res.example.com/w_800,h_600/a.jpg",
                Srcset.largest("https://res.example.com/w_400,h_300/a.jpg 400w, https://res.example.com/w_800,h_600/a.jpg 800w"));
    }

    @Test
    void nothingUsableIsNull() {
        assertNull(Srcset.largest(" , "));
    }
}
