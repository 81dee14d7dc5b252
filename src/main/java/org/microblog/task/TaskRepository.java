package org.microblog.task;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRepository extends JpaRepository<Task, String> {

    List<Task> findByUserIdAndCompleteFalseOrderByName(Long userId);

    List<Task> findByUserIdAndNameAndCompleteFalse(Long userId, String name);
}
