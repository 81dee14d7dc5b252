package org.microblog.cli;

import java.util.Map;
import org.microblog.MicroblogApplication;
import org.microblog.config.InvalidSettingException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started for an operator's command ({@code shell}, {@code seed}): every bean
 * and the migrations the server would have, no web server, and quiet, since what the command
 * prints is its output.
 */
final class ApplicationContexts {

    private ApplicationContexts() {
    }

    /**
     * Starts the application on the database in {@code environment}'s {@code DATABASE_URL},
     * applying pending migrations as {@code serve} does.
     */
    static ConfigurableApplicationContext start(Map<String, String> environment) {
        try {
            return builder(environment).run();
        } catch (RuntimeException e) {
            throw startupFailure(e);
        }
    }

    private static SpringApplicationBuilder builder(Map<String, String> environment) {
        return new SpringApplicationBuilder(MicroblogApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "logging.level.liquibase=WARN",
                        // The generated key's warning is for servers; a command signs nothing.
                        "logging.level.org.microblog.config.SecretKeyConfig=ERROR")
                // The command's environment (the process's, or one a test hands in), read as the process's would be.
                .properties(Map.<String, Object>copyOf(environment));
    }

    /** A setting at fault is named as the server names it; anything else by its innermost reason. */
    private static RuntimeException startupFailure(RuntimeException e) {
        Throwable root = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingException invalid) {
                return invalid;
            }
            root = cause;
        }
        return new CommandFailedException("the application did not start: " + root.getMessage());
    }
}
