package org.microblog.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.core.RuleViolation;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;

class UserServiceIntegrationTests extends DatabaseTests {

    UserService users;
    Members members;

    @BeforeEach
    void setUp() {
        users = bean(UserService.class);
        members = new Members(app);
    }

    private String storedHash(User user) {
        return app.jdbc().queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, user.getId());
    }

    @Test
    void hashesNewPasswordsWithBcryptAndChecksThem() {
        User susan = members.susan();

        assertThat(storedHash(susan)).startsWith("{bcrypt}$2");
        assertThat(users.checkPassword(susan.getId(), "cat")).isTrue();
        assertThat(users.checkPassword(susan.getId(), "dog")).isFalse();
    }

    @Test
    void acceptsAWerkzeugHashFromTheOriginalAndUpgradesItToBcrypt() {
        User john = members.john();
        app.jdbc().update("UPDATE users SET password_hash = ? WHERE id = ?", WerkzeugHashes.CAT_SCRYPT, john.getId());

        assertThat(users.checkPassword(john.getId(), "dog")).isFalse();
        assertThat(storedHash(john)).isEqualTo(WerkzeugHashes.CAT_SCRYPT);
        assertThat(users.checkPassword(john.getId(), "cat")).isTrue();
        assertThat(storedHash(john)).startsWith("{bcrypt}");
        assertThat(users.checkPassword(john.getId(), "cat")).isTrue();
    }

    @Test
    void findsMembersByUsernameAndEmailWithoutRegardToCase() {
        User ann = users.register("Ann", "Ann@Example.com", "secret");

        assertThat(users.findByUsername("ANN")).get().extracting(User::getId).isEqualTo(ann.getId());
        assertThat(users.findByEmail("ann@example.COM")).get().extracting(User::getId).isEqualTo(ann.getId());
        assertThat(users.getByUsername("ann").getUsername()).isEqualTo("Ann");
    }

    @Test
    void refusesAUsernameTakenInAnotherCase() {
        users.register("Ann", "ann@example.com", "secret");

        assertThatThrownBy(() -> users.register("aNN", "other@example.com", "secret"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.textKey()).isEqualTo("user.username.taken");
                })
                .hasMessage("please use a different username");
    }

    @Test
    void refusesAnEmailTakenInAnotherCase() {
        users.register("ann", "ann@example.com", "secret");

        assertThatThrownBy(() -> users.register("bob", "ANN@example.com", "secret"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.textKey()).isEqualTo("user.email.taken");
                })
                .hasMessage("please use a different email address");
    }

    @Test
    void twoConcurrentRegistrationsOfAnnAndAnnLeaveOneMember() throws Exception {
        for (int round = 0; round < 5; round++) {
            String suffix = "r" + round;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<User>> results = new ArrayList<>();
                for (String name : List.of("Ann" + suffix, "ann" + suffix)) {
                    Callable<User> register = () -> {
                        start.await();
                        return users.register(name, name + "@example.com", "secret");
                    };
                    results.add(pool.submit(register));
                }
                start.countDown();
                int registered = 0;
                for (Future<User> result : results) {
                    try {
                        result.get();
                        registered++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(RuleViolation.class);
                    }
                }
                assertThat(registered).isEqualTo(1);
                assertThat(app.jdbc().queryForObject("SELECT count(*) FROM users WHERE username_lower = ?",
                        Integer.class, "ann" + suffix)).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void updatesTheProfileButRefusesAUsernameTakenByAnother() {
        User john = members.john();
        members.susan();

        User renamed = users.updateProfile(john.getId(), "Johnny", "I like posting.");
        assertThat(renamed.getUsername()).isEqualTo("Johnny");
        assertThat(renamed.getAboutMe()).isEqualTo("I like posting.");
        assertThat(users.updateProfile(john.getId(), "johnny", null).getUsername()).isEqualTo("johnny");
        assertThatThrownBy(() -> users.updateProfile(john.getId(), "SUSAN", null))
                .isInstanceOf(RuleViolation.class);
        assertThat(users.getById(john.getId()).getUsername()).isEqualTo("johnny");
    }

    @Test
    void issuesChecksExpiresAndRevokesApiTokens() {
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        app.clock().set(now);
        User john = members.john();

        String token = bean(ApiTokenService.class).issue(john.getId());

        assertThat(token).hasSize(32).matches("[0-9a-f]{32}");
        String stored = app.jdbc().queryForObject("SELECT token FROM users WHERE id = ?", String.class, john.getId());
        assertThat(stored).isNotEqualTo(token).hasSize(64);
        assertThat(bean(ApiTokenService.class).memberFor(token)).get().extracting(User::getId).isEqualTo(john.getId());
        assertThat(bean(ApiTokenService.class).memberFor("0".repeat(32))).isEmpty();

        app.clock().set(now.plus(Duration.ofMinutes(59)));
        assertThat(bean(ApiTokenService.class).memberFor(token)).isPresent();
        app.clock().set(now.plus(Duration.ofMinutes(61)));
        assertThat(bean(ApiTokenService.class).memberFor(token)).isEmpty();

        String second = bean(ApiTokenService.class).issue(john.getId());
        assertThat(bean(ApiTokenService.class).memberFor(second)).isPresent();
        bean(ApiTokenService.class).revoke(john.getId());
        assertThat(bean(ApiTokenService.class).memberFor(second)).isEmpty();
    }

    @Test
    void writesLastSeenAtMostOnceAMinute() {
        Instant start = Instant.parse("2026-01-01T12:00:00Z");
        app.clock().set(start);
        User john = members.john();

        app.clock().set(start.plusSeconds(30));
        users.touchLastSeen(john.getId());
        assertThat(users.getById(john.getId()).getLastSeen()).isEqualTo(start);

        app.clock().set(start.plusSeconds(61));
        users.touchLastSeen(john.getId());
        assertThat(users.getById(john.getId()).getLastSeen()).isEqualTo(start.plusSeconds(61));
    }

    @Test
    void storesTimesInUtcToTheMillisecond() {
        Instant when = Instant.parse("2026-03-04T05:06:07.891Z");
        app.clock().set(when);

        User mary = members.mary();

        assertThat(users.getById(mary.getId()).getLastSeen()).isEqualTo(when);
    }
}
