package dev.zonegraph.extract;

/**
 * A number the text states, before it is given a subject: value (null for growth alone), unit, qualifier, growth,
 * and where it stands in its sentence ({@code start}..{@code end} covers the number, its unit and qualifier and a
 * growth joined to it; {@code valueEnd} is where the value itself ends).
 */
record Figure(Double value, String unit, String qualifier, Double growth, int start, int end, int valueEnd) {

    Figure(Double value, String unit, String qualifier, Double growth, int start, int end) {
        this(value, unit, qualifier, growth, start, end, end);
    }

    Figure withGrowth(double rate, int from, int to) {
        return new Figure(value, unit, qualifier, rate, Math.min(start, from), Math.max(end, to), valueEnd);
    }
}
