package org.microblog.message;

import org.jspecify.annotations.Nullable;
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

    /** {@code /messages/<username>}: both directions of one conversation, with a reply form. */
    public record ConversationPage(String other, @Nullable String otherAvatarUrl, FormView form,
            PageOf<MessageView> messages, String path) {
    }
}
