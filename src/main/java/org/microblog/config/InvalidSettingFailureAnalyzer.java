package org.microblog.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns a bad environment variable into Spring Boot's short startup report, without a stack trace.
 * First in line: a bad value found while binding {@link MicroblogProperties} is also a bind
 * failure, and Spring Boot's report of that would name {@code microblog.*}, not the variable.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis(
                "Invalid value for the environment variable " + cause.getMessage(),
                "Set " + cause.variable() + " to one of the accepted forms, or unset it to use the default.",
                cause);
    }
}
