package org.microblog.post;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microblog.web.CurrentMembers;
import org.microblog.web.PageOf;
import org.microblog.web.PagePosition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A hashtag's page: the posts that name it, newest first, paged as the timelines. */
@Controller
class TagController {

    private final PostService posts;
    private final CurrentMembers currentMembers;

    TagController(PostService posts, CurrentMembers currentMembers) {
        this.posts = posts;
        this.currentMembers = currentMembers;
    }

    @GetMapping("/tag/{tag}")
    String showTag(@PathVariable String tag, @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String before, Model model) {
        String normalized = Tags.normalized(tag);
        if (normalized == null) {
            throw org.microblog.core.NotFound.of("tag", tag);
        }
        long me = currentMembers.require().id();
        PageOf<PostView> shown = posts.tagged(normalized, PagePosition.parse(page, before));
        Set<Long> liked = posts.likedAmong(me, shown.items().stream().map(PostView::id).toList());
        model.addAttribute("page", new TagPage(normalized, shown, TagPaths.of(normalized), liked));
        return "post/tag";
    }
}
