package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorTests {

    @Test
    void aTokenNamesTheRowItWasWrittenFromToTheMicrosecond() {
        for (String time : new String[] {"2026-05-01T10:00:00.123456Z", "2026-05-01T10:00:00Z", "1969-12-31T23:59:59.999999Z",
                "1970-01-01T00:00:00Z"}) {
            Cursor cursor = new Cursor(Instant.parse(time), 42);

            assertThat(Cursor.parse(cursor.token())).isEqualTo(cursor);
        }
        assertThat(new Cursor(Instant.parse("2026-05-01T10:00:00.123456Z"), 7).token()).isEqualTo("1777629600123456_7");
    }

    @Test
    void anythingElseIsNoCursor() {
        for (String bad : new String[] {"", " ", "abc", "1_", "_1", "1-2", "1_2_3", "1_-2", "99999999999999999999_1",
                "1_9999999999999999999", "1.5_2", "<script>"}) {
            assertThat(Cursor.parse(bad)).as(bad).isNull();
        }
        assertThat(Cursor.parse(null)).isNull();
    }

    @Test
    void aWellFormedCursorWinsOverAPageNumberAndAMalformedOneIsIgnored() {
        assertThat(PagePosition.parse("3", "1777629600123456_7"))
                .isEqualTo(new PagePosition(3, new Cursor(Instant.parse("2026-05-01T10:00:00.123456Z"), 7)));
        assertThat(PagePosition.parse(null, "1777629600123456_7").number()).isZero();
        assertThat(PagePosition.parse("3", "1777629600123456_7").offset(25)).isZero();
        assertThat(PagePosition.parse("3", "nonsense")).isEqualTo(PagePosition.number(3));
        assertThat(PagePosition.parse(null, null)).isEqualTo(PagePosition.first());
        assertThat(PagePosition.number(3).offset(25)).isEqualTo(50);
    }

    @Test
    void olderLinksCarryTheCursorAndNewerOnesStepBackOnePage() {
        Cursor next = new Cursor(Instant.EPOCH, 5);
        PageOf<String> first = new PageOf<>(java.util.List.of("a"), 1, true, next);
        PageOf<String> byCursor = new PageOf<>(java.util.List.of("b"), 0, true, next);
        PageOf<String> numbered = new PageOf<>(java.util.List.of("c"), 3, false, null);

        assertThat(first.olderHref("/index")).isEqualTo("/index?before=0_5&page=2");
        assertThat(first.newerHref("/index")).isNull();
        assertThat(byCursor.newerHref("/messages?box=sent")).isEqualTo("/messages?box=sent");
        assertThat(byCursor.olderHref("/messages?box=sent")).isEqualTo("/messages?box=sent&before=0_5");
        assertThat(numbered.newerHref("/explore")).isEqualTo("/explore?page=2");
        assertThat(numbered.olderHref("/explore")).isNull();
    }
}
