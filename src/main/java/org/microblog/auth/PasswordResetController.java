package org.microblog.auth;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Flashes;
import org.microblog.web.FormView;
import org.microblog.web.SiteUrls;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The original's password reset: ask for a link by email, then choose a new password through it. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;
    private final CurrentMembers currentMembers;
    private final Flashes flashes;
    private final MessageSource texts;
    private final SiteUrls siteUrls;

    PasswordResetController(PasswordResets resets, CurrentMembers currentMembers, Flashes flashes,
            MessageSource texts, SiteUrls siteUrls) {
        this.siteUrls = siteUrls;
        this.resets = resets;
        this.currentMembers = currentMembers;
        this.flashes = flashes;
        this.texts = texts;
    }

    @GetMapping("/auth/reset_password_request")
    String showRequestForm(Model model) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        model.addAttribute("form", FormView.empty());
        return "auth/resetPasswordRequest";
    }

    @PostMapping("/auth/reset_password_request")
    String processRequestForm(@Valid @ModelAttribute("request") PasswordResetForms.Request form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        if (result.hasErrors()) {
            model.addAttribute("form", FormView.of(result, texts, locale, "email"));
            return "auth/resetPasswordRequest";
        }
        // The same answer whether or not the address is a member's.
        resets.requestLink(form.email().strip(), locale, siteUrls.base());
        flashes.add(redirect, "auth.reset.request.done");
        return "redirect:/auth/login";
    }

    @GetMapping("/auth/reset_password/{token}")
    String showResetForm(@PathVariable String token, Model model) {
        if (currentMembers.current().isPresent() || resets.memberFor(token).isEmpty()) {
            return "redirect:/index";
        }
        model.addAttribute("form", FormView.empty());
        model.addAttribute("token", token);
        return "auth/resetPassword";
    }

    @PostMapping("/auth/reset_password/{token}")
    String processResetForm(@PathVariable String token, @Valid @ModelAttribute("reset") PasswordResetForms.NewPassword form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        Optional<Long> member = resets.memberFor(token);
        if (member.isEmpty()) {
            return "redirect:/index";
        }
        Passwords.check(form.password(), form.password2(), result);
        if (result.hasErrors()) {
            model.addAttribute("form", FormView.of(result, texts, locale));
            model.addAttribute("token", token);
            return "auth/resetPassword";
        }
        resets.reset(member.get(), form.password());
        flashes.add(redirect, "auth.reset.done");
        return "redirect:/auth/login";
    }
}
