package org.microblog.importer;

/** Told how far the import is: one stage per table, one step per source row. */
public interface ImportProgress {

    /** A table's copy begins; {@code rows} is how many the source holds. */
    void start(String table, long rows);

    /** One more source row handled (copied, changed or left out). */
    void step();

    /** The table is done: {@code copied} of its rows are in the target. */
    void finish(String table, long copied);

    /** Reports nothing, for callers that do not show progress. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void start(String table, long rows) {
        }

        @Override
        public void step() {
        }

        @Override
        public void finish(String table, long copied) {
        }
    };
}
