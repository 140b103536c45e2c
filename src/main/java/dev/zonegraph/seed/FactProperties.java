package dev.zonegraph.seed;

import static dev.zonegraph.seed.FactsValidator.path;
import static dev.zonegraph.seed.SeedReader.dateProblem;
import static dev.zonegraph.seed.SeedReader.str;

import dev.zonegraph.seed.Problem.Code;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks and stores the values of facts for {@link FactsValidator}: quantities ({@code {value, unit, qualifier}}
 * stored as name, nameUnit, nameQualifier and, for money, nameYuan), dates, enums and an indicator's figure.
 */
final class FactProperties {

    private static final Set<String> QUANTITY_KEYS = Set.of("value", "unit", "qualifier");

    private final List<Problem> problems;

    FactProperties(List<Problem> problems) {
        this.problems = problems;
    }

    /** The stored properties of an indicator: metric, its figure, growth, period, year and kind. */
    Map<String, Object> indicator(List<Object> at, String fact, Map<String, Object> i) {
        String metric = str(i.get("metric"));
        if (metric == null || metric.isBlank()) {
            problem(path(at, "metric"), fact, "has no metric", Code.INVALID);
        }
        var values = new LinkedHashMap<String, Object>();
        values.put("metric", metric);
        Object value = i.get("value");
        Object growth = i.get("growth");
        if (value == null && growth == null) {
            problem(path(at, "value"), fact, "states neither a value nor a growth rate", Code.INVALID);
        }
        if (value != null) {
            var quantity = new LinkedHashMap<String, Object>();
            quantity.put("value", value);
            quantity.put("unit", i.get("unit"));
            quantity.put("qualifier", i.get("qualifier"));
            quantity(at, fact, values, "value", quantity);
        } else if (i.get("qualifier") != null) {
            qualifier(path(at, "qualifier"), fact, values, "qualifier", i.get("qualifier"));
        }
        if (growth != null) {
            values.put("growth", number(path(at, "growth"), fact, "growth", growth));
        }
        values.put("period", str(i.get("period")));
        if (i.get("year") != null) {
            values.put("year", integer(path(at, "year"), fact, "year", i.get("year")));
        }
        String kind = str(i.get("kind"));
        if (!Vocabulary.INDICATOR_KINDS.contains(kind)) {
            problem(path(at, "kind"), fact, "kind must be ACTUAL or TARGET, not " + kind, Code.INVALID);
        }
        values.put("kind", kind);
        values.values().removeIf(v -> v == null || "".equals(v));
        return values;
    }

    /** One entry of a fact's {@code props}: a quantity, a date, a list or a plain value. */
    void put(List<Object> at, String fact, Map<String, Object> values, String key, Object value) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            var quantity = (Map<String, Object>) map;
            quantity(at.subList(0, at.size() - 1), fact, values, key, quantity);
        } else if (Vocabulary.DATE_PROPERTIES.contains(key)) {
            String why = dateProblem(value);
            if (why != null) {
                problem(at, fact, key + " " + why, Code.INVALID);
            }
            values.put(key, str(value));
        } else if (value instanceof List<?> list) {
            values.put(key, list.stream().map(String::valueOf).toList());
        } else if (value != null) {
            values.put(key, value);
        }
    }

    /** {@code {value, unit, qualifier}} under {@code key} of the map at {@code at}. */
    private void quantity(List<Object> at, String fact, Map<String, Object> values, String key,
            Map<String, Object> quantity) {
        boolean indicator = key.equals("value");
        List<Object> here = indicator ? at : path(at, key);
        if (!QUANTITY_KEYS.containsAll(quantity.keySet()) || quantity.get("value") == null) {
            problem(here, fact, key + " must be {value, unit, qualifier}, not " + quantity, Code.INVALID);
            return;
        }
        Number value = number(path(here, "value"), fact, key, quantity.get("value"));
        String unit = str(quantity.get("unit"));
        if (unit == null || unit.isEmpty() || !Vocabulary.UNITS.contains(unit)) {
            problem(path(here, "unit"), fact, key + " has unknown unit «" + unit + "» (one of " + Vocabulary.UNITS
                    + ")", Code.INVALID);
        }
        String stem = indicator ? "" : key;
        values.put(key, value);
        values.put(stem.isEmpty() ? "unit" : stem + "Unit", unit);
        if (quantity.get("qualifier") != null && !"".equals(quantity.get("qualifier"))) {
            qualifier(path(here, "qualifier"), fact, values, stem.isEmpty() ? "qualifier" : stem + "Qualifier",
                    quantity.get("qualifier"));
        }
        Double yuan = unit == null ? null : Vocabulary.YUAN.get(unit);
        if (yuan != null && value != null) {
            values.put(stem.isEmpty() ? "valueYuan" : stem + "Yuan",
                    new BigDecimal(value.toString()).multiply(BigDecimal.valueOf(yuan)).doubleValue());
        }
    }

    private void qualifier(List<Object> at, String fact, Map<String, Object> values, String key, Object qualifier) {
        if (!Vocabulary.QUALIFIERS.contains(str(qualifier))) {
            problem(at, fact, "qualifier «" + qualifier + "» is not one of " + Vocabulary.QUALIFIERS, Code.INVALID);
        }
        values.put(key, str(qualifier));
    }

    private Number number(List<Object> at, String fact, String key, Object value) {
        if ((value instanceof Integer || value instanceof Long || value instanceof Double)
                && Double.isFinite(((Number) value).doubleValue())) {
            return (Number) value;
        }
        problem(at, fact, key + " is not a number: «" + value + "»", Code.BAD_NUMBER);
        return null;
    }

    private Integer integer(List<Object> at, String fact, String key, Object value) {
        if (value instanceof Integer n) {
            return n;
        }
        if (value instanceof Long n && n == n.intValue()) {
            return n.intValue();
        }
        problem(at, fact, key + " is not a whole number: «" + value + "»", Code.BAD_NUMBER);
        return null;
    }

    void checkEnums(List<Object> at, String fact, String label, Map<String, Object> values) {
        Object level = values.get("level");
        if (level != null && !Vocabulary.LEVELS.contains(level.toString())) {
            problem(path(at, "level"), fact, "level must be one of " + Vocabulary.LEVELS + ", not " + level,
                    Code.INVALID);
        }
        if (label.equals("Award") && values.get("year") != null && !(values.get("year") instanceof Integer)) {
            problem(path(at, "year"), fact, "year is not a whole number: «" + values.get("year") + "»",
                    Code.BAD_NUMBER);
        }
    }

    private void problem(List<Object> at, String fact, String message, Code code) {
        problems.add(new Problem(at, fact + ": " + message, code));
    }
}
