package org.microblog.limits;

import io.lettuce.core.RedisClient;
import java.time.Clock;
import org.microblog.config.ConditionalOnRedis;
import org.microblog.config.MicroblogProperties;
import org.microblog.config.RedisOutage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** With {@code REDIS_URL}: the buckets on Redis, shared by every instance. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRedis
class LimitsRedisConfig {

    @Bean
    @Primary
    RedisBucketStore redisBucketStore(LettuceConnectionFactory connections, MicroblogProperties properties, Clock clock,
            InMemoryBucketStore fallback, RedisOutage outage) {
        return new RedisBucketStore((RedisClient) connections.getNativeClient(), properties.redis().keyPrefix(), clock,
                fallback, outage);
    }
}
