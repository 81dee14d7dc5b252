package org.microblog.follow;

import java.time.Clock;
import java.util.List;
import org.microblog.core.RuleViolation;
import org.microblog.core.Writes;
import org.microblog.user.MemberCounts;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who blocks whom. Blocking ends the follow relation both ways (the stored counts change with
 * the rows, in the same transaction) and, while it lasts, neither member can follow the other.
 * Other features ask {@link #blocks} / {@link #blockedEitherWay} before they let one member
 * reach another (messages, replies, mention notices, timelines).
 */
@Service
public class BlockService {

    private final BlockRepository blocks;
    private final FollowRepository follows;
    private final UserService users;
    private final MemberCounts counts;
    private final Writes writes;
    private final Clock clock;

    BlockService(BlockRepository blocks, FollowRepository follows, UserService users, MemberCounts counts, Writes writes,
            Clock clock) {
        this.blocks = blocks;
        this.follows = follows;
        this.users = users;
        this.counts = counts;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Makes {@code blockerId} block {@code blockedId} and removes any follow between them, under
     * both members' row locks (as a follow takes them), so a concurrent follow cannot slip in.
     *
     * @return true if this call created the block, false if it already existed
     * @throws RuleViolation ({@code block.self}) when a member tries to block themselves
     */
    public boolean block(long blockerId, long blockedId) {
        if (blockerId == blockedId) {
            throw RuleViolation.of("block.self", "You cannot block yourself!");
        }
        var id = new Block.Id(blockerId, blockedId);
        return writes.run(() -> {
            users.lockPair(blockerId, blockedId);
            if (follows.deleteRelation(blockerId, blockedId) > 0) {
                counts.followChanged(blockerId, blockedId, -1);
            }
            if (follows.deleteRelation(blockedId, blockerId) > 0) {
                counts.followChanged(blockedId, blockerId, -1);
            }
            if (blocks.existsById(id)) {
                return false;
            }
            blocks.saveAndFlush(new Block(blockerId, blockedId, clock.instant()));
            return true;
        });
    }

    /** Ends {@code blockerId}'s block of {@code blockedId}; true if one was removed. */
    public boolean unblock(long blockerId, long blockedId) {
        return writes.run(() -> blocks.deleteRelation(blockerId, blockedId) > 0);
    }

    /** Whether {@code blockerId} blocks {@code blockedId} (one way). */
    @Transactional(readOnly = true)
    public boolean blocks(long blockerId, long blockedId) {
        return blocks.existsById(new Block.Id(blockerId, blockedId));
    }

    /** Whether either member blocks the other: one query. */
    @Transactional(readOnly = true)
    public boolean blockedEitherWay(long a, long b) {
        return blocks.existsEitherWay(a, b);
    }

    /** Which way blocks stand between the viewer and another member: one query. */
    @Transactional(readOnly = true)
    public Between between(long viewerId, long memberId) {
        List<Long> blockers = blocks.findBlockersBetween(viewerId, memberId);
        return new Between(blockers.contains(viewerId), viewerId != memberId && blockers.contains(memberId));
    }

    /**
     * The blocks between a viewer and another member.
     *
     * @param viewerBlocks the viewer blocks the member (the viewer may unblock)
     * @param blocksViewer the member blocks the viewer
     */
    public record Between(boolean viewerBlocks, boolean blocksViewer) {

        public boolean any() {
            return viewerBlocks || blocksViewer;
        }
    }

    /** Page {@code page} (1-based, clamped) of {@code size} members {@code blockerId} blocks, by id: two queries. */
    @Transactional(readOnly = true)
    public PageOf<User> blocked(long blockerId, int page, int size) {
        int number = PageOf.clamp(page);
        List<User> rows = blocks.findBlocked(blockerId, PageRequest.of(number - 1, size));
        // a page of one row at offset number * size says whether another page exists: two queries whatever the size
        boolean more = rows.size() == size && !blocks.findBlocked(blockerId, PageRequest.of(number * size, 1)).isEmpty();
        return new PageOf<>(rows, number, more);
    }
}
