package org.microblog.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.microblog.config.InvalidSettingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Languages ({@code LANGUAGES}, default {@code en,es}) and the {@code ?lang=} chooser. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final List<Locale> languages;

    WebConfig(@Value("${LANGUAGES:en,es}") String languages) {
        this.languages = Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Locale::forLanguageTag).toList();
        if (this.languages.isEmpty() || this.languages.stream().anyMatch(l -> l.getLanguage().isEmpty())) {
            throw new InvalidSettingException("LANGUAGES", "must list language codes separated by commas, such as en,es");
        }
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
        registry.addInterceptor(chooser);
    }
}
