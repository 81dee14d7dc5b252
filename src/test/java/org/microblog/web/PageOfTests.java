package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageOfTests {

    @Test
    void pageNumbersNeverFailAndStayWithinBounds() {
        Map<String, Integer> expected = Map.of("1", 1, "3", 3, "0", 1, "-1", 1, "abc", 1, "", 1, " 2 ", 2,
                "99999999999999999999", PageOf.MAX_PAGE, "1e3", 1);
        expected.forEach((raw, page) -> assertThat(PageOf.parse(raw)).as(raw).isEqualTo(page));
        assertThat(PageOf.parse(null)).isEqualTo(1);
    }
}
