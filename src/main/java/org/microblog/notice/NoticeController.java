package org.microblog.notice;

import org.jspecify.annotations.Nullable;
import org.microblog.web.CurrentMembers;
import org.microblog.web.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The notices page: reading it marks the member's notices read, as the messages page does messages. */
@Controller
class NoticeController {

    private final NoticeService notices;
    private final CurrentMembers currentMembers;

    NoticeController(NoticeService notices, CurrentMembers currentMembers) {
        this.notices = notices;
        this.currentMembers = currentMembers;
    }

    @GetMapping("/notices")
    String showNotices(@RequestParam(required = false) @Nullable String page, Model model) {
        long me = currentMembers.require().id();
        PageOf<NoticeGroup> shown = notices.groups(me, PageOf.parse(page), NoticeService.PER_PAGE);
        notices.markAllRead(me);
        model.addAttribute("notices", shown);
        return "notice/notices";
    }
}
