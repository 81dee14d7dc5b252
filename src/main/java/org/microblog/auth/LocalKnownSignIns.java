package org.microblog.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The most recent {@link #MAX_KNOWN} pairs in this instance's memory; a restart forgets them. */
class LocalKnownSignIns implements KnownSignIns {

    static final int MAX_KNOWN = 100_000;

    /** Pairs that have signed in, most recent last. */
    private final Map<String, Boolean> known = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_KNOWN;
        }
    });

    @Override
    public boolean contains(String pair) {
        return known.containsKey(pair);
    }

    @Override
    public void add(String pair) {
        known.put(pair, Boolean.TRUE);
    }

    /** Forgets every pair, as a restart does. */
    void clear() {
        known.clear();
    }
}
