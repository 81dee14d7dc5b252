package org.microblog.message;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.microblog.config.MicroblogProperties;
import org.microblog.core.RuleViolation;
import org.microblog.core.ShortText;
import org.microblog.core.Writes;
import org.microblog.follow.BlockService;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.Cursor;
import org.microblog.web.PageOf;
import org.microblog.web.PagePosition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
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
    private final Writes writes;
    private final BlockService blocks;

    MessageService(MessageRepository messages, UserService users, MicroblogProperties properties,
            ApplicationEventPublisher events, Clock clock, Writes writes, BlockService blocks) {
        this.writes = writes;
        this.blocks = blocks;
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
     * @throws RuleViolation on {@code body} when the text is blank or longer than {@value ShortText#MAX} characters;
     *         {@code message.blocked} when either member blocks the other
     */
    public MessageView send(long senderId, long recipientId, String body) {
        if (senderId == recipientId) {
            throw RuleViolation.of("message.self", "You cannot send a private message to yourself.");
        }
        String text = ShortText.Rule.check("body", body);
        return writes.run(() -> {
            // Both members' rows are locked, in id order: messages to one member are written one
            // after the other, so each transaction's unread count, carried by MessageSent, includes
            // every message committed before it; and two members writing to each other at once wait
            // for each other instead of deadlocking on the message's foreign keys.
            var pair = users.lockPair(senderId, recipientId);
            // Checked under the rows a block also locks first: no message slips in beside a new block.
            if (blocks.blockedEitherWay(senderId, recipientId)) {
                throw RuleViolation.of("message.blocked", "You cannot send a private message to this member.");
            }
            User recipient = pair.second();
            Message message = messages.saveAndFlush(new Message(pair.first(), recipient, text, clock.instant()));
            events.publishEvent(new MessageSent(message.getId(), senderId, recipientId, unreadCount(recipient)));
            return view(message);
        });
    }

    /** Whether a block stands between the two members, so that neither may write to the other. */
    @Transactional(readOnly = true)
    public boolean blockedBetween(long senderId, long recipientId) {
        return blocks.blockedEitherWay(senderId, recipientId);
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
    public PageOf<MessageView> received(long userId, PagePosition at) {
        return received(userId, at, properties.site().postsPerPage());
    }

    /** Messages received, newest first, in pages of {@code size} (the API's {@code per_page}). */
    @Transactional(readOnly = true)
    public PageOf<MessageView> received(long userId, PagePosition at, int size) {
        Cursor before = at.before();
        return before == null ? numbered(at, messages.findReceived(userId, PageRequest.of(at.number() - 1, size)))
                : after(at, size, messages.findReceivedBefore(userId, before.timestamp(), before.id(), limit(size)));
    }

    @Transactional(readOnly = true)
    public PageOf<MessageView> sent(long userId, PagePosition at) {
        return sent(userId, at, properties.site().postsPerPage());
    }

    /** Messages sent, newest first, in pages of {@code size}. */
    @Transactional(readOnly = true)
    public PageOf<MessageView> sent(long userId, PagePosition at, int size) {
        Cursor before = at.before();
        return before == null ? numbered(at, messages.findSent(userId, PageRequest.of(at.number() - 1, size)))
                : after(at, size, messages.findSentBefore(userId, before.timestamp(), before.id(), limit(size)));
    }

    /** Both directions of the exchange between two members, newest first. */
    @Transactional(readOnly = true)
    public PageOf<MessageView> conversation(long userId, long otherId, PagePosition at) {
        return conversation(userId, otherId, at, properties.site().postsPerPage());
    }

    /** {@link #conversation(long, long, PagePosition)} in pages of {@code size}. */
    @Transactional(readOnly = true)
    public PageOf<MessageView> conversation(long userId, long otherId, PagePosition at, int size) {
        Cursor before = at.before();
        return before == null
                ? numbered(at, messages.findConversation(userId, otherId, PageRequest.of(at.number() - 1, size)))
                : after(at, size, messages.findConversationBefore(userId, otherId, before.timestamp(), before.id(),
                        limit(size)));
    }

    /**
     * The oldest {@code limit} messages of the conversation after {@code after}, shown newest
     * first: what an open conversation inserts as messages arrive (one query).
     */
    @Transactional(readOnly = true)
    public List<MessageView> conversationAfter(long userId, long otherId, Cursor after, int limit) {
        List<MessageView> found = new java.util.ArrayList<>(messages.findConversationAfter(userId, otherId,
                after.timestamp(), after.id(), PageRequest.ofSize(limit)).stream().map(this::view).toList());
        java.util.Collections.reverse(found);
        return found;
    }

    /** The cursor of a message, for the next batch of a live conversation. */
    public static Cursor cursorOf(MessageView message) {
        return new Cursor(message.timestamp(), message.id());
    }

    /** One message, if {@code viewerId} sent or received it (nobody else may read it). */
    @Transactional(readOnly = true)
    public Optional<MessageView> find(long messageId, long viewerId) {
        return messages.findWithParties(messageId).map(this::view)
                .filter(m -> m.senderId() == viewerId || m.recipientId() == viewerId);
    }

    private PageOf<MessageView> numbered(PagePosition at, Slice<Message> slice) {
        return PageOf.of(slice.getContent(), slice.hasNext(), at, this::view, MessageService::cursorOf);
    }

    /** A page from up to {@code size + 1} rows: the extra one only says that another page follows. */
    private PageOf<MessageView> after(PagePosition at, int size, List<Message> rows) {
        return PageOf.of(rows.subList(0, Math.min(size, rows.size())), rows.size() > size, at, this::view,
                MessageService::cursorOf);
    }

    private static PageRequest limit(int size) {
        return PageRequest.ofSize(size + 1);
    }


    private MessageView view(Message message) {
        User sender = message.getSender();
        User recipient = message.getRecipient();
        return new MessageView(message.getId(), message.getBody(), message.getTimestamp(), sender.getId(),
                sender.getUsername(), users.avatarUrl(sender, MessageView.AVATAR_SIZE), recipient.getId(),
                recipient.getUsername(), users.avatarUrl(recipient, MessageView.AVATAR_SIZE));
    }
}
