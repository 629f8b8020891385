package dev.pith.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates pages write into ISO-8601: with the offset when the page gives one, the local date-time
 * when it gives a time without zone, the date alone otherwise. Dates before 1990 or in the future are
 * refused: they are copyright years, birth dates or typos.
 *
 * <pre>{@code
 * Dates.normalize("2019-03-15T10:20:30+0100");   // "2019-03-15T10:20:30+01:00"
 * Dates.normalize("Fri, 15 Mar 2019 10:20:30 GMT");// "2019-03-15T10:20:30Z"
 * Dates.normalize("15 mars 2019");                // "2019-03-15"
 * }</pre>
 */
public final class Dates {
    private Dates() {
    }

    private static final int MIN_YEAR = 1990;
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|[-_])");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})[/_-]");
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    /** Year first with the month's name, as Hungarian writes it: "2015. augusztus 20., 11:16". */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("\\b(\\d{4})\\.?\\s+(\\p{L}{3,12})\\.?\\s+(\\d{1,2})\\b");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NUMERIC_DMY = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})\\b");

    /** Month names and abbreviations in en, de, fr, es, it, pt, nl, sv/da, pl, ru, tr, hu, cs, bg, uk and ro. */
    private static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari",
                "stycznia", "styczeń", "января", "январь", "янв", "ocak", "január", "ledna", "leden", "януари", "січня", "ianuarie"},
            {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev",
                "februari", "lutego", "luty", "февраля", "февраль", "фев", "şubat", "subat", "február", "febr", "února",
                "únor", "февруари", "лютого", "februarie"},
            {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrt", "marca", "marzec",
                "марта", "март", "mart", "március", "márc", "března", "březen", "березня", "martie"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "апреля", "апрель", "апр",
                "nisan", "április", "ápr", "dubna", "duben", "април", "квітня", "aprilie"},
            {"may", "mai", "mayo", "maggio", "maio", "mei", "mag", "maj", "maja", "мая", "май", "mayıs", "mayis", "május", "máj", "května", "květen", "травня"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "июня", "июнь",
                "haziran", "június", "jún", "června", "červen", "юни", "червня", "iunie"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "июля", "июль",
                "temmuz", "július", "júl", "července", "červenec", "юли", "липня", "iulie"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia", "sierpień", "августа",
                "август", "авг", "ağustos", "agustos", "augusztus", "srpna", "srpen", "серпня"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "września",
                "wrzesień", "сентября", "сентябрь", "сен", "eylül", "eylul", "szeptember", "szept", "září", "септември",
                "вересня", "septembrie"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                "października", "październik", "октября", "октябрь", "окт", "ekim", "október", "října", "říjen",
                "октомври", "жовтня", "octombrie"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "ноября", "ноябрь", "ноя",
                "kasım", "kasim", "listopadu", "ноември", "листопада", "noiembrie"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                "dezembro", "grudnia", "grudzień", "декабря", "декабрь", "дек", "aralık", "aralik", "prosince", "prosinec",
                "декември", "грудня", "decembrie"}
        };
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    private static final List<DateTimeFormatter> RFC = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("EEE MMM d HH:mm:ss zzz yyyy").toFormatter(Locale.ENGLISH));

    /** ISO-8601 form of a machine-readable or visible date, or null when there is none or it is implausible. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        // Every date pith reads has a year and a day in digits: a text with fewer than two digits is none.
        if (s.isEmpty() || s.length() > 200 || digits(s) < 2) {
            return null;
        }
        String iso = parse(s);
        return plausible(iso) ? iso : null;
    }

    /** How many ASCII digits {@code s} holds. */
    static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c >= '0' && c <= '9' ? 1 : 0;
        }
        return n;
    }

    /** ISO date from a URL path such as {@code /2019/03/15/slug}, or null. */
    public static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_DATE_COMPACT.matcher(url);
            if (!m.find()) {
                return null;
            }
        }
        String iso = date(m.group(1), m.group(2), m.group(3));
        return plausible(iso) ? iso : null;
    }

    private static String parse(String s) {
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            long seconds = s.length() == 13 ? v / 1000 : v;
            return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds), ZoneOffset.UTC).toString();
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return isoFrom(m);
        }
        // Both RFC forms carry a time ("10:45:00"); without one, spare the parser its exceptions.
        for (DateTimeFormatter f : s.indexOf(':') < 0 ? List.<DateTimeFormatter>of() : RFC) {
            try {
                return ZonedDateTime.parse(s, f).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        m = CJK.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        String lower = s.toLowerCase(Locale.ROOT);
        m = DAY_MONTH_YEAR.matcher(lower);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(1));
            }
        }
        m = MONTH_DAY_YEAR.matcher(lower);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(2));
            }
        }
        m = YEAR_MONTH_DAY.matcher(lower);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2));
            if (month != null) {
                return date(m.group(1), month.toString(), m.group(3));
            }
        }
        m = NUMERIC_DMY.matcher(s);
        if (m.find()) {
            return numericDate(m);
        }
        return null;
    }

    /**
     * "05.03.2024" is day first wherever dots are written; with slashes the order depends on the country
     * ("3/12/2024" is 12 March in the US, 3 December in Britain): a slashed date is read only when one of its
     * numbers is above 12 or both are the same, since a wrong date is worse than none.
     */
    private static String numericDate(Matcher m) {
        String first = m.group(1);
        String second = m.group(3);
        String year = m.group(4);
        boolean slashed = m.group(2).equals("/");
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        if (!slashed || a > 12 || a == b) {
            return b <= 12 ? date(year, second, first) : null;
        }
        return b > 12 ? date(year, first, second) : null;
    }

    private static String isoFrom(Matcher m) {
        String day = date(m.group(1), m.group(2), m.group(3));
        if (day == null || m.group(4) == null) {
            return day;
        }
        try {
            LocalDateTime t = LocalDate.parse(day).atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(7);
            if (zone == null) {
                return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            ZoneOffset offset = zone.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(offsetId(zone));
            return t.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (RuntimeException e) {
            return day;
        }
    }

    private static String offsetId(String zone) {
        String z = zone.replace(":", "");
        return z.length() == 3 ? z + ":00" : z.substring(0, 3) + ":" + z.substring(3);
    }

    private static String date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean plausible(String iso) {
        if (iso == null || iso.length() < 10) {
            return false;
        }
        try {
            LocalDate d = LocalDate.parse(iso.substring(0, 10));
            return d.get(ChronoField.YEAR) >= MIN_YEAR && !d.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
