package org.microblog.follow;

import org.microblog.user.UserService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Who follows whom. Following is idempotent: repeated or concurrent follows leave one row. */
@Service
public class FollowService {

    private final FollowRepository follows;
    private final UserService users;
    private final TransactionTemplate transaction;

    FollowService(FollowRepository follows, UserService users, PlatformTransactionManager transactionManager) {
        this.follows = follows;
        this.users = users;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Makes {@code followerId} follow {@code followedId}.
     *
     * @return true if this call created the relation, false if it already existed
     * @throws IllegalArgumentException when a member tries to follow themselves
     */
    public boolean follow(long followerId, long followedId) {
        if (followerId == followedId) {
            throw new IllegalArgumentException("You cannot follow yourself!");
        }
        users.getById(followerId);
        users.getById(followedId);
        var id = new Follow.Id(followerId, followedId);
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (follows.existsById(id)) {
                    return false;
                }
                follows.saveAndFlush(new Follow(followerId, followedId));
                return true;
            }));
        } catch (DataIntegrityViolationException concurrentFollow) {
            // Another request inserted the same row between our check and our insert: the
            // primary key kept it single, and the member follows as asked.
            if (isFollowing(followerId, followedId)) {
                return false;
            }
            throw concurrentFollow;
        }
    }

    /** @return true if a relation was removed */
    @Transactional
    public boolean unfollow(long followerId, long followedId) {
        if (followerId == followedId) {
            throw new IllegalArgumentException("You cannot unfollow yourself!");
        }
        return follows.deleteRelation(followerId, followedId) > 0;
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(long followerId, long followedId) {
        return follows.existsById(new Follow.Id(followerId, followedId));
    }

    @Transactional(readOnly = true)
    public long followerCount(long userId) {
        return follows.countFollowers(userId);
    }

    @Transactional(readOnly = true)
    public long followingCount(long userId) {
        return follows.countFollowing(userId);
    }
}
