package dev.zonegraph.seed;

import static dev.zonegraph.seed.SeedReader.dateProblem;
import static dev.zonegraph.seed.SeedReader.str;
import static dev.zonegraph.seed.SeedReader.strings;

import dev.zonegraph.seed.Problem.Code;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads an article, from a file or a GraphQL input of the same shape: metadata and either {@code body} (printed
 * text, cleaned by the rule) or {@code text} (already clean). An article placed on the seed page ({@code order} set)
 * must stand on it byte for byte; any other carries its own text.
 */
public final class ArticleFile {

    private ArticleFile() {
    }

    /**
     * The article, or null when it cannot be built; problems go to {@code problems} with their paths.
     *
     * @param page the seed page, or null where there is none
     */
    public static Article read(Map<String, Object> values, String page, List<Problem> problems) {
        int before = problems.size();
        String id = str(values.get("id"));
        String title = str(values.get("title"));
        String body = str(values.get("body"));
        String text = str(values.get("text"));
        if (!SeedReader.validId(id) || !id.startsWith("article:")) {
            problems.add(new Problem(List.of("id"), "article id must look like article:some-slug, not " + id,
                    Code.INVALID));
        }
        if (title == null || title.isBlank()) {
            problems.add(new Problem(List.of("title"), "article " + id + ": has no title", Code.INVALID));
        }
        if ((body == null || body.isBlank()) == (text == null || text.isBlank())) {
            problems.add(new Problem(List.of("text"), "article " + id + ": needs its text: either body (as printed)"
                    + " or text (already clean), not both", Code.INVALID));
        }
        String published = str(values.get("published"));
        if (published != null && dateProblem(published) != null) {
            problems.add(new Problem(List.of("published"), "article " + id + ": published " + dateProblem(published),
                    Code.INVALID));
        }
        Object order = values.get("order");
        if (order != null && !(order instanceof Integer n && n > 0)) {
            problems.add(new Problem(List.of("order"), "article " + id + ": order is not a position on the page: «"
                    + order + "»", Code.BAD_NUMBER));
        }
        if (problems.size() > before) {
            return null;
        }
        var header = new Article.Header(id, order == null ? 0 : (Integer) order, str(values.get("kicker")), title,
                str(values.get("subtitle")), str(values.get("byline")), strings(values.get("authors")),
                str(values.get("url")), published);
        Article article = text != null ? Article.ofText(header, text)
                : Article.ofBody(header, strings(values.get("headings")), strings(values.get("captions")), body);
        if (article.order() > 0) {
            checkOnPage(article, page, problems);
        }
        for (String line : concat(article.headings(), article.captions())) {
            if (!article.paragraphs().contains(line)) {
                problems.add(new Problem(List.of("body"), "heading/caption «" + line + "» is not a line of the body",
                        Code.INVALID));
            }
        }
        return article;
    }

    private static void checkOnPage(Article article, String page, List<Problem> problems) {
        if (page == null) {
            problems.add(new Problem(List.of("order"), "article " + article.id() + " is placed on the page (order)"
                    + " but there is no page.txt beside it", Code.INVALID));
            return;
        }
        if (!page.contains(article.body().strip())) {
            problems.add(new Problem(List.of("body"), "body is not verbatim in page.txt", Code.QUOTE_NOT_FOUND));
        }
        String flatPage = page.replaceAll("\\s+", "");
        for (String printed : printedLines(article)) {
            if (!flatPage.contains(printed.replaceAll("\\s+", ""))) {
                problems.add(new Problem(List.of("title"), "«" + printed + "» is not on the page",
                        Code.QUOTE_NOT_FOUND));
            }
        }
    }

    private static List<String> printedLines(Article a) {
        List<String> lines = new ArrayList<>(List.of(a.title()));
        for (String s : Arrays.asList(a.kicker(), a.subtitle(), a.byline())) {
            if (s != null) {
                lines.add(s);
            }
        }
        return lines;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
