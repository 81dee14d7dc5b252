package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.microblog.core.ShortText;
import org.microblog.message.MessageService;
import org.microblog.message.MessageView;
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

/** Private messages: send, read one, received (which marks them read, as the page does), sent, a conversation. */
@RestController
@Tag(name = "Messages", description = "Beyond the original: private messages (no totals in _meta)")
class MessageApiController {

    @Schema(name = "SendMessage", requiredProperties = {"recipient_id", "body"})
    record SendMessageRequest(@com.fasterxml.jackson.annotation.JsonProperty("recipient_id") long recipientId,
            @Schema(description = "1 to " + ShortText.MAX + " characters") String body) {

        /** The recipient and body as the service takes them, the body checked by the same rule ({@link ShortText}). */
        static SendMessageRequest from(JsonFields json) {
            Long recipientId = json.id("recipient_id");
            String body = json.text("body");
            if (recipientId == null || body == null) {
                throw ApiException.badRequest("must include recipient_id and body fields");
            }
            return new SendMessageRequest(recipientId, ShortText.Rule.check("body", body));
        }
    }

    private final MessageService messages;
    private final UserService users;
    private final Representations json;
    private final CurrentMembers currentMembers;

    MessageApiController(MessageService messages, UserService users, Representations json,
            CurrentMembers currentMembers) {
        this.messages = messages;
        this.users = users;
        this.json = json;
        this.currentMembers = currentMembers;
    }

    @Operation(summary = "Send a private message", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = SendMessageRequest.class))))
    @ApiResponse(responseCode = "201", description = "Sent; Location names the message")
    @PostMapping("/api/messages")
    ResponseEntity<MessageResponse> send(@RequestBody JsonNode body) {
        SendMessageRequest request = SendMessageRequest.from(JsonFields.of(body));
        MessageView sent = messages.send(me(), request.recipientId(), request.body());
        return ResponseEntity.created(URI.create("/api/messages/" + sent.id())).body(json.message(sent));
    }

    @Operation(summary = "One message you sent or received")
    @GetMapping("/api/messages/{id:\\d+}")
    MessageResponse message(@PathVariable long id) {
        return json.message(messages.find(id, me()).orElseThrow(ApiException::notFound));
    }

    @Operation(summary = "Messages you received, newest first; reading them marks all as read")
    @GetMapping("/api/messages/received")
    CollectionResponse<MessageResponse> received(@RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String before) {
        Paging paging = Paging.of(page, perPage, before);
        messages.markAllRead(me());
        return paging.sliced(messages.received(me(), paging.position(), paging.perPage()), json::message,
                "/api/messages/received");
    }

    @Operation(summary = "Messages you sent, newest first")
    @GetMapping("/api/messages/sent")
    CollectionResponse<MessageResponse> sent(@RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String before) {
        Paging paging = Paging.of(page, perPage, before);
        return paging.sliced(messages.sent(me(), paging.position(), paging.perPage()), json::message, "/api/messages/sent");
    }

    @Operation(summary = "Your conversation with this user, both directions, newest first")
    @GetMapping("/api/users/{id:\\d+}/messages")
    CollectionResponse<MessageResponse> conversation(@PathVariable long id,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String before) {
        users.getById(id);
        Paging paging = Paging.of(page, perPage, before);
        return paging.sliced(messages.conversation(me(), id, paging.position(), paging.perPage()), json::message,
                Representations.userPath(id) + "/messages");
    }

    private long me() {
        return currentMembers.require().id();
    }
}
