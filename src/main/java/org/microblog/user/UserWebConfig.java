package org.microblog.user;

import java.time.Clock;
import org.microblog.web.CurrentMembers;
import org.microblog.web.DatabaseOutage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link LastSeenInterceptor} for page and API requests, never for images or static files. */
@Configuration(proxyBeanMethods = false)
class UserWebConfig implements WebMvcConfigurer {

    private final LastSeenInterceptor lastSeen;

    UserWebConfig(LastSeenInterceptor lastSeen) {
        this.lastSeen = lastSeen;
    }

    @Bean
    static LastSeenInterceptor lastSeenInterceptor(UserService users, CurrentMembers currentMembers, Clock clock,
            DatabaseOutage outage) {
        return new LastSeenInterceptor(users, currentMembers, clock, outage);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(lastSeen)
                .excludePathPatterns("/avatar/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error");
    }
}
