package org.microblog.notification;

import tools.jackson.databind.JsonNode;

/** A notification in the original's JSON shape: {@code {name, data, timestamp}}, timestamp in Unix seconds. */
public record NotificationView(String name, JsonNode data, double timestamp) {
}
