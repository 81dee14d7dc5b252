package org.microblog.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.microblog.user.User;
import org.microblog.web.Flash;
import org.microblog.web.MemberPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Base of web tests: the whole application behind MockMvc, on its own SQLite file, emptied
 * before each test, with a {@link TestClock}. All subclasses share one application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = WebTests.FreshSqliteDatabase.class)
@Import(TestApplication.TestBeans.class)
public abstract class WebTests {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestClock clock;

    @Autowired
    private org.springframework.context.ApplicationContext context;

    protected Members members;

    @BeforeEach
    void emptyDatabase() {
        TestApplication.clean(jdbc);
        clock.reset();
        members = new Members(context.getBean(org.microblog.user.UserService.class));
        TestReset.all(context);
    }

    /** Waits for the last_seen writes that page views queued. */
    protected void awaitLastSeenWrites() throws InterruptedException {
        context.getBean(org.microblog.user.LastSeenInterceptor.class).awaitWrites();
    }

    /**
     * The texts flashed for the next page, looked up as that page would: in the language of the
     * request (flashes carry keys, resolved when rendered).
     */
    protected ResultMatcher flashed(String... texts) {
        return result -> {
            Locale locale = RequestContextUtils.getLocale(result.getRequest());
            MessageSource source = context.getBean(MessageSource.class);
            List<String> shown = result.getFlashMap().get("flashes") instanceof List<?> list ? list.stream()
                    .map(Flash.class::cast).map(f -> source.getMessage(f.key(), f.args().toArray(), locale)).toList()
                    : List.of();
            assertThat(shown).as("flashed texts").containsExactly(texts);
        };
    }

    /** Sends the request as this member, signed in. */
    protected static RequestPostProcessor as(User member) {
        return user(new MemberPrincipal(member.getId(), member.getUsername(), ""));
    }

    /** Points {@code DATABASE_URL} at a new SQLite file for the web tests' context. */
    static final class FreshSqliteDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("web-tests", java.util.Map.of(
                    "DATABASE_URL", TestDatabase.SQLITE.createDatabase(),
                    "SECRET_KEY", "web-tests-secret-key-not-for-production",
                    "spring.jpa.properties.hibernate.session_factory.statement_inspector",
                    SqlStatements.class.getName())));
        }
    }
}
