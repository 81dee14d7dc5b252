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
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow and unfollow buttons ({@code POST /follow/<name>}, {@code POST /unfollow/<name>}), with
 * the original's flashes and redirects: back to the profile, or home when there is no such member.
 */
@Controller
class FollowController {

    private final FollowService follows;
    private final UserService users;
    private final CurrentMembers currentMembers;
    private final Flashes flashes;

    FollowController(FollowService follows, UserService users, CurrentMembers currentMembers, Flashes flashes) {
        this.follows = follows;
        this.users = users;
        this.currentMembers = currentMembers;
        this.flashes = flashes;
    }

    @GetMapping("/follow/{username}")
    String showFollowButton(@PathVariable String username, Model model) {
        return confirm(username, true, model);
    }

    @GetMapping("/unfollow/{username}")
    String showUnfollowButton(@PathVariable String username, Model model) {
        return confirm(username, false, model);
    }

    @PostMapping("/follow/{username}")
    String follow(@PathVariable String username, RedirectAttributes redirect) {
        return change(username, true, redirect);
    }

    @PostMapping("/unfollow/{username}")
    String unfollow(@PathVariable String username, RedirectAttributes redirect) {
        return change(username, false, redirect);
    }

    /**
     * Follows or unfollows with the original's flash messages; the service refuses yourself, and
     * an unknown name goes home with "User … not found.".
     */
    private String change(String username, boolean follow, RedirectAttributes redirect) {
        CurrentMember me = currentMembers.require();
        User member;
        try {
            member = users.getByUsername(username);
        } catch (NotFound unknown) {
            flashes.add(redirect, unknown);
            return "redirect:/index";
        }
        try {
            if (follow) {
                follows.follow(me.id(), member.getId());
                flashes.add(redirect, "follow.following", member.getUsername());
            } else {
                follows.unfollow(me.id(), member.getId());
                flashes.add(redirect, "follow.notFollowing", member.getUsername());
            }
        } catch (RuleViolation refused) {
            flashes.add(redirect, refused);
        }
        return "redirect:" + UserPaths.profile(member.getUsername());
    }

    private String confirm(String username, boolean follow, Model model) {
        User member = users.getByUsername(username);
        model.addAttribute("page", new FollowConfirmPage(member.getUsername(), follow));
        return "user/followConfirm";
    }
}
