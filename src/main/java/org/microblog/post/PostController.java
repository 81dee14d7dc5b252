package org.microblog.post;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Flashes;
import org.microblog.web.FormView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A post's own page (the conversation, its likers, the reply form), and editing, deleting, liking it. */
@Controller
class PostController {

    private final PostService posts;
    private final CurrentMembers currentMembers;
    private final Flashes flashes;

    PostController(PostService posts, CurrentMembers currentMembers, Flashes flashes) {
        this.posts = posts;
        this.currentMembers = currentMembers;
        this.flashes = flashes;
    }

    @GetMapping("/post/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, FormView.empty(), model);
    }

    @PostMapping("/post/{id}/reply")
    String reply(@PathVariable long id, @Valid @ModelAttribute("postForm") PostForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(id, FormView.of(result, "post"), model);
        }
        PostView reply;
        try {
            reply = posts.reply(currentMembers.require().id(), id, form.body(), null);
        } catch (RuleViolation refused) {
            // a block stands between the member and the post's author: nothing was written
            flashes.add(redirect, refused);
            return "redirect:/index";
        }
        flashes.add(redirect, "post.replied");
        return "redirect:" + PostPaths.of(id) + "#post" + reply.id();
    }

    @GetMapping("/post/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        PostView post = own(id);
        model.addAttribute("page", new PostEditPage(post, FormView.of(Map.of("post", post.body()))));
        return "post/edit";
    }

    @PostMapping("/post/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("postForm") PostForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PostView post = own(id);
        if (result.hasErrors()) {
            model.addAttribute("page", new PostEditPage(post, FormView.of(result, "post")));
            return "post/edit";
        }
        posts.edit(currentMembers.require().id(), id, form.body());
        flashes.add(redirect, "post.edited");
        return "redirect:" + PostPaths.of(id);
    }

    @GetMapping("/post/{id}/delete")
    String deleteConfirm(@PathVariable long id, Model model) {
        model.addAttribute("page", new PostEditPage(own(id), FormView.empty()));
        return "post/delete";
    }

    @PostMapping("/post/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        posts.delete(currentMembers.require().id(), id);
        flashes.add(redirect, "post.deleted");
        return "redirect:/index";
    }

    @PostMapping("/post/{id}/like")
    String like(@PathVariable long id) {
        posts.like(currentMembers.require().id(), id);
        return "redirect:" + PostPaths.of(id);
    }

    @PostMapping("/post/{id}/unlike")
    String unlike(@PathVariable long id) {
        posts.unlike(currentMembers.require().id(), id);
        return "redirect:" + PostPaths.of(id);
    }

    private PostView own(long id) {
        PostView post = posts.find(id).orElseThrow(() -> NotFound.of("post", id));
        if (post.authorId() != currentMembers.require().id()) {
            throw new AccessDeniedException("post " + id + " is not yours");
        }
        return post;
    }

    private String page(long id, FormView form, Model model) {
        long me = currentMembers.require().id();
        // A post of a member a block stands between is not found, as a deleted one; so are such replies and parents.
        PostView post = posts.findVisible(me, id).orElseThrow(() -> NotFound.of("post", id));
        PostView parent = post.replyToId() == null ? null : posts.findVisible(me, post.replyToId()).orElse(null);
        List<PostView> replies = posts.replies(me, id);
        model.addAttribute("page", new PostPage(parent, post, replies, posts.likers(id),
                !posts.likedAmong(me, List.of(id)).isEmpty(), post.authorId() == me, form));
        return "post/show";
    }
}
