package org.microblog.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.microblog.search.SearchIndex;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code search reindex}: the posts' search index, rebuilt from the posts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "The search index of the posts (kept by the database itself as posts are written).",
        subcommands = picocli.CommandLine.HelpCommand.class)
class SearchCommand {

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    SearchCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Command(name = "reindex", mixinStandardHelpOptions = true,
            description = "Rebuild the index from every post, for a database restored or copied from elsewhere.")
    int reindex() {
        try (ConfigurableApplicationContext context = ApplicationContexts.start(environment)) {
            PrintWriter out = spec.commandLine().getOut();
            SearchIndex index = context.getBean(SearchIndex.class);
            SeedProgress progress = Terminals.interactive() ? SeedProgress.bars() : SeedProgress.lines(out);
            long started = System.nanoTime();
            long indexed;
            try (SeedProgress.Stage stage = progress.start("posts", index.posts())) {
                indexed = index.rebuild(stage::advance);
            }
            out.printf("Indexed %,d posts in %.1f s.%n", indexed, (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
