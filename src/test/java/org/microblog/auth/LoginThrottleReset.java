package org.microblog.auth;

import java.util.Map;
import org.microblog.limits.BucketsReset;
import org.microblog.testsupport.TestReset;
import org.springframework.stereotype.Component;
import org.springframework.test.util.ReflectionTestUtils;

/** Forgives every sign-in counted so far, as a restart does (tests share one throttle). */
@Component
class LoginThrottleReset implements TestReset {

    private final LoginThrottle throttle;
    private final BucketsReset buckets;

    LoginThrottleReset(LoginThrottle throttle, BucketsReset buckets) {
        this.throttle = throttle;
        this.buckets = buckets;
    }

    @Override
    public void reset() {
        buckets.reset();
        ((Map<?, ?>) ReflectionTestUtils.getField(throttle, "known")).clear();
    }
}
