package org.microblog.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.MicroblogApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

/** {@code REDIS_URL} and {@code REDIS_KEY_PREFIX}, from the variables' text to Spring Boot's Redis properties. */
class RedisSettingsTests {

    private static RedisSettings redis(String... variablesAndValues) {
        java.util.HashMap<String, String> environment = new java.util.HashMap<>();
        for (int i = 0; i < variablesAndValues.length; i += 2) {
            environment.put(variablesAndValues[i], variablesAndValues[i + 1]);
        }
        return Settings.of(environment).redis();
    }

    @Test
    void unsetOrBlankIsInProcess() {
        assertThat(redis().configured()).isFalse();
        assertThat(redis("REDIS_URL", "  ").configured()).isFalse();
        assertThat(redis().keyPrefix()).isEqualTo("microblog:");
    }

    @Test
    void readsHostPortPasswordAndDatabase() {
        RedisSettings settings = redis("REDIS_URL", "redis://:s%40cret@redis.example.com:6380/2", "REDIS_KEY_PREFIX", "site2:");

        assertThat(settings.endpoint()).isEqualTo(new RedisSettings.Endpoint("redis.example.com", 6380, null, "s@cret", 2, false));
        assertThat(settings.keyPrefix()).isEqualTo("site2:");
        assertThat(settings.endpoint().toString()).doesNotContain("cret").isEqualTo("redis://***@redis.example.com:6380/2");
    }

    @Test
    void readsTheOtherForms() {
        assertThat(redis("REDIS_URL", "redis://").endpoint())
                .isEqualTo(new RedisSettings.Endpoint("localhost", 6379, null, null, 0, false));
        assertThat(redis("REDIS_URL", "rediss://cache.example.com").endpoint())
                .isEqualTo(new RedisSettings.Endpoint("cache.example.com", 6379, null, null, 0, true));
        assertThat(redis("REDIS_URL", "redis://app:pw@10.0.0.5/15").endpoint())
                .isEqualTo(new RedisSettings.Endpoint("10.0.0.5", 6379, "app", "pw", 15, false));
        assertThat(redis("REDIS_URL", "redis://pw@localhost:6379/").endpoint())
                .isEqualTo(new RedisSettings.Endpoint("localhost", 6379, null, "pw", 0, false));
    }

    @Test
    void aValueThatCannotBeUsedNamesTheVariableAndTheFormsWithoutThePassword() {
        for (String bad : new String[] {"localhost:6379", "http://localhost:6379", "redis://localhost:notaport",
                "redis://localhost:99999", "redis://localhost/two", "redis://localhost/1/2", "redis://h/0?timeout=1",
                "redis://:topsecret@localhost/x", "redis//localhost"}) {
            assertThatThrownBy(() -> redis("REDIS_URL", bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.variable()).isEqualTo("REDIS_URL"))
                    .hasMessageContaining("use redis://[:password@]host[:port][/database]")
                    .hasMessageNotContaining("topsecret");
        }
        assertThatThrownBy(() -> redis("REDIS_KEY_PREFIX", "has space")).isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("REDIS_KEY_PREFIX: ");
    }

    @Test
    void withoutRedisUrlSpringBootsRedisPartsAreLeftOut() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("microblog.redis.url", "", "spring.autoconfigure.exclude", "com.example.Other")));
        new RedisSetting().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.autoconfigure.exclude")).startsWith("com.example.Other,")
                .contains("org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
                        "org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration");
        assertThat(environment.getProperty("spring.data.redis.host")).isNull();
    }

    @Test
    void withRedisUrlSpringBootsRedisPropertiesFollowIt() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "microblog.redis.url", "rediss://:pw@cache.example.com:6390/3",
                "management.endpoint.health.group.readiness.include", "readinessState,database")));
        new RedisSetting().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.data.redis.host")).isEqualTo("cache.example.com");
        assertThat(environment.getProperty("spring.data.redis.port")).isEqualTo("6390");
        assertThat(environment.getProperty("spring.data.redis.database")).isEqualTo("3");
        assertThat(environment.getProperty("spring.data.redis.password")).isEqualTo("pw");
        assertThat(environment.getProperty("spring.data.redis.ssl.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState,database,redis");
        assertThat(environment.getProperty("spring.autoconfigure.exclude"))
                .doesNotContain("DataRedisAutoConfiguration,").contains("DataRedisHealthContributorAutoConfiguration");
    }

    @Test
    void aBadRedisUrlStopsStartupUnderItsName() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MicroblogApplication.class).web(WebApplicationType.NONE)
                .properties("REDIS_URL=memcached://localhost", "spring.main.banner-mode=off").run())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("REDIS_URL: 'memcached://localhost' does not start with redis:// or rediss://");
    }
}
