package dev.zonegraph.extract;

import java.util.Map;
import java.util.stream.Collectors;

/** The zone an article is about: the one its title names, else the one it names most often. */
final class MainZone {

    private MainZone() {
    }

    static Proposals.Entity of(Doc doc, Entities entities) {
        var zones = entities.mentions().stream().filter(m -> m.label().equals("Zone")).toList();
        var inTitle = zones.stream().filter(m -> m.sentence().passage().field().equals("title")).findFirst();
        if (inTitle.isPresent()) {
            return entities.of(inTitle.get());
        }
        Map<Proposals.Entity, Long> counts = zones.stream()
                .collect(Collectors.groupingBy(entities::of, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
