package org.microblog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.microblog.importer.FlaskMicroblogFixture.T;
import static org.microblog.importer.FlaskMicroblogFixture.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.config.DatabaseUrl;
import org.microblog.follow.FollowService;
import org.microblog.importer.FlaskDatabase.Engine;
import org.microblog.importer.ImportReport.Finding;
import org.microblog.importer.ImportReport.Outcome;
import org.microblog.message.MessageService;
import org.microblog.message.MessageView;
import org.microblog.notification.NotificationService;
import org.microblog.notification.NotificationView;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.task.TaskService;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.TestDatabase;
import org.microblog.user.ApiTokenService;
import org.microblog.user.User;
import org.microblog.web.PagePosition;
import org.microblog.user.UserService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** {@code import-flask} from the original's schema on each of its engines into each of Microblog's databases. */
class FlaskImportIntegrationTests extends DatabaseTests {

    private static final Instant IMPORT_TIME = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void copiesTheLastChaptersDatabaseFromSqlite() throws Exception {
        try (FlaskDatabase flask = FlaskDatabase.create(Engine.SQLITE, "chapter-23")) {
            FlaskMicroblogFixture.fill(flask);
            thenEverythingArrived(flask, importFrom(flask));
        }
    }

    @Test
    void copiesTheLastChaptersDatabaseFromPostgresql() throws Exception {
        try (FlaskDatabase flask = FlaskDatabase.create(Engine.POSTGRESQL, "chapter-23")) {
            FlaskMicroblogFixture.fill(flask);
            thenEverythingArrived(flask, importFrom(flask));
        }
    }

    @Test
    void copiesTheLastChaptersDatabaseFromMysql() throws Exception {
        assumeTrue(TestDatabase.MARIADB_SERVER.unavailability().isEmpty(),
                () -> TestDatabase.MARIADB_SERVER.unavailability().orElseThrow());
        try (FlaskDatabase flask = FlaskDatabase.create(Engine.MYSQL, "chapter-23")) {
            FlaskMicroblogFixture.fill(flask);
            thenEverythingArrived(flask, importFrom(flask));
        }
    }

    @Test
    void copiesTheFirstChaptersDatabaseWithTheLaterColumnsEmpty() throws Exception {
        try (FlaskDatabase flask = FlaskDatabase.create(Engine.SQLITE, "chapter-04")) {
            flask.insert("user", "id", 7, "username", "john", "email", "john@example.com",
                            "password_hash", WerkzeugFormat.pbkdf2Sha256("dog", "s4lt", 1000))
                    .insert("post", "id", 3, "body", "my first post", "timestamp", T, "user_id", 7)
                    .insert("post", "id", 4, "body", "about #Flask", "timestamp", T, "user_id", 7);

            ImportReport report = importFrom(flask);

            assertThat(report.count("user").copied()).isEqualTo(1);
            assertThat(report.count("post").copied()).isEqualTo(2);
            assertThat(report.count("message")).isEqualTo(new ImportReport.TableCount("message", 0, 0));
            assertThat(report.findings()).isEmpty();
            User john = bean(UserService.class).getByUsername("john");
            assertThat(john.getId()).isEqualTo(7);
            assertThat(john.getAboutMe()).isNull();
            assertThat(john.getLastSeen()).isNull();
            assertThat(bean(PostService.class).tagged("flask", org.microblog.web.PagePosition.first(), 10).items())
                    .extracting(org.microblog.post.PostView::id).containsExactly(4L);
            assertThat(bean(PostService.class).postsBy(7, 1).items()).filteredOn(post -> post.id() == 3).singleElement().satisfies(post -> {
                assertThat(post.id()).isEqualTo(3);
                assertThat(post.timestamp()).isEqualTo(utc(T));
                assertThat(post.language()).isNull();
            });
            assertThat(bean(MessageService.class).unreadCount(7)).isZero();
            signsIn("john", "dog");
        }
    }

    @Test
    void reportsRowsItCannotTakeAsTheyAre() throws Exception {
        // SQLite did not enforce the original's foreign keys, so its databases can hold orphans.
        try (FlaskDatabase flask = FlaskDatabase.create(Engine.SQLITE, "chapter-23")) {
            FlaskMicroblogFixture.fill(flask);
            flask.insert("post", "id", 9, "body", "x".repeat(150), "timestamp", T, "user_id", 1)
                    .insert("post", "id", 10, "body", "ghost post", "timestamp", T, "user_id", 99)
                    .insert("followers", "follower_id", 99, "followed_id", 1)
                    .insert("message", "id", 8, "sender_id", 1, "recipient_id", 99, "body", "lost", "timestamp", T)
                    .insert("notification", "id", 2, "name", "unread_message_count", "user_id", 1,
                            "timestamp", (double) T.plusMinutes(11).toEpochSecond(ZoneOffset.UTC), "payload_json", "2");

            ImportReport report = importFrom(flask);

            assertThat(report.count("post")).isEqualTo(new ImportReport.TableCount("post", 6, 5));
            assertThat(report.findings(Outcome.LEFT_OUT)).extracting(Finding::table, Finding::row).contains(
                    tuple("post", "10"), tuple("followers", "99 follows 1"),
                    tuple("message", "8"), tuple("notification", "1"));
            assertThat(report.findings(Outcome.CHANGED)).anySatisfy(f -> {
                assertThat(f.row()).isEqualTo("9");
                assertThat(f.reason()).contains("150 characters", "shortened");
            });
            assertThat(bean(PostService.class).find(9)).hasValueSatisfying(p -> assertThat(p.body()).hasSize(140));
            assertThat(bean(NotificationService.class).newerThan(1, 0)).singleElement()
                    .satisfies(n -> assertThat(n.data().asInt()).isEqualTo(2));
        }
    }

