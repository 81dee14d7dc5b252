package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.search.SearchService;
import org.microblog.user.User;
import org.microblog.web.CurrentMembers;
import org.microblog.web.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=&type=posts|users}: what the search page finds, in the collection envelope. */
@RestController
@Tag(name = "Search", description = "Beyond the original: posts ranked by relevance then recency, or members")
class SearchApiController {

    private final SearchService search;
    private final Representations json;
    private final CurrentMembers currentMembers;

    SearchApiController(SearchService search, Representations json, CurrentMembers currentMembers) {
        this.search = search;
        this.json = json;
        this.currentMembers = currentMembers;
    }

    @Operation(summary = "Search posts (type=posts, the default) or members (type=users)")
    @GetMapping("/api/search")
    CollectionResponse<?> search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage) {
        Paging paging = Paging.of(page, perPage);
        String typed = q == null ? "" : q;
        String path = "/api/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&type=";
        if ("users".equals(type)) {
            long me = currentMembers.require().id();
            List<User> found = search.members(typed, (long) (paging.page() - 1) * paging.perPage(), paging.perPage() + 1);
            var slice = new PageOf<>(found.subList(0, Math.min(paging.perPage(), found.size())), paging.page(),
                    found.size() > paging.perPage());
            return paging.sliced(slice, (User user) -> json.user(user, me), path + "users");
        }
        if (type != null && !"posts".equals(type)) {
            throw ApiException.badRequest("type must be posts or users");
        }
        SearchService.Found found = search.posts(currentMembers.require().id(), typed, paging.page(), paging.perPage());
        return paging.sliced(new PageOf<>(found.posts(), paging.page(), found.hasNext()), json::post, path + "posts");
    }
}
