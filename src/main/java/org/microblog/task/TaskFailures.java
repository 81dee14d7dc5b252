package org.microblog.task;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.filters.ApplyStateFilter;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.StateName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A job that failed for good (JobRunr's retry filter turns a failure with tries left into a
 * scheduled retry, so a FAILED state that sticks is the last): its task is marked failed and the
 * member is told on the page.
 */
@Component
class TaskFailures implements ApplyStateFilter {

    private static final Logger log = LoggerFactory.getLogger(TaskFailures.class);

    private final TaskService tasks;

    TaskFailures(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void onStateApplied(Job job, JobState oldState, JobState newState) {
        if (newState.getName() != StateName.FAILED) {
            return;
        }
        for (JobParameter parameter : job.getJobDetails().getJobParameters()) {
            if (parameter.getObject() instanceof ExportPostsJob.Request request) {
                log.warn("Export of posts for member {} failed after its last try; task {} marked failed",
                        request.userId(), request.taskId());
                tasks.fail(request.taskId());
            }
        }
    }
}
