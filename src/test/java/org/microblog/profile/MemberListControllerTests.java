package org.microblog.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.follow.FollowService;
import org.microblog.testsupport.SqlStatements;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

class MemberListControllerTests extends WebTests {

    @Autowired
    FollowService follows;

    @Test
    void theProfileCardLinksToBothLists() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(get("/user/john").with(as(susan)))
                .andExpect(content().string(containsString("href=\"/user/john/followers\"")))
                .andExpect(content().string(containsString("href=\"/user/john/following\"")));
        assertThat(john.getId()).isNotNull();
    }

    @Test
    void listsFollowersWithTheViewersFollowButtonForEachRow() throws Exception {
        User john = members.john();
        User susan = members.susan();
        User mary = members.mary();
        User david = members.david();
        follows.follow(susan.getId(), john.getId());
        follows.follow(mary.getId(), john.getId());
        follows.follow(david.getId(), mary.getId());

        mvc.perform(get("/user/john/followers").with(as(david)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Followers of john")))
                .andExpect(content().string(containsString("href=\"/user/susan\"")))
                .andExpect(content().string(containsString("action=\"/follow/susan\"")))
                .andExpect(content().string(containsString("action=\"/unfollow/mary\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void listsWhomAMemberFollowsWithoutAButtonOnTheViewersOwnRow() throws Exception {
        User john = members.john();
        User susan = members.susan();
        follows.follow(john.getId(), susan.getId());

        mvc.perform(get("/user/susan/followers").with(as(john)))
                .andExpect(content().string(containsString("href=\"/user/john\"")))
                .andExpect(content().string(not(containsString("action=\"/follow/john\""))));
        mvc.perform(get("/user/john/following").with(as(susan)))
                .andExpect(content().string(containsString("Members john follows")))
                .andExpect(content().string(containsString("href=\"/user/susan\"")))
                .andExpect(content().string(not(containsString("follow/susan\""))));
        mvc.perform(get("/user/susan/following").with(as(john)))
                .andExpect(content().string(containsString("This member does not follow anybody yet.")));
    }

    @Test
    void pagesTheListAndAnswersNotFoundForAnUnknownMember() throws Exception {
        User john = members.john();
        for (int i = 0; i < 26; i++) {
            follows.follow(members.register("fan" + i).getId(), john.getId());
        }

        mvc.perform(get("/user/john/followers").with(as(john)))
                .andExpect(content().string(containsString("href=\"/user/john/followers?page=2\"")))
                .andExpect(content().string(not(containsString("href=\"/user/fan25\""))));
        mvc.perform(get("/user/john/followers").param("page", "2").with(as(john)))
                .andExpect(content().string(containsString("href=\"/user/fan25\"")))
                .andExpect(content().string(containsString("href=\"/user/john/followers?page=1\"")));
        mvc.perform(get("/user/john/followers").param("page", "x").with(as(john))).andExpect(status().isOk());
        mvc.perform(get("/user/nobody/followers").with(as(john))).andExpect(status().isNotFound());
        mvc.perform(get("/user/john/followers")).andExpect(status().is3xxRedirection());
    }

    @Test
    void rendersWithTheSameNumberOfQueriesForOneOrAFullPageOfMembers() throws Exception {
        User john = members.john();
        User susan = members.susan();
        follows.follow(susan.getId(), john.getId());
        User mary = members.mary();
        for (int i = 0; i < 25; i++) {
            follows.follow(members.register("fan" + i).getId(), mary.getId());
        }

        List<String> one = statementsToShow("/user/john/followers", susan);
        List<String> full = statementsToShow("/user/mary/followers", susan);

        assertThat(full).hasSameSizeAs(one);
        assertThat(full.size()).isLessThanOrEqualTo(6);
    }

    private List<String> statementsToShow(String path, User viewer) {
        return SqlStatements.recordedWhile(() -> {
            try {
                mvc.perform(get(path).with(as(viewer))).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
