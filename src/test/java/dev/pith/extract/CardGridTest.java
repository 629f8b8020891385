package dev.pith.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CardGridTest {
    private static String tiles(int n, String cls) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("<li class='").append(cls).append("'><a href='/p/").append(i).append("'>Mug ").append(i)
                    .append("</a> <span>$1").append(i).append("</span></li>");
        }
        return sb.toString();
    }

    @Test
    void theContainerOfRepeatedLinkedCardsIsTheGrid() {
        Element body = Jsoup.parse("<body><ul class='menu'><li><a href='/'>Home</a></li><li><a href='/a'>About</a>"
                + "</li></ul><ul class='products'>" + tiles(8, "tile") + "</ul></body>").body();
        assertEquals("products", CardGrid.find(body).className());
    }

    @Test
    void fewerCardsOrCardsThatDoNotRepeatTheirMarkupAreNoGrid() {
        assertNull(CardGrid.find(Jsoup.parse("<ul>" + tiles(5, "tile") + "</ul>").body()));
        StringBuilder mixed = new StringBuilder("<ul>");
        for (int i = 1; i <= 8; i++) {
            mixed.append(tiles(1, "tile-" + i));
        }
        assertNull(CardGrid.find(Jsoup.parse(mixed + "</ul>").body()));
    }

    @Test
    void longBlocksOfProseAreNotCards() {
        String prose = "<div class='section'><a href='/x'>More</a> " + "Words of a long section of prose. ".repeat(20)
                + "</div>";
        assertNull(CardGrid.find(Jsoup.parse("<div>" + prose.repeat(7) + "</div>").body()));
    }

    @Test
    void cardsBuiltByScriptWithoutLinksCountWhenTheyShowAPrice() {
        StringBuilder priced = new StringBuilder("<div class='grid'>");
        StringBuilder plain = new StringBuilder("<div class='grid'>");
        for (int i = 1; i <= 8; i++) {
            priced.append("<div><div class='name'>Lip balm ").append(i).append("</div><div>€1").append(i)
                    .append("</div></div>");
            plain.append("<div><div class='name'>Step ").append(i).append("</div><div>Mix well</div></div>");
        }
        assertEquals("grid", CardGrid.find(Jsoup.parse(priced + "</div>").body()).className());
        assertNull(CardGrid.find(Jsoup.parse(plain + "</div>").body()));
    }
}
