/**
 * Named notifications per member in the original's shape ({@code name}, JSON
 * {@code data}, Unix-seconds {@code timestamp}); one row per (member, name), adding replaces.
 */
@NullMarked
package org.microblog.notification;

import org.jspecify.annotations.NullMarked;
