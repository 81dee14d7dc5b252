package org.microblog.importer;

import java.util.List;

/**
 * What an import did: per table, how many source rows there were and how many are now in the
 * target; and every row that was not taken as it was, with what happened to it and why. Before
 * copying, the target's schema was brought to the newest version by applying
 * {@code schemaVersionsApplied} versions (all of them for a new database, none for one the site runs on).
 */
public record ImportReport(int schemaVersionsApplied, List<TableCount> tables, List<Finding> findings) {

    public ImportReport {
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
    }

    /** Rows of one of the original's tables, read from the source and written to the target. */
    public record TableCount(String table, long read, long copied) {
    }

    /** What happened to a row that was not taken exactly as it was. */
    public enum Outcome {
        /** Copied with a value changed (a renamed member, a shortened text). */
        CHANGED,
        /** Not copied (a post of a member that does not exist). */
        LEFT_OUT,
        /** Copied as it is, but worth knowing (a name today's rules would refuse). */
        NOTE
    }

    /** One row of the source table {@code table}, named by {@code row} (usually its id). */
    public record Finding(String table, String row, Outcome outcome, String reason) {
    }

    /** The findings with the given outcome, in the order they were found. */
    public List<Finding> findings(Outcome outcome) {
        return findings.stream().filter(f -> f.outcome() == outcome).toList();
    }

    /** The count of the original's table {@code table}, or zeros when it was absent. */
    public TableCount count(String table) {
        return tables.stream().filter(t -> t.table().equals(table)).findFirst().orElse(new TableCount(table, 0, 0));
    }
}
