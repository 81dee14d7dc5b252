package org.microblog.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.core.RuleViolation;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;

class TaskServiceIntegrationTests extends DatabaseTests {

    TaskService tasks;
    User john;

    @BeforeEach
    void setUp() {
        tasks = bean(TaskService.class);
        john = new Members(app).john();
    }

    @Test
    void aStartedTaskIsInProgressUntilComplete() {
        TaskView export = tasks.start(john.getId(), "export_posts", "Exporting posts...");

        assertThat(export.id()).hasSize(36);
        assertThat(tasks.inProgress(john.getId())).containsExactly(export);
        assertThat(tasks.inProgress(john.getId(), "export_posts")).contains(export);

        tasks.complete(export.id());

        assertThat(tasks.inProgress(john.getId())).isEmpty();
        assertThat(tasks.find(export.id())).get().extracting(TaskView::complete).isEqualTo(true);
    }

    @Test
    void refusesASecondTaskOfTheSameNameWhileOneRuns() {
        TaskView first = tasks.start(john.getId(), "export_posts", "Exporting posts...");

        assertThatThrownBy(() -> tasks.start(john.getId(), "export_posts", "again"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.textKey()).isEqualTo("task.inProgress"))
                .hasMessage("A export_posts task is currently in progress");

        tasks.complete(first.id());
        assertThat(tasks.start(john.getId(), "export_posts", "again").complete()).isFalse();
    }
}
