package org.microblog.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks {@code PORT} before anything starts, so a wrong value is reported under its own name
 * rather than as a failure to bind {@code server.port}.
 */
class PortSetting implements EnvironmentPostProcessor {

    static final String VARIABLE = "PORT";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String value = environment.getProperty(VARIABLE);
        if (value == null || value.isBlank()) {
            return;
        }
        int port;
        try {
            port = Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new InvalidSettingException(VARIABLE, "'" + value + "' is not a port; use a whole number from 1 to "
                    + "65535 (0 picks a free one)");
        }
    }
}
