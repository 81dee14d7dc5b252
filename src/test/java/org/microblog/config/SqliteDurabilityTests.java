package org.microblog.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite commits survive a power loss: WAL mode with {@code synchronous=FULL} (NORMAL may drop
 * the last acknowledged commits), on the writer and on the readers.
 */
class SqliteDurabilityTests {

    @TempDir
    Path directory;

    @Test
    void everyConnectionIsWalWithFullSynchronousCommits() throws Exception {
        DataSource pools = DataSources.create(DatabaseUrl.parse("sqlite:///" + directory.resolve("durable.db")), "durability");
        try {
            for (boolean readOnly : new boolean[] {false, true}) {
                try (Connection connection = pools.getConnection()) {
                    connection.setReadOnly(readOnly);
                    assertThat(pragma(connection, "journal_mode")).isEqualToIgnoringCase("wal");
                    assertThat(pragma(connection, "synchronous")).as("2 is FULL").isEqualTo("2");
                }
            }
        } finally {
            DataSources.close(pools);
        }
    }

    @Test
    void theConnectionTimeoutIsTheSettingsOne() {
        assertThat(Settings.database(java.util.Map.of()).connectTimeout()).isEqualTo(DatabaseSettings.DEFAULT_CONNECT_TIMEOUT);
        assertThat(Settings.database(java.util.Map.of("DATABASE_CONNECT_TIMEOUT", "750ms")).connectTimeout().toMillis())
                .isEqualTo(750);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.database(java.util.Map.of("DATABASE_CONNECT_TIMEOUT", "0s")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("DATABASE_CONNECT_TIMEOUT");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.database(java.util.Map.of("DATABASE_CONNECT_TIMEOUT", "soon")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("DATABASE_CONNECT_TIMEOUT");
    }

    private static String pragma(Connection connection, String name) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
