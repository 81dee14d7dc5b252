package org.microblog.cli;

import java.time.Instant;

/**
 * What {@code seed} writes: how many members, posts, follows per member on average and
 * private messages, from which random seed, ending at which instant (the data spans the 180
 * days before it), with which password for every member.
 */
record SeedPlan(int users, long posts, int followsPerMember, long messages, long seed, Instant until, String password,
        boolean append) {

    /** Ready-made sizes: S for a demo, M and L for benchmarks. */
    enum Preset {
        S(1_000, 20_000, 20, 2_000),
        M(10_000, 500_000, 100, 20_000),
        L(100_000, 5_000_000, 100, 200_000);

        final int users;
        final long posts;
        final int follows;
        final long messages;

        Preset(int users, long posts, int follows, long messages) {
            this.users = users;
            this.posts = posts;
            this.follows = follows;
            this.messages = messages;
        }
    }

    SeedPlan {
        if (users < 0 || posts < 0 || followsPerMember < 0 || messages < 0) {
            throw new CommandFailedException("--users, --posts, --follows and --messages cannot be negative");
        }
        if (users == 0 && (posts > 0 || messages > 0 || followsPerMember > 0)) {
            throw new CommandFailedException("posts, follows and messages need members: set --users above 0");
        }
        if (followsPerMember > 0 && followsPerMember >= users) {
            throw new CommandFailedException("--follows is a mean per member and must be below --users (" + users
                    + "): nobody follows themselves or anyone twice");
        }
        if (messages > 0 && users < 2) {
            throw new CommandFailedException("messages need two members at least: set --users to 2 or more");
        }
        if (password.isBlank()) {
            throw new CommandFailedException("--password cannot be blank");
        }
    }

    long follows() {
        return (long) users * followsPerMember;
    }
}
