package org.microblog.config;

/**
 * A configuration value (an environment variable) that cannot be used. The message names
 * the variable and the accepted forms, so the operator can fix it without reading code.
 */
public class InvalidSettingException extends RuntimeException {

    private final String variable;

    public InvalidSettingException(String variable, String message) {
        super(variable + ": " + message);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
