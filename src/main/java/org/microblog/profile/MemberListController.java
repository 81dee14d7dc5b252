package org.microblog.profile;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microblog.config.MicroblogProperties;
import org.microblog.follow.FollowService;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMember;
import org.microblog.web.CurrentMembers;
import org.microblog.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /user/<name>/followers} and {@code /user/<name>/following}: a page of members by id, each
 * with the viewer's follow button. A fixed number of queries: the member, one page of members,
 * and which of them the viewer follows.
 */
@Controller
class MemberListController {

    /** Avatar side in the list, in pixels. */
    static final int AVATAR_SIZE = 36;

    private final UserService users;
    private final FollowService follows;
    private final CurrentMembers currentMembers;
    private final MicroblogProperties properties;

    MemberListController(UserService users, FollowService follows, CurrentMembers currentMembers,
            MicroblogProperties properties) {
        this.users = users;
        this.follows = follows;
        this.currentMembers = currentMembers;
        this.properties = properties;
    }

    @GetMapping("/user/{username}/followers")
    String showFollowers(@PathVariable String username, @RequestParam(required = false) @Nullable String page, Model model) {
        return show(username, true, page, model);
    }

    @GetMapping("/user/{username}/following")
    String showFollowing(@PathVariable String username, @RequestParam(required = false) @Nullable String page, Model model) {
        return show(username, false, page, model);
    }

    private String show(String username, boolean followers, @Nullable String rawPage, Model model) {
        CurrentMember viewer = currentMembers.require();
        User member = users.findByUsername(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int number = PageOf.parse(rawPage);
        int size = properties.site().postsPerPage();
        PageOf<User> found = followers ? follows.followersPage(member, number, size)
                : follows.followingPage(member, number, size);
        Set<Long> followed = follows.followedAmong(viewer.id(), found.items().stream().map(User::getId).toList());
        List<MemberListPage.Row> rows = found.items().stream()
                .map(u -> new MemberListPage.Row(u.getUsername(), users.avatarUrl(u, AVATAR_SIZE),
                        u.getId() == viewer.id(), followed.contains(u.getId())))
                .toList();
        model.addAttribute("page", new MemberListPage(member.getUsername(), followers,
                new PageOf<>(rows, number, found.hasNext())));
        return "user/memberList";
    }
}
