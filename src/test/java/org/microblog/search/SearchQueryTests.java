package org.microblog.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTests {

    @Test
    void readsWordsPhrasesExclusionsAndTags() {
        SearchQuery query = SearchQuery.parse("  Cats \"big dogs\" -fish #Pets OR* (x) ");

        assertThat(query.words()).containsExactly("cats", "or", "x");
        assertThat(query.phrases()).containsExactly("big dogs");
        assertThat(query.excluded()).containsExactly("fish");
        assertThat(query.tags()).containsExactly("pets");
    }

    @Test
    void onlyExclusionsOrSymbolsAreNothingToSearchFor() {
        assertThat(SearchQuery.parse("-fish").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("* \" ' ( ) --").isEmpty()).isTrue();
        assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
    }

    @Test
    void isCutAt200Characters() {
        assertThat(SearchQuery.parse("ab".repeat(300)).text()).hasSize(SearchQuery.MAX_LENGTH);
        assertThat(SearchQuery.parse("😀".repeat(300)).text().codePointCount(0, 400)).isEqualTo(SearchQuery.MAX_LENGTH);
    }
}
