package org.microblog.api;

import org.microblog.testsupport.Failures;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API handler that throws {@link Failures#named} (no token needed), the API's half of
 * {@code web.ErrorHandlingTests}' comparison of the two doorways. Only in that test's profile.
 */
@RestController
@Profile("error-handling-tests")
public class FailingApiController {

    @PublicEndpoint
    @GetMapping("/api/test/failures/{kind}")
    String fail(@PathVariable String kind) throws Exception {
        throw Failures.named(kind);
    }
}
