package org.microblog.auth;

import jakarta.servlet.DispatcherType;
import javax.sql.DataSource;
import org.microblog.config.SecretKey;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Pages: session sign-in with the original's form ({@code /auth/login}, fields {@code username},
 * {@code password}, {@code remember_me}), CSRF on every state-changing request, persistent
 * remember-me tokens, throttled guessing and strict headers (no inline script, no framing).
 * Every page but the sign-in pages and static files is for members, as in the original; a
 * path no page answers is a 404 for everyone ({@link MembersOrUnknownPaths}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https://www.gravatar.com; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, SignInHandlers signIn, LoginThrottle throttle,
            UserDetailsService members, DataSource dataSource, SecretKey secretKey,
            HandlerMappingIntrospector handlers, MemberSessions sessions) throws Exception {
        var tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        var rememberMe = new RememberMeServices(secretKey.value(), members, tokens);

        http.authorizeHttpRequests(requests -> requests
                        // The second half of a request already let in (a stream answered later, an
                        // error page): checking again would refuse a stream whose client has gone.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/auth/**", "/avatar/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg",
                                "/error", "/robots.txt", "/actuator/health", "/actuator/health/**",
                                "/actuator/prometheus").permitAll()
                        .anyRequest().access(new MembersOrUnknownPaths(handlers)))
                .formLogin(form -> form
                        .loginPage("/auth/login")
                        .loginProcessingUrl("/auth/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(signIn)
                        .failureHandler(signIn)
                        .permitAll())
                .rememberMe(remember -> remember.rememberMeServices(rememberMe).key(secretKey.value()))
                .logout(logout -> logout
                        // POST only (with the CSRF token), so no other site can sign a member out;
                        // the original's GET link shows a page with the button (AuthController).
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/auth/logout"))
                        .addLogoutHandler((request, response, authentication) -> sessions.signedOut(request, authentication))
                        // To the sign-in page saying so, rather than to a members' page that asks to sign in.
                        .logoutSuccessHandler(signIn)
                        .deleteCookies("JSESSIONID", RememberMeServices.COOKIE))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                // A remembered member signed in by the cookie: their new session joins their others.
                .addFilterAfter(new SignedInSessions(sessions), RememberMeAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Persistent remember-me tokens; accepts the original's checkbox value {@code y} as well as Spring's. */
    static final class RememberMeServices extends PersistentTokenBasedRememberMeServices {

        static final String COOKIE = "remember-me";

        RememberMeServices(String key, UserDetailsService members, JdbcTokenRepositoryImpl tokens) {
            super(key, members, tokens);
            setParameter("remember_me");
            setCookieName(COOKIE);
            setTokenValiditySeconds(60 * 60 * 24 * 30);
            // HttpOnly always, Secure on a secure request (Spring's defaults); not sent on other sites' requests.
            setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        }

        @Override
        protected boolean rememberMeRequested(jakarta.servlet.http.HttpServletRequest request, String parameter) {
            return "y".equalsIgnoreCase(request.getParameter(parameter)) || super.rememberMeRequested(request, parameter);
        }
    }

    /** Notes each signed-in request's session in {@link MemberSessions} (cheap when it is there already). */
    static final class SignedInSessions extends OncePerRequestFilter {

        private final MemberSessions sessions;

        SignedInSessions(MemberSessions sessions) {
            this.sessions = sessions;
        }

        @Override
        protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response, jakarta.servlet.FilterChain chain)
                throws jakarta.servlet.ServletException, java.io.IOException {
            sessions.signedIn(request, SecurityContextHolder.getContext().getAuthentication());
            chain.doFilter(request, response);
        }
    }
}
