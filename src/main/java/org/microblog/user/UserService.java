package org.microblog.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microblog.config.MicroblogProperties;
import org.microblog.core.FieldText;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.microblog.core.ShortText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts: registration, passwords, profiles, presence and API tokens. */
@Service
public class UserService {

    /** {@code last_seen} is written at most this often per member, to keep page views free of writes. */
    static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final MicroblogProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    /** A hash of nothing anyone types, checked for unknown usernames so they take as long as wrong passwords. */
    private final String unknownUserHash;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, MicroblogProperties properties, Clock clock,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
        this.unknownUserHash = passwordEncoder.encode(java.util.UUID.randomUUID().toString());
    }

    /**
     * Creates a member. Usernames and emails are unique without regard to case, also when two
     * people register the same name at the same moment: one succeeds, the other gets a
     * {@link RuleViolation} naming the field ({@code username} or {@code email}). Both are stored stripped.
     *
     * @throws RuleViolation when the username is not a {@link Username} or the email not an {@link EmailAddress}
     */
    public User register(String username, String email, String password) {
        return registerChecked(Username.Rule.check("username", username), EmailAddress.Rule.check("email", email),
                password);
    }

    private User registerChecked(String username, String email, String password) {
        try {
            return transaction.execute(status -> {
                rejectTaken(username, email, null);
                User user = new User(username, email, clock.instant());
                user.setPasswordHash(passwordEncoder.encode(password));
                return users.saveAndFlush(user);
            });
        } catch (DataIntegrityViolationException concurrentRegistration) {
            // The other registration committed between our check and our insert: report its field.
            rejectTaken(username, email, null);
            throw concurrentRegistration;
        }
    }

    @Transactional(readOnly = true)
    public Optional<User> findByUsername(String username) {
        return users.findByUsernameLower(User.fold(username));
    }

    @Transactional(readOnly = true)
    public Optional<User> findByEmail(String email) {
        return users.findByEmailLower(User.fold(email));
    }

    @Transactional(readOnly = true)
    public Optional<User> findById(long id) {
        return users.findById(id);
    }

    /** The member of this name (any case); {@link NotFound} ({@code notFound.user}) when there is none. */
    @Transactional(readOnly = true)
    public User getByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> NotFound.of("user", username));
    }

    /** The member with this id; {@link NotFound} when there is none. */
    /** These members, in the order of {@code ids} (one query); ids of no member are left out. */
    @Transactional(readOnly = true)
    public List<User> findAll(List<Long> ids) {
        Map<Long, User> byId = new HashMap<>();
        users.findAllById(ids).forEach(user -> byId.put(user.getId(), user));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public User getById(long id) {
        return users.findById(id).orElseThrow(() -> NotFound.of("user", id));
    }

    /**
     * Whether the password is the member's. A hash written by the original (Werkzeug) or with
     * outdated settings is replaced by a fresh bcrypt hash on success.
     */
    @Transactional
    public boolean checkPassword(long userId, String password) {
        User user = getById(userId);
        String hash = user.getPasswordHash();
        if (hash == null || !passwordEncoder.matches(password, hash)) {
            return false;
        }
        if (passwordEncoder.upgradeEncoding(hash)) {
            user.setPasswordHash(passwordEncoder.encode(password));
        }
        return true;
    }

    /**
     * Signs a member in by username (any case) and password, re-hashing an outdated hash.
     * Unknown names cost the same time as wrong passwords, so they cannot be told apart.
     */
    @Transactional
    public Optional<User> authenticate(String username, String password) {
        Optional<User> user = users.findByUsernameLower(User.fold(username));
        if (user.isEmpty()) {
            passwordEncoder.matches(password, unknownUserHash);
            return Optional.empty();
        }
        return checkPassword(user.get().getId(), password) ? user : Optional.empty();
    }

    /**
     * A short digest of the member's current password hash (empty for an unknown id). It changes
     * whenever the password does, so a password-reset link that carries it works only once.
     */
    @Transactional(readOnly = true)
    public Optional<String> passwordFingerprint(long userId) {
        return users.findById(userId).map(user -> ApiTokenService.sha256(String.valueOf(user.getPasswordHash())).substring(0, 16));
    }

    @Transactional
    public void setPassword(long userId, String password) {
        getById(userId).setPasswordHash(passwordEncoder.encode(password));
    }

    /**
     * Changes username and about-me; a username taken by someone else is refused. A new
     * username (a change of case included) publishes {@link UserRenamed} within the transaction.
     */
    public User updateProfile(long userId, String username, @Nullable String aboutMe) {
        // The profile form always sends about-me: empty means "none".
        return updateAccount(userId, username, null, aboutMe == null ? "" : aboutMe);
    }

    /**
     * Changes any of username, email and about-me at once (API clients send only what they
     * change): {@code null} leaves a field as it is, a blank about-me clears it. A username or
     * email taken by someone else is refused with a {@link RuleViolation} before
     * anything changes; a new username publishes {@link UserRenamed} as in
     * {@link #updateProfile}.
     *
     * @throws RuleViolation when a field given breaks its rule ({@link Username} for a new name,
     *     {@link EmailAddress}, an about-me of at most {@value ShortText#MAX} characters), before anything changes
     */
    public User updateAccount(long userId, @Nullable String username, @Nullable String email,
            @Nullable String aboutMe) {
        return updateChecked(userId, username == null ? null : FieldText.clean(username),
                email == null ? null : EmailAddress.Rule.check("email", email),
                aboutMe == null ? null : ShortText.Rule.checkOptional("about_me", aboutMe));
    }

    private User updateChecked(long userId, @Nullable String username, @Nullable String email,
            @Nullable String aboutMe) {
        try {
            return transaction.execute(status -> {
                User user = getById(userId);
                boolean renamed = username != null && !user.getUsername().equals(username);
                if (renamed) {
                    // Only a new name must follow today's rule: a member whose stored name predates
                    // it (an imported "ann smith") can still save their profile under that name.
                    Username.Rule.check("username", username);
                }
                rejectTaken(username, email, userId);
                if (renamed) {
                    events.publishEvent(new UserRenamed(userId, user.getUsername(), username));
                    user.rename(username);
                }
                if (email != null) {
                    user.changeEmail(email);
                }
                if (aboutMe != null) {
                    user.setAboutMe(aboutMe.isEmpty() ? null : aboutMe);
                }
                return users.saveAndFlush(user);
            });
        } catch (DataIntegrityViolationException concurrentChange) {
            rejectTaken(username, email, userId);
            throw concurrentChange;
        }
    }

    /** One page (1-based) of {@code size} members in order of registration, with the total count. */
    @Transactional(readOnly = true)
    public Page<User> list(int page, int size) {
        return users.findAll(PageRequest.of(page - 1, size, Sort.by("id")));
    }

    /** The avatar image URL at {@code size} pixels (1–512), local identicon or Gravatar per configuration. */
    public String avatarUrl(User user, int size) {
        return Avatars.url(properties.site().avatars(), user.getEmail(), size);
    }

    /** Records activity; writes at most once per {@link #LAST_SEEN_RESOLUTION} per member. */
    @Transactional
    public void touchLastSeen(long userId) {
        Instant now = clock.instant();
        users.touchLastSeen(userId, now, now.minus(LAST_SEEN_RESOLUTION));
    }

    /**
     * Two members, with both rows locked until the caller's transaction ends, the lower id first.
     * Every writer that touches two members' rows (a message, a follow) takes them this way, so
     * two such writers can wait for each other but never in a circle: a message from alice to bob
     * and one from bob to alice are written one after the other instead of deadlocking.
     *
     * @return the two members, in the order asked
     * @throws NotFound when either does not exist
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public MemberPair lockPair(long firstId, long secondId) {
        User lower = lockForUpdate(Math.min(firstId, secondId));
        User higher = firstId == secondId ? lower : lockForUpdate(Math.max(firstId, secondId));
        return firstId <= secondId ? new MemberPair(lower, higher) : new MemberPair(higher, lower);
    }

    /** Two members locked by {@link #lockPair}, in the order they were asked for. */
    public record MemberPair(User first, User second) {
    }

    private User lockForUpdate(long userId) {
        return users.findByIdForUpdate(userId).orElseThrow(() -> NotFound.of("user", userId));
    }

    @Transactional
    public void markMessagesRead(long userId, Instant readAt) {
        getById(userId).setLastMessageReadTime(readAt);
    }

    private void rejectTaken(@Nullable String username, @Nullable String email, @Nullable Long self) {
        if (username != null) {
            users.findByUsernameLower(User.fold(username)).filter(other -> !other.getId().equals(self))
                    .ifPresent(other -> {
                        // The original API's wording (lower case, no full stop); pages show the text key.
                        throw RuleViolation.onField("username", "user.username.taken", "please use a different username");
                    });
        }
        if (email != null) {
            users.findByEmailLower(User.fold(email)).filter(other -> !other.getId().equals(self))
                    .ifPresent(other -> {
                        throw RuleViolation.onField("email", "user.email.taken", "please use a different email address");
                    });
        }
    }
}
