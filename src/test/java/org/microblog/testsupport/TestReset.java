package org.microblog.testsupport;

import org.springframework.context.ApplicationContext;

/**
 * Forgets what a component keeps in memory between requests (failed sign-ins, when a member
 * was last recorded), as a restart would, so that tests sharing one application do not see
 * each other's traces. Implemented by test-tree beans beside the component they reset, so the
 * production classes carry no hooks for tests.
 */
public interface TestReset {

    void reset();

    /** Resets every such component of the application. */
    static void all(ApplicationContext context) {
        context.getBeansOfType(TestReset.class).values().forEach(TestReset::reset);
    }
}
