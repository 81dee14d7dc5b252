package org.microblog.importer;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.importer.ImportReport.Finding;
import org.microblog.importer.ImportReport.Outcome;
import org.microblog.importer.ImportReport.TableCount;

/** Collects the report while the tables are copied. */
final class Findings {

    private final List<TableCount> tables = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    void changed(String table, @Nullable Object row, String reason) {
        findings.add(new Finding(table, String.valueOf(row), Outcome.CHANGED, reason));
    }

    void leftOut(String table, @Nullable Object row, String reason) {
        findings.add(new Finding(table, String.valueOf(row), Outcome.LEFT_OUT, reason));
    }

    void note(String table, @Nullable Object row, String reason) {
        findings.add(new Finding(table, String.valueOf(row), Outcome.NOTE, reason));
    }

    void counted(String table, long read, long copied) {
        tables.add(new TableCount(table, read, copied));
    }

    ImportReport report(int schemaVersionsApplied) {
        return new ImportReport(schemaVersionsApplied, tables, findings);
    }
}
