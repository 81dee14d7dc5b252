package org.microblog.cli;

import java.util.List;

/** The snippets every shell starts with, and the banner that lists what they define. */
final class ShellStartup {

    /** Variable, type, what it is: the services a feature offers, plus the escape hatches. */
    private static final List<String[]> VARIABLES = List.of(
            new String[] {"users", "org.microblog.user.UserService", "members: findByUsername, register, setPassword, …"},
            new String[] {"posts", "org.microblog.post.PostService", "posts and timelines: publish, explore, homeTimeline, …"},
            new String[] {"follows", "org.microblog.follow.FollowService", "follow, unfollow, followers, following, …"},
            new String[] {"messages", "org.microblog.message.MessageService", "private messages: send, received, unreadCount, …"},
            new String[] {"notifications", "org.microblog.notification.NotificationService", "add, newerThan"},
            new String[] {"jdbc", "org.springframework.jdbc.core.JdbcTemplate", "the database, for queries in code"},
            new String[] {"ctx", "org.springframework.context.ApplicationContext", "the application: ctx.getBean(…) for any bean"});

    private static final List<String> IMPORTS = List.of("java.util.*", "java.time.*", "org.microblog.user.*",
            "org.microblog.post.*", "org.microblog.follow.*", "org.microblog.message.*", "org.microblog.notification.*");

    private ShellStartup() {
    }

    static List<String> snippets() {
        var snippets = new java.util.ArrayList<String>();
        IMPORTS.forEach(imported -> snippets.add("import " + imported + ";"));
        for (String[] variable : VARIABLES) {
            String value = variable[0].equals("ctx") ? "org.microblog.cli.ShellContext.context()"
                    : "org.microblog.cli.ShellContext.bean(" + variable[1] + ".class)";
            snippets.add(variable[1] + " " + variable[0] + " = " + value + ";");
        }
        snippets.add("void sql(String statement, Object... parameters) { "
                + "org.microblog.cli.ShellContext.sql(statement, parameters); }");
        return snippets;
    }

    static String banner() {
        StringBuilder banner = new StringBuilder("Microblog shell: the application is running; these are ready:\n");
        for (String[] variable : VARIABLES) {
            banner.append(String.format("  %-14s %s%n", variable[0], variable[2]));
        }
        banner.append(String.format("  %-14s %s%n", "sql(\"…\", args)", "run SQL and print the rows, e.g. sql(\"select count(*) from posts\")"));
        banner.append("Type Java; /help for the shell's commands, /exit to leave.\n");
        return banner.toString();
    }
}
