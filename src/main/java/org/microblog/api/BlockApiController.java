package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.microblog.follow.BlockService;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMembers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Blocking as the follow API does following: {@code POST /api/users/<id>/block} blocks,
 * {@code DELETE} the same path unblocks (both idempotent, 204); {@code GET /api/blocks} lists
 * whom you block, by id, in the collection envelope.
 */
@RestController
@Tag(name = "Blocks", description = "Beyond the original: block and unblock; blocked members and you do not see"
        + " each other's posts and cannot follow, message or reply to each other")
class BlockApiController {

    private final BlockService blocks;
    private final UserService users;
    private final Representations json;
    private final CurrentMembers currentMembers;

    BlockApiController(BlockService blocks, UserService users, Representations json, CurrentMembers currentMembers) {
        this.blocks = blocks;
        this.users = users;
        this.json = json;
        this.currentMembers = currentMembers;
    }

    @Operation(summary = "The users you block, by id")
    @GetMapping("/api/blocks")
    CollectionResponse<UserResponse> blocked(@RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage) {
        long me = currentMembers.require().id();
        Paging paging = Paging.of(page, perPage);
        return paging.sliced(blocks.blocked(me, paging.page(), paging.perPage()), (User user) -> json.user(user, me),
                "/api/blocks");
    }

    @Operation(summary = "Block this user (ends the follow both ways)")
    @ApiResponse(responseCode = "204", description = "You block them (also when you already did)")
    @ApiResponse(responseCode = "400", description = "It is yourself")
    @ApiResponse(responseCode = "404", description = "No such user")
    @PostMapping("/api/users/{id:\\d+}/block")
    ResponseEntity<Void> block(@PathVariable long id) {
        users.getById(id);
        blocks.block(currentMembers.require().id(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Stop blocking this user")
    @ApiResponse(responseCode = "204", description = "You do not block them (also when you did not before)")
    @ApiResponse(responseCode = "404", description = "No such user")
    @DeleteMapping("/api/users/{id:\\d+}/block")
    ResponseEntity<Void> unblock(@PathVariable long id) {
        users.getById(id);
        blocks.unblock(currentMembers.require().id(), id);
        return ResponseEntity.noContent().build();
    }
}
