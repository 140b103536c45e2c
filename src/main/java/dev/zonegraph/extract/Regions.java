package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Provinces and cities: the known regions by name or short form (西安 for 西安市, also inside 西安高新区), new ones
 * written with their administrative suffix after a place name (湖北省, 襄阳市), and the city a zone is named after
 * (株洲高新区 → 株洲市) when HanLP's dictionary knows that city.
 */
final class Regions {

    private Regions() {
    }

    static List<Mention> find(Doc.Sentence s, List<Nlp.Token> tokens, EntityIndex index, List<Mention> heads) {
        List<Mention> found = new ArrayList<>();
        String text = s.text();
        for (EntityIndex.Known region : index.ofLabel("Region")) {
            String full = region.name();
            String shortForm = EntityIndex.normalise(full);
            for (String form : shortForm.length() >= 2 ? List.of(full, shortForm) : List.of(full)) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    int end = at + form.length();
                    if (form.equals(shortForm) && text.startsWith(full, at)) {
                        continue;
                    }
                    found.add(new Mention("Region", form, s, at, end, props(full), 0.7));
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Nlp.Token place = tokens.get(i);
            Nlp.Token suffix = tokens.get(i + 1);
            if (place.nature().startsWith("ns") && place.word().length() >= 2
                    && suffix.word().matches("省|市|自治区") && suffix.start() == place.end()) {
                String name = place.word() + suffix.word();
                found.add(new Mention("Region", name, s, place.start(), suffix.end(), props(name), 0.6));
            } else if (place.nature().startsWith("ns") && place.word().matches("\\p{IsHan}{2,6}(省|自治区)")) {
                found.add(new Mention("Region", place.word(), s, place.start(), place.end(), props(place.word()), 0.6));
            }
        }
        citiesOfZones(s, tokens, heads, found);
        return found;
    }

    /** 株洲高新区 is in 株洲市: a zone whose name starts with a place that, with 市, is a city HanLP knows. */
    private static void citiesOfZones(Doc.Sentence s, List<Nlp.Token> tokens, List<Mention> heads,
            List<Mention> found) {
        for (Mention zone : heads) {
            if (!zone.label().equals("Zone") || found.stream().anyMatch(r -> r.start() == zone.start())) {
                continue;
            }
            tokens.stream().filter(t -> t.start() == zone.start() && t.end() < zone.end()
                    && t.nature().startsWith("ns") && t.word().length() >= 2 && Nlp.isPlace(t.word() + "市"))
                    .findFirst().ifPresent(t -> found.add(new Mention("Region", t.word() + "市", s, t.start(),
                            t.end(), props(t.word() + "市"), List.of(t.word()), 0.5)));
        }
    }

    private static Map<String, Object> props(String name) {
        var props = new LinkedHashMap<String, Object>();
        props.put("kind", name.endsWith("市") ? "CITY" : "PROVINCE");
        return props;
    }
}
