package org.microblog.translate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The translations already made, the least recently used dropped past {@code capacity}: the
 * same post read by many members costs the service one call. Posts are at most 140
 * characters, so 2,000 entries hold well under a megabyte.
 */
final class TranslationCache {

    record Key(String text, String from, String to) {
    }

    private final Map<Key, String> entries;

    TranslationCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized @Nullable String get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, String translation) {
        entries.put(key, translation);
    }

    synchronized int size() {
        return entries.size();
    }
}
