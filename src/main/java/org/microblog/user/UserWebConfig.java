package org.microblog.user;

import org.microblog.web.CurrentMembers;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link LastSeenInterceptor} for page and API requests, never for images or static files. */
@Configuration(proxyBeanMethods = false)
class UserWebConfig implements WebMvcConfigurer {

    private final UserService users;
    private final CurrentMembers currentMembers;

    UserWebConfig(UserService users, CurrentMembers currentMembers) {
        this.users = users;
        this.currentMembers = currentMembers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LastSeenInterceptor(users, currentMembers))
                .excludePathPatterns("/avatar/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error");
    }
}
