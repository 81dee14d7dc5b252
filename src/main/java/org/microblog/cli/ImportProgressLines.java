package org.microblog.cli;

import java.io.PrintWriter;
import org.microblog.importer.ImportProgress;

/** Progress as one line per table, for output that is not a terminal (a log, a pipe, a test). */
final class ImportProgressLines implements ImportProgress {

    private final PrintWriter out;

    ImportProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void start(String table, long rows) {
        out.print("Copying " + table + " (" + rows + " row" + (rows == 1 ? "" : "s") + ")...");
        out.flush();
    }

    @Override
    public void step() {
        // one line per table: a line per row would bury the report
    }

    @Override
    public void finish(String table, long copied) {
        out.println(" " + copied + " copied");
        out.flush();
    }
}