    @Test
    void refusesADatabaseThatIsNotEmpty() throws Exception {
        bean(UserService.class).register("already", "already@example.com", "pw");
        try (FlaskDatabase flask = FlaskDatabase.create(Engine.SQLITE, "chapter-23")) {
            FlaskMicroblogFixture.fill(flask);

            assertThatThrownBy(() -> importFrom(flask)).isInstanceOf(ImportException.class)
                    .hasMessageContaining("is not empty (users has 1 row)");
            assertThat(bean(UserService.class).findByUsername("john")).isEmpty();
        }
    }

    @Test
    void aFailureHalfWayLeavesNothingImported() throws Exception {
        try (FlaskDatabase flask = FlaskDatabase.create(Engine.SQLITE, "chapter-23")) {
            FlaskMicroblogFixture.fill(flask);
            ImportProgress failingAtMessages = new CountingProgress() {
                @Override
                public void start(String table, long rows) {
                    if (table.equals("message")) {
                        throw new ImportException("interrupted");
                    }
                }
            };

            assertThatThrownBy(() -> new FlaskImporter(Clock.systemUTC())
                    .copy(DatabaseUrl.parse(flask.url()), DatabaseUrl.parse(app.databaseUrl()), failingAtMessages))
                    .hasMessage("interrupted");
            for (String table : List.of("users", "posts", "followers", "messages", "notifications", "tasks")) {
                assertThat(app.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as(table).isZero();
            }
            // and the database takes the import afterwards
            assertThat(importFrom(flask).count("user").copied()).isEqualTo(5);
        }
    }

    private ImportReport importFrom(FlaskDatabase flask) {
        CountingProgress progress = new CountingProgress();
        ImportReport report = new FlaskImporter(Clock.fixed(IMPORT_TIME, ZoneOffset.UTC))
                .copy(DatabaseUrl.parse(flask.url()), DatabaseUrl.parse(app.databaseUrl()), progress);
        assertThat(progress.finished).containsExactlyElementsOf(FlaskImporter.SOURCE_TABLES);
        assertThat(progress.steps).isEqualTo(report.tables().stream().mapToLong(ImportReport.TableCount::read).sum());
        return report;
    }

    private void thenEverythingArrived(FlaskDatabase flask, ImportReport report) {
        assertThat(report.tables()).extracting(ImportReport.TableCount::table, ImportReport.TableCount::read,
                ImportReport.TableCount::copied).containsExactly(
                tuple("user", 5L, 5L), tuple("post", 4L, 4L), tuple("followers", 4L, 4L),
                tuple("message", 3L, 3L), tuple("notification", 1L, 1L),
                tuple("task", 2L, 1L));
        thenNamesAreUniqueWithoutRegardToCase(report);
        thenRelationsAreKept();
        thenUnreadCountsAreAsTheyWere();
        thenMembersSignInWithTheirOldPasswords();

        PostView johns = bean(PostService.class).postsBy(1, 1).items().get(0);
        assertThat(johns.body()).isEqualTo("hello from john");
        assertThat(johns.timestamp()).isEqualTo(utc(T.plusMinutes(1)));
        assertThat(johns.language()).isEqualTo("en");
        User john = bean(UserService.class).getById(1);
        assertThat(john.getAboutMe()).isEqualTo("I am John");
        assertThat(john.getLastSeen()).isEqualTo(utc(T.plusHours(1)));
        assertThat(bean(ApiTokenService.class).memberFor(FlaskMicroblogFixture.JOHNS_TOKEN))
                .hasValueSatisfying(member -> assertThat(member.getId()).isEqualTo(1));

        NotificationView notification = bean(NotificationService.class).newerThan(1, 0).get(0);
        assertThat(notification.name()).isEqualTo("unread_message_count");
        assertThat(notification.data().asInt()).isEqualTo(1);
        // The original's Float is a single-precision FLOAT on MySQL, which reads back with six
        // significant digits: Unix seconds to within about three hours. The import takes what is there.
        assertThat(notification.timestamp()).isCloseTo(utc(T.plusMinutes(10)).getEpochSecond(),
                within(flask.engine() == Engine.MYSQL ? 10_000.0 : 0.001));
        TaskService tasks = bean(TaskService.class);
        assertThat(tasks.find(FlaskMicroblogFixture.FINISHED_TASK)).hasValueSatisfying(t -> assertThat(t.complete()).isTrue());
        assertThat(tasks.find(FlaskMicroblogFixture.UNFINISHED_TASK)).isEmpty();
        assertThat(report.findings(Outcome.LEFT_OUT)).singleElement()
                .satisfies(f -> assertThat(f.row()).isEqualTo(FlaskMicroblogFixture.UNFINISHED_TASK));

        // the kept ids are behind the databases' counters: new rows get new ids
        User newcomer = bean(UserService.class).register("newcomer", "newcomer@example.com", "pw");
        assertThat(newcomer.getId()).isGreaterThan(5);
        assertThat(bean(PostService.class).publish(newcomer.getId(), "hello", null).id()).isGreaterThan(4);
        assertThat(bean(MessageService.class).send(newcomer.getId(), 1, "hi").id()).isGreaterThan(3);
    }

    private void thenNamesAreUniqueWithoutRegardToCase(ImportReport report) {
        UserService users = bean(UserService.class);
        assertThat(users.getById(3).getUsername()).isEqualTo("Mary");
        assertThat(users.getById(4).getUsername()).isEqualTo("mary_2");
        assertThat(users.getById(4).getEmail()).isEqualTo("MARY+4@example.com");
        assertThat(users.getByUsername("MARY").getId()).isEqualTo(3);
        assertThat(users.getById(5).getUsername()).isEqualTo("david ");
        assertThat(report.findings(Outcome.CHANGED)).extracting(Finding::row, Finding::reason).containsExactly(
                tuple("4", "its name 'mary' differs only in case from member 3's 'Mary', and names are unique without"
                        + " regard to case here; renamed to 'mary_2'"),
                tuple("4", "its email 'MARY@example.com' differs only in case from member 3's, and emails are unique"
                        + " without regard to case here; changed to 'MARY+4@example.com'"));
        assertThat(report.findings(Outcome.NOTE)).singleElement().satisfies(f -> {
            assertThat(f.row()).isEqualTo("5");
            assertThat(f.reason()).startsWith("its name 'david ' has spaces at its start or end").endsWith("kept as it is");
        });
    }

    private void thenRelationsAreKept() {
        FollowService follows = bean(FollowService.class);
        assertThat(follows.isFollowing(1, 2)).isTrue();
        assertThat(follows.isFollowing(1, 3)).isTrue();
        assertThat(follows.isFollowing(2, 1)).isTrue();
        assertThat(follows.isFollowing(4, 1)).isTrue();
        assertThat(follows.isFollowing(3, 1)).isFalse();
        assertThat(follows.followers(1, 1, 10).getContent()).extracting(User::getUsername)
                .containsExactlyInAnyOrder("susan", "mary_2");
        List<MessageView> received = bean(MessageService.class).received(1, PagePosition.first()).items();
        assertThat(received).extracting(MessageView::body, MessageView::senderUsername, MessageView::recipientUsername)
                .containsExactly(tuple("after you read", "Mary", "john"),
                        tuple("before you read", "susan", "john"));
        assertThat(received.get(0).timestamp()).isEqualTo(utc(T.plusMinutes(10)));
        assertThat(bean(MessageService.class).sent(1, PagePosition.first()).items()).singleElement()
                .satisfies(m -> assertThat(m.recipientUsername()).isEqualTo("susan"));
    }

    private void thenUnreadCountsAreAsTheyWere() {
        MessageService messages = bean(MessageService.class);
        assertThat(messages.unreadCount(1)).as("john read his messages between the two he received").isEqualTo(1);
        assertThat(messages.unreadCount(2)).as("susan never read hers").isEqualTo(1);
        assertThat(messages.unreadCount(3)).isZero();
    }

    private void thenMembersSignInWithTheirOldPasswords() {
        String johnsOldHash = passwordHash(1);
        assertThat(johnsOldHash).startsWith("pbkdf2:sha256:1000$");
        assertThat(passwordHash(2)).startsWith("scrypt:16384:8:1$");

        assertThatThrownBy(() -> signsIn("john", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(passwordHash(1)).isEqualTo(johnsOldHash);
        signsIn("john", FlaskMicroblogFixture.JOHN_PASSWORD);
        signsIn("SUSAN", FlaskMicroblogFixture.SUSAN_PASSWORD);
        assertThat(passwordHash(1)).as("upgraded on sign-in").startsWith("{bcrypt}");
        assertThat(passwordHash(2)).as("upgraded on sign-in").startsWith("{bcrypt}");
        signsIn("john", FlaskMicroblogFixture.JOHN_PASSWORD);
        signsIn("mary_2", "lily");
        signsIn("Mary", "rose");
    }

    /** Through the site's own sign-in: the provider behind the login form and HTTP Basic. */
    private void signsIn(String username, String password) {
        var result = bean(AuthenticationProvider.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        assertThat(result.isAuthenticated()).isTrue();
    }

    private String passwordHash(long userId) {
        return app.jdbc().queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, userId);
    }

    /** Records what the import told its progress. */
    static class CountingProgress implements ImportProgress {
        final java.util.List<String> finished = new java.util.ArrayList<>();
        long steps;

        @Override
        public void start(String table, long rows) {
        }

        @Override
        public void step() {
            steps++;
        }

        @Override
        public void finish(String table, long copied) {
            finished.add(table);
        }
    }
}
