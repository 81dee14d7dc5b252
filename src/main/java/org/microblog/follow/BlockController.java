package org.microblog.follow;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.microblog.user.User;
import org.microblog.user.UserPaths;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMember;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Flashes;
import org.microblog.web.PageOf;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Block and unblock buttons ({@code POST /block/<name>}, {@code POST /unblock/<name>}, CSRF as
 * every form) and the list of members one blocks ({@code GET /edit_profile/blocked}, paginated).
 */
@Controller
class BlockController {

    private final BlockService blocks;
    private final UserService users;
    private final CurrentMembers currentMembers;
    private final Flashes flashes;

    BlockController(BlockService blocks, UserService users, CurrentMembers currentMembers, Flashes flashes) {
        this.blocks = blocks;
        this.users = users;
        this.currentMembers = currentMembers;
        this.flashes = flashes;
    }

    @PostMapping("/block/{username}")
    String block(@PathVariable String username, RedirectAttributes redirect) {
        return change(username, true, redirect);
    }

    /** From the blocked list ({@code from=list}) the member lands back on the list, else on the profile. */
    @PostMapping("/unblock/{username}")
    String unblock(@PathVariable String username, @RequestParam(required = false) @Nullable String from,
            RedirectAttributes redirect) {
        String to = change(username, false, redirect);
        return "list".equals(from) ? "redirect:" + BlockedListPage.PATH : to;
    }

    /** The members the signed-in member blocks, by id, {@value BlockedListPage#SIZE} a page: two queries for the rows. */
    @GetMapping(BlockedListPage.PATH)
    String blockedList(@RequestParam(required = false) @Nullable String page, Model model) {
        PageOf<User> found = blocks.blocked(currentMembers.require().id(), PageOf.parse(page), BlockedListPage.SIZE);
        List<BlockedListPage.Row> rows = found.items().stream()
                .map(member -> new BlockedListPage.Row(member.getUsername(), users.avatarUrl(member, 36))).toList();
        model.addAttribute("page", new BlockedListPage(new PageOf<>(rows, found.page(), found.hasNext())));
        return "user/blocked";
    }

    private String change(String username, boolean block, RedirectAttributes redirect) {
        CurrentMember me = currentMembers.require();
        User member;
        try {
            member = users.getByUsername(username);
        } catch (NotFound unknown) {
            flashes.add(redirect, unknown);
            return "redirect:/index";
        }
        try {
            if (block) {
                blocks.block(me.id(), member.getId());
                flashes.add(redirect, "block.blocked", member.getUsername());
            } else {
                blocks.unblock(me.id(), member.getId());
                flashes.add(redirect, "block.unblocked", member.getUsername());
            }
        } catch (RuleViolation refused) {
            flashes.add(redirect, refused);
        }
        return "redirect:" + UserPaths.profile(member.getUsername());
    }
}
