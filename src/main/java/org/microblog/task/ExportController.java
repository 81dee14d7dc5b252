package org.microblog.task;

import java.util.Locale;
import org.microblog.core.RuleViolation;
import org.microblog.user.UserPaths;
import org.microblog.web.CurrentMember;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Flashes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Export your posts" ({@code /export_posts}, as the original): a GET shows the button (and the
 * last export's file while it is kept), a POST with CSRF starts the export and goes back to the
 * profile with the original's flash; {@code /export_posts/<task id>/posts.json} is the file, for
 * its owner only.
 */
@Controller
class ExportController {

    private final Exports exports;
    private final CurrentMembers currentMembers;
    private final Flashes flashes;

    ExportController(Exports exports, CurrentMembers currentMembers, Flashes flashes) {
        this.exports = exports;
        this.currentMembers = currentMembers;
        this.flashes = flashes;
    }

    @GetMapping("/export_posts")
    String page(Model model) {
        CurrentMember me = currentMembers.require();
        TaskView latest = exports.latest(me.id()).orElse(null);
        if (latest != null && latest.failed()) {
            // This page says it failed; from now on the navigation bar need not.
            exports.acknowledge(latest);
        }
        model.addAttribute("page", new ExportPage(latest, latest != null && exports.downloadable(latest)));
        return "task/export";
    }

    @PostMapping("/export_posts")
    String start(Locale locale, RedirectAttributes redirect) {
        CurrentMember me = currentMembers.require();
        try {
            exports.start(me.id(), locale);
            flashes.add(redirect, "task.export.started");
        } catch (RuleViolation running) {
            flashes.add(redirect, "task.export.inProgress");
        }
        return "redirect:" + UserPaths.profile(me.username());
    }

    @GetMapping("/export_posts/{taskId}/posts.json")
    ResponseEntity<byte[]> download(@PathVariable String taskId) {
        CurrentMember me = currentMembers.require();
        byte[] json = exports.download(me.id(), taskId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("posts.json").build().toString())
                .body(json);
    }
}
