package org.microblog.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.microblog.importer.ImportProgress;

/** A progress bar per table on the terminal (me.tongfei:progressbar), drawn on standard error. */
final class ImportProgressBar implements ImportProgress {

    private final PrintStream stream;
    private @Nullable ProgressBar bar;

    ImportProgressBar(PrintStream stream) {
        this.stream = stream;
    }

    /** A bar when the command runs on a terminal; empty when its output goes to a file or a pipe. */
    static Optional<ImportProgress> onTerminal() {
        return isTerminal(System.console()) ? Optional.of(new ImportProgressBar(System.err)) : Optional.empty();
    }

    @Override
    public void start(String table, long rows) {
        if (rows == 0) {
            stream.println(table + ": nothing to copy");
            return;
        }
        bar = new ProgressBarBuilder().setTaskName(table).setInitialMax(rows).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(100).setConsumer(new ConsoleProgressBarConsumer(stream)).build();
    }

    @Override
    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void finish(String table, long copied) {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.setExtraMessage(copied + " copied");
            bar.close();
            bar = null;
        }
    }

    /**
     * Whether there is an interactive terminal: up to JDK 21 {@code System.console()} is null
     * without one; from JDK 22 it always exists and says so with {@code isTerminal()}.
     */
    static boolean isTerminal(@Nullable Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
