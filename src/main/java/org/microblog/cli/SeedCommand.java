package org.microblog.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.microblog.config.DatabaseUrl;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seed}: demo or benchmark data in the database of DATABASE_URL. */
@Command(name = "seed", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fill the database with members user1…userN (one password, printed at the end), their posts, "
                + "follows and private messages, spread over the 180 days before now with Zipf-like popularity "
                + "and activity. The same --seed gives the same data.",
                "Presets (members/posts/follows per member/messages): S = 1k/20k/20/2k, M = 10k/500k/100/20k, "
                        + "L = 100k/5M/100/200k."})
class SeedCommand implements Callable<Integer> {

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--preset", paramLabel = "S|M|L", description = "a ready-made size (default S); the options below override it")
    private SeedPlan.Preset preset = SeedPlan.Preset.S;

    @Option(names = "--users", paramLabel = "N", description = "members")
    private @Nullable Integer users;

    @Option(names = "--posts", paramLabel = "N", description = "posts in all")
    private @Nullable Long posts;

    @Option(names = "--follows", paramLabel = "N", description = "members each member follows, on average")
    private @Nullable Integer follows;

    @Option(names = "--messages", paramLabel = "N", description = "private messages in all")
    private @Nullable Long messages;

    @Option(names = "--seed", paramLabel = "N", description = "the random seed (default ${DEFAULT-VALUE})", defaultValue = "1")
    private long seed;

    @Option(names = "--until", paramLabel = "INSTANT",
            description = "when the data ends, e.g. 2026-01-01T00:00:00Z (default now); with --seed it fixes every row")
    private @Nullable Instant until;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "every member's password (default: made from the seed)")
    private @Nullable String password;

    @Option(names = "--append", description = "add to a database that already has members (new names follow the highest userN)")
    private boolean append;

    SeedCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        // Checked before the application starts, so a mistyped size fails at once.
        SeedPlan plan = plan(Clock.systemUTC());
        try (ConfigurableApplicationContext context = ApplicationContexts.start(environment)) {
            PrintWriter out = spec.commandLine().getOut();
            SeedProgress progress = Terminals.interactive() ? SeedProgress.bars() : SeedProgress.lines(out);
            long started = System.nanoTime();
            // One hash for every member: bcrypt is slow on purpose, which a bulk load cannot afford per row.
            String hash = context.getBean(PasswordEncoder.class).encode(plan.password());
            Seeder.Result result = new Seeder(context.getBean(DataSource.class), context.getBean(DatabaseUrl.class).kind(),
                    progress).seed(plan, hash);
            out.printf("Seeded %,d members (user%d to user%d), %,d posts, %,d follows and %,d messages in %.1f s.%n",
                    result.users(), result.firstNumber(), result.firstNumber() + result.users() - 1, result.posts(),
                    result.follows(), result.messages(), (System.nanoTime() - started) / 1e9);
            out.println("Every member's password: " + plan.password());
        }
        return 0;
    }

    SeedPlan plan(Clock clock) {
        return new SeedPlan(users != null ? users : preset.users, posts != null ? posts : preset.posts,
                follows != null ? follows : preset.follows, messages != null ? messages : preset.messages, seed,
                until != null ? until : clock.instant(), password != null ? password : passwordFor(seed), append);
    }

    /** A readable password that the seed determines, so re-seeding keeps it. */
    static String passwordFor(long seed) {
        String letters = "abcdefghjkmnpqrstuvwxyz23456789";
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(i > 0 && i % 4 == 0 ? "-" : "").append(letters.charAt(random.nextInt(letters.length())));
        }
        return password.toString();
    }
}
