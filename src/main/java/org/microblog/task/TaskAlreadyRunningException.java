package org.microblog.task;

/** The member already has a task of this name in progress. */
public class TaskAlreadyRunningException extends RuntimeException {

    TaskAlreadyRunningException(String name) {
        super("A " + name + " task is currently in progress");
    }
}
