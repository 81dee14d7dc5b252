package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.microblog.notice.NoticeService;
import org.microblog.web.CurrentMembers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RestController;

/** Your notices (mentions, replies, likes, new followers), grouped as on the notices page. */
@RestController
@Tag(name = "Notices", description = "Beyond the original: the notices page's groups, newest first (no totals in _meta)")
class NoticeApiController {

    private final NoticeService notices;
    private final Representations json;
    private final CurrentMembers currentMembers;

    NoticeApiController(NoticeService notices, Representations json, CurrentMembers currentMembers) {
        this.notices = notices;
        this.json = json;
        this.currentMembers = currentMembers;
    }

    @Operation(summary = "Your notices, newest group first; reading them here does not mark them read")
    @GetMapping("/api/notices")
    CollectionResponse<NoticeResponse> notices(@RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage) {
        Paging paging = Paging.of(page, perPage);
        return paging.sliced(notices.groups(currentMembers.require().id(), paging.page(), paging.perPage()), json::notice,
                "/api/notices");
    }

    @Operation(summary = "Mark all your notices read (the notices badge goes to zero, as reading the page does)")
    @PostMapping("/api/notices/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead() {
        notices.markAllRead(currentMembers.require().id());
    }
}
