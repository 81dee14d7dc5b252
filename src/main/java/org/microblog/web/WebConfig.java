package org.microblog.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.microblog.config.MicroblogProperties;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages ({@code LANGUAGES}, default {@code en,es}), the {@code ?lang=} chooser, the
 * favicon's caching, and the limits every request passes first ({@link RequestLimitsFilter}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final List<Locale> languages;

    WebConfig(MicroblogProperties properties) {
        this.languages = properties.languages();
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver(languages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor chooser = new LocaleChangeInterceptor();
        chooser.setParamName("lang");
        chooser.setIgnoreInvalidLocale(true);
        // An error page must not read the parameters of a request refused for its parameters.
        registry.addInterceptor(chooser).excludePathPatterns("/error");
    }

    /**
     * The site's icon, as SVG (linked by every page) and as {@code /favicon.ico} for whatever asks
     * without reading the page. It never changes under its name, so browsers may keep it a week.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/favicon.svg", "/favicon.ico").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }

    /**
     * Tomcat sends "100 Continue" only once the application reads the body, so a client that
     * asked (curl does for large bodies) learns of a 413 before uploading anything.
     */
    @Bean
    TomcatConnectorCustomizer continueOnlyWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }

    /**
     * The connector closes a connection whose request line and headers are still arriving
     * {@code REQUEST_HEADER_TIMEOUT} after their first byte ({@link HeaderDeadlineProtocol}).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestHeaderDeadline(MicroblogProperties properties) {
        long millis = properties.site().requestHeaderTimeout().toMillis();
        return factory -> {
            factory.setProtocol(HeaderDeadlineProtocol.class.getName());
            factory.addConnectorCustomizers(connector -> connector.setProperty("requestHeaderTimeout", Long.toString(millis)));
        };
    }

    /**
     * Tomcat answers what it cannot parse (a bad request line, a NUL in the path) before any
     * filter runs; its page gets the site's security headers too. Ordered after Spring Boot's
     * own customizer, whose plain report valve it replaces.
     */
    @Bean
    TomcatErrorPage tomcatErrorPageWithSecurityHeaders() {
        return new TomcatErrorPage();
    }

    static final class TomcatErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Pipeline host = context.getParent().getPipeline();
                for (Valve valve : host.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.removeValve(valve);
                    }
                }
                host.addValve(new SecurityHeadersErrorReportValve());
                ((StandardHost) context.getParent()).setErrorReportValveClass(SecurityHeadersErrorReportValve.class.getName());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * A request Spring Security's firewall refuses (an encoded dot or a control character in the
     * path, a suspicious parameter name) is the client's mistake: a 400 page or JSON error, logged
     * at DEBUG, rather than an exception the container logs and answers 500.
     */
    @Bean
    RequestRejectedHandler requestRejectedAsBadRequest() {
        return new HttpStatusRequestRejectedHandler(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Every request's id ({@link RequestIds}), first of all, so every log line of the request has it. */
    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        var registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /** Runs right after the character encoding is set, before Spring Security reads anything. */
    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter() {
        var registration = new FilterRegistrationBean<>(new RequestLimitsFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
