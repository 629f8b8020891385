package dev.pith.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans bylines into a list of names: no "By", no dates, roles, e-mail addresses, URLs or "Staff".
 *
 * <pre>{@code
 * Authors.clean(List.of("By Jane Doe and John Smith | Updated 3 hours ago"));  // [Jane Doe, John Smith]
 * }</pre>
 */
public final class Authors {
    private Authors() {
    }

    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*((written |posted |submitted |reported |words |text |story )?(by|von|par|por|di|door|af|av|przez|от|oleh|بقلم)\\s*:?"
                    + "|(author|autor|autorin|auteur|autore|автор)\\s*:)\\s+"
                    // Chinese and Japanese bylines set the word for text or reporter before a mark: "文・山田太郎", "作者：张三".
                    + "|^\\s*(文|作者|记者|記者|撰文)\\s*[・:：/／]\\s*");
    private static final Pattern CUT = Pattern.compile(
            "(?i)\\s*(\\||•|·|—|–| - |\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon (\\w+,? )?\\d|\\d{1,2}:\\d{2}|(?<![\\p{L}\\d])\\d{4}|\\bfor\\b|\\bin\\b|\\bat\\b"
                    + "|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
                    + "|\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?"
                    + "|nov(ember)?|dec(ember)?)\\.?\\s+\\d).*$");
    /** A handle printed after the name, "weekend_eng (id:weekend_eng)", "Jane Doe (@janedoe)": the same person. */
    private static final Pattern HANDLE = Pattern.compile("\\s*\\((id:|@)[^()\\s]{1,40}\\)\\s*$");
    private static final Pattern SPLIT = Pattern.compile("(?i)\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\s\\+\\s)\\s*");
    private static final Set<String> NOT_NAMES = Set.of("staff", "admin", "administrator", "editor", "editors",
            "reporter", "correspondent", "contributor", "guest", "author", "unknown", "anonymous", "redaktion",
            "rédaction", "redacción", "redazione", "staff writer", "staff reporter", "news desk", "newsdesk",
            "web desk", "the associated press", "associated press", "reuters", "afp", "ap", "press release",
            "name", "written by", "topic author", "follow author", "follow", "sign", "last", "first");
    /** Breadcrumbs, prices and markup are never part of a name. */
    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[»$€£|<>{}]");
    /** "Written by" with the name left off. */
    private static final Pattern ENDS_WITH_BY = Pattern.compile("(?i)(^|\\s)(by|von|par|por)$");
    /** Digits that say when, not who: a year, a time, "3 hours", "12.03". Usernames such as "paulb203" pass. */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "(?i)\\b(1[89]|20)\\d{2}\\b|\\d{1,2}:\\d{2}|\\b\\d+\\s*(sec|min|hour|hr|day|week|month|year)s?\\b"
                    + "|\\b\\d{1,2}[./-]\\d{1,2}\\b|^\\d+$|\\s\\d+\\b|^\\d");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(staff|senior|chief|editor|writer|reporter|correspondent|columnist|contributor|photographer"
                    + "|producer|analyst|professor|director|manager|founder)\\b");

    /** Degrees and suffixes that follow a name after a comma ("Ann Lee, MD"): part of that name, not another one. */
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)(m\\.?d|ph\\.?d|d\\.?o|dvm|vmd|rn|np|pa-c|mba|mph|msc?|ma|ba|bsc?"
            + "|dds|dmd|jd|esq|cpa|cfa|lcsw|psyd|edd|facp|facs|rd|ld|cdn|jr|sr|ii|iii|iv)\\.?");

    /** Names found in {@code raw} bylines, in order, without duplicates; an empty list when none. */
    public static List<String> clean(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            if (r == null) {
                continue;
            }
            String s = r.replaceAll("\\s+", " ").strip();
            if (s.contains("://") || s.startsWith("www.")) {
                continue;
            }
            s = PREFIX.matcher(s).replaceFirst("");
            s = HANDLE.matcher(s).replaceFirst("");
            s = CUT.matcher(s).replaceFirst("");
            String previous = null;
            for (String part : SPLIT.split(s)) {
                String degree = part.strip().replaceAll("[^\\p{L}.]+$", "");
                if (CREDENTIAL.matcher(degree).matches()) {
                    if (previous != null && out.remove(previous)) {
                        previous = previous + ", " + degree;
                        out.add(previous);
                    }
                    continue;
                }
                String name = tidy(part);
                previous = name;
                // The same name twice, once in capitals (a byline and its small-caps copy), is one author.
                if (name != null && out.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                    out.add(name);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * A name of two words or more set in capitals, as wire bylines print it ("JANE DOE", "MARY O'BRIEN-SMITH"), in
     * the case a reader writes it ("Jane Doe", "Mary O'Brien-Smith"), without the agency a byline may run on with
     * ("ERIC TUCKER Associated Press"). A name with small letters is left alone, and so is a name with a word that
     * is an abbreviation ("USA TODAY", "BBC NEWS").
     */
    static String unshouted(String name) {
        java.util.regex.Matcher m = SHOUTED.matcher(name);
        if (!m.matches()) {
            return name;
        }
        String capitals = m.group(1);
        // Initials are capitals too ("J. R. Smith"): two words at least must be written all in capitals.
        if (CAPITAL_WORD.matcher(capitals).results().count() < 2
                || Arrays.stream(capitals.split(" ")).anyMatch(ABBREVIATIONS::contains)) {
            return name;
        }
        StringBuilder out = new StringBuilder(capitals.length());
        boolean start = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** Two words or more in capitals, then perhaps words that are not (an agency's name). */
    private static final Pattern SHOUTED = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}'’.-]*(?: \\p{Lu}[\\p{Lu}'’.-]*)+)(?: \\p{Lu}\\p{Ll}.*)?");
    private static final Pattern CAPITAL_WORD = Pattern.compile("\\p{Lu}{2,}[\\p{Lu}'’.-]*");
    /** Words a byline writes in capitals because they are abbreviations: the name is an organisation's. */
    private static final Set<String> ABBREVIATIONS = Set.of("USA", "US", "UK", "AP", "AFP", "BBC", "CNN", "NBC", "CBS",
            "ABC", "NPR", "UPI", "DPA", "EFE", "ANSA", "TV", "NEWS", "PRESS", "STAFF");

    private static String tidy(String part) {
        String n = PREFIX.matcher(part.strip()).replaceFirst("").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.)]]+$", "").strip();
        if (n.matches(".*\\p{L}{4,}\\.")) {
            n = n.substring(0, n.length() - 1); // the end of a sentence, "Posted by Alon Zakai."; "Jr." keeps its dot
        }
        if (n.endsWith(")") && n.indexOf('(') < 0) {
            n = n.substring(0, n.length() - 1).strip();
        }
        if (n.isEmpty() || n.length() > 60 || n.contains("@") || DATE_LIKE.matcher(n).find()
                || NOT_NAME_CHARS.matcher(n).find() || ENDS_WITH_BY.matcher(n).find()) {
            return null;
        }
        n = unshouted(n);
        String lower = n.toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lower) || ROLE.matcher(n).find() && n.split(" ").length > 1 && !looksLikeName(n)) {
            return null;
        }
        int words = n.split("\\s+").length;
        if (words > 5 || !Character.isLetter(n.codePointAt(0))) {
            return null;
        }
        return n;
    }

    private static boolean looksLikeName(String n) {
        return !ROLE.matcher(n).find();
    }
}
