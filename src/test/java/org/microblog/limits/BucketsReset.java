package org.microblog.limits;

import org.microblog.testsupport.TestReset;
import org.springframework.stereotype.Component;

/** Forgets every rate-limit bucket, as a restart does (tests share one application). */
@Component
public class BucketsReset implements TestReset {

    private final InMemoryBucketStore store;

    BucketsReset(InMemoryBucketStore store) {
        this.store = store;
    }

    @Override
    public void reset() {
        store.clear();
    }
}
