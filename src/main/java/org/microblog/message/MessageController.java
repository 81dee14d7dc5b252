package org.microblog.message;

import jakarta.validation.Valid;
import java.util.List;
import org.microblog.core.RuleViolation;
import org.microblog.user.User;
import org.microblog.user.UserPaths;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMember;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Cursor;
import org.microblog.web.Flashes;
import org.microblog.web.FormView;
import org.microblog.web.PagePosition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Private messages: the original's send form and inbox, plus sent messages and conversations. */
@Controller
class MessageController {

    /** How many messages a live conversation inserts at once. */
    static final int NEW_MESSAGES = 50;

    private final MessageService messages;
    private final UserService users;
    private final CurrentMembers currentMembers;
    private final Flashes flashes;

    MessageController(MessageService messages, UserService users, CurrentMembers currentMembers, Flashes flashes) {
        this.messages = messages;
        this.users = users;
        this.currentMembers = currentMembers;
        this.flashes = flashes;
    }

    @GetMapping("/send_message/{recipient}")
    String showSendForm(@PathVariable String recipient, Model model, RedirectAttributes redirect) {
        User to = users.getByUsername(recipient);
        long me = currentMembers.require().id();
        if (to.getId() == me) {
            flashes.add(redirect, "message.self");
            return "redirect:" + UserPaths.profile(to.getUsername());
        }
        if (messages.blockedBetween(me, to.getId())) {
            flashes.add(redirect, "message.blocked");
            return "redirect:" + UserPaths.profile(to.getUsername());
        }
        model.addAttribute("page", new MessagePages.SendPage(to.getUsername(), FormView.empty()));
        return "message/send";
    }

    @PostMapping("/send_message/{recipient}")
    String processSendForm(@PathVariable String recipient, @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        User to = users.getByUsername(recipient);
        if (result.hasErrors()) {
            model.addAttribute("page", new MessagePages.SendPage(to.getUsername(),
                    FormView.of(result, "message")));
            return "message/send";
        }
        try {
            messages.send(currentMembers.require().id(), to.getId(), form.body());
            flashes.add(redirect, "message.sent");
        } catch (RuleViolation refused) {
            // A message to oneself: the service's rule, said as the original's flash.
            flashes.add(redirect, refused);
        }
        return "redirect:" + UserPaths.profile(to.getUsername());
    }

    /** Received messages, newest first; opening them marks them read. {@code ?box=sent} shows those sent. */
    @GetMapping("/messages")
    String inbox(@RequestParam(defaultValue = "received") String box, @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String before, Model model) {
        CurrentMember me = currentMembers.require();
        boolean sent = "sent".equals(box);
        if (!sent) {
            messages.markAllRead(me.id());
        }
        PagePosition at = PagePosition.parse(page, before);
        var list = sent ? messages.sent(me.id(), at) : messages.received(me.id(), at);
        model.addAttribute("page", new MessagePages.InboxPage(sent, list, sent ? "/messages?box=sent" : "/messages"));
        return "message/inbox";
    }

    @GetMapping("/messages/{username}")
    String conversation(@PathVariable String username, @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String before, Model model) {
        CurrentMember me = currentMembers.require();
        User other = users.getByUsername(username);
        model.addAttribute("page", conversationPage(me, other, FormView.empty(), PagePosition.parse(page, before)));
        return "message/conversation";
    }

    /** An open conversation's next batch: up to {@value #NEW_MESSAGES} messages after the cursor, as the fragment the page inserts. */
    @GetMapping("/messages/{username}/new")
    String newMessages(@PathVariable String username, @RequestParam(required = false) @Nullable String after,
            Model model) {
        Cursor from = Cursor.parse(after);
        if (from == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "after must be a cursor such as 1700000000000000_42");
        }
        User other = users.getByUsername(username);
        List<MessageView> found = messages.conversationAfter(currentMembers.require().id(), other.getId(), from,
                NEW_MESSAGES);
        model.addAttribute("page", new MessagePages.NewMessagesPage(found,
                (found.isEmpty() ? from : MessageService.cursorOf(found.get(0))).token()));
        return "message/newMessages";
    }

    @PostMapping("/messages/{username}")
    String reply(@PathVariable String username, @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        CurrentMember me = currentMembers.require();
        User other = users.getByUsername(username);
        if (result.hasErrors()) {
            model.addAttribute("page", conversationPage(me, other, FormView.of(result, "message"), PagePosition.first()));
            return "message/conversation";
        }
        try {
            messages.send(me.id(), other.getId(), form.body());
        } catch (RuleViolation refused) {
            flashes.add(redirect, refused);
            return "redirect:/messages";
        }
        flashes.add(redirect, "message.sent");
        return "redirect:" + UserPaths.conversation(other.getUsername());
    }

    private MessagePages.ConversationPage conversationPage(CurrentMember me, User other, FormView form, PagePosition page) {
        return new MessagePages.ConversationPage(other.getUsername(), users.avatarUrl(other, 64), form,
                messages.conversation(me.id(), other.getId(), page), UserPaths.conversation(other.getUsername()),
                messages.blockedBetween(me.id(), other.getId()));
    }
}
