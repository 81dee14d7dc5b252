package org.microblog.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.web.ErrorBody;
import org.microblog.web.PageOf;

/** Reading page and per_page as the original did, and the envelope's links; times as Python writes them. */
class PagingTests {

    @Test
    void perPageDefaultsTo10AndIsCappedAt100() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(1, 10));
        assertThat(Paging.of("3", "1000")).isEqualTo(new Paging(3, 100));
        assertThat(Paging.of("x", "y")).isEqualTo(new Paging(1, 10));
        assertThat(Paging.of("0", "0")).isEqualTo(new Paging(1, 10));
        assertThat(Paging.of("1", "99999999999")).isEqualTo(new Paging(1, 100));
    }

    @Test
    void countedPagesLinkToTheirNeighbours() {
        var page = new Paging(2, 10).counted(List.of("a"), 25, "/api/users");

        assertThat(page.meta()).isEqualTo(new CollectionResponse.Meta(2, 10, 3, 25L));
        assertThat(page.links()).isEqualTo(new CollectionResponse.Links("/api/users?page=2&per_page=10",
                "/api/users?page=3&per_page=10", "/api/users?page=1&per_page=10"));
    }

    @Test
    void slicedPagesHaveNoTotalsAndKeepTheirOwnQuery() {
        var page = new Paging(1, 5).sliced(new PageOf<>(List.of(1), 1, true), String::valueOf, "/api/x?since=1.5");

        assertThat(page.meta().totalItems()).isNull();
        assertThat(page.links().next()).isEqualTo("/api/x?page=2&per_page=5&since=1.5");
        assertThat(page.links().prev()).isNull();
    }

    @Test
    void timesAreWrittenLikePythonsIsoformat() {
        assertThat(ApiTimes.iso(Instant.parse("2024-05-01T10:00:00Z"))).isEqualTo("2024-05-01T10:00:00+00:00");
        assertThat(ApiTimes.iso(Instant.parse("2024-05-01T10:00:00.123Z"))).isEqualTo("2024-05-01T10:00:00.123000+00:00");
        assertThat(ApiTimes.iso(null)).isNull();
    }

    @Test
    void errorsUseTheOriginalsReasonPhrases() {
        assertThat(ErrorBody.of(413, (String) null).error()).isEqualTo("Request Entity Too Large");
        assertThat(ErrorBody.of(404, " ")).isEqualTo(new ErrorBody("Not Found", null));
    }
}
