package org.microblog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightTests {

    @Test
    void marksTheWordsFoundAndEscapesTheRest() {
        assertThat(Highlight.html("<b>Apple</b> & \"pie\"", List.of("apple")))
                .isEqualTo("&lt;b&gt;<mark>Apple</mark>&lt;/b&gt; &amp; &#34;pie&#34;");
    }

    @Test
    void marksTheLongerFormsOfAWordButNotShortOrUnrelatedOnes() {
        assertThat(Highlight.html("I was running, run ran", List.of("run")))
                .isEqualTo("I was <mark>running</mark>, <mark>run</mark> ran");
        assertThat(Highlight.html("a an and", List.of("a"))).isEqualTo("<mark>a</mark> an and");
    }
}
