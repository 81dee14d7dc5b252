package org.microblog;

import java.io.PrintWriter;
import org.microblog.cli.MicroblogCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The site, and the entry point of the executable jar (see {@link MicroblogCommand}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MicroblogApplication {

    public static void main(String[] args) {
        int exit = MicroblogCommand.execute(args, System.getenv(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true));
        if (exit != MicroblogCommand.SERVING) {
            System.exit(exit);
        }
    }
}
