package org.microblog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.microblog.config.DatabaseUrl;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search in the database itself: SQLite's FTS5, PostgreSQL's full-text search, MariaDB's
 * FULLTEXT index (change set 0013, kept by triggers in each post's transaction), so every
 * instance on one database finds the same, right after a post is written. Posts come ranked by
 * relevance, then newest first; each engine gets the query rebuilt from {@link SearchQuery}'s
 * parts, never the typed text, so no input is engine syntax.
 */
@Service
public class SearchService {

    /** How many members a search shows above the posts. */
    public static final int MEMBERS = 5;

    /**
     * How many of a query's newest matches are ranked (more when the page asked for lies deeper):
     * ranking every match of a common word costs as many rows as the word has posts (60,000 for
     * "garden" at dataset M, 100 ms on SQLite), ranking the newest matches costs the same at any size.
     */
    static final int RANKED = 1_000;

    /** PostgreSQL's stemming configurations of the languages posts are written in; a query is tried in each. */
    private static final List<String> CONFIGURATIONS = List.of("english", "spanish", "french", "german", "italian",
            "portuguese", "simple");

    private final JdbcTemplate jdbc;
    private final DatabaseUrl.Kind kind;
    private final PostService posts;
    private final UserService users;

    SearchService(JdbcTemplate jdbc, DatabaseUrl database, PostService posts, UserService users) {
        this.jdbc = jdbc;
        this.kind = database.kind();
        this.posts = posts;
        this.users = users;
    }

    /** What the query finds, read as {@link PostService#NOBODY} (no block applies): the command line, checks. */
    @Transactional(readOnly = true)
    public Found posts(String typed, int page, int size) {
        return posts(PostService.NOBODY, typed, page, size);
    }

    /**
     * What the query finds for the reader: one page (1-based) of {@code size} posts, and whether
     * more follow; never a post of a member who blocks the reader or whom the reader blocks
     * (two anti-joins on the blocks table in the same statement).
     */
    @Transactional(readOnly = true)
    public Found posts(long viewerId, String typed, int page, int size) {
        SearchQuery query = SearchQuery.parse(typed);
        if (query.isEmpty()) {
            return new Found(query.text(), List.of(), query.allWords(), false);
        }
        List<Object> arguments = new ArrayList<>();
        long offset = (long) (page - 1) * size;
        long window = Math.max(RANKED, offset + size + 1);
        String sql = switch (kind) {
            case SQLITE -> sqlite(query, arguments, window, viewerId);
            case POSTGRESQL -> postgresql(query, arguments, window, viewerId);
            case MARIADB -> mariadb(query, arguments, viewerId);
        };
        arguments.add(size + 1);
        arguments.add(offset);
        List<Long> ids = jdbc.queryForList(sql, Long.class, arguments.toArray());
        List<PostView> found = posts.views(ids.subList(0, Math.min(size, ids.size())));
        return new Found(query.text(), found, query.allWords(), ids.size() > size);
    }

    /** The first {@value #MEMBERS} members the query matches (see {@link #members(String, long, int)}). */
    @Transactional(readOnly = true)
    public List<User> members(String typed) {
        return members(typed, 0, MEMBERS);
    }

    /**
     * Members whose username starts with, or whose about me contains, one of the query's first
     * three words, the most followed first: {@code limit} of them after the first {@code offset}.
     */
    @Transactional(readOnly = true)
    public List<User> members(String typed, long offset, int limit) {
        SearchQuery query = SearchQuery.parse(typed);
        List<String> words = query.allWords().stream().distinct().limit(3).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        String where = words.stream().map(word -> {
            arguments.add(word + "%");
            arguments.add("%" + word + "%");
            return "username_lower LIKE ? OR LOWER(about_me) LIKE ?";
        }).collect(Collectors.joining(" OR "));
        arguments.add(limit);
        arguments.add(offset);
        List<Long> ids = jdbc.queryForList("SELECT id FROM users WHERE " + where
                + " ORDER BY follower_count DESC, id LIMIT ? OFFSET ?", Long.class, arguments.toArray());
        return users.findAll(ids);
    }

    /** A page of posts found, with the words to mark in them. */
    public record Found(String query, List<PostView> posts, List<String> words, boolean hasNext) {
    }

    private static String sqlite(SearchQuery query, List<Object> arguments, long window, long viewerId) {
        List<String> required = new ArrayList<>();
        query.words().forEach(word -> required.add(quoted(word)));
        query.phrases().forEach(phrase -> required.add(quoted(phrase)));
        query.tags().forEach(tag -> required.add(quoted(tag)));
        StringBuilder match = new StringBuilder(String.join(" AND ", required));
        query.excluded().forEach(word -> match.append(" NOT ").append(quoted(word)));
        arguments.add(match.toString());
        arguments.add(window);
        // FTS5 walks a match's rows newest id first and computes the rank (BM25) only of those it returns.
        return "SELECT p.id FROM (SELECT rowid AS id, rank FROM post_search WHERE post_search MATCH ?"
                + " ORDER BY rowid DESC LIMIT ?) m JOIN posts p ON p.id = m.id WHERE 1 = 1" + tags(query, arguments)
                + visible(viewerId, arguments)
                + " ORDER BY m.rank, p.timestamp DESC, p.id DESC LIMIT ? OFFSET ?";
    }

    private static String postgresql(SearchQuery query, List<Object> arguments, long window, long viewerId) {
        List<String> parts = new ArrayList<>(query.words());
        query.phrases().forEach(phrase -> parts.add('"' + phrase + '"'));
        parts.addAll(query.tags());
        query.excluded().forEach(word -> parts.add("-" + word));
        String websearch = String.join(" ", parts);
        // Written into the statement, not bound: the planner then sees how common the words are and,
        // for a common one, walks the newest posts backwards and stops at the window instead of
        // reading every match. Safe: the parts are letters, digits, spaces, '"' and '-' only.
        if (!websearch.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '"' || c == '-'
                || Character.getType(c) == Character.NON_SPACING_MARK)) {
            throw new IllegalStateException("a search query part that is not a word: " + websearch);
        }
        String tsquery = "(" + CONFIGURATIONS.stream()
                .map(configuration -> "websearch_to_tsquery('" + configuration + "', '" + websearch + "')")
                .collect(Collectors.joining(" || ")) + ")";
        arguments.add(window);
        String where = tags(query, arguments) + visible(viewerId, arguments);
        return "SELECT p.id FROM (SELECT s.post_id, s.document FROM post_search s WHERE s.document @@ " + tsquery
                + " ORDER BY s.post_id DESC LIMIT ?) m JOIN posts p ON p.id = m.post_id WHERE TRUE" + where
                + " ORDER BY ts_rank(m.document, " + tsquery + ") DESC, p.timestamp DESC, p.id DESC LIMIT ? OFFSET ?";
    }

    private static String mariadb(SearchQuery query, List<Object> arguments, long viewerId) {
        List<String> parts = new ArrayList<>();
        // no stemming in InnoDB's FULLTEXT: a word also finds the longer words it begins ("run" finds "running")
        query.words().forEach(word -> parts.add("+" + word + "*"));
        query.phrases().forEach(phrase -> parts.add("+\"" + phrase + '"'));
        query.tags().forEach(tag -> parts.add("+" + tag));
        query.excluded().forEach(word -> parts.add("-" + word));
        String against = String.join(" ", parts);
        arguments.add(against);
        String where = tags(query, arguments) + visible(viewerId, arguments);
        arguments.add(against);
        return "SELECT p.id FROM post_search s JOIN posts p ON p.id = s.post_id"
                + " WHERE MATCH (s.body) AGAINST (? IN BOOLEAN MODE)" + where
                + " ORDER BY MATCH (s.body) AGAINST (? IN BOOLEAN MODE) DESC, p.timestamp DESC, p.id DESC LIMIT ? OFFSET ?";
    }

    /** No post of a member who blocks the reader, nor of one the reader blocks (as post.PostRepository#VISIBLE). */
    private static String visible(long viewerId, List<Object> arguments) {
        arguments.add(viewerId);
        arguments.add(viewerId);
        return " AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = p.user_id AND b.blocked_id = ?)"
                + " AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = ? AND b.blocked_id = p.user_id)";
    }

    /** A hashtag is the word with its {@code #} in front; the engines drop the sign, so the post's text is checked. */
    private static String tags(SearchQuery query, List<Object> arguments) {
        StringBuilder where = new StringBuilder();
        query.tags().forEach(tag -> {
            arguments.add("%#" + tag + "%");
            where.append(" AND LOWER(p.body) LIKE ?");
        });
        return where.toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
