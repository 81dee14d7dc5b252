package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.microblog.follow.FollowService;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMembers;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The original's user endpoints: one user, all users, followers, following, register, edit. */
@RestController
@Tag(name = "Users", description = "Compatible with the original Microblog API")
class UserApiController {

    private final UserService users;
    private final FollowService follows;
    private final Representations json;
    private final CurrentMembers currentMembers;

    UserApiController(UserService users, FollowService follows, Representations json, CurrentMembers currentMembers) {
        this.users = users;
        this.follows = follows;
        this.json = json;
        this.currentMembers = currentMembers;
    }

    @Operation(summary = "One user (email only in your own record)")
    @GetMapping("/api/users/{id:\\d+}")
    UserResponse user(@PathVariable long id) {
        return json.user(users.getById(id), me());
    }

    @Operation(summary = "All users, by id")
    @GetMapping("/api/users")
    CollectionResponse<UserResponse> users(@Parameter(description = "1-based, default 1") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "default 10, at most 100") @RequestParam(name = "per_page", required = false) @Nullable String perPage) {
        Paging paging = Paging.of(page, perPage);
        return page(users.list(paging.page(), paging.perPage()), paging, "/api/users");
    }

    @Operation(summary = "The members who follow this user")
    @GetMapping("/api/users/{id:\\d+}/followers")
    CollectionResponse<UserResponse> followers(@PathVariable long id, @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage) {
        users.getById(id);
        Paging paging = Paging.of(page, perPage);
        return page(follows.followers(id, paging.page(), paging.perPage()), paging, Representations.userPath(id) + "/followers");
    }

    @Operation(summary = "The members this user follows")
    @GetMapping("/api/users/{id:\\d+}/following")
    CollectionResponse<UserResponse> following(@PathVariable long id, @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage) {
        users.getById(id);
        Paging paging = Paging.of(page, perPage);
        return page(follows.following(id, paging.page(), paging.perPage()), paging, Representations.userPath(id) + "/following");
    }

    @Operation(summary = "Register a new user (no token needed)", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    implementation = UserRequests.Create.class))))
    @ApiResponse(responseCode = "201", description = "Created; Location names the new user")
    @PublicEndpoint
    @PostMapping("/api/users")
    ResponseEntity<UserResponse> register(@RequestBody JsonNode body) {
        UserRequests.Create request = UserRequests.Create.from(JsonFields.of(body));
        User user = users.register(request.username(), request.email(), request.password());
        return ResponseEntity.created(URI.create(Representations.userPath(user.getId())))
                .body(json.user(user, currentMembers.current().map(m -> m.id()).orElse(-1L)));
    }

    @Operation(summary = "Change your own username, email or about_me", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    implementation = UserRequests.Update.class))))
    @ApiResponse(responseCode = "200", description = "The changed user")
    @ApiResponse(responseCode = "403", description = "Not your own record")
    @PutMapping("/api/users/{id:\\d+}")
    UserResponse update(@PathVariable long id, @RequestBody JsonNode body) {
        if (id != me()) {
            throw ApiException.forbidden();
        }
        UserRequests.Update request = UserRequests.Update.from(JsonFields.of(body));
        return json.user(users.updateAccount(id, request.username(), request.email(), request.aboutMe()), me());
    }

    private CollectionResponse<UserResponse> page(Page<User> page, Paging paging, String path) {
        return paging.counted(json.users(page.getContent(), me()), page.getTotalElements(), path);
    }

    private long me() {
        return currentMembers.require().id();
    }
}
