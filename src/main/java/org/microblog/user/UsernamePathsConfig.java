package org.microblog.user;

import java.util.regex.Pattern;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets every stored username travel as the one path segment {@link UserPaths} writes, even
 * names from before today's rules (imported ones with {@code /}, {@code \}, {@code %},
 * {@code ;} or only dots). Tomcat refuses {@code %2F} and {@code %5C} by default with its own
 * bare error page, and Spring Security's firewall refuses {@code %25}, {@code %3B} and
 * {@code %2E}; both are relaxed for that one segment of the member paths only, where the
 * decoded value is a name looked up in the database and never a file or a path.
 */
@Configuration(proxyBeanMethods = false)
class UsernamePathsConfig {

    /**
     * {@code /user/<name>}, {@code /user/<name>/popup}, {@code /follow/<name>}, {@code /unfollow/<name>},
     * {@code /send_message/<name>} and {@code /messages/<name>}, the name without a raw {@code /},
     * {@code \} or {@code ;} (those only ever arrive encoded from {@link UserPaths}).
     */
    static final Pattern MEMBER_PATH = Pattern.compile(
            "/(?:user/[^/\\\\;]+(?:/popup)?|follow/[^/\\\\;]+|unfollow/[^/\\\\;]+|send_message/[^/\\\\;]+|messages/[^/\\\\;]+)");

    /**
     * Tomcat keeps {@code %2F} and {@code %5C} as they are instead of refusing them; Spring MVC
     * decodes them within the path variable. The firewall below still refuses them everywhere
     * but in a member path.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheApplication() {
        return connector -> {
            connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
            connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
        };
    }

    @Bean
    HttpFirewall memberPathFirewall() {
        return new MemberPathFirewall();
    }

    /** Spring Security's strict firewall, with encoded characters allowed in a member path's name. */
    static final class MemberPathFirewall implements HttpFirewall {

        private final StrictHttpFirewall strict = new StrictHttpFirewall();
        private final StrictHttpFirewall memberPath = new StrictHttpFirewall();

        MemberPathFirewall() {
            memberPath.setAllowUrlEncodedSlash(true);
            memberPath.setAllowBackSlash(true);
            memberPath.setAllowUrlEncodedPercent(true);
            memberPath.setAllowSemicolon(true);
            memberPath.setAllowUrlEncodedPeriod(true);
        }

        @Override
        public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
            boolean member = MEMBER_PATH.matcher(request.getRequestURI()).matches();
            return (member ? memberPath : strict).getFirewalledRequest(request);
        }

        @Override
        public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
            return strict.getFirewalledResponse(response);
        }
    }
}
