package org.microblog.profile;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.follow.BlockService;
import org.microblog.follow.FollowService;
import org.microblog.post.PostView;
import org.microblog.web.PageOf;
import org.microblog.web.PagePosition;
import org.microblog.post.PostService;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMember;
import org.microblog.web.CurrentMembers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /user/<username>}: a member's card and posts, for signed-in members as in the original. */
@Controller
class ProfileController {

    private final UserService users;
    private final FollowService follows;
    private final PostService posts;
    private final BlockService blocks;
    private final CurrentMembers currentMembers;

    ProfileController(UserService users, FollowService follows, PostService posts, BlockService blocks,
            CurrentMembers currentMembers) {
        this.users = users;
        this.blocks = blocks;
        this.follows = follows;
        this.posts = posts;
        this.currentMembers = currentMembers;
    }

    @GetMapping("/user/{username}")
    String showProfile(@PathVariable String username, @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String before, Model model) {
        User member = users.findByUsername(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // A fixed number of queries whatever the page holds: the member (with their stored
        // counts), the blocks between them and the viewer, the follow relation and one page of
        // posts fetched with their author (none read when a block stands between them: the page says so).
        long me = currentMembers.require().id();
        BlockService.Between between = blocks.between(me, member.getId());
        PageOf<PostView> shown = between.any() ? new PageOf<>(List.of(), 1, false)
                : posts.postsBy(me, member.getId(), PagePosition.parse(page, before));
        model.addAttribute("page", profile(member, ProfilePage.AVATAR_SIZE, shown, between));
        return "user/profile";
    }

    /** The card of the profile alone, for the popover shown when hovering a username. */
    @GetMapping("/user/{username}/popup")
    String showPopup(@PathVariable String username, Model model) {
        User member = users.findByUsername(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", profile(member, ProfilePage.POPUP_AVATAR_SIZE, new PageOf<>(List.of(), 1, false),
                blocks.between(currentMembers.require().id(), member.getId())));
        return "user/popup";
    }

    private ProfilePage profile(User member, int avatarSize, PageOf<PostView> page, BlockService.Between between) {
        CurrentMember viewer = currentMembers.require();
        long id = member.getId();
        boolean own = id == viewer.id();
        return new ProfilePage(member.getUsername(), member.getAboutMe(), member.getLastSeen(),
                users.avatarUrl(member, avatarSize), member.getFollowerCount(), member.getFollowingCount(),
                own, !own && !between.any() && follows.isFollowing(viewer.id(), id), page, between.viewerBlocks(),
                between.blocksViewer());
    }
}
