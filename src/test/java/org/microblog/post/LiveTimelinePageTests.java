package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.message.MessageService;
import org.microblog.user.User;
import org.microblog.web.Cursor;
import org.springframework.beans.factory.annotation.Autowired;

/** The live timeline's and live conversation's pages: where they start, and the fragments they fetch. */
class LiveTimelinePageTests extends TimelineWebTests {

    @Autowired
    MessageService messages;

    private String page(String path, User reader) throws Exception {
        return mvc.perform(get(path).with(as(reader))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void homeStartsAfterItsNewestPostAndTheFragmentGivesTheFollowedPostsAfterIt() throws Exception {
        User alice = members.register("alice");
        User bob = members.register("bob");
        givenFollows(alice, bob);
        PostView first = givenPost(bob, "first", 1);
        String token = new Cursor(first.timestamp(), first.id()).token();

        String home = page("/index", alice);
        assertThat(home).contains("id=\"new-posts\"", "data-after=\"" + token + "\"", "data-one=\"1 new post\"",
                "data-many=\"{count} new posts\"", "src=\"/js/timeline.js\"");
        assertThat(page("/explore", alice)).doesNotContain("id=\"new-posts\"");
        assertThat(page("/index?page=2", alice)).doesNotContain("id=\"new-posts\"");

        PostView second = givenPost(bob, "second <b>bold</b>", 2);
        givenPost(members.register("carol"), "not followed", 3);
        String fragment = page("/index/new?after=" + token, alice);
        assertThat(postsOn(fragment)).isEqualTo(1);
        assertThat(fragment).contains("second &lt;b&gt;bold&lt;/b&gt;",
                "data-after=\"" + new Cursor(second.timestamp(), second.id()).token() + "\"")
                .doesNotContain("not followed", "<html", "data-more");
        assertThat(postsOn(page("/index/new?after=" + new Cursor(second.timestamp(), second.id()).token(), alice)))
                .isZero();
        assertThat(page("/index", members.register("dave"))).contains("data-after=\"0_0\"");
    }

    @Test
    void aCursorThatIsNotOneIsABadRequest() throws Exception {
        User alice = members.register("alice");
        mvc.perform(get("/index/new?after=yesterday").with(as(alice))).andExpect(status().isBadRequest());
        mvc.perform(get("/index/new").with(as(alice))).andExpect(status().isBadRequest());
        mvc.perform(get("/messages/alice/new?after=x").with(as(alice))).andExpect(status().isBadRequest());
    }

    @Test
    void anOpenConversationFetchesTheMessagesAfterItsNewest() throws Exception {
        User alice = members.register("alice");
        User bob = members.register("bob");
        var hello = messages.send(bob.getId(), alice.getId(), "hello");
        // as stored: the databases keep microseconds at most
        String token = new Cursor(hello.timestamp().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), hello.id()).token();

        assertThat(page("/messages/bob", alice)).contains("id=\"conversation-live\"", "data-after=\"" + token + "\"",
                "data-path=\"/messages/bob/new\"", "src=\"/js/conversation.js\"");

        messages.send(bob.getId(), alice.getId(), "are you <there>?");
        messages.send(members.register("carol").getId(), alice.getId(), "someone else");
        String fragment = page("/messages/bob/new?after=" + token, alice);
        assertThat(fragment).contains("are you &lt;there&gt;?").doesNotContain("hello", "someone else", "<html");
    }
}
