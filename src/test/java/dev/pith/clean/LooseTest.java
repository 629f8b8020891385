package dev.pith.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LooseTest {

    @Test
    void punctuationSymbolsAndCaseDoNotCount() {
        assertEquals("bridge opens at last", Loose.of("  Bridge opens — at last!  "));
        assertEquals("борисов тече акция", Loose.of("Борисов: Тече акция"));
    }

    @Test
    void aHeadingNamesTheTitleItIsOrALongPartOf() {
        String title = Loose.of("City council approves new bike lanes | Daily Ledger");
        assertTrue(Loose.namesTitle(Loose.of("City council approves new bike lanes"), title));
        assertTrue(Loose.namesTitle(Loose.of("Traffic: City council approves new bike lanes | Daily Ledger"), title));
        // A short part of the title ("Daily Ledger", a section's name) names nothing.
        assertFalse(Loose.namesTitle(Loose.of("Daily Ledger"), title));
        assertFalse(Loose.namesTitle("", title));
        assertFalse(Loose.namesTitle(Loose.of("Comments"), ""));
    }
}
