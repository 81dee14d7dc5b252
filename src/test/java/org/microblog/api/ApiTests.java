package org.microblog.api;

import org.microblog.testsupport.WebTests;
import org.microblog.user.ApiTokenService;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Web tests of the API: members get tokens straight from the service and send them as bearer tokens. */
abstract class ApiTests extends WebTests {

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;


    String tokenOf(User member) {
        return tokens.issue(member.getId());
    }

    static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    RequestPostProcessor tokenFor(User member) {
        return bearer(tokenOf(member));
    }
}
