package org.microblog.user;

import java.util.Map;
import org.microblog.testsupport.TestReset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Forgets when each member's visit was last written, so that the next visit of everyone is
 * recorded (tests move the clock back, and reuse ids). Only web applications have the interceptor.
 */
@Component
class LastSeenReset implements TestReset {

    private final ObjectProvider<LastSeenInterceptor> interceptor;

    LastSeenReset(ObjectProvider<LastSeenInterceptor> interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void reset() {
        interceptor.ifAvailable(seen -> ((Map<?, ?>) ReflectionTestUtils.getField(seen, "lastWritten")).clear());
    }
}
