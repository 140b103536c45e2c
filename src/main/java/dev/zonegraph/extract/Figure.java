package dev.zonegraph.extract;

/**
 * A number the text states, before it is given a subject: value (null for growth alone), unit, qualifier, growth,
 * and where it stands in its sentence ({@code start}..{@code end} covers the number, its unit and qualifier).
 */
record Figure(Double value, String unit, String qualifier, Double growth, int start, int end) {

    Figure withGrowth(double rate, int from, int to) {
        return new Figure(value, unit, qualifier, rate, Math.min(start, from), Math.max(end, to));
    }
}
