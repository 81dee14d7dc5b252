package org.microblog.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class path the shell's compiler needs, as plain files. The compiler reads directories
 * and jar files only, but in the executable jar the application's classes and libraries are
 * nested inside it ({@code BOOT-INF/classes/}, {@code BOOT-INF/lib/*.jar}), visible to the
 * class loader and to nothing else: those are copied out to a temporary directory, deleted
 * when the JVM ends. From an exploded build (an IDE, the tests) the entries are used as they
 * are, with a manifest-only jar's {@code Class-Path} opened up.
 */
final class ShellClassPath {

    private static final String NESTED = "jar:nested:";

    private ShellClassPath() {
    }

    /** The application's class path, with {@link File#pathSeparator} between entries. */
    static String resolve() {
        Set<String> entries = new LinkedHashSet<>();
        try {
            Extraction extraction = new Extraction();
            for (ClassLoader loader = ShellClassPath.class.getClassLoader(); loader != null; loader = loader.getParent()) {
                if (loader instanceof URLClassLoader urls) {
                    for (URL url : urls.getURLs()) {
                        addUrl(url.toString(), entries, extraction);
                    }
                }
            }
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    addFile(Path.of(entry), entries);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the shell's class path: " + e.getMessage(), e);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void addUrl(String url, Set<String> entries, Extraction extraction) throws IOException {
        if (url.startsWith(NESTED)) {
            // jar:nested:/path/app.jar/!BOOT-INF/lib/x.jar!/ or jar:nested:/path/app.jar/!BOOT-INF/classes/!/
            String rest = URLDecoder.decode(url.substring(NESTED.length()), StandardCharsets.UTF_8);
            int separator = rest.indexOf("/!");
            String entry = rest.substring(separator + 2);
            entries.add(extraction.extract(Path.of(rest.substring(0, separator)),
                    entry.endsWith("!/") ? entry.substring(0, entry.length() - 2) : entry).toString());
        } else if (url.startsWith("file:")) {
            addFile(Path.of(URI.create(url)), entries);
        }
    }

    private static void addFile(Path path, Set<String> entries) throws IOException {
        if (!entries.add(path.toAbsolutePath().toString()) || !path.toString().endsWith(".jar") || !Files.isRegularFile(path)) {
            return;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            String classPath = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath != null && !classPath.isBlank()) {
                for (String reference : classPath.trim().split("\\s+")) {
                    URI uri = path.toUri().resolve(reference);
                    if ("file".equals(uri.getScheme())) {
                        addFile(Path.of(uri), entries);
                    }
                }
            }
        }
    }

    /** Copies nested entries out of executable jars into one temporary directory. */
    private static final class Extraction {

        private @org.jspecify.annotations.Nullable Path directory;

        Path extract(Path outer, String entryName) throws IOException {
            if (directory == null) {
                directory = Files.createTempDirectory("microblog-shell-");
                Path created = directory;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created), "shell-class-path-cleanup"));
            }
            Path target = directory.resolve(entryName);
            try (JarFile jar = new JarFile(outer.toFile())) {
                if (entryName.endsWith("/")) {
                    for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                        if (!entry.isDirectory() && entry.getName().startsWith(entryName)) {
                            copy(jar, entry, directory.resolve(entry.getName()));
                        }
                    }
                } else {
                    copy(jar, jar.getJarEntry(entryName), target);
                }
            }
            return target;
        }

        private void copy(JarFile jar, JarEntry entry, Path target) throws IOException {
            if (!target.normalize().startsWith(directory)) {
                throw new IOException("unexpected entry " + entry.getName());
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        private static void delete(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A temporary directory left behind is the operating system's to clean.
            }
        }
    }
}
