package org.microblog.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.microblog.config.DatabaseUrl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finished tasks' files (an export's gzipped JSON), kept {@link #KEPT} for their owner to download. */
@Component
class TaskFiles {

    static final Duration KEPT = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean epochTimestamps;

    TaskFiles(JdbcTemplate jdbc, Clock clock, DatabaseUrl database) {
        this.jdbc = jdbc;
        this.clock = clock;
        // SQLite keeps timestamps as epoch milliseconds (ts_type INTEGER), as Hibernate writes them there.
        this.epochTimestamps = database.kind() == DatabaseUrl.Kind.SQLITE;
    }

    @Transactional
    void store(String taskId, byte[] content) {
        // Files past their time go as new ones come: no scheduled sweep to coordinate across instances.
        dropExpired();
        jdbc.update("DELETE FROM task_files WHERE task_id = ?", taskId);
        jdbc.update("INSERT INTO task_files (task_id, content, created_at) VALUES (?, ?, ?)", taskId, content,
                timestamp(clock.instant()));
    }

    @Transactional(readOnly = true)
    boolean exists(String taskId) {
        return !jdbc.queryForList("SELECT 1 FROM task_files WHERE task_id = ?", Integer.class, taskId).isEmpty();
    }

    @Transactional(readOnly = true)
    byte[] read(String taskId) {
        return jdbc.queryForObject("SELECT content FROM task_files WHERE task_id = ?", byte[].class, taskId);
    }

    /** The file while it is kept: written less than {@link #KEPT} ago. */
    @Transactional(readOnly = true)
    Optional<byte[]> readKept(String taskId) {
        List<byte[]> found = jdbc.query("SELECT content FROM task_files WHERE task_id = ? AND created_at > ?",
                (row, n) -> row.getBytes(1), taskId, timestamp(clock.instant().minus(KEPT)));
        return found.stream().findFirst();
    }

    /** Whether the file is still kept, without reading it. */
    @Transactional(readOnly = true)
    boolean kept(String taskId) {
        return !jdbc.queryForList("SELECT 1 FROM task_files WHERE task_id = ? AND created_at > ?", Integer.class, taskId,
                timestamp(clock.instant().minus(KEPT))).isEmpty();
    }

    /** Drops the files past their time; returns how many. */
    @Transactional
    int dropExpired() {
        return jdbc.update("DELETE FROM task_files WHERE created_at <= ?", timestamp(clock.instant().minus(KEPT)));
    }

    private Object timestamp(Instant instant) {
        return epochTimestamps ? (Object) instant.toEpochMilli() : java.sql.Timestamp.from(instant);
    }
}
