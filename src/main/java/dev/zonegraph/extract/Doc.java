package dev.zonegraph.extract;

import dev.zonegraph.seed.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * An article cut into the pieces rules read: passages (title, kicker, byline, and each paragraph of the cleaned body)
 * and their sentences, each knowing where it stands so a quote can name its offsets.
 */
final class Doc {

    private static final String SENTENCE_END = "。!?;!?;";

    /** A run of text in one field; {@code offset} is where it starts in that field. */
    record Passage(String field, int offset, String text) {
    }

    /** A sentence (ending punctuation included) of a passage; {@code start} is its offset in the passage. */
    record Sentence(Passage passage, int start, String text, int index) {

        int end() {
            return start + text.length();
        }

        /** Evidence quoting this whole sentence. */
        Proposals.Evidence evidence() {
            return evidence(0, text.length());
        }

        /** Evidence quoting the sentence's characters [from, to), trimmed of surrounding spaces. */
        Proposals.Evidence evidence(int from, int to) {
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            int at = passage.offset() + start + from;
            return new Proposals.Evidence(text.substring(from, to), passage.field(), at, at + to - from);
        }
    }

    final Article article;
    final List<Sentence> sentences = new ArrayList<>();

    Doc(Article article) {
        this.article = article;
        add(new Passage("title", 0, article.title()));
        if (article.kicker() != null) {
            add(new Passage("kicker", 0, article.kicker()));
        }
        if (article.byline() != null) {
            add(new Passage("byline", 0, article.byline()));
        }
        int offset = 0;
        for (String paragraph : article.paragraphs()) {
            add(new Passage("text", offset, paragraph));
            offset += paragraph.length() + 1;
        }
    }

    private void add(Passage passage) {
        String text = passage.text();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean end = SENTENCE_END.indexOf(text.charAt(i)) >= 0;
            if (end && i + 1 < text.length() && text.charAt(i + 1) == '”') {
                i++;
            }
            if (end || i == text.length() - 1) {
                sentences.add(new Sentence(passage, start, text.substring(start, i + 1), sentences.size()));
                start = i + 1;
            }
        }
    }

    /** Sentences of the body only (not title or kicker). */
    List<Sentence> body() {
        return sentences.stream().filter(s -> s.passage().field().equals("text")).toList();
    }
}
