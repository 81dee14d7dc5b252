package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.notification.NotificationService;
import org.microblog.notification.NotificationView;
import org.microblog.web.CurrentMembers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Your notifications ({@code unread_message_count}, {@code task_progress}, …) newer than {@code since}. */
@RestController
@Tag(name = "Notifications", description = "Beyond the original: the polling endpoint over the API's conventions")
class NotificationApiController {

    private final NotificationService notifications;
    private final CurrentMembers currentMembers;

    NotificationApiController(NotificationService notifications, CurrentMembers currentMembers) {
        this.notifications = notifications;
        this.currentMembers = currentMembers;
    }

    @Operation(summary = "Your notifications newer than since (Unix seconds), oldest first, as {name, data, timestamp}")
    @GetMapping("/api/notifications")
    CollectionResponse<NotificationView> notifications(
            @Parameter(description = "Unix seconds, default 0") @RequestParam(required = false) @Nullable String since,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage) {
        double from = since(since);
        Paging paging = Paging.of(page, perPage);
        // A member has one notification per name, so the whole list is a handful of rows.
        List<NotificationView> all = notifications.newerThan(currentMembers.require().id(), from);
        int first = (int) Math.min(all.size(), (long) (paging.page() - 1) * paging.perPage());
        List<NotificationView> items = all.subList(first, Math.min(all.size(), first + paging.perPage()));
        return paging.counted(items, all.size(), "/api/notifications" + (since == null ? "" : "?since=" + from));
    }

    private static double since(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(raw.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw ApiException.badRequest("since must be a number of seconds");
    }
}
