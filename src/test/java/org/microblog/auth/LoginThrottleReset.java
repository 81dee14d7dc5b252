package org.microblog.auth;

import org.microblog.limits.BucketsReset;
import org.microblog.testsupport.TestReset;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.ObjectProvider;

/** Forgives every sign-in counted so far, as a restart does (tests share one throttle). */
@Component
class LoginThrottleReset implements TestReset {

    private final ObjectProvider<LocalKnownSignIns> known;
    private final BucketsReset buckets;

    LoginThrottleReset(ObjectProvider<LocalKnownSignIns> known, BucketsReset buckets) {
        this.known = known;
        this.buckets = buckets;
    }

    @Override
    public void reset() {
        buckets.reset();
        known.ifAvailable(LocalKnownSignIns::clear);
    }
}
