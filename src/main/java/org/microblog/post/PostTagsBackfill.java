package org.microblog.post;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Change set 0016's step that fills {@code post_tags} for the posts written before it, with the
 * same parser the site uses ({@link Tags}): SQL alone cannot read unicode hashtags on all three
 * databases. Posts are read in id order, in batches of inserts; the downgrade drops the table.
 */
public class PostTagsBackfill implements CustomTaskChange {

    private static final int BATCH = 500;

    private int tagged;

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            tagged = fill(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException("filling post_tags failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the tags of every post on {@code connection} into {@code post_tags} (which holds
     * none of them yet): the upgrade's step, and the Flask import's after it copied the posts.
     *
     * @return how many tag rows were written
     */
    public static int fill(Connection connection) throws SQLException {
        int written = 0;
        try (PreparedStatement read = connection.prepareStatement("SELECT id, body FROM posts ORDER BY id");
                PreparedStatement write = connection.prepareStatement(
                        "INSERT INTO post_tags (post_id, tag, timestamp) SELECT id, ?, timestamp FROM posts WHERE id = ?")) {
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    String body = rows.getString(2);
                    for (String tag : Tags.in(body == null ? "" : body)) {
                        write.setString(1, tag);
                        write.setLong(2, id);
                        write.addBatch();
                        written++;
                        if (++pending == BATCH) {
                            write.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        return written;
    }

    @Override
    public String getConfirmationMessage() {
        return "post_tags filled: " + tagged + " tag(s) of existing posts";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
