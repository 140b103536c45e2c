package dev.zonegraph.seed;

import java.util.List;

/** Seed files that cannot be loaded: every problem found, each naming its file and fact. */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super(problems.size() + " problem(s) in the seed files:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
