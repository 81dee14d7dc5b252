/**
 * The notices page ({@code /notices}): a member's mentions, replies, likes and new followers,
 * written by listeners of the post and follow events in the transaction that raised them, read
 * newest first and grouped where they repeat; its unread count is the named notification
 * {@code unread_notice_count}, recounted after each commit and pushed over the live stream.
 */
@NullMarked
package org.microblog.notice;

import org.jspecify.annotations.NullMarked;
