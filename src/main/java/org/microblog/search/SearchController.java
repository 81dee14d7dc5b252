package org.microblog.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.post.PostView;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMembers;
import org.microblog.web.PageOf;
import org.microblog.config.MicroblogProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: members and posts that match, as the original's search page (for members). */
@Controller
class SearchController {

    static final int MEMBER_AVATAR_SIZE = 36;

    private final SearchService search;
    private final UserService users;
    private final CurrentMembers currentMembers;
    private final MicroblogProperties properties;

    SearchController(SearchService search, UserService users, CurrentMembers currentMembers,
            MicroblogProperties properties) {
        this.search = search;
        this.users = users;
        this.currentMembers = currentMembers;
        this.properties = properties;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String page,
            Model model) {
        long me = currentMembers.require().id();
        int number = PageOf.parse(page);
        SearchService.Found found = search.posts(me, q == null ? "" : q, number, properties.site().postsPerPage());
        List<SearchPage.Member> members = number > 1 ? List.of() : search.members(found.query()).stream()
                .map(user -> SearchPage.Member.of(user, users.avatarUrl(user, MEMBER_AVATAR_SIZE))).toList();
        PageOf<PostView> posts = new PageOf<>(found.posts(), number, found.hasNext());
        String path = "/search?q=" + URLEncoder.encode(found.query(), StandardCharsets.UTF_8);
        model.addAttribute("page", new SearchPage(found.query(), members, posts, found.words(), path));
        return "search/results";
    }
}
