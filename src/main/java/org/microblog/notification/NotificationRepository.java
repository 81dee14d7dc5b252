package org.microblog.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Optional<Notification> findByUserIdAndName(Long userId, String name);

    List<Notification> findByUserIdAndNameIn(Long userId, java.util.Collection<String> names);

    @Query("select n from Notification n where n.userId = :userId and n.timestamp > :since order by n.timestamp asc")
    List<Notification> findNewer(Long userId, double since);
}
