/**
 * Private messages between members: sending, received/sent lists, conversations, and the
 * unread count derived from when the member last opened their messages.
 */
@NullMarked
package org.microblog.message;

import org.jspecify.annotations.NullMarked;
