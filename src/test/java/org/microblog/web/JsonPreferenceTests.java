package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPreferenceTests {

    @Test
    void apiClientsAndFetchPreferJson() {
        assertThat(JsonPreference.prefersJson("application/json")).isTrue();
        assertThat(JsonPreference.prefersJson("application/json, text/plain, */*")).isTrue();
        assertThat(JsonPreference.prefersJson("text/html;q=0.5, application/json")).isTrue();
        assertThat(JsonPreference.prefersJson("application/problem+json")).isTrue();
    }

    @Test
    void browsersAndUnclearRequestsGetHtml() {
        assertThat(JsonPreference.prefersJson("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isFalse();
        assertThat(JsonPreference.prefersJson("*/*")).isFalse();
        assertThat(JsonPreference.prefersJson(null)).isFalse();
        assertThat(JsonPreference.prefersJson("")).isFalse();
        assertThat(JsonPreference.prefersJson("text/html, application/json")).isFalse();
        assertThat(JsonPreference.prefersJson("application/json;q=0, */*")).isFalse();
        assertThat(JsonPreference.prefersJson("not a media type;;;")).isFalse();
    }
}
