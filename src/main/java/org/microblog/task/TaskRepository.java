package org.microblog.task;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRepository extends JpaRepository<Task, String> {

    List<Task> findByUserIdAndCompleteFalseOrderByName(Long userId);

    List<Task> findByUserIdAndNameAndCompleteFalse(Long userId, String name);

    Optional<Task> findFirstByUserIdAndNameOrderByCreatedAtDesc(Long userId, String name);
}
