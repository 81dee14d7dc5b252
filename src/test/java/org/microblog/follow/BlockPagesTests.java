package org.microblog.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** What a block changes on the pages: bob blocks alice; each sees the other's posts nowhere, and alice cannot reach bob. */
class BlockPagesTests extends WebTests {

    @Autowired
    BlockService blocks;

    @Autowired
    PostService posts;

    User alice;
    User bob;
    PostView bobs;
    PostView alices;

    @BeforeEach
    void bobBlocksAlice() {
        alice = members.register("alice");
        bob = members.register("bob");
        bobs = posts.publish(bob.getId(), "bob's secret garden", "en");
        alices = posts.publish(alice.getId(), "alice's open garden", "en");
        blocks.block(bob.getId(), alice.getId());
    }

    private String page(String path, User reader) throws Exception {
        return mvc.perform(get(path).with(as(reader))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theBlockedMemberSeesTheBlockersProfileSayingSoWithoutPostsFollowOrMessage() throws Exception {
        String html = page("/user/bob", alice);

        assertThat(html).contains("You cannot see this member's posts.").doesNotContain("secret garden")
                .doesNotContain("/follow/bob").doesNotContain("/send_message/bob").contains("action=\"/block/bob\"");
        assertThat(page("/user/alice", bob)).contains("You block alice").doesNotContain("open garden")
                .contains("action=\"/unblock/alice\"").doesNotContain("/follow/alice");
        assertThat(page("/user/bob/popup", alice)).doesNotContain("/follow/bob").contains("/block/bob");
        assertThat(page("/user/alice", members.register("carol"))).contains("open garden", "/block/alice");
    }

    @Test
    void neitherSeesTheOthersPostsOnHomeExploreSearchOrThePostPage() throws Exception {
        assertThat(page("/explore", alice)).doesNotContain("secret garden").contains("open garden");
        assertThat(page("/explore", bob)).doesNotContain("open garden").contains("secret garden");
        assertThat(page("/index", alice)).doesNotContain("secret garden");
        assertThat(page("/search?q=garden", alice)).doesNotContain("secret").contains("alice&#39;s open");
        assertThat(page("/search?q=garden", bob)).doesNotContain("alice&#39;s open").contains("secret");

        mvc.perform(get("/post/" + bobs.id()).with(as(alice))).andExpect(status().isNotFound());
        mvc.perform(get("/post/" + alices.id()).with(as(bob))).andExpect(status().isNotFound());
        assertThat(page("/post/" + bobs.id(), members.register("carol"))).contains("secret garden");
    }

    @Test
    void aThreadLeavesOutTheRepliesOfTheOtherSide() throws Exception {
        User carol = members.register("carol");
        PostView carols = posts.publish(carol.getId(), "carol asks", null);
        posts.reply(bob.getId(), carols.id(), "bob answers", null);
        posts.reply(alice.getId(), carols.id(), "alice answers", null);

        assertThat(page("/post/" + carols.id(), alice)).contains("alice answers").doesNotContain("bob answers");
        assertThat(page("/post/" + carols.id(), bob)).contains("bob answers").doesNotContain("alice answers");
        assertThat(page("/post/" + carols.id(), carol)).contains("bob answers", "alice answers");
    }

    @Test
    void theBlockedMemberCannotReplyOrMessageAndIsToldSo() throws Exception {
        mvc.perform(post("/post/" + bobs.id() + "/reply").param("post", "let me in").with(as(alice)).with(csrf()))
                .andExpect(redirectedUrl("/index")).andExpect(flashed("You cannot reply to this member's posts."));
        assertThat(posts.find(bobs.id()).orElseThrow().replyCount()).isZero();

        mvc.perform(get("/send_message/bob").with(as(alice))).andExpect(redirectedUrl("/user/bob"))
                .andExpect(flashed("You cannot send a private message to this member."));
        mvc.perform(post("/send_message/bob").param("message", "hello").with(as(alice)).with(csrf()))
                .andExpect(redirectedUrl("/user/bob"))
                .andExpect(flashed("You cannot send a private message to this member."));
        assertThat(page("/messages/bob", alice)).contains("You cannot send a private message to this member.")
                .doesNotContain("action=\"/messages/bob\"");
        mvc.perform(post("/messages/bob").param("message", "hello").with(as(alice)).with(csrf()))
                .andExpect(flashed("You cannot send a private message to this member."));
        mvc.perform(post("/send_message/alice").param("message", "hello").with(as(bob)).with(csrf()))
                .andExpect(flashed("You cannot send a private message to this member."));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM messages", Integer.class)).isZero();
        mvc.perform(post("/follow/bob").with(as(alice)).with(csrf())).andExpect(flashed("You cannot follow this member."));
    }

    @Test
    void theBlockedListInSettingsUnblocksAndComesBack() throws Exception {
        User carol = members.register("carol");
        blocks.block(bob.getId(), carol.getId());

        assertThat(page("/edit_profile", bob)).contains("href=\"/edit_profile/blocked\"");
        String list = page("/edit_profile/blocked", bob);
        assertThat(list).contains(">alice</a>", ">carol</a>", "action=\"/unblock/alice\"", "name=\"from\" value=\"list\"");
        assertThat(page("/edit_profile/blocked", alice)).contains("You do not block anyone.");

        mvc.perform(post("/unblock/alice").param("from", "list").with(as(bob)).with(csrf()))
                .andExpect(redirectedUrl("/edit_profile/blocked")).andExpect(flashed("You unblocked alice."));
        assertThat(blocks.blocks(bob.getId(), alice.getId())).isFalse();
        assertThat(page("/edit_profile/blocked", bob)).doesNotContain(">alice</a>").contains(">carol</a>");
        assertThat(page("/explore", alice)).contains("secret garden");
    }

    @Test
    void theBlockedListIsPaginated() throws Exception {
        for (int i = 0; i < 26; i++) {
            blocks.block(bob.getId(), members.register("m" + i).getId());
        }
        assertThat(page("/edit_profile/blocked", bob)).contains("?page=2").doesNotContain(">m25</a>");
        assertThat(page("/edit_profile/blocked?page=2", bob)).contains(">m25</a>").doesNotContain(">m0</a>");
    }
}
