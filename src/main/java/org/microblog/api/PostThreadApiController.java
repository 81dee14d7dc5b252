package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.microblog.core.ShortText;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.web.CurrentMembers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A post's conversation and what its reader does to it: edit, delete, reply, like, unlike. */
@RestController
@Tag(name = "Posts")
class PostThreadApiController {

    @Schema(name = "PostText", requiredProperties = "body")
    record PostTextRequest(@Schema(description = "1 to " + ShortText.MAX + " characters") String body) {

        static PostTextRequest from(JsonNode node) {
            String body = JsonFields.of(node).text("body");
            if (body == null) {
                throw ApiException.badRequest("must include body field");
            }
            return new PostTextRequest(ShortText.Rule.check("body", body));
        }
    }

    @Schema(name = "Likes")
    record LikesResponse(@Schema(description = "the stored count") int count,
            @Schema(description = "whether you like the post") boolean liked,
            @Schema(description = "usernames of who liked it, newest first, at most " + PostService.LIKERS_SHOWN) List<String> likers) {
    }

    private final PostService posts;
    private final Representations json;
    private final CurrentMembers currentMembers;

    PostThreadApiController(PostService posts, Representations json, CurrentMembers currentMembers) {
        this.posts = posts;
        this.json = json;
        this.currentMembers = currentMembers;
    }

    @Operation(summary = "Edit your post (same rules as publishing)", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = PostTextRequest.class))))
    @ApiResponse(responseCode = "403", description = "Not your post")
    @PutMapping("/api/posts/{id:\\d+}")
    PostResponse edit(@PathVariable long id, @RequestBody JsonNode body) {
        String text = PostTextRequest.from(body).body();
        return json.post(own(() -> posts.edit(currentMembers.require().id(), id, text)));
    }

    @Operation(summary = "Delete your post (its likes go with it; its replies stay)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "Not your post")
    @DeleteMapping("/api/posts/{id:\\d+}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        own(() -> {
            posts.delete(currentMembers.require().id(), id);
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A post's replies, oldest first (at most " + PostService.REPLIES_SHOWN + ")")
    @GetMapping("/api/posts/{id:\\d+}/replies")
    List<PostResponse> replies(@PathVariable long id) {
        long me = currentMembers.require().id();
        posts.findVisible(me, id).orElseThrow(ApiException::notFound);
        return posts.replies(me, id).stream().map(json::post).toList();
    }

    @Operation(summary = "Reply to a post", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = PostTextRequest.class))))
    @ApiResponse(responseCode = "201", description = "Created; Location names the reply")
    @ApiResponse(responseCode = "400", description = "The text breaks the post rules, or a block stands between you and the post's author")
    @PostMapping("/api/posts/{id:\\d+}/replies")
    ResponseEntity<PostResponse> reply(@PathVariable long id, @RequestBody JsonNode body) {
        String text = PostTextRequest.from(body).body();
        PostView reply = posts.reply(currentMembers.require().id(), id, text, null);
        return ResponseEntity.created(URI.create("/api/posts/" + reply.id())).body(json.post(reply));
    }

    @Operation(summary = "Who liked a post, and whether you do")
    @GetMapping("/api/posts/{id:\\d+}/likes")
    LikesResponse likes(@PathVariable long id) {
        return likesOf(id);
    }

    @Operation(summary = "Like a post (idempotent)")
    @PutMapping("/api/posts/{id:\\d+}/like")
    LikesResponse like(@PathVariable long id) {
        posts.like(currentMembers.require().id(), id);
        return likesOf(id);
    }

    @Operation(summary = "Unlike a post (idempotent)")
    @DeleteMapping("/api/posts/{id:\\d+}/like")
    LikesResponse unlike(@PathVariable long id) {
        posts.unlike(currentMembers.require().id(), id);
        return likesOf(id);
    }

    private LikesResponse likesOf(long id) {
        PostView post = posts.find(id).orElseThrow(ApiException::notFound);
        boolean liked = !posts.likedAmong(currentMembers.require().id(), List.of(id)).isEmpty();
        return new LikesResponse(post.likeCount(), liked, posts.likers(id));
    }

    private static <T> T own(Supplier<T> work) {
        try {
            return work.get();
        } catch (AccessDeniedException e) {
            throw ApiException.forbidden();
        }
    }
}
