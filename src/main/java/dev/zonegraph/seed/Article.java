package dev.zonegraph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One source article: its printed metadata and its text, cleaned into paragraphs against which every quote is
 * matched (the rule is documented in seeds/README.md). An article of the seed page has its position on the page
 * ({@code order}) and its body as printed; any other article carries its own text and {@code order} 0.
 */
public record Article(String id, int order, String kicker, String title, String subtitle, String byline,
        List<String> authors, String url, String published, List<String> headings, List<String> captions,
        String body, List<String> paragraphs) {

    private static final String SENTENCE_END = "。!?…”;:.!?;:";

    /** The printed metadata of an article, everything but its text. */
    public record Header(String id, int order, String kicker, String title, String subtitle, String byline,
            List<String> authors, String url, String published) {
    }

    /** An article whose body is cleaned by the rule: layout-broken lines joined, headings and captions apart. */
    public static Article ofBody(Header h, List<String> headings, List<String> captions, String body) {
        return new Article(h.id(), h.order(), h.kicker(), h.title(), h.subtitle(), h.byline(),
                List.copyOf(h.authors()), h.url(), h.published(), List.copyOf(headings), List.copyOf(captions), body,
                clean(body, Set.copyOf(headings), Set.copyOf(captions)));
    }

    /** An article given already clean: one paragraph per non-empty line, as written. */
    public static Article ofText(Header h, String text) {
        var paragraphs = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Article(h.id(), h.order(), h.kicker(), h.title(), h.subtitle(), h.byline(),
                List.copyOf(h.authors()), h.url(), h.published(), List.of(), List.of(), text, paragraphs);
    }

    /** Joins the lines the page's layout broke: a line not ending a sentence continues on the next body line. */
    static List<String> clean(String body, Set<String> headings, Set<String> captions) {
        List<String> paragraphs = new ArrayList<>();
        var current = new StringBuilder();
        for (String line : body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            if (headings.contains(line) || captions.contains(line)) {
                flush(current, paragraphs);
                paragraphs.add(line);
                continue;
            }
            current.append(line);
            if (SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        return List.copyOf(paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /** The cleaned text: paragraphs joined by newlines. */
    public String text() {
        return String.join("\n", paragraphs);
    }

    /** Whether {@code quote} stands verbatim in one paragraph, the title, the kicker, the subtitle or the byline. */
    public boolean contains(String quote) {
        if (quote == null || quote.isBlank()) {
            return false;
        }
        return paragraphs.stream().anyMatch(p -> p.contains(quote))
                || List.of(nz(title), nz(kicker), nz(subtitle), nz(byline)).stream().anyMatch(s -> s.contains(quote));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
