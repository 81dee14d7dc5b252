package org.microblog.limits;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The client address first of all filters; the rate limits before each limited page or API call. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LimitsWebConfig implements WebMvcConfigurer {

    private final RateLimits limits;

    LimitsWebConfig(RateLimits limits) {
        this.limits = limits;
    }

    @Bean
    FilterRegistrationBean<ForwardedHeadersFilter> forwardedHeadersFilter(LimitSettings settings) {
        var registration = new FilterRegistrationBean<>(new ForwardedHeadersFilter(settings.trustedProxies()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RateLimitInterceptor(limits));
    }
}
