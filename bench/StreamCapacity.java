// Holds many idle notification streams open against a running site and measures what they cost:
// members user1…userN (seeded, one password) sign in, each opens up to 8 streams
// (/notifications/stream, the per-member limit) over plain sockets, one selector thread reads
// and discards their heartbeats; then /index is timed under them, and, given the site's pid,
// its heap after a full collection (jcmd) and its resident memory (/proc) before and after.
// Run by bench/streams, which starts the site; or by hand against one that runs:
//   java bench/StreamCapacity.java --base http://127.0.0.1:8080 --password PW [--streams 10000] [--pid PID]
// Single-file Java program, no dependencies.

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class StreamCapacity {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final int PER_MEMBER = 8;

    static String base = "http://127.0.0.1:8080";
    static String password;
    static int streams = 10_000;
    static long pid = -1;
    static int indexRequests = 200;
    static int holdSeconds = 25;
    static int batch = 250;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--password" -> password = args[++i];
                case "--streams" -> streams = Integer.parseInt(args[++i]);
                case "--pid" -> pid = Long.parseLong(args[++i]);
                case "--index-requests" -> indexRequests = Integer.parseInt(args[++i]);
                case "--hold" -> holdSeconds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: StreamCapacity --password PW [--base URL] [--streams N] [--pid PID] "
                            + "[--index-requests N] [--hold SECONDS]");
                    System.exit(2);
                }
            }
        }
        if (password == null) {
            System.err.println("--password is required (the seeded members' password)");
            System.exit(2);
        }
        URI uri = URI.create(base);
        InetSocketAddress address = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());

        int members = (streams + PER_MEMBER - 1) / PER_MEMBER;
        long started = System.nanoTime();
        List<String> cookies = signIn(members + 1);
        System.out.printf("signed in %d members in %.1f s%n", cookies.size(), (System.nanoTime() - started) / 1e9);
        String pageCookie = cookies.remove(cookies.size() - 1);

        Map<String, Long> heapBefore = heap();
        Map<String, long[]> classesBefore = histogram();
        long rssBefore = rss();
        List<Double> indexIdle = timeIndex(pageCookie, indexRequests);

        Streams open = new Streams(address);
        Thread reader = new Thread(open::run, "stream-reader");
        reader.setDaemon(true);
        reader.start();
        started = System.nanoTime();
        for (int i = 0; i < streams; i++) {
            open.open(cookies.get(i / PER_MEMBER));
            if ((i + 1) % batch == 0 || i == streams - 1) {
                open.awaitAnswers(i + 1, Duration.ofSeconds(60));
            }
        }
        System.out.printf("opened %d streams in %.1f s: %s%n", streams, (System.nanoTime() - started) / 1e9,
                open.statuses);

        // Idle: a heartbeat round goes out meanwhile, and /index is timed while the streams stay open.
        List<Double> indexUnder = timeIndex(pageCookie, indexRequests);
        Thread.sleep(Duration.ofSeconds(holdSeconds).toMillis());
        List<Double> indexAfterBeat = timeIndex(pageCookie, indexRequests);
        Map<String, Long> heapWith = heap();
        Map<String, long[]> classesWith = histogram();
        long rssWith = rss();
        int alive = open.alive();

        System.out.println();
        System.out.printf("streams answered 200: %d of %d, other answers %s, still open after %d s: %d, closed by the site: %d%n",
                open.statuses.getOrDefault(200, 0), streams, otherStatuses(open.statuses), holdSeconds, alive,
                open.closedBySite.get());
        System.out.printf("heartbeat bytes received: %d%n", open.bytes.get());
        printLatency("/index without streams", indexIdle);
        printLatency("/index under the streams", indexUnder);
        printLatency("/index after a heartbeat round", indexAfterBeat);
        if (pid > 0) {
            long before = heapBefore.getOrDefault("used", -1L);
            long with = heapWith.getOrDefault("used", -1L);
            System.out.printf("heap used after full GC: %s before, %s with the streams (max %s)%n", mib(before),
                    mib(with), mib(heapWith.getOrDefault("max", -1L)));
            if (before > 0 && with > 0 && alive > 0) {
                System.out.printf("heap per open stream: %.1f KiB%n", (with - before) / 1024.0 / alive);
            }
            System.out.printf("resident memory: %s before, %s with the streams%n", mib(rssBefore), mib(rssWith));
            printGrowth(classesBefore, classesWith, alive);
        }
        open.closeAll();
        Thread.sleep(2000);
        List<Double> indexAfter = timeIndex(pageCookie, 20);
        printLatency("/index after closing them", indexAfter);
        System.exit(0);
    }

    static String otherStatuses(Map<Integer, Integer> statuses) {
        Map<Integer, Integer> other = new TreeMap<>(statuses);
        other.remove(200);
        return other.isEmpty() ? "none" : other.toString();
    }

    /** One JSESSIONID cookie per member user1…userN, signed in four at a time (bcrypt is slow on purpose). */
    static List<String> signIn(int members) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> sessions = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            String username = "user" + i;
            sessions.add(pool.submit(() -> signInOne(username)));
        }
        List<String> cookies = new ArrayList<>();
        for (Future<String> session : sessions) {
            cookies.add(session.get());
        }
        pool.shutdown();
        return cookies;
    }

    static String signInOne(String username) throws Exception {
        CookieManager jar = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(jar).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String html = client.send(HttpRequest.newBuilder(URI.create(base + "/auth/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on /auth/login");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (signedIn.headers().firstValue("Location").orElse("").contains("/auth/login")) {
            throw new IllegalStateException("cannot sign in as " + username + " (seeded with this password?)");
        }
        for (HttpCookie cookie : jar.getCookieStore().getCookies()) {
            if (cookie.getName().equals("JSESSIONID")) {
                return cookie.getValue();
            }
        }
        throw new IllegalStateException("no session cookie for " + username);
    }

    /** Milliseconds per GET /index, one after another on one connection. */
    static List<Double> timeIndex(String session, int n) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/index")).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + session).build();
        List<Double> millis = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> page = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (page.statusCode() != 200) {
                    failures++;
                }
            } catch (IOException e) {
                failures++;
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        if (failures > 0) {
            System.out.printf("  /index: %d of %d requests failed%n", failures, n);
        }
        Collections.sort(millis);
        return millis;
    }

    static void printLatency(String what, List<Double> sorted) {
        System.out.printf("%s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)%n", what, percentile(sorted, 50),
                percentile(sorted, 99), sorted.get(sorted.size() - 1), sorted.size());
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** Heap used and max in bytes after a full collection ({@code jcmd PID GC.heap_info} after {@code GC.run}). */
    static Map<String, Long> heap() throws Exception {
        Map<String, Long> result = new ConcurrentHashMap<>();
        if (pid <= 0) {
            return result;
        }
        jcmd("GC.run");
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        // G1: " garbage-first heap   total 524288K, used 123456K"; Serial: one line per generation
        // ("def new generation   total 157248K, used 2796K", "tenured generation   total ..., used ...").
        Matcher used = Pattern.compile("(heap|generation)\\s+total (?:reserved )?(\\d+)K, (?:committed \\d+K, )?used (\\d+)K")
                .matcher(info);
        long bytes = 0;
        while (used.find()) {
            bytes += Long.parseLong(used.group(3)) * 1024;
        }
        if (bytes > 0) {
            result.put("used", bytes);
        }
        String flags = jcmd("VM.flags");
        Matcher max = Pattern.compile("MaxHeapSize=(\\d+)").matcher(flags);
        if (max.find()) {
            result.put("max", Long.parseLong(max.group(1)));
        }
        return result;
    }

    /** Class name → {instances, bytes} from {@code jcmd PID GC.class_histogram} (after a full collection). */
    static Map<String, long[]> histogram() throws Exception {
        Map<String, long[]> classes = new java.util.HashMap<>();
        if (pid <= 0) {
            return classes;
        }
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String line : jcmd("GC.class_histogram").split("\\R")) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                classes.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return classes;
    }

    /** The classes whose heap grew most with the streams, per open stream. */
    static void printGrowth(Map<String, long[]> before, Map<String, long[]> with, int streams) {
        if (before.isEmpty() || with.isEmpty() || streams == 0) {
            return;
        }
        record Growth(String name, long instances, long bytes) {
        }
        List<Growth> growth = new ArrayList<>();
        with.forEach((name, counts) -> {
            long[] old = before.getOrDefault(name, new long[2]);
            growth.add(new Growth(name, counts[0] - old[0], counts[1] - old[1]));
        });
        growth.sort((x, y) -> Long.compare(y.bytes(), x.bytes()));
        System.out.println("heap growth per open stream, by class (GC.class_histogram):");
        for (Growth g : growth.subList(0, Math.min(25, growth.size()))) {
            System.out.printf("  %8.0f B  %6.2f objects  %s%n", (double) g.bytes() / streams, (double) g.instances() / streams,
                    g.name());
        }
    }

    static String jcmd(String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    static long rss() throws IOException {
        if (pid <= 0) {
            return -1;
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }

    static String mib(long bytes) {
        return bytes < 0 ? "?" : String.format("%.0f MiB", bytes / 1024.0 / 1024.0);
    }

    /** Plain-socket streams, read by one selector thread that notes each status line and discards the rest. */
    static final class Streams {

        final InetSocketAddress address;
        final Selector selector;
        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final AtomicInteger answered = new AtomicInteger();
        final AtomicInteger closedBySite = new AtomicInteger();
        final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        final List<SocketChannel> channels = Collections.synchronizedList(new ArrayList<>());
        final java.util.Queue<SocketChannel> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
        volatile boolean closing;

        Streams(InetSocketAddress address) throws IOException {
            this.address = address;
            this.selector = Selector.open();
        }

        void open(String session) throws IOException {
            SocketChannel channel = SocketChannel.open(address);
            String request = "GET /notifications/stream HTTP/1.1\r\nHost: " + address.getHostString() + ":" + address.getPort()
                    + "\r\nAccept: text/event-stream\r\nCookie: JSESSIONID=" + session + "\r\n\r\n";
            ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.configureBlocking(false);
            channels.add(channel);
            pending.add(channel);
            selector.wakeup();
        }

        void awaitAnswers(int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (answered.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            if (answered.get() < count) {
                System.out.printf("  only %d of %d streams answered within %s%n", answered.get(), count, timeout);
            }
        }

        int alive() {
            int open = 0;
            synchronized (channels) {
                for (SocketChannel channel : channels) {
                    if (channel.isOpen()) {
                        open++;
                    }
                }
            }
            return open;
        }

        void closeAll() throws IOException {
            closing = true;
            synchronized (channels) {
                for (SocketChannel channel : channels) {
                    channel.close();
                }
            }
        }

        void run() {
            ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
            try {
                while (!closing) {
                    SocketChannel added;
                    while ((added = pending.poll()) != null) {
                        added.register(selector, SelectionKey.OP_READ, new StringBuilder());
                    }
                    selector.select(200);
                    for (SelectionKey key : selector.selectedKeys()) {
                        SocketChannel channel = (SocketChannel) key.channel();
                        buffer.clear();
                        int read;
                        try {
                            read = channel.read(buffer);
                        } catch (IOException reset) {
                            read = -1;
                        }
                        if (read < 0) {
                            if (key.attachment() instanceof StringBuilder) {
                                answered.incrementAndGet();
                                statuses.merge(-1, 1, Integer::sum);
                            }
                            closedBySite.incrementAndGet();
                            key.cancel();
                            channel.close();
                            continue;
                        }
                        bytes.addAndGet(read);
                        if (key.attachment() instanceof StringBuilder head) {
                            head.append(new String(buffer.array(), 0, read, StandardCharsets.US_ASCII));
                            int end = head.indexOf("\r\n");
                            if (end > 0) {
                                String[] statusLine = head.substring(0, end).split(" ");
                                int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -2;
                                statuses.merge(status, 1, Integer::sum);
                                answered.incrementAndGet();
                                key.attach(Boolean.TRUE);
                            }
                        }
                    }
                    selector.selectedKeys().clear();
                }
            } catch (IOException e) {
                if (!closing) {
                    e.printStackTrace();
                }
            }
        }
    }
}
