package dev.pith.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassAttrTest {
    @Test
    void aWholeNameInAnyCaseAnywhereInTheAttribute() {
        assertTrue(ClassAttr.holds("sr-only", "sr-only"));
        assertTrue(ClassAttr.holds("price  SR-ONLY\tbold", "sr-only"));
        assertTrue(ClassAttr.holds("visually-hidden sr-only", "sr-only"));
    }

    @Test
    void notAPartOfAnotherName() {
        assertFalse(ClassAttr.holds("sr-only-focusable", "sr-only"));
        assertFalse(ClassAttr.holds("not-sr-only", "sr-only"));
        assertFalse(ClassAttr.holds("", "sr-only"));
        // The name found second, whole, after a first find inside another name.
        assertTrue(ClassAttr.holds("xsr-only sr-only", "sr-only"));
    }
}
