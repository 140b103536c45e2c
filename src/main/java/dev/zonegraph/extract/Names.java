package dev.zonegraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Where a name begins: Chinese writes a zone, company or authority as modifiers before a head word (高新区, 公司,
 * 局 ...), so a rule finds the head and walks back over the words HanLP tags as name parts, stopping at function
 * words, punctuation and verbs that lead the phrase.
 */
final class Names {

    /**
     * Words that end a name on its left even when tagged as nouns (time words: 四季度合肥高新区 is 合肥高新区), and the
     * verbs that place something (某公司位于合肥高新区 is 合肥高新区).
     */
    static final Set<String> STOP_WORDS = Set.of("企业", "等", "其中", "作为", "以及", "包括", "还有", "区内", "龙头",
            "代表", "我们", "该", "此", "当天", "目前", "依托", "协同", "集聚", "推动", "城市", "全国", "全市", "全区",
            "此次", "一批", "重点", "众多", "各类", "近日", "今年", "同时", "此外", "据悉", "数据", "其", "与", "和",
            "及", "暨", "由", "是", "的", "在", "为", "以", "了", "将", "对", "从", "向", "把", "被", "并", "而",
            "季度", "三季度", "四季", "年度", "全年", "上半年", "下半年", "去年", "年初", "年底", "月份", "位于", "地处",
            "坐落");

    /** Natures that may stand first in a name; a leading token of another nature is dropped. */
    private static boolean canLead(Nlp.Token t) {
        String n = t.nature();
        return (n.startsWith("n") || n.startsWith("j") || n.startsWith("g") || n.equals("b") || n.equals("nx"))
                && !STOP_WORDS.contains(t.word());
    }

    private static boolean canContinue(Nlp.Token t, boolean allowNumbers) {
        String n = t.nature();
        if (STOP_WORDS.contains(t.word())) {
            return false;
        }
        if (t.word().matches("[(())]")) {
            return true;
        }
        if (allowNumbers && (n.equals("m") || n.equals("q") || n.equals("nx") || t.word().matches("[0-9A-Za-z.]+"))) {
            return true;
        }
        return n.startsWith("n") || n.startsWith("j") || n.startsWith("g") || n.equals("b") || n.startsWith("v")
                || n.equals("a") || n.equals("ag") || n.equals("f") && t.word().length() == 2;
    }

    private Names() {
    }

    /**
     * Offset in {@code text} where the name whose head starts at {@code headStart} begins; {@code headStart} itself
     * when no word before it can belong to the name.
     */
    static int leftEdge(List<Nlp.Token> tokens, int headStart, int maxChars, boolean allowNumbers) {
        int edge = headStart;
        int i = tokens.size() - 1;
        while (i >= 0 && tokens.get(i).start() >= headStart) {
            i--;
        }
        if (i >= 0 && tokens.get(i).end() > headStart) {
            edge = tokens.get(i).start();
            i--;
        }
        for (; i >= 0; i--) {
            Nlp.Token t = tokens.get(i);
            if (t.end() != edge || headStart - t.start() > maxChars || !canContinue(t, allowNumbers)) {
                break;
            }
            edge = t.start();
        }
        for (Nlp.Token t : tokens) {
            if (t.start() < edge || t.start() >= headStart) {
                continue;
            }
            boolean headWord = t.end() == headStart && t.nature().equals("f");
            if (canLead(t) || headWord || allowNumbers && t.word().matches("[0-9A-Za-z.]+")) {
                break;
            }
            edge = t.end();
        }
        return Math.min(edge, headStart);
    }
}
