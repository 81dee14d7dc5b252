package org.microblog.cli;

import java.util.concurrent.Callable;
import org.microblog.MicroblogApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Serves the site; applies pending database migrations first. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the site on PORT (default 8080), upgrading the database first.")
class ServeCommand implements Callable<Integer> {

    /** Spring Boot options such as --server.port=9000 pass through. */
    @Unmatched
    private String[] springArguments = new String[0];

    ServeCommand() {
    }

    ServeCommand(String[] springArguments) {
        this.springArguments = springArguments;
    }

    @Override
    public Integer call() {
        try {
            SpringApplication.run(MicroblogApplication.class, springArguments);
            return MicroblogCommand.SERVING;
        } catch (RuntimeException startupFailed) {
            // Spring Boot has already reported why, naming the setting at fault.
            return 1;
        }
    }
}
