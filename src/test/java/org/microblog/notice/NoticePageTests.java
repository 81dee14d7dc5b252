package org.microblog.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.follow.FollowService;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.testsupport.SqlStatements;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** The notices page: grouped lines, escaped, the badge in the navigation bar, read clears it; fixed statements. */
class NoticePageTests extends WebTests {

    @Autowired
    PostService posts;

    @Autowired
    FollowService follows;

    String page(User reader, String path) throws Exception {
        return mvc.perform(get(path).with(as(reader))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void likesGroupTheBadgeCountsAndReadingThePageClearsIt() throws Exception {
        User alice = members.register("alice");
        PostView mine = posts.publish(alice.getId(), "my <post>", null);
        for (String name : List.of("bob", "carol", "dave", "erin")) {
            posts.like(members.register(name).getId(), mine.id());
        }
        posts.publish(members.register("frank").getId(), "hey @alice", null);

        String home = page(alice, "/index");
        assertThat(home).contains("id=\"notice_count\" class=\"badge text-bg-danger notice-count\"");
        assertThat(home).containsPattern("id=\"notice_count\"[^>]*>5</span>");

        String html = page(alice, "/notices");
        assertThat(html).contains("<a href=\"/user/frank\" class=\"user-popup\">frank</a> mentioned you",
                "<a href=\"/user/erin\" class=\"user-popup\">erin</a> and 3 others liked your post", "my &lt;post&gt;");
        assertThat(html.indexOf("mentioned you")).isLessThan(html.indexOf("liked your post"));
        assertThat(html).contains("notice-count d-none");

        assertThat(page(alice, "/index")).contains("notice-count d-none");
        assertThat(page(alice, "/notices")).doesNotContain("notice-unread");
    }

    @Test
    void followersGroupAndSpanishSaysItToo() throws Exception {
        User alice = members.register("alice");
        follows.follow(members.register("bob").getId(), alice.getId());
        follows.follow(members.register("carol").getId(), alice.getId());

        assertThat(page(alice, "/notices?lang=es")).contains("<a href=\"/user/carol\" class=\"user-popup\">carol</a> y 1 persona más te siguen");
    }

    @Test
    void anEmptyPageSaysSoAndAnonymousVisitorsSignInFirst() throws Exception {
        User alice = members.register("alice");
        assertThat(page(alice, "/notices")).contains("No notices yet.");
        mvc.perform(get("/notices")).andExpect(status().is3xxRedirection());
        assertThat(page(alice, "/notices?page=abc")).contains("No notices yet.");
    }

    @Test
    void thePageTakesTheSameStatementsForTwoNoticesAsForAFullPageOfThem() throws Exception {
        User alice = members.register("alice");
        User bob = members.register("bob");
        PostView first = posts.publish(alice.getId(), "first", null);
        posts.like(bob.getId(), first.id());
        posts.publish(bob.getId(), "hi @alice", null);
        page(alice, "/notices"); // read: the next visits mark nothing
        int few = statementsFor(alice, "/notices").size();

        for (int i = 0; i < 30; i++) {
            User fan = members.register("fan" + i);
            PostView post = posts.publish(alice.getId(), "post " + i, null);
            posts.like(fan.getId(), post.id());
            posts.reply(fan.getId(), post.id(), "reply " + i, null);
            follows.follow(fan.getId(), alice.getId());
        }
        page(alice, "/notices");
        List<String> many = statementsFor(alice, "/notices");

        // groups, their newest notices, actors, posts, marking read, the badge; a full page adds one
        // past it (is there another page) and the replies' parents (their authors' names)
        assertThat(few).isEqualTo(6);
        assertThat(many).hasSize(few + 2);
        assertThat(statementsFor(alice, "/notices?page=2")).hasSize(many.size());
    }

    private List<String> statementsFor(User reader, String path) {
        return SqlStatements.recordedWhile(() -> {
            try {
                page(reader, path);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
