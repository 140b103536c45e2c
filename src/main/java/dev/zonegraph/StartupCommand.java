package dev.zonegraph;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * A command of the service's command line ({@code --load-seeds}, {@code --import=PATH}, {@code --export-cypher=FILE}
 * ...), run at startup once the application is ready; after a one-shot command the service exits
 * ({@link ZonegraphApplication}). A command names its options and says what each does; finding them among the
 * arguments is done here, once. Options run in the order they are named.
 */
public abstract class StartupCommand implements ApplicationRunner {

    private final List<String> options;

    protected StartupCommand(String... options) {
        this.options = List.of(options);
    }

    @Override
    public final void run(ApplicationArguments args) {
        boolean given = false;
        for (String option : options) {
            if (args.containsOption(option)) {
                given = true;
                run(option, args.getOptionValues(option));
            }
        }
        if (!given) {
            withoutOption();
        }
    }

    /** Runs the command for {@code option}, given with {@code values} (none for a bare {@code --option}). */
    protected abstract void run(String option, List<String> values);

    /** Runs at a start without any of the options: nothing, unless the command also has work at every start. */
    protected void withoutOption() {
    }
}
