package org.microblog.post;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Cursor;
import org.microblog.web.Flashes;
import org.microblog.web.FormView;
import org.microblog.web.PageOf;
import org.microblog.web.PagePosition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Home (the post form and the member's timeline) and Explore (every post), as in the original. */
@Controller
class TimelineController {

    /** How many new posts the live timeline inserts at once. */
    static final int NEW_POSTS = 50;

    private final PostService posts;
    private final CurrentMembers currentMembers;
    private final Flashes flashes;

    TimelineController(PostService posts, CurrentMembers currentMembers, Flashes flashes) {
        this.posts = posts;
        this.currentMembers = currentMembers;
        this.flashes = flashes;
    }

    @GetMapping({"/", "/index"})
    String showHome(@RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String before, Model model) {
        return home(FormView.empty(), PagePosition.parse(page, before), model);
    }

    @PostMapping({"/", "/index"})
    String processPostForm(@Valid @ModelAttribute("postForm") PostForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return home(FormView.of(result, "post"), PagePosition.first(), model);
        }
        posts.publish(currentMembers.require().id(), form.body(), null);
        flashes.add(redirect, "post.published");
        return "redirect:/index";
    }

    /**
     * The live timeline's next batch: up to {@value #NEW_POSTS} posts of the member's home
     * timeline after the cursor, newest first, as the fragment the page inserts. A cursor that
     * is not one is a 400.
     */
    @GetMapping("/index/new")
    String showNewPosts(@RequestParam(required = false) @Nullable String after, Model model) {
        Cursor from = Cursor.parse(after);
        if (from == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "after must be a cursor such as 1700000000000000_42");
        }
        long me = currentMembers.require().id();
        List<PostView> shown = posts.homeTimelineAfter(me, from, NEW_POSTS);
        Cursor next = shown.isEmpty() ? from : TimelinePage.cursorOf(shown.get(0));
        model.addAttribute("page", new NewPostsPage(shown, next.token(), shown.size() == NEW_POSTS,
                posts.likedAmong(me, shown.stream().map(PostView::id).toList())));
        return "post/newPosts";
    }

    @GetMapping("/explore")
    String showExplore(@RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String before, Model model) {
        long me = currentMembers.require().id();
        PageOf<PostView> shown = posts.explore(me, PagePosition.parse(page, before));
        model.addAttribute("page", new TimelinePage(false, null, shown, "/explore", liked(me, shown)));
        return "post/timeline";
    }

    private String home(FormView form, PagePosition page, Model model) {
        long me = currentMembers.require().id();
        PageOf<PostView> shown = posts.homeTimeline(me, page);
        model.addAttribute("page", new TimelinePage(true, form, shown, "/index", liked(me, shown)));
        return "post/timeline";
    }

    private Set<Long> liked(long me, PageOf<PostView> page) {
        return posts.likedAmong(me, page.items().stream().map(PostView::id).toList());
    }
}
