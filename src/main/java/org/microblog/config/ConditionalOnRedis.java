package org.microblog.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A bean or configuration for several instances: there only when {@code REDIS_URL} is set
 * ({@code true}, the default), or only when it is not ({@code false}: the in-process one).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnRedis.OnRedis.class)
public @interface ConditionalOnRedis {

    /** Whether the bean is for Redis (true) or for one instance without it (false). */
    boolean value() default true;

    /** Reads {@code microblog.redis.url} ({@code REDIS_URL}), already checked by {@link RedisSetting}. */
    final class OnRedis implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var attributes = metadata.getAnnotationAttributes(ConditionalOnRedis.class.getName());
            boolean wanted = attributes == null || (Boolean) attributes.get("value");
            return configured(context.getEnvironment().getProperty("microblog.redis.url")) == wanted;
        }

        static boolean configured(@org.jspecify.annotations.Nullable String url) {
            return SettingValues.optional(url) != null;
        }
    }
}
