package org.microblog.importer;

import static org.microblog.importer.InsertBatch.Type.LONG;
import static org.microblog.importer.InsertBatch.Type.TEXT;
import static org.microblog.importer.InsertBatch.Type.TIME;
import static org.microblog.importer.InsertBatch.column;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.user.WerkzeugPasswordEncoder;

/**
 * The original's {@code user} table into {@code users}: ids, names, emails and Werkzeug
 * password hashes as they are (members sign in with their old passwords, and the hash is
 * upgraded then), about me, last seen, the time messages were last read, and API tokens,
 * which Microblog keeps only as SHA-256 digests.
 */
final class MemberCopy extends TableCopy {

    static final int MAX_ABOUT_ME = 140;
    private static final int MAX_PASSWORD_HASH = 256;
    private static final List<String> COLUMNS = List.of("id", "username", "email", "password_hash", "about_me",
            "last_seen", "last_message_read_time", "token", "token_expiration");

    private record Member(long id, String username, String email, @Nullable String passwordHash, @Nullable String aboutMe,
            @Nullable LocalDateTime lastSeen, @Nullable LocalDateTime lastMessageRead, @Nullable String tokenDigest,
            @Nullable LocalDateTime tokenExpiration) {
    }

    private final ImportContext context;

    MemberCopy(ImportContext context) {
        super(context, "user");
        this.context = context;
    }

    @Override
    long copy() throws SQLException {
        List<Member> members = read();
        MemberNames names = new MemberNames(members.stream().map(Member::username).toList());
        try (InsertBatch batch = target.insert("users", column("id", LONG), column("username", TEXT),
                column("username_lower", TEXT), column("email", TEXT), column("email_lower", TEXT),
                column("password_hash", TEXT), column("about_me", TEXT), column("last_seen", TIME),
                column("last_message_read_time", TIME), column("token", TEXT), column("token_expiration", TIME))) {
            for (Member m : members) {
                String username = uniqueName(names, m);
                String email = uniqueEmail(names, m);
                batch.add(m.id(), username, MemberNames.fold(username), email, MemberNames.fold(email), m.passwordHash(),
                        m.aboutMe(), m.lastSeen(), m.lastMessageRead(), m.tokenDigest(), m.tokenExpiration());
                context.memberIds().add(m.id());
                progress.step();
            }
            batch.flush();
        }
        return members.size();
    }

    /** All members first: a name's clash is decided with every other name known. */
    private List<Member> read() {
        List<Member> members = new ArrayList<>();
        source.forEach(table, COLUMNS, "id", row -> {
            Long id = number(row, "id");
            if (id == null) {
                findings.leftOut(table, row.text("id"), "its id is not a whole number");
                progress.step();
                return;
            }
            String name = row.text("username");
            if (name == null) {
                name = "member_" + id;
                findings.changed(table, id, "has no username; named " + name);
            }
            name = limited(name, MemberNames.MAX_USERNAME, id, "username");
            String token = row.text("token");
            members.add(new Member(id, name, email(id, row.text("email")), passwordHash(id, row.text("password_hash")),
                    limited(row.text("about_me"), MAX_ABOUT_ME, id, "about_me"), time(row, id, "last_seen"),
                    time(row, id, "last_message_read_time"), token == null ? null : sha256(token),
                    time(row, id, "token_expiration")));
        });
        return members;
    }

    private String uniqueName(MemberNames names, Member m) {
        MemberNames.Holder holder = names.nameHolder(m.username());
        String username = names.claimName(m.id(), m.username());
        if (holder != null) {
            findings.changed(table, m.id(), "its name '" + m.username() + "' differs only in case from member "
                    + holder.id() + "'s '" + holder.value() + "', and names are unique without regard to case here;"
                    + " renamed to '" + username + "'");
        }
        String refusal = TodaysNameRules.refusal(username);
        if (refusal != null) {
            findings.note(table, m.id(), "its name '" + username + "' " + refusal + "; kept as it is");
        }
        return username;
    }

    private String uniqueEmail(MemberNames names, Member m) {
        MemberNames.Holder holder = names.emailHolder(m.email());
        String email = names.claimEmail(m.id(), m.email());
        if (holder != null) {
            findings.changed(table, m.id(), "its email '" + m.email() + "' differs only in case from member "
                    + holder.id() + "'s, and emails are unique without regard to case here; changed to '" + email + "'");
        }
        return email;
    }

    private String email(long id, @Nullable String email) {
        if (email != null && !email.isBlank() && email.length() <= MemberNames.MAX_EMAIL && email.indexOf('@') > 0) {
            return email;
        }
        String placeholder = MemberNames.placeholderEmail(id);
        String problem = email == null || email.isBlank() ? "has no email"
                : email.indexOf('@') <= 0 ? "has an email without '@' ('" + email + "')"
                : "has an email longer than " + MemberNames.MAX_EMAIL + " characters";
        findings.changed(table, id, problem + "; given " + placeholder + " (password resets cannot reach it)");
        return placeholder;
    }

    private @Nullable String passwordHash(long id, @Nullable String hash) {
        if (hash == null) {
            return null;
        }
        if (hash.length() > MAX_PASSWORD_HASH) {
            findings.changed(table, id, "its password hash is longer than " + MAX_PASSWORD_HASH
                    + " characters; left out, so the member must reset the password");
            return null;
        }
        if (!WerkzeugPasswordEncoder.isWerkzeugHash(hash)) {
            findings.note(table, id, "its password hash is not one Microblog can check (Werkzeug's pbkdf2 and scrypt);"
                    + " the member must reset the password");
        }
        return hash;
    }

    /** As {@code ApiTokenService} keeps tokens: so a token the original handed out still works until it expires. */
    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
