package org.microblog.auth;

import org.microblog.user.UserRenamed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Remember-me tokens ({@code persistent_logins}, Spring Security's table) name their member by
 * username. When a member renames themselves the tokens follow, in the renaming transaction:
 * otherwise their remembered browsers would be signed out, and whoever took the old name next
 * would inherit the tokens.
 */
@Component
class RememberMeRenames {

    private final JdbcTemplate jdbc;

    RememberMeRenames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void moveTokens(UserRenamed renamed) {
        jdbc.update("UPDATE persistent_logins SET username = ? WHERE username = ?", renamed.newUsername(),
                renamed.oldUsername());
    }
}
