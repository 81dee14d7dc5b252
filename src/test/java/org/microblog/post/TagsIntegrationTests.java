package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;
import org.microblog.web.PageOf;
import org.microblog.web.PagePosition;

/** Hashtags are stored with their posts, follow edits and deletes, and page newest first, in any case. */
class TagsIntegrationTests extends DatabaseTests {

    PostService posts;
    Members members;

    @BeforeEach
    void setUp() {
        posts = bean(PostService.class);
        members = new Members(app);
    }

    List<Long> tagged(String tag) {
        return posts.tagged(tag, PagePosition.first(), 50).items().stream().map(PostView::id).toList();
    }

    List<String> stored(long postId) {
        return app.jdbc().queryForList("SELECT tag FROM post_tags WHERE post_id = ? ORDER BY tag", String.class, postId);
    }

    @Test
    void tagsAreStoredLowerCaseAndFoundInAnyCaseNewestFirst() {
        User john = members.john();
        PostView first = posts.publish(john.getId(), "#Java is fun, #café_2 too; not a#tag nor #123", null);
        PostView second = posts.reply(john.getId(), first.id(), "more #JAVA", null);

        assertThat(stored(first.id())).containsExactly("café_2", "java");
        assertThat(tagged("java")).containsExactly(second.id(), first.id());
        assertThat(tagged("JaVa")).containsExactly(second.id(), first.id());
        assertThat(tagged("CAFÉ_2")).containsExactly(first.id());
        assertThat(tagged("tag")).isEmpty();
        assertThat(tagged("123")).isEmpty();
    }

    @Test
    void editsAndDeletesKeepTheTagsRight() {
        User john = members.john();
        PostView post = posts.publish(john.getId(), "about #cats", null);
        posts.edit(john.getId(), post.id(), "about #dogs and #Dogs");

        assertThat(tagged("cats")).isEmpty();
        assertThat(tagged("dogs")).containsExactly(post.id());
        assertThat(stored(post.id())).containsExactly("dogs");

        posts.delete(john.getId(), post.id());
        assertThat(tagged("dogs")).isEmpty();
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM post_tags", Integer.class)).isZero();
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        User john = members.john();
        for (int i = 0; i < 7; i++) {
            posts.publish(john.getId(), "number " + i + " #paged", null);
        }
        posts.publish(john.getId(), "another #topic", null);
        PageOf<PostView> first = posts.tagged("paged", PagePosition.first(), 3);
        PageOf<PostView> second = posts.tagged("paged", new PagePosition(2, first.next()), 3);
        PageOf<PostView> third = posts.tagged("paged", new PagePosition(3, second.next()), 3);
        PageOf<PostView> numbered = posts.tagged("paged", PagePosition.number(3), 3);

        assertThat(first.hasNext()).isTrue();
        assertThat(third.hasNext()).isFalse();
        assertThat(first.items()).extracting(PostView::body).containsExactly("number 6 #paged", "number 5 #paged", "number 4 #paged");
        assertThat(second.items()).extracting(PostView::body).containsExactly("number 3 #paged", "number 2 #paged", "number 1 #paged");
        assertThat(third.items()).extracting(PostView::body).containsExactly("number 0 #paged");
        assertThat(numbered.items()).extracting(PostView::body).containsExactly("number 0 #paged");
    }
}
