package org.microblog.notification;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.web.CurrentMembers;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The signed-in member's notifications: the original's polling endpoint
 * ({@code GET /notifications?since=}) and the live stream ({@code GET /notifications/stream}).
 */
@Controller
class NotificationController {

    private final NotificationService notifications;
    private final NotificationStreams streams;
    private final CurrentMembers currentMembers;

    NotificationController(NotificationService notifications, NotificationStreams streams,
            CurrentMembers currentMembers) {
        this.notifications = notifications;
        this.streams = streams;
        this.currentMembers = currentMembers;
    }

    /** {@code [{name, data, timestamp}]} newer than {@code since} (Unix seconds), oldest first. */
    @GetMapping(path = "/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<NotificationView> notificationsSince(@RequestParam(defaultValue = "0") double since) {
        return notifications.newerThan(currentMembers.require().id(), finite(since));
    }

    /**
     * Server-sent events; {@code Last-Event-ID} (or {@code ?since=}) replays what was missed.
     * 503 with {@code Retry-After} when this instance holds as many streams as it may.
     */
    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void stream(@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            @RequestParam(required = false) @Nullable Double since, HttpServletRequest request,
            HttpServletResponse response) throws IOException, ServletException {
        long userId = currentMembers.require().id();
        double from = parse(lastEventId, since == null ? Double.NaN : since);
        streams.open(userId, request, response,
                () -> Double.isNaN(from) ? List.of() : notifications.newerThan(userId, from));
    }

    private static double parse(@Nullable String lastEventId, double fallback) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return finite(Double.parseDouble(lastEventId.strip()));
            } catch (NumberFormatException ignored) {
                // a foreign id: replay nothing rather than fail the stream
            }
        }
        return Double.isNaN(fallback) ? fallback : finite(fallback);
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
