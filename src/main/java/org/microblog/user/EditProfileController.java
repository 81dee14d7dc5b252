package org.microblog.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.microblog.core.FieldText;
import org.microblog.core.RuleViolation;
import org.microblog.web.CurrentMember;
import org.microblog.web.CurrentMembers;
import org.microblog.web.Flashes;
import org.microblog.web.FormView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member edits their own username and about-me, as in the original's {@code /edit_profile}. */
@Controller
class EditProfileController {

    private final UserService users;
    private final CurrentMembers currentMembers;
    private final SignedInRename signedIn;
    private final Flashes flashes;

    EditProfileController(UserService users, CurrentMembers currentMembers, SignedInRename signedIn, Flashes flashes) {
        this.users = users;
        this.currentMembers = currentMembers;
        this.signedIn = signedIn;
        this.flashes = flashes;
    }

    @GetMapping("/edit_profile")
    String showEditProfileForm(Model model) {
        User me = users.getById(currentMembers.require().id());
        model.addAttribute("page", new EditProfilePage(FormView.of(values(me.getUsername(), me.getAboutMe()))));
        return "user/editProfile";
    }

    @PostMapping("/edit_profile")
    String processEditProfileForm(@Valid @ModelAttribute("profile") EditProfileForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        CurrentMember member = currentMembers.require();
        String username = Objects.toString(form.username(), "");
        if (!FieldText.clean(username).equals(member.username())) {
            // A new name follows the rule, reported beside about-me's errors; the name kept as it
            // is may predate the rule (UserService.updateAccount decides the same way).
            reject(result, Username.Rule.refusal("username", username));
        }
        if (!result.hasErrors()) {
            try {
                User me = users.updateProfile(member.id(), username, form.aboutMe());
                signedIn.renamed(me.getUsername(), request, response);
                flashes.add(redirect, "editProfile.saved");
                return "redirect:/edit_profile";
            } catch (RuleViolation broken) {
                reject(result, broken);
            }
        }
        model.addAttribute("page", new EditProfilePage(formView(form, result)));
        return "user/editProfile";
    }

    private static void reject(BindingResult result, @Nullable RuleViolation broken) {
        if (broken != null) {
            result.rejectValue("about_me".equals(broken.field()) ? "aboutMe" : "username", broken.textKey(),
                    broken.arguments(), broken.getMessage());
        }
    }

    /** The form again with its errors; {@code about_me} is bound to the record component {@code aboutMe}. */
    private static FormView formView(EditProfileForm form, BindingResult result) {
        Map<String, List<MessageSourceResolvable>> errors = new LinkedHashMap<>();
        FormView.of(result).errors()
                .forEach((field, list) -> errors.put("aboutMe".equals(field) ? "about_me" : field, list));
        return new FormView(values(form.username(), form.aboutMe()), errors);
    }

    private static Map<String, String> values(@Nullable String username, @Nullable String aboutMe) {
        return Map.of("username", username == null ? "" : username, "about_me", aboutMe == null ? "" : aboutMe);
    }
}
