package org.microblog.follow;

import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.microblog.user.User;
import org.microblog.user.UserPaths;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMember;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Flashes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Block and unblock buttons ({@code POST /block/<name>}, {@code POST /unblock/<name>}, CSRF as every form). */
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

    @PostMapping("/unblock/{username}")
    String unblock(@PathVariable String username, RedirectAttributes redirect) {
        return change(username, false, redirect);
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
