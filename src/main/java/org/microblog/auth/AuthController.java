package org.microblog.auth;

import jakarta.validation.Valid;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.microblog.user.DuplicateAccountException;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Flashes;
import org.microblog.web.FormView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page and registration; the sign-in itself is Spring Security's (see SecurityConfig). */
@Controller
class AuthController {

    private final UserService users;
    private final CurrentMembers currentMembers;
    private final Flashes flashes;
    private final MessageSource texts;

    AuthController(UserService users, CurrentMembers currentMembers, Flashes flashes, MessageSource texts) {
        this.users = users;
        this.currentMembers = currentMembers;
        this.flashes = flashes;
        this.texts = texts;
    }

    @GetMapping("/auth/login")
    String showLoginForm(@RequestParam(required = false) @Nullable String next, Model model) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        model.addAttribute("form", FormView.empty());
        model.addAttribute("next", LocalRedirects.orDefault(next, ""));
        return "auth/login";
    }

    @GetMapping("/auth/register")
    String showRegistrationForm(Model model) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        model.addAttribute("form", FormView.empty());
        return "auth/register";
    }

    @PostMapping("/auth/register")
    String processRegistrationForm(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        Passwords.check(form.password(), form.password2(), result);
        // As the original's validate_username/validate_email: reported beside the other errors.
        if (!result.hasFieldErrors("username") && users.findByUsername(form.username().strip()).isPresent()) {
            result.rejectValue("username", "auth.username.taken");
        }
        if (!result.hasFieldErrors("email") && users.findByEmail(form.email().strip()).isPresent()) {
            result.rejectValue("email", "auth.email.taken");
        }
        if (!result.hasErrors()) {
            try {
                users.register(form.username().strip(), form.email().strip(), form.password());
                flashes.add(redirect, "auth.register.done");
                return "redirect:/auth/login";
            } catch (DuplicateAccountException taken) {
                result.rejectValue(taken.field(), "email".equals(taken.field()) ? "auth.email.taken" : "auth.username.taken");
            }
        }
        model.addAttribute("form", FormView.of(result, texts, locale, "username", "email"));
        return "auth/register";
    }

}
