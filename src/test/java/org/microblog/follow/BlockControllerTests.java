package org.microblog.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

class BlockControllerTests extends WebTests {

    @Autowired
    BlockService blocks;

    @Test
    void blocksAndUnblocksWithCsrfAndRefusesWithoutIt() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(post("/block/susan").with(as(john))).andExpect(status().isForbidden());
        assertThat(blocks.blocks(john.getId(), susan.getId())).isFalse();

        mvc.perform(post("/block/susan").with(as(john)).with(csrf())).andExpect(redirectedUrl("/user/susan"));
        assertThat(blocks.blocks(john.getId(), susan.getId())).isTrue();

        mvc.perform(post("/unblock/susan").with(as(john)).with(csrf())).andExpect(redirectedUrl("/user/susan"));
        assertThat(blocks.blocks(john.getId(), susan.getId())).isFalse();

        mvc.perform(post("/block/nobody").with(as(john)).with(csrf())).andExpect(redirectedUrl("/index"));
        mvc.perform(post("/block/john").with(as(john)).with(csrf())).andExpect(redirectedUrl("/user/john"));
    }
}
