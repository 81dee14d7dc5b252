package org.microblog.message;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.microblog.config.MicroblogProperties;
import org.microblog.core.RuleViolation;
import org.microblog.core.ShortText;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Private messages between members, and which of them a member has not read yet. */
@Service
public class MessageService {

    private final MessageRepository messages;
    private final UserService users;
    private final MicroblogProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageService(MessageRepository messages, UserService users, MicroblogProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a message to another member: its body is a {@link ShortText}, stored without the
     * white space around it.
     *
     * @throws RuleViolation on {@code body} when the text is blank or longer than {@value ShortText#MAX} characters
     */
    @Transactional
    public MessageView send(long senderId, long recipientId, String body) {
        if (senderId == recipientId) {
            throw RuleViolation.of("message.self", "You cannot send a private message to yourself.");
        }
        String text = ShortText.Rule.check("body", body);
        User sender = users.getById(senderId);
        // Messages to one member are written one after the other, so each transaction's unread
        // count, carried by MessageSent, includes every message committed before it.
        User recipient = users.lockForUpdate(recipientId);
        Message message = messages.saveAndFlush(new Message(sender, recipient, text, clock.instant()));
        events.publishEvent(new MessageSent(message.getId(), senderId, recipientId, unreadCount(recipient)));
        return view(message);
    }

    /** Messages received since the member last opened their messages. */
    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return unreadCount(users.getById(userId));
    }

    private long unreadCount(User user) {
        Instant lastRead = user.getLastMessageReadTime();
        return lastRead == null ? messages.countReceived(user.getId()) : messages.countReceivedAfter(user.getId(), lastRead);
    }

    /** Marks every message received so far as read. */
    @Transactional
    public void markAllRead(long userId) {
        users.markMessagesRead(userId, clock.instant());
        events.publishEvent(new MessagesRead(userId));
    }

    @Transactional(readOnly = true)
    public PageOf<MessageView> received(long userId, int page) {
        return received(userId, page, properties.site().postsPerPage());
    }

    /** Messages received, newest first, in pages of {@code size} (the API's {@code per_page}). */
    @Transactional(readOnly = true)
    public PageOf<MessageView> received(long userId, int page, int size) {
        return pageOf(messages.findReceived(userId, PageOf.request(page, size)));
    }

    @Transactional(readOnly = true)
    public PageOf<MessageView> sent(long userId, int page) {
        return sent(userId, page, properties.site().postsPerPage());
    }

    /** Messages sent, newest first, in pages of {@code size}. */
    @Transactional(readOnly = true)
    public PageOf<MessageView> sent(long userId, int page, int size) {
        return pageOf(messages.findSent(userId, PageOf.request(page, size)));
    }

    /** Both directions of the exchange between two members, newest first. */
    @Transactional(readOnly = true)
    public PageOf<MessageView> conversation(long userId, long otherId, int page) {
        return conversation(userId, otherId, page, properties.site().postsPerPage());
    }

    /** {@link #conversation(long, long, int)} in pages of {@code size}. */
    @Transactional(readOnly = true)
    public PageOf<MessageView> conversation(long userId, long otherId, int page, int size) {
        return pageOf(messages.findConversation(userId, otherId, PageOf.request(page, size)));
    }

    /** One message, if {@code viewerId} sent or received it (nobody else may read it). */
    @Transactional(readOnly = true)
    public Optional<MessageView> find(long messageId, long viewerId) {
        return messages.findWithParties(messageId).map(this::view)
                .filter(m -> m.senderId() == viewerId || m.recipientId() == viewerId);
    }

    private PageOf<MessageView> pageOf(Slice<Message> slice) {
        return PageOf.of(slice, this::view);
    }

    private MessageView view(Message message) {
        User sender = message.getSender();
        User recipient = message.getRecipient();
        return new MessageView(message.getId(), message.getBody(), message.getTimestamp(), sender.getId(),
                sender.getUsername(), users.avatarUrl(sender, MessageView.AVATAR_SIZE), recipient.getId(),
                recipient.getUsername(), users.avatarUrl(recipient, MessageView.AVATAR_SIZE));
    }
}
