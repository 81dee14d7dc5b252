package org.microblog.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microblog.core.FieldText;
import org.microblog.core.RuleViolation;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Flashes;
import org.microblog.web.FormErrors;
import org.microblog.web.FormView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page and registration; the sign-in itself is Spring Security's (see SecurityConfig). */
@Controller
class AuthController {

    private final UserService users;
    private final CurrentMembers currentMembers;
    private final Flashes flashes;

    AuthController(UserService users, CurrentMembers currentMembers, Flashes flashes) {
        this.users = users;
        this.currentMembers = currentMembers;
        this.flashes = flashes;
    }

    @GetMapping("/auth/login")
    String showLoginForm(@RequestParam(required = false) @Nullable String next, Model model) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        model.addAttribute("page", new AuthPages.LoginPage(FormView.empty(), LocalRedirects.orDefault(next, ""), 0));
        return "auth/login";
    }

    /**
     * The sign-in page again, for an attempt {@link LoginThrottleFilter} refused: 429 with
     * {@code Retry-After}, saying how many minutes to wait. Reached only by the filter's forward.
     */
    @RequestMapping(LoginThrottleFilter.THROTTLED_PATH)
    String showThrottledLoginForm(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(LoginThrottleFilter.WAIT_ATTRIBUTE) instanceof Duration wait)) {
            return "redirect:/auth/login";
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(wait.toSeconds() + 1));
        String username = request.getParameter("username");
        FormView form = FormView.of(Map.of("username", username == null ? "" : username));
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        model.addAttribute("page", new AuthPages.LoginPage(form, LocalRedirects.orDefault(request.getParameter("next"), ""),
                minutes));
        return "auth/login";
    }

    /**
     * The original's Logout link, answered with a page holding the Logout button: signing out
     * is a POST with the CSRF token (SecurityConfig), so a link on another site cannot do it.
     */
    @GetMapping("/auth/logout")
    String showLogoutPage() {
        if (currentMembers.current().isEmpty()) {
            return "redirect:/auth/login";
        }
        return "auth/logout";
    }

    @GetMapping("/auth/register")
    String showRegistrationForm(Model model) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        model.addAttribute("page", new AuthPages.RegisterPage(FormView.empty()));
        return "auth/register";
    }

    @PostMapping("/auth/register")
    String processRegistrationForm(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (currentMembers.current().isPresent()) {
            return "redirect:/index";
        }
        Passwords.check(form.password(), form.password2(), result);
        // As the original's validate_username/validate_email: reported beside the other errors.
        if (!result.hasFieldErrors("username") && users.findByUsername(FieldText.clean(form.username())).isPresent()) {
            result.rejectValue("username", "user.username.taken");
        }
        if (!result.hasFieldErrors("email") && users.findByEmail(FieldText.clean(form.email())).isPresent()) {
            result.rejectValue("email", "user.email.taken");
        }
        if (!result.hasErrors()) {
            try {
                users.register(form.username(), form.email(), form.password());
                flashes.add(redirect, "auth.register.done");
                return "redirect:/auth/login";
            } catch (RuleViolation taken) {
                // Registered by someone else between the check above and now.
                FormErrors.add(result, taken);
            }
        }
        model.addAttribute("page", new AuthPages.RegisterPage(FormView.of(result, "username", "email")));
        return "auth/register";
    }
}
