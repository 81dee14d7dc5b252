package org.microblog.auth;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Flashes;
import org.microblog.web.FormView;
import org.microblog.web.SiteUrls;
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
    private final SiteUrls siteUrls;

    PasswordResetController(PasswordResets resets, CurrentMembers currentMembers, Flashes flashes, SiteUrls siteUrls) {
        this.siteUrls = siteUrls;
        this.resets = resets;
        this.currentMembers = currentMembers;
        this.flashes = flashes;
    }

    @GetMapping("/auth/reset_password_request")
    String showRequestForm(Model model) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        model.addAttribute("page", new AuthPages.ResetPasswordRequestPage(FormView.empty()));
        return "auth/resetPasswordRequest";
    }

    @PostMapping("/auth/reset_password_request")
    String processRequestForm(@Valid @ModelAttribute("request") PasswordResetForms.Request form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        if (result.hasErrors()) {
            model.addAttribute("page", new AuthPages.ResetPasswordRequestPage(FormView.of(result, "email")));
            return "auth/resetPasswordRequest";
        }
        // The same answer whether or not the address is a member's.
        resets.requestLink(org.microblog.core.FieldText.clean(form.email()), locale, siteUrls.base());
        flashes.add(redirect, "auth.reset.request.done");
        return "redirect:/auth/login";
    }

    @GetMapping("/auth/reset_password/{token}")
    String showResetForm(@PathVariable String token, Model model, RedirectAttributes redirect) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        if (resets.memberFor(token).isEmpty()) {
            return invalidLink(redirect);
        }
        model.addAttribute("page", new AuthPages.ResetPasswordPage(FormView.empty(), token));
        return "auth/resetPassword";
    }

    @PostMapping("/auth/reset_password/{token}")
    String processResetForm(@PathVariable String token, @Valid @ModelAttribute("reset") PasswordResetForms.NewPassword form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        Optional<Long> member = resets.memberFor(token);
        if (member.isEmpty()) {
            return invalidLink(redirect);
        }
        Passwords.check(form.password(), form.password2(), result);
        if (result.hasErrors()) {
            model.addAttribute("page", new AuthPages.ResetPasswordPage(FormView.of(result), token));
            return "auth/resetPassword";
        }
        resets.reset(member.get(), form.password());
        flashes.add(redirect, "auth.reset.done");
        return "redirect:/auth/login";
    }

    /**
     * A link that is malformed, expired, or already used (a new password voids it): say so, on
     * the page that sends a new one.
     */
    private String invalidLink(RedirectAttributes redirect) {
        flashes.add(redirect, "auth.reset.invalid");
        return "redirect:/auth/reset_password_request";
    }
}
