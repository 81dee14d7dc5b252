package org.microblog.follow;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.microblog.core.RuleViolation;
import org.microblog.core.Writes;
import org.microblog.user.MemberCounts;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.microblog.web.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows whom. Following is idempotent: repeated or concurrent follows leave one row, and
 * the members' stored follower and following counts change with the row, in its transaction.
 */
@Service
public class FollowService {

    private final FollowRepository follows;
    private final BlockRepository blocks;
    private final UserService users;
    private final MemberCounts counts;
    private final Writes writes;
    private final ApplicationEventPublisher events;

    FollowService(FollowRepository follows, BlockRepository blocks, UserService users, MemberCounts counts, Writes writes,
            ApplicationEventPublisher events) {
        this.events = events;
        this.follows = follows;
        this.blocks = blocks;
        this.users = users;
        this.counts = counts;
        this.writes = writes;
    }

    /**
     * Makes {@code followerId} follow {@code followedId}. Both members' rows are locked first (in
     * id order), so a follow and an unfollow of one pair at the same time run one after the
     * other and end in the state of the later one, without an error.
     *
     * @return true if this call created the relation, false if it already existed
     * @throws RuleViolation ({@code follow.self}) when a member tries to follow themselves
     * @throws org.microblog.core.NotFound when either member does not exist
     */
    public boolean follow(long followerId, long followedId) {
        if (followerId == followedId) {
            throw RuleViolation.of("follow.self", "You cannot follow yourself!");
        }
        var id = new Follow.Id(followerId, followedId);
        return writes.run(() -> {
            users.lockPair(followerId, followedId);
            // under the same locks as a block, so a block and a follow cannot cross
            if (blocks.existsEitherWay(followerId, followedId)) {
                throw RuleViolation.of("follow.blocked", "You cannot follow this member.");
            }
            if (follows.existsById(id)) {
                return false;
            }
            follows.saveAndFlush(new Follow(followerId, followedId));
            counts.followChanged(followerId, followedId, 1);
            events.publishEvent(new MemberFollowed(followerId, followedId));
            return true;
        });
    }

    /**
     * Ends {@code followerId}'s following of {@code followedId}.
     *
     * @return true if a relation was removed
     * @throws RuleViolation ({@code follow.selfUnfollow}) when a member tries to unfollow themselves
     * @throws org.microblog.core.NotFound when either member does not exist
     */
    public boolean unfollow(long followerId, long followedId) {
        if (followerId == followedId) {
            throw RuleViolation.of("follow.selfUnfollow", "You cannot unfollow yourself!");
        }
        return writes.run(() -> {
            users.lockPair(followerId, followedId);
            if (follows.deleteRelation(followerId, followedId) == 0) {
                return false;
            }
            counts.followChanged(followerId, followedId, -1);
            return true;
        });
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(long followerId, long followedId) {
        return follows.existsById(new Follow.Id(followerId, followedId));
    }

    /** How many members follow {@code userId}: the count stored on their row. */
    @Transactional(readOnly = true)
    public long followerCount(long userId) {
        return users.getById(userId).getFollowerCount();
    }

    /** How many members {@code userId} follows: the count stored on their row. */
    @Transactional(readOnly = true)
    public long followingCount(long userId) {
        return users.getById(userId).getFollowingCount();
    }

    /** One page (1-based) of {@code size} members who follow {@code userId}, by id, with the stored total. */
    @Transactional(readOnly = true)
    public Page<User> followers(long userId, int page, int size) {
        PageRequest request = PageRequest.of(page - 1, size);
        return new PageImpl<>(follows.findFollowers(userId, request), request, followerCount(userId));
    }

    /** One page (1-based) of {@code size} members whom {@code userId} follows, by id, with the stored total. */
    @Transactional(readOnly = true)
    public Page<User> following(long userId, int page, int size) {
        PageRequest request = PageRequest.of(page - 1, size);
        return new PageImpl<>(follows.findFollowing(userId, request), request, followingCount(userId));
    }

    /**
     * Page {@code page} (1-based, clamped) of {@code size} members who follow {@code member}, by
     * id, for the followers page: one query; whether a next page exists comes from the count
     * stored on the member's row, which changes with the rows in their transaction.
     */
    @Transactional(readOnly = true)
    public PageOf<User> followersPage(User member, int page, int size) {
        int number = PageOf.clamp(page);
        List<User> rows = follows.findFollowers(member.getId(), PageRequest.of(number - 1, size));
        return new PageOf<>(rows, number, (long) number * size < member.getFollowerCount());
    }

    /** Page {@code page} of {@code size} members whom {@code member} follows, as {@link #followersPage}. */
    @Transactional(readOnly = true)
    public PageOf<User> followingPage(User member, int page, int size) {
        int number = PageOf.clamp(page);
        List<User> rows = follows.findFollowing(member.getId(), PageRequest.of(number - 1, size));
        return new PageOf<>(rows, number, (long) number * size < member.getFollowingCount());
    }

    /** How many member ids {@link #followersAmong} puts in one statement. */
    static final int AMONG_PER_STATEMENT = 500;

    /**
     * Which of {@code memberIds} follow {@code followedId}: one primary-key look-up per id, in
     * statements of {@value #AMONG_PER_STATEMENT} ids (none when empty). Its cost follows the
     * ids asked about (the members online), never the member's follower count.
     */
    @Transactional(readOnly = true)
    public Set<Long> followersAmong(long followedId, Collection<Long> memberIds) {
        Set<Long> found = new HashSet<>();
        List<Long> ids = List.copyOf(memberIds);
        for (int from = 0; from < ids.size(); from += AMONG_PER_STATEMENT) {
            found.addAll(follows.findFollowersAmong(followedId, ids.subList(from, Math.min(ids.size(), from + AMONG_PER_STATEMENT))));
        }
        return found;
    }

    /** Which of {@code memberIds} {@code followerId} follows: one query whatever their number (none when empty). */
    @Transactional(readOnly = true)
    public Set<Long> followedAmong(long followerId, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(follows.findFollowedAmong(followerId, memberIds));
    }
}
