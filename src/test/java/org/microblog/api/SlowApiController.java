package org.microblog.api;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request that stays in flight until its test lets it go: {@code web.OperationsIntegrationTests}
 * shuts the site down while it runs. Only in that test's profile.
 */
@RestController
@Profile("shutdown-tests")
public class SlowApiController {

    /** Counted down when the request has arrived. */
    public static volatile CountDownLatch arrived = new CountDownLatch(1);
    /** The request answers once this is counted down. */
    public static volatile CountDownLatch release = new CountDownLatch(1);

    @PublicEndpoint
    @GetMapping("/api/test/slow")
    String slow() throws InterruptedException {
        arrived.countDown();
        return release.await(30, TimeUnit.SECONDS) ? "{\"finished\": true}" : "{\"finished\": false}";
    }
}
