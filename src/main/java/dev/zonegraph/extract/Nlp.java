package dev.zonegraph.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * HanLP's portable build (dictionaries inside its jar, nothing downloaded): word segmentation with part-of-speech
 * natures and person/place recognition, and pinyin for ids. The dictionaries load once, on first use, for the JVM.
 */
final class Nlp {

    /** One word of a segmented text: its characters, HanLP's nature (ns place, nr person, v verb ...) and offset. */
    record Token(String word, String nature, int start) {
        int end() {
            return start + word.length();
        }
    }

    private static final class Holder {
        static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOffset(true);
    }

    private Nlp() {
    }

    /** Loads the dictionaries now rather than on the first article. */
    static void warmUp() {
        tokens("西安高新区");
    }

    static List<Token> tokens(String text) {
        List<Term> terms;
        synchronized (Holder.SEGMENT) {
            terms = Holder.SEGMENT.seg(text);
        }
        return terms.stream().map(t -> new Token(t.word, t.nature.toString(), t.offset)).toList();
    }

    /** Whether HanLP's core dictionary knows the word as a place name (株洲市, 合肥市). */
    static boolean isPlace(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.hasNatureStartsWith("ns");
    }

    /** Lower-case ASCII pinyin of a Chinese name, syllables joined by '-', other characters kept if ASCII. */
    static String slug(String name) {
        List<Pinyin> pinyins;
        synchronized (Holder.SEGMENT) {
            pinyins = HanLP.convertToPinyinList(name);
        }
        var slug = new StringBuilder();
        for (int i = 0; i < name.length() && i < pinyins.size(); i++) {
            char c = name.charAt(i);
            String part = pinyins.get(i) == Pinyin.none5 ? String.valueOf(c) : pinyins.get(i).getPinyinWithoutTone();
            slug.append(part.toLowerCase().replaceAll("[^a-z0-9]", "-")).append(part.length() > 1 ? "-" : "");
        }
        String clean = slug.toString().replaceAll("-{2,}", "-").replaceAll("^-+|-+$", "");
        return clean.isEmpty() ? "x" : clean;
    }
}
