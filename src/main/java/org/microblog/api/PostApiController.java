package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.microblog.core.ShortText;
import org.microblog.post.PostService;
import org.microblog.post.Tags;
import org.microblog.post.PostView;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMembers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Posts: write one, read one, a member's posts, every post (explore) and your home timeline. */
@RestController
@Tag(name = "Posts", description = "Beyond the original: posts and timelines (no totals in _meta)")
class PostApiController {

    @Schema(name = "CreatePost", requiredProperties = "body")
    record CreatePostRequest(@Schema(description = "1 to " + ShortText.MAX + " characters") String body) {

        /** The body as the service takes it, checked by the same rule ({@link ShortText}). */
        static CreatePostRequest from(JsonFields json) {
            String body = json.text("body");
            if (body == null) {
                throw ApiException.badRequest("must include body field");
            }
            return new CreatePostRequest(ShortText.Rule.check("body", body));
        }
    }

    private final PostService posts;
    private final UserService users;
    private final Representations json;
    private final CurrentMembers currentMembers;

    PostApiController(PostService posts, UserService users, Representations json, CurrentMembers currentMembers) {
        this.posts = posts;
        this.users = users;
        this.json = json;
        this.currentMembers = currentMembers;
    }

    @Operation(summary = "Publish a post", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = CreatePostRequest.class))))
    @ApiResponse(responseCode = "201", description = "Created; Location names the post")
    @PostMapping("/api/posts")
    ResponseEntity<PostResponse> publish(@RequestBody JsonNode body) {
        CreatePostRequest request = CreatePostRequest.from(JsonFields.of(body));
        PostView post = posts.publish(currentMembers.require().id(), request.body(), null);
        return ResponseEntity.created(URI.create("/api/posts/" + post.id())).body(json.post(post));
    }

    @Operation(summary = "One post (404 when its author blocks you or you block them)")
    @GetMapping("/api/posts/{id:\\d+}")
    PostResponse post(@PathVariable long id) {
        return json.post(posts.findVisible(currentMembers.require().id(), id).orElseThrow(ApiException::notFound));
    }

    @Operation(summary = "Every post, newest first (explore), without those of members you block or who block you")
    @GetMapping("/api/posts")
    CollectionResponse<PostResponse> explore(@RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String before) {
        Paging paging = Paging.of(page, perPage, before);
        return paging.sliced(posts.explore(currentMembers.require().id(), paging.position(), paging.perPage()), json::post, "/api/posts");
    }

    @Operation(summary = "A user's posts, newest first (none when they block you or you block them)")
    @GetMapping("/api/users/{id:\\d+}/posts")
    CollectionResponse<PostResponse> postsBy(@PathVariable long id, @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String before) {
        users.getById(id);
        Paging paging = Paging.of(page, perPage, before);
        return paging.sliced(posts.postsBy(currentMembers.require().id(), id, paging.position(), paging.perPage()), json::post,
                Representations.userPath(id) + "/posts");
    }

    @Operation(summary = "Your home timeline: your posts and those of the users you follow, newest first")
    @GetMapping("/api/timeline")
    CollectionResponse<PostResponse> timeline(@RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String before) {
        Paging paging = Paging.of(page, perPage, before);
        return paging.sliced(posts.homeTimeline(currentMembers.require().id(), paging.position(), paging.perPage()),
                json::post, "/api/timeline");
    }

    @Operation(summary = "The posts that name a #tag (any case, without the #), newest first")
    @GetMapping("/api/tags/{tag}")
    CollectionResponse<PostResponse> tagged(@PathVariable String tag, @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String before) {
        String normalized = Tags.normalized(tag);
        if (normalized == null) {
            throw ApiException.badRequest("not a tag: letters, digits and _ (not only digits), up to " + Tags.MAX_LENGTH);
        }
        Paging paging = Paging.of(page, perPage, before);
        return paging.sliced(posts.tagged(normalized, paging.position(), paging.perPage()), json::post,
                "/api/tags/" + org.springframework.web.util.UriUtils.encodePathSegment(normalized, java.nio.charset.StandardCharsets.UTF_8));
    }
}
