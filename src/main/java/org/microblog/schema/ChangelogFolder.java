package org.microblog.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.microblog.config.Migrations.MigrationException;

/**
 * The changelog folder of the source tree: {@code NNNN-name.yaml} files, one change set each,
 * included in that order by {@code db.changelog-master.yaml}.
 */
final class ChangelogFolder {

    static final String MASTER = "db.changelog-master.yaml";
    private static final Pattern NUMBERED = Pattern.compile("(\\d{4})-.*\\.yaml");

    private final Path directory;

    ChangelogFolder(Path directory) {
        this.directory = directory;
        if (!Files.isRegularFile(directory.resolve(MASTER))) {
            throw new MigrationException("no " + MASTER + " in " + directory + "; give the changelog folder with --changelog-dir");
        }
    }

    /** The next version's id: the number after the highest file's, and the message as a slug. */
    String nextId(String message) {
        String slug = slug(message);
        if (slug.isEmpty()) {
            throw new MigrationException("the message '" + message + "' has no letters or digits to name the file with");
        }
        int highest = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = NUMBERED.matcher(file.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new MigrationException("cannot list " + directory + ": " + e.getMessage(), e);
        }
        return String.format(Locale.ROOT, "%04d-%s", highest + 1, slug);
    }

    /** Writes the change set file and appends its include to the master file. */
    Path write(String id, String message, ChangeSetPlan plan) {
        Path file = directory.resolve(id + ".yaml");
        List<String> lines = new ArrayList<>();
        lines.add("# Written by 'db migrate'; read it before committing (the entities were compared with the database).");
        plan.warnings.forEach(warning -> lines.add("# Warning: " + warning));
        lines.add("databaseChangeLog:");
        lines.add("  - changeSet:");
        lines.add("      id: " + id);
        lines.add("      author: microblog");
        lines.add("      comment: " + ChangeSetPlan.quote(message));
        lines.add("      changes:");
        plan.changes.forEach(item -> lines.add(indent(item, "        ")));
        lines.add("      rollback:");
        plan.rollback.forEach(item -> lines.add(indent(item, "        ")));
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Path master = directory.resolve(MASTER);
            String text = Files.readString(master, StandardCharsets.UTF_8);
            String include = "  - include: {file: " + file.getFileName() + ", relativeToChangelogFile: true}\n";
            Files.writeString(master, (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + include, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new MigrationException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    static String slug(String message) {
        String ascii = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-+$", "");
    }

    private static String indent(String item, String prefix) {
        return prefix + item.replace("\n", "\n" + prefix);
    }
}
