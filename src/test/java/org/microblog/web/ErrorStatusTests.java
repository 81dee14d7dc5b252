package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

class ErrorStatusTests {

    @Test
    void badInputIsTheClientsFault() {
        assertThat(ErrorStatus.of(NotFound.of("user", "nobody")).value()).isEqualTo(404);
        assertThat(ErrorStatus.of(RuleViolation.of("follow.self", "You cannot follow yourself!")).value()).isEqualTo(400);
        assertThat(ErrorStatus.of(new TypeMismatchException("abc", Integer.class)).value()).isEqualTo(400);
        assertThat(ErrorStatus.of(new HttpRequestMethodNotSupportedException("PUT", List.of(HttpMethod.GET.name())))
                .value()).isEqualTo(405);
        assertThat(ErrorStatus.of(new MaxUploadSizeExceededException(1024)).value()).isEqualTo(413);
        assertThat(ErrorStatus.of(new InvalidParameterException("too large", 413)).value()).isEqualTo(413);
        assertThat(ErrorStatus.of(new InvalidParameterException("malformed")).value()).isEqualTo(400);
    }

    @Test
    void anythingElseIsOurs() {
        assertThat(ErrorStatus.of(new IllegalStateException("bug")).value()).isEqualTo(500);
        assertThat(ErrorStatus.of(new IllegalArgumentException("a bug, not a refusal")).value()).isEqualTo(500);
        assertThat(ErrorStatus.of(new NumberFormatException("abc")).value()).isEqualTo(500);
        assertThat(ErrorStatus.of(new RuntimeException(RuleViolation.of("follow.self", "deep inside"))).value())
                .isEqualTo(500);
        assertThat(ErrorStatus.of(null).value()).isEqualTo(500);
    }

    @Test
    void noStatusComesFromAClassName() {
        assertThat(ErrorStatus.of(new java.io.FileNotFoundException("/etc/secret")).value()).isEqualTo(500);
        assertThat(ErrorStatus.of(new SomethingNotFoundException()).value()).isEqualTo(500);
    }

    /** Named like a not-found, and still a bug of ours. */
    static final class SomethingNotFoundException extends RuntimeException {
    }

    @Test
    void looksInsideServletWrappers() {
        assertThat(ErrorStatus.of(new ServletException("Request processing failed",
                NotFound.of("user", 7))).value()).isEqualTo(404);
    }
}
