package org.microblog.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad environment variable into Spring Boot's short startup report, without a stack trace. */
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis(
                "Invalid value for the environment variable " + cause.getMessage(),
                "Set " + cause.variable() + " to one of the accepted forms, or unset it to use the default.",
                cause);
    }
}
