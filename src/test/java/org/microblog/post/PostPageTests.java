package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.microblog.user.User;

@RecordApplicationEvents
class PostPageTests extends TimelineWebTests {

    @Autowired
    ApplicationEvents events;

    @Test
    void aNewLikeAndAReplyPublishTheirEventsARepeatedLikeDoesNot() throws Exception {
        User john = members.john();
        User susan = members.susan();
        PostView root = givenPost(john, "notify me", 1);

        mvc.perform(post("/post/" + root.id() + "/like").with(as(susan)).with(csrf()));
        mvc.perform(post("/post/" + root.id() + "/like").with(as(susan)).with(csrf()));
        PostView reply = posts.reply(susan.getId(), root.id(), "hello", null);

        assertThat(events.stream(PostLiked.class)).containsExactly(new PostLiked(root.id(), john.getId(), susan.getId()));
        assertThat(events.stream(PostRepliedTo.class))
                .containsExactly(new PostRepliedTo(reply.id(), root.id(), john.getId(), susan.getId()));
    }

    String page(User reader, String path) throws Exception {
        return mvc.perform(get(path).with(as(reader))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void eachPostsTimeLinksToItsPageWhichShowsTheConversationInOrder() throws Exception {
        User john = members.john();
        User susan = members.susan();
        PostView root = givenPost(john, "the root post", 1);
        clock.set(START.plusSeconds(120));
        PostView first = posts.reply(susan.getId(), root.id(), "first reply", null);
        clock.set(START.plusSeconds(180));
        posts.reply(john.getId(), root.id(), "second reply", null);
        clock.reset();

        assertThat(page(john, "/explore")).contains("href=\"/post/" + root.id() + "\" class=\"post-link\"");
        String html = page(susan, "/post/" + root.id());

        assertThat(html.indexOf("the root post")).isLessThan(html.indexOf("first reply"));
        assertThat(html.indexOf("first reply")).isLessThan(html.indexOf("second reply"));
        assertThat(html).contains("2 replies", "in reply to @john", "action=\"/post/" + root.id() + "/reply\"");
        assertThat(page(susan, "/post/" + first.id())).contains("the root post", "first reply");
    }

    @Test
    void aReplyFollowsThePostRulesAndCountsOnItsParent() throws Exception {
        User john = members.john();
        PostView root = givenPost(john, "root", 1);

        mvc.perform(post("/post/" + root.id() + "/reply").with(as(members.susan())).with(csrf()).param("post", "  hi john  "))
                .andExpect(status().is3xxRedirection()).andExpect(flashed("Your reply is now live!"));
        String html = mvc.perform(post("/post/" + root.id() + "/reply").with(as(john)).with(csrf())
                .param("post", "x".repeat(141))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("This field must be at most 140 characters long.");
        assertThat(jdbc.queryForObject("SELECT reply_count FROM posts WHERE id = ?", Integer.class, root.id())).isOne();
        assertThat(jdbc.queryForObject("SELECT body FROM posts WHERE reply_to_id = ?", String.class, root.id())).isEqualTo("hi john");
        mvc.perform(post("/post/999999/reply").with(as(john)).with(csrf()).param("post", "to nothing"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/post/" + root.id() + "/reply").with(as(john)).param("post", "no csrf"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAuthorEditsTheirPostWhichThenSaysEditedAndOthersCannot() throws Exception {
        User john = members.john();
        User susan = members.susan();
        PostView root = givenPost(john, "tpyo here", 1);

        assertThat(page(john, "/post/" + root.id() + "/edit")).contains("tpyo here");
        mvc.perform(post("/post/" + root.id() + "/edit").with(as(susan)).with(csrf()).param("post", "hacked"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/post/" + root.id() + "/edit").with(as(susan))).andExpect(status().isForbidden());
        String refused = mvc.perform(post("/post/" + root.id() + "/edit").with(as(john)).with(csrf()).param("post", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("This field is required.");
        mvc.perform(post("/post/" + root.id() + "/edit").with(as(john)).with(csrf()).param("post", "typo here"))
                .andExpect(redirectedUrl("/post/" + root.id())).andExpect(flashed("Your post has been changed."));

        assertThat(page(john, "/post/" + root.id())).contains("typo here", "edited 20").doesNotContain("tpyo");
    }

    @Test
    void deletingAsksFirstThenRemovesThePostItsLikesAndCountsAndKeepsTheReplies() throws Exception {
        User john = members.john();
        User susan = members.susan();
        PostView root = givenPost(john, "to be deleted", 1);
        PostView reply = posts.reply(susan.getId(), root.id(), "a reply", null);
        posts.like(susan.getId(), root.id());

        assertThat(page(john, "/post/" + root.id() + "/delete")).contains("Delete this post?", "action=\"/post/" + root.id() + "/delete\"");
        mvc.perform(post("/post/" + root.id() + "/delete").with(as(susan)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/post/" + root.id() + "/delete").with(as(john)).with(csrf()))
                .andExpect(redirectedUrl("/index")).andExpect(flashed("Your post has been deleted."));

        mvc.perform(get("/post/" + root.id()).with(as(john))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM post_likes", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT post_count FROM users WHERE id = ?", Integer.class, john.getId())).isZero();
        assertThat(page(susan, "/post/" + reply.id())).contains("a reply").doesNotContain("in reply to");
        mvc.perform(post("/post/" + root.id() + "/delete").with(as(john)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void likingIsIdempotentAndThePageNamesTheLikers() throws Exception {
        User john = members.john();
        User susan = members.susan();
        PostView root = givenPost(john, "like me", 1);

        mvc.perform(post("/post/" + root.id() + "/like").with(as(susan)).with(csrf())).andExpect(redirectedUrl("/post/" + root.id()));
        mvc.perform(post("/post/" + root.id() + "/like").with(as(susan)).with(csrf())).andExpect(redirectedUrl("/post/" + root.id()));

        String html = page(susan, "/post/" + root.id());
        assertThat(html).contains("1 like", "Liked by", "href=\"/user/susan\"", "/unlike\"");
        mvc.perform(post("/post/" + root.id() + "/unlike").with(as(susan)).with(csrf()));
        mvc.perform(post("/post/" + root.id() + "/unlike").with(as(susan)).with(csrf()));
        assertThat(page(susan, "/post/" + root.id())).contains("No likes", "/like\"").doesNotContain("Liked by");
        mvc.perform(post("/post/999999/like").with(as(susan)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aPostOrReplyNamingMembersPublishesOneMentionPerExistingOtherMember() throws Exception {
        User john = members.john();
        User susan = members.susan();
        PostView post = givenPost(john, "hi @susan and @susan, @nobody, me@john.example and @john", 1);
        PostView reply = posts.reply(susan.getId(), post.id(), "@john thanks", null);

        assertThat(events.stream(MemberMentioned.class)).containsExactly(
                new MemberMentioned(post.id(), susan.getId(), john.getId()),
                new MemberMentioned(reply.id(), john.getId(), susan.getId()));
    }

    @Test
    void timelinesSayWhichPostsTheReaderLikes() throws Exception {
        User john = members.john();
        User susan = members.susan();
        PostView liked = givenPost(john, "liked one", 1);
        PostView other = givenPost(john, "other one", 2);
        posts.like(susan.getId(), liked.id());

        String html = page(susan, "/explore");

        assertThat(html).contains("action=\"/post/" + liked.id() + "/unlike\"", "action=\"/post/" + other.id() + "/like\"");
    }

    @Test
    void aPostBodyIsEscapedOnItsPage() throws Exception {
        PostView root = givenPost(members.john(), "<b>bold</b>", 1);

        assertThat(page(members.susan(), "/post/" + root.id())).contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold");
    }
}
