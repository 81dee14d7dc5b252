package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.microblog.follow.FollowService;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMembers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Following as a resource of the followed user: {@code POST /api/users/<id>/follow} follows,
 * {@code DELETE} the same path unfollows. Both are idempotent and answer 204.
 */
@RestController
@Tag(name = "Follows", description = "Beyond the original: follow and unfollow")
class FollowApiController {

    private final FollowService follows;
    private final UserService users;
    private final CurrentMembers currentMembers;

    FollowApiController(FollowService follows, UserService users, CurrentMembers currentMembers) {
        this.follows = follows;
        this.users = users;
        this.currentMembers = currentMembers;
    }

    @Operation(summary = "Follow this user")
    @ApiResponse(responseCode = "204", description = "You follow them (also when you already did)")
    @ApiResponse(responseCode = "400", description = "It is yourself")
    @PostMapping("/api/users/{id:\\d+}/follow")
    ResponseEntity<Void> follow(@PathVariable long id) {
        follows.follow(currentMembers.require().id(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Stop following this user")
    @ApiResponse(responseCode = "204", description = "You do not follow them (also when you did not before)")
    @ApiResponse(responseCode = "400", description = "It is yourself")
    @DeleteMapping("/api/users/{id:\\d+}/follow")
    ResponseEntity<Void> unfollow(@PathVariable long id) {
        users.getById(id);
        follows.unfollow(currentMembers.require().id(), id);
        return ResponseEntity.noContent().build();
    }
}
