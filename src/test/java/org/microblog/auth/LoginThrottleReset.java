package org.microblog.auth;

import java.util.Map;
import org.microblog.testsupport.TestReset;
import org.springframework.stereotype.Component;
import org.springframework.test.util.ReflectionTestUtils;

/** Forgives every failed sign-in counted so far, as a restart does (tests share one throttle). */
@Component
class LoginThrottleReset implements TestReset {

    private final LoginThrottle throttle;

    LoginThrottleReset(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void reset() {
        for (String counts : new String[] {"byAccount", "byAddress"}) {
            ((Map<?, ?>) ReflectionTestUtils.getField(throttle, counts)).clear();
        }
    }
}
