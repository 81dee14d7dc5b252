package org.microblog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.config.DatabaseUrl;
import org.microblog.config.SecretKey;
import org.microblog.message.MessageService;
import org.microblog.post.PostService;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TestApplication;
import org.microblog.testsupport.TestClock;
import org.microblog.user.ApiTokenService;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.SiteUrls;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The application started with a value other than the default for each variable, and each
 * class that uses the setting doing what the value says. (The mail variables are followed to
 * a real SMTP server by {@code PasswordResetTests}.)
 */
class SettingsReachTheirConsumersTests {

    @TempDir
    static Path directory;

    static ConfigurableApplicationContext context;
    static Members members;

    @BeforeAll
    static void start() {
        context = new SpringApplicationBuilder(MicroblogApplication.class, TestApplication.TestBeans.class)
                .web(WebApplicationType.NONE)
                .properties("DATABASE_URL=sqlite:///" + directory.resolve("settings.db"), "SECRET_KEY=settings-tests-secret-key",
                        "POSTS_PER_PAGE=2", "AVATARS=gravatar", "API_TOKEN_LIFETIME=5m", "LANGUAGES=es,en",
                        "SERVER_NAME=microblog.example.com", "DEEPL_KEY=settings-tests-key:fx", "spring.main.banner-mode=off")
                .run();
        members = new Members(context.getBean(UserService.class));
    }

    @AfterAll
    static void stop() {
        context.close();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aTranslationKeyMakesTheSiteOfferTranslation() {
        assertThat(context.getBean(org.microblog.translate.TranslationService.class).available()).isTrue();
        assertThat(context.getBean(org.microblog.config.MicroblogProperties.class).translation().deeplUrl())
                .isEqualTo(org.microblog.config.TranslationSettings.DEEPL_FREE);
    }

    @Test
    void theDatabaseIsTheOneDatabaseUrlNames() {
        assertThat(context.getBean(DatabaseUrl.class).sqliteFile()).isEqualTo(directory.resolve("settings.db").toAbsolutePath());
    }

    @Test
    void withoutRedisUrlNothingOfRedisIsThere() {
        assertThat(context.getBeanNamesForType(org.springframework.data.redis.connection.RedisConnectionFactory.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.springframework.session.SessionRepository.class)).isEmpty();
        assertThat(context.getBean(org.microblog.notification.NotificationBroker.class).getClass().getSimpleName())
                .isEqualTo("InProcessNotificationBroker");
        assertThat(context.getBean(org.microblog.limits.BucketStore.class).getClass().getSimpleName())
                .isEqualTo("InMemoryBucketStore");
    }

    @Test
    void theSecretKeyIsTheConfiguredOne() {
        assertThat(context.getBean(SecretKey.class).value()).isEqualTo("settings-tests-secret-key");
    }

    @Test
    void timelinesAndMessageListsPageByPostsPerPage() {
        User john = members.register("pager");
        User susan = members.register("pagee");
        PostService posts = context.getBean(PostService.class);
        MessageService messages = context.getBean(MessageService.class);
        for (int i = 0; i < 3; i++) {
            posts.publish(john.getId(), "post " + i, null);
            messages.send(john.getId(), susan.getId(), "message " + i);
        }

        assertThat(posts.postsBy(john.getId(), 1).items()).hasSize(2);
        assertThat(posts.postsBy(john.getId(), 1).hasNext()).isTrue();
        assertThat(messages.received(susan.getId(), org.microblog.web.PagePosition.first()).items()).hasSize(2);
    }

    @Test
    void avatarsComeFromGravatar() {
        User john = members.register("gravatar");

        assertThat(context.getBean(UserService.class).avatarUrl(john, 36)).startsWith("https://www.gravatar.com/avatar/");
    }

    @Test
    void apiTokensExpireAfterTheirLifetime() {
        User john = members.register("tokens");
        ApiTokenService tokens = context.getBean(ApiTokenService.class);
        TestClock clock = context.getBean(TestClock.class);
        String token = tokens.issue(john.getId());

        clock.advance(Duration.ofMinutes(4));
        assertThat(tokens.memberFor(token)).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(tokens.memberFor(token)).isEmpty();
    }

    @Test
    void theFirstOfTheLanguagesIsTheDefault() {
        LocaleResolver languages = context.getBean(LocaleResolver.class);

        assertThat(languages.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void linksThatLeaveThePageUseTheServerName() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setServerName("attacker.example");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(context.getBean(SiteUrls.class).absolute("/user/john")).isEqualTo("http://microblog.example.com/user/john");
    }
}
