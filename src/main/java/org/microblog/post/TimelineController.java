package org.microblog.post;

import jakarta.validation.Valid;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Flashes;
import org.microblog.web.FormView;
import org.microblog.web.PageOf;
import org.microblog.web.PagePosition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Home (the post form and the member's timeline) and Explore (every post), as in the original. */
@Controller
class TimelineController {

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

    @GetMapping("/explore")
    String showExplore(@RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String before, Model model) {
        long me = currentMembers.require().id();
        PageOf<PostView> shown = posts.explore(PagePosition.parse(page, before));
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
