package dev.pith.metadata;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TitlesTest {
    @Test
    void siteNameSuffixAndPrefixGo() {
        assertEquals("Port operators brace for new tariff rules",
                Titles.stripSite("Port operators brace for new tariff rules | Meridian Business Review", "Meridian Business Review"));
        assertEquals("Headline here for sure", Titles.stripSite("The Site - Headline here for sure", "The Site"));
        // A blog's "Name: Post": with the site's name known, a colon after it is a separator.
        assertEquals("Saving tomato seeds", Titles.stripSite("Notes from the Garden: Saving tomato seeds", "Notes from the Garden"));
        assertEquals("Notes: a field guide to birds", Titles.stripSite("Notes: a field guide to birds", "Field Notes"));
        assertEquals("Lazy iterators, explained with three small programs",
                Titles.stripSite("Lazy iterators, explained with three small programs - Field Notes", null));
        assertEquals("商店街に新しい図書コーナー", Titles.stripSite("商店街に新しい図書コーナー｜みなと日報", "みなと日報"));
        // The site's name, then its tagline.
        assertEquals("Pricing", Titles.stripSite("Pricing | Ledgerly — Bookkeeping for small teams", "Ledgerly"));
        // A word that only starts like the site's name is not it.
        assertEquals("Pricing | Ledgerlyst — Bookkeeping for small teams",
                Titles.stripSite("Pricing | Ledgerlyst — Bookkeeping for small teams", "Ledgerly"));
    }

    @Test
    void aTitleWithoutSiteNameIsLeftAlone() {
        assertEquals("Trump's 5G push signals softer stance on Huawei",
                Titles.stripSite("Trump's 5G push signals softer stance on Huawei", "Nikkei Asian Review"));
        assertEquals("Q&A: what changes - and why", Titles.stripSite("Q&A: what changes - and why", null));
    }

    @Test
    void aTitleThatOpensWithItsSeparatorHasNoOwnPartAndEmptyBracketsGo() {
        assertEquals("", Titles.stripSite(" | Volts Magazine", "Volts Magazine"));
        assertEquals("Decorating Clips, Clear, 40-Clips", Titles.stripSite("Decorating Clips, Clear, 40-Clips ()", null));
        assertEquals("Notes (draft 2)", Titles.stripSite("Notes (draft 2)", null));
    }

    @Test
    void theH1AsShownWinsOverTheSameWordsInAnotherCaseOrWithArchives() {
        assertEquals("white speckle mug", Titles.preferHeadline("White Speckle Mug", List.of("white speckle mug")));
        // A shop's domain before a colon: the headline after it is the product's name; a name with a dot stays whole.
        assertEquals("Kestrel Trail Tent, 2-Person", Titles.preferHeadline("Amazon.com: Kestrel Trail Tent, 2-Person",
                List.of("Kestrel Trail Tent, 2-Person")));
        assertEquals("Node.js: The Complete Guide", Titles.preferHeadline("Node.js: The Complete Guide",
                List.of("Getting started")));
        assertEquals("Air Fryer Recipes", Titles.preferHeadline("Air Fryer Recipes Archives", List.of("Air Fryer Recipes")));
        assertEquals("Nintendo Switch – OLED Model",
                Titles.preferHeadline("Nintendo Switch – OLED Model", List.of("Nintendo Switch - OLED Model")),
                "a different dash is a different title: the declared one stands");
        assertEquals("The Archives of the City", Titles.preferHeadline("The Archives of the City", List.of("The Archives")));
    }

    @Test
    void anIssueTrackersNumberAfterTheH1DoesNotHideThePartItShows() {
        assertEquals("Parser hangs on deeply nested lists", Titles.preferHeadline(
                "Parser hangs on deeply nested lists · Issue #4812 · inkwell/inkwell · GitHub",
                List.of("Parser hangs on deeply nested lists #4812")));
        // A number that is part of the headline's words stays where the title has it.
        assertEquals("Top 10 hikes · Trail Notes", Titles.preferHeadline("Top 10 hikes · Trail Notes", List.of("Top #10")));
    }

    @Test
    void theH1PicksThePartOfTheTitle() {
        assertEquals("Configuration reference", Titles.preferHeadline("Configuration reference — Gantry 2.4 documentation",
                List.of("Configuration reference")));
    }

    @Test
    void theH1PicksThePartOfATitleThatStillHasASectionAfterTheSiteWentOff() {
        assertEquals("How to use promises", Titles.preferHeadline("How to use promises - Learn web development",
                List.of("How to use promises")));
    }

    @Test
    void anIconGlyphInTheH1DoesNotHideTheMatch() {
        assertEquals("Ansible playbooks", Titles.preferHeadline("Ansible playbooks — Ansible Community Documentation",
                List.of("Ansible playbooks \uf0c1")));
    }

    @Test
    void aHierarchyOfLevelsInTheTitleLosesEveryLevelAboveTheThread() {
        assertEquals("What happened with the installer image in 2024",
                Titles.stripSite("What happened with the installer image in 2024 / General Discussion / Arch Forums", null));
    }

    @Test
    void differentSeparatorsAreNotAHierarchy() {
        assertEquals("Three small programs - Part Two",
                Titles.stripSite("Three small programs - Part Two | Field Notes", null));
    }

    @Test
    void thePartOfATitleAHeadingShowsIsTheHeadline() {
        List<String> shown = List.of("Guitar Forums", "Restringing a 12 string", "Reply");
        assertEquals("Restringing a 12 string",
                Titles.shownPart("Guitar Forums :: View topic - Restringing a 12 string", shown));
        assertNull(Titles.shownPart("Guitar Forums :: View topic - Restringing a 12 string", List.of("Tuning pegs")));
        assertEquals("Restringing a 12 string", Titles.shownPart("Restringing a 12 string", shown), "one part: itself");
    }

    @Test
    void chineseTitlesSeparateTheirPartsWithoutSpacesAndTheHeadlineShowsWhichIsTheStory() {
        assertEquals("长江流域今年首次启动防汛应急响应",
                Titles.preferHeadline("长江流域今年首次启动防汛应急响应_新闻中心_新浪网", List.of("长江流域今年首次启动防汛应急响应")));
        assertEquals("三峡水库开闸泄洪", Titles.preferHeadline("三峡水库开闸泄洪-中新网", List.of("三峡水库开闸泄洪")));
        // Without spaces a hyphen or underscore only separates where the headline shows a part: "Wi-Fi" stays whole.
        assertEquals("Wi-Fi 7 routers tested", Titles.preferHeadline("Wi-Fi 7 routers tested", List.of("Wi")));
        assertEquals("snake_case names", Titles.preferHeadline("snake_case names", List.of("Names")));
        assertEquals("长江流域今年首次启动防汛应急响应_新闻中心_新浪网",
                Titles.stripSite("长江流域今年首次启动防汛应急响应_新闻中心_新浪网", null));
    }

    @Test
    void aHeadlineHoldingASeparatorIsTheRunOfPartsItShows() {
        assertEquals("json — JSON encoder and decoder", Titles.preferHeadline(
                "json — JSON encoder and decoder — Example 3.12 documentation", List.of("json — JSON encoder and decoder¶")));
        assertEquals("Config: the reference", Titles.preferHeadline("Gantry docs | Config: the reference",
                List.of("Config: the reference")));
        assertEquals("Gantry docs | Config: the reference", Titles.preferHeadline("Gantry docs | Config: the reference",
                List.of("Something else entirely")));
        // The part the headline shows, as it shows it, without an icon font's glyph.
        assertEquals("Cast Iron Skillet, 10 inch", Titles.preferHeadline("Cast Iron Skillet 10 inch - Hearth Kitchen Store",
                List.of("Cast Iron Skillet, 10 inch")));
        assertEquals("Ansible playbooks", Titles.preferHeadline("Ansible playbooks — Ansible Community Documentation",
                List.of("Ansible playbooks\uf0c1")));
    }
}
