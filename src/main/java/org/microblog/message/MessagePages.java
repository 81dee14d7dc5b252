package org.microblog.message;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.web.Cursor;
import org.microblog.web.FormView;
import org.microblog.web.PageOf;

/** The records the message screens render. */
public final class MessagePages {

    private MessagePages() {
    }

    /** {@code /send_message/<recipient>}. */
    public record SendPage(String recipient, FormView form) {
    }

    /** {@code /messages}: received (or, with {@code ?box=sent}, sent) messages. */
    public record InboxPage(boolean sent, PageOf<MessageView> messages, String path) {
    }

    /**
     * {@code /messages/<username>}: both directions of one conversation, with a reply form.
     *
     * @param blocked a block stands between the two: the page says so instead of offering the form
     */
    public record ConversationPage(String other, @Nullable String otherAvatarUrl, FormView form,
            PageOf<MessageView> messages, String path, boolean blocked) {

        /** Where the live conversation starts (the newest message shown, the epoch when none); {@code null} on older pages. */
        public @Nullable String liveAfter() {
            if (messages.hasPrevious()) {
                return null;
            }
            return messages.items().isEmpty() ? new Cursor(Instant.EPOCH, 0).token()
                    : MessageService.cursorOf(messages.items().get(0)).token();
        }
    }

    /** {@code /messages/<username>/new}: the messages that arrived after the cursor, newest first. */
    public record NewMessagesPage(List<MessageView> messages, String after) {
    }
}
