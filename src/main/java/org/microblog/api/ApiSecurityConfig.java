package org.microblog.api;

import java.util.Arrays;
import org.microblog.user.ApiTokenService;
import org.microblog.web.CurrentMembers;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's own security chain, ahead of the pages' one: stateless (no session is read or
 * created, so a session cookie signs nobody in), no CSRF (no cookie authenticates anything),
 * bearer tokens only ({@link BearerTokenFilter}); HTTP Basic exists only inside
 * {@code POST /api/tokens}. The pages' chain has no bearer filter, so pages ignore tokens.
 * Which handlers need a token is decided after routing by {@link TokenRequired}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityConfig implements WebMvcConfigurer {

    /** JSON answers embed nothing and are framed by nobody. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The documentation page runs Swagger UI from this site (no CDN) with external scripts only;
     * its components set inline styles, so only here {@code style-src} allows them.
     */
    static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String[] DOCS_PATHS = {"/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**",
            "/api/openapi.yaml", "/api/swagger-ui/**"};

    private final CurrentMembers currentMembers;

    ApiSecurityConfig(CurrentMembers currentMembers) {
        this.currentMembers = currentMembers;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ApiErrorWriter errors) throws Exception {
        RequestMatcher docs = docs();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ApiException.BEARER_CHALLENGE);
                            errors.write(response, 401, null);
                        })
                        .accessDeniedHandler((request, response, e) -> errors.write(response, 403, null)))
                .addFilterBefore(new ApiErrorFilter(errors), DisableEncodeUrlFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens),
                        AnonymousAuthenticationFilter.class)
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(docs,
                                new ContentSecurityPolicyHeaderWriter(DOCS_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(docs),
                                new ContentSecurityPolicyHeaderWriter(API_POLICY)))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    private static RequestMatcher docs() {
        var paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(DOCS_PATHS).<RequestMatcher>map(paths::matcher).toList());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TokenRequired(currentMembers)).addPathPatterns("/api/**");
    }
}
