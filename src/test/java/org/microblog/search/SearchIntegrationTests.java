package org.microblog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;
import org.microblog.user.UserService;

/** Search on every database: the index the triggers keep, the engines' stemming, ranking and paging. */
class SearchIntegrationTests extends DatabaseTests {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    SearchService search;
    PostService posts;
    User john;
    int second;

    @BeforeEach
    void setUp() {
        search = bean(SearchService.class);
        posts = bean(PostService.class);
        john = new Members(app).john();
    }

    private PostView post(String body, @org.jspecify.annotations.Nullable String language) {
        app.clock().set(NOW.plusSeconds(second++));
        return posts.publish(john.getId(), body, language);
    }

    private List<String> found(String query) {
        return search.posts(query, 1, 25).posts().stream().map(PostView::body).toList();
    }

    @Test
    void aPostIsFoundRightAfterItIsWrittenAndWordsFindTheirLongerForms() {
        post("I was running in the park this morning", "en");
        post("Nothing to see here", "en");

        assertThat(found("running")).containsExactly("I was running in the park this morning");
        assertThat(found("run")).containsExactly("I was running in the park this morning");
        assertThat(found("PARK morning")).containsExactly("I was running in the park this morning");
        assertThat(found("park nothing")).isEmpty();
    }

    @Test
    void spanishWordsAreFoundInASpanishPost() {
        post("Me gusta caminar por las montañas con mis amigos", "es");

        assertThat(found("montañas")).hasSize(1);
        assertThat(found("amigos caminar")).hasSize(1);
    }

    @Test
    void aPostsDetectedLanguageStemsItsWordsWhereTheDatabaseStems() {
        PostView spanish = post("Me encantan las montañas y las canciones de mis abuelas", null);

        assertThat(spanish.language()).isEqualTo("es");
        if (bean(org.microblog.config.DatabaseUrl.class).kind() == org.microblog.config.DatabaseUrl.Kind.POSTGRESQL) {
            // Spanish stems (canciones -> cancion, abuelas -> abuel); English ones would keep "canciones".
            String document = app.jdbc().queryForObject("SELECT document::text FROM post_search WHERE post_id = ?",
                    String.class, spanish.id());
            assertThat(document).contains("'cancion'", "'abuel'").doesNotContain("'canciones'");
            assertThat(found("canción abuela")).hasSize(1);
        }
    }

    @Test
    void phrasesExclusionsAndHashtags() {
        post("the quick brown fox jumps", "en");
        post("brown paper and a quick look", "en");
        post("learning #java today", "en");
        post("java without a tag", "en");

        assertThat(found("\"quick brown\"")).containsExactly("the quick brown fox jumps");
        assertThat(found("brown -fox")).containsExactly("brown paper and a quick look");
        assertThat(found("#java")).containsExactly("learning #java today");
        assertThat(found("-fox")).isEmpty();
    }

    @Test
    void theMoreRelevantPostComesFirstThenTheNewer() {
        post("cat cat cat, a post about a cat", "en");
        post("my neighbour has a cat and a dog and a bird and some fish", "en");
        post("another cat", "en");

        List<String> ranked = found("cat");

        assertThat(ranked).hasSize(3);
        assertThat(ranked.get(0)).isEqualTo("cat cat cat, a post about a cat");
    }

    @Test
    void pagesOfResultsKnowWhetherMoreFollow() {
        for (int i = 0; i < 30; i++) {
            post("apple number " + i, "en");
        }

        SearchService.Found first = search.posts("apple", 1, 25);
        SearchService.Found second = search.posts("apple", 2, 25);

        assertThat(first.posts()).hasSize(25);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.posts()).hasSize(5);
        assertThat(second.hasNext()).isFalse();
        assertThat(first.posts()).extracting(PostView::id).doesNotContainAnyElementsOf(
                second.posts().stream().map(PostView::id).toList());
    }

    @Test
    void oddQueriesFindNothingOrWhatTheirWordsFindAndNeverFail() {
        post("a post about SQL and quotes", "en");
        for (String odd : List.of("*", "\"", "'", "OR", "AND", "NOT", "(", ")", "NEAR(", "^", "-", "--", "+", "~", "@",
                "'; DROP TABLE posts; --", "\" OR 1=1 --", "sql*", "a\u0000b", "שלום עולם", "😀", "x".repeat(500),
                "\"unclosed phrase", "title:sql", "\\", "%", "_")) {
            assertThat(search.posts(odd, 1, 25).posts()).as(odd).isNotNull();
            assertThat(search.members(odd)).as(odd).isNotNull();
        }
        assertThat(found("sql*")).hasSize(1);
        assertThat(found("'; DROP TABLE posts; --")).isEmpty();
        assertThat(found("\"unclosed phrase")).isEmpty();
        assertThat(app.jdbc().queryForObject("SELECT COUNT(*) FROM posts", Integer.class)).isEqualTo(1);
    }

    @Test
    void membersMatchByTheBeginningOfTheirNameOrTheirAboutMe() {
        User susan = new Members(app).susan();
        bean(UserService.class).updateProfile(susan.getId(), "susan", "I grow tomatoes");

        assertThat(search.members("joh")).extracting(User::getUsername).containsExactly("john");
        assertThat(search.members("tomatoes")).extracting(User::getUsername).containsExactly("susan");
        assertThat(search.members("nobody")).isEmpty();
    }

    @Test
    void reindexRebuildsTheIndexFromThePosts() {
        post("first indexed post", "en");
        post("second indexed post", "en");

        long indexed = bean(SearchIndex.class).rebuild(done -> { });

        assertThat(indexed).isEqualTo(2);
        assertThat(found("indexed")).hasSize(2);
    }
}
