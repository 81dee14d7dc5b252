package org.microblog.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where the log goes and in what shape, read before logging starts. As the original:
 * {@code LOG_TO_STDOUT} set (to anything) logs to standard output only; unset, the log is also
 * written to {@code logs/microblog.log} (rolled at 10 MB). {@code LOG_FORMAT=json} writes each
 * line as one JSON object (Elastic Common Schema, with the request id), {@code text} (the
 * default) as plain lines. An operator's own {@code logging.*} properties win over both.
 */
class LoggingSettings implements EnvironmentPostProcessor {

    static final String TO_STDOUT = "LOG_TO_STDOUT";
    static final String FORMAT = "LOG_FORMAT";
    static final String LOG_FILE = "logs/microblog.log";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> logging = new LinkedHashMap<>();
        String toStdout = environment.getProperty(TO_STDOUT);
        if (toStdout == null || toStdout.isEmpty()) {
            logging.put("logging.file.name", LOG_FILE);
        }
        String format = environment.getProperty(FORMAT, "").strip().toLowerCase(Locale.ROOT);
        switch (format) {
            case "", "text" -> { }
            case "json" -> {
                logging.put("logging.structured.format.console", "ecs");
                logging.put("logging.structured.format.file", "ecs");
            }
            default -> throw new InvalidSettingException(FORMAT, "'" + environment.getProperty(FORMAT)
                    + "' is not a log format; use text or json");
        }
        if (!logging.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("microblog-logging", logging));
        }
    }
}
