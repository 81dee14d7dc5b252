package org.microblog.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How {@code seed} shows where it is: a progress bar per stage on a terminal (the kept
 * {@code progressbar} library, which redraws in place and estimates the time left), one line
 * per finished stage otherwise, so logs and pipes get no control characters.
 */
interface SeedProgress {

    /** One stage (members, posts, …) of {@code total} rows. */
    interface Stage extends AutoCloseable {
        void advance(long rows);

        @Override
        void close();
    }

    Stage start(String name, long total);

    /** A line per stage when it ends: its name, rows and seconds. */
    static SeedProgress lines(PrintWriter out) {
        return (name, total) -> new Stage() {
            private final long started = System.nanoTime();
            private long rows;

            @Override
            public void advance(long step) {
                rows += step;
            }

            @Override
            public void close() {
                out.printf("%-9s %,d in %.1f s%n", name + ":", rows, (System.nanoTime() - started) / 1e9);
            }
        };
    }

    /** A progress bar per stage, for a terminal. */
    static SeedProgress bars() {
        return (name, total) -> {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).setMaxRenderedLength(100)
                    .showSpeed().setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).build();
            return new Stage() {
                @Override
                public void advance(long rows) {
                    bar.stepBy(rows);
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        };
    }
}
