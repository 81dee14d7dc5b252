package org.microblog.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Java snippets run without a person at a terminal ({@code shell -c}, a script on standard
 * input): each expression's value is printed, one per line; the first snippet that does not
 * compile or throws ends the run with its reason, so a script fails like a shell script with
 * {@code set -e}.
 */
final class ShellScript implements AutoCloseable {

    private final JShell shell;
    private final PrintWriter out;
    private final PrintWriter err;

    ShellScript(String classPath, PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        this.shell = JShell.builder().executionEngine(new ShellExecutionProvider(), Map.of())
                .out(System.out).err(System.err).build();
        shell.addToClasspath(classPath);
        for (String startup : ShellStartup.snippets()) {
            if (!run(startup, false)) {
                throw new IllegalStateException("the shell's startup snippet failed: " + startup);
            }
        }
    }

    /**
     * Runs every snippet of {@code source}, in order; false at the first one that fails. Input
     * is read line by line as the jshell tool reads it, so a line that completes a snippet
     * ends it even without a semicolon ({@code 1 + 2} on one line, {@code 3} on the next).
     */
    boolean runAll(String source) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String pending = "";
        for (String line : source.split("\n", -1)) {
            pending = pending + line + "\n";
            while (!pending.isBlank()) {
                CompletionInfo info = analysis.analyzeCompletion(pending);
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    pending = "";
                } else if (info.completeness().isComplete()) {
                    if (!run(info.source(), true)) {
                        return false;
                    }
                    pending = info.remaining();
                } else {
                    break; // the snippet goes on on the next line
                }
            }
        }
        if (!pending.isBlank()) {
            err.println("error: the input ends inside a snippet: " + firstLine(pending));
            return false;
        }
        return true;
    }

    private boolean run(String snippet, boolean print) {
        for (SnippetEvent event : shell.eval(snippet)) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet updated by this one, not this one's outcome
            }
            if (event.exception() != null) {
                err.println("error: " + describe(event.exception()) + " in: " + firstLine(snippet));
                return false;
            }
            if (event.status() == Snippet.Status.REJECTED) {
                String reasons = shell.diagnostics(event.snippet()).map(this::describe).collect(Collectors.joining("; "));
                err.println("error: " + (reasons.isEmpty() ? "not valid Java" : reasons) + " in: " + firstLine(snippet));
                return false;
            }
            if (print && event.value() != null && isExpression(event.snippet())) {
                out.println(event.value());
            }
        }
        return true;
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet instanceof ExpressionSnippet
                || snippet instanceof VarSnippet && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private String describe(Diag diag) {
        return diag.getMessage(Locale.ROOT).lines().findFirst().orElse("");
    }

    private static String describe(JShellException exception) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return "'" + unresolved.getSnippet().source().strip() + "' refers to something not defined";
        }
        String type = exception instanceof EvalException thrown ? thrown.getExceptionClassName() : exception.getClass().getName();
        List<StackTraceElement> where = Arrays.asList(exception.getStackTrace());
        return type + (exception.getMessage() == null ? "" : ": " + exception.getMessage())
                + (where.isEmpty() ? "" : " (at " + where.get(0) + ")");
    }

    private static String firstLine(String snippet) {
        String line = snippet.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }

    @Override
    public void close() {
        shell.close();
    }

}
