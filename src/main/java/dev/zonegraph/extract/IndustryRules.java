package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Industries a text names: the lexicon's entries, also written with a modifier inside (汽车核心零部件 is 汽车零部件),
 * but not where they name a technology (物联网技术); and the items of a zone's or a company's list
 * (…等四大主导产业).
 */
final class IndustryRules {

    private static final Pattern INDUSTRY_LIST = Pattern.compile(
            "([^,。;:]{2,40}?)(?:[一二三四五六七八九十两]大)?(?:主导|支柱|优势|特色|重点|新兴)产业");
    /** The rest of a list whose last item is a technology: 大数据、物联网技术助力下. */
    private static final Pattern TECHNOLOGY_AFTER = Pattern.compile("^(、[^、,,。;]{1,8})*技术(?!产业)");
    /** Words a text puts inside an industry's name without changing the industry. */
    private static final String MODIFIER = "(?:核心|关键)?";

    private record Entry(String name, Pattern pattern) {
    }

    private final List<Entry> lexicon;

    /** {@code lexicon}: industry names, longest first. */
    IndustryRules(List<String> lexicon) {
        this.lexicon = lexicon.stream().map(name -> new Entry(name, Pattern.compile(withModifiers(name)))).toList();
    }

    private static String withModifiers(String name) {
        var regex = new StringBuilder(Pattern.quote(name.substring(0, 1)));
        for (int i = 1; i < name.length(); i++) {
            regex.append(MODIFIER).append(Pattern.quote(name.substring(i, i + 1)));
        }
        return regex.toString();
    }

    List<Mention> find(Doc.Sentence s, List<Nlp.Token> tokens) {
        List<Mention> found = new ArrayList<>();
        String text = s.text();
        for (Entry industry : lexicon) {
            Matcher m = industry.pattern().matcher(text);
            while (m.find()) {
                if (!TECHNOLOGY_AFTER.matcher(text.substring(m.end())).find()) {
                    found.add(new Mention("Industry", industry.name(), s, m.start(), m.end(), Map.of(), 0.6));
                }
            }
        }
        Matcher m = INDUSTRY_LIST.matcher(text);
        while (m.find()) {
            if (m.group(1).contains("、") && !m.group(1).endsWith("、")) {
                ContextRules.items(s, tokens, m.start(1), m.end(1), "Industry", Map.of(), 0.6, found);
            }
        }
        return found;
    }
}
