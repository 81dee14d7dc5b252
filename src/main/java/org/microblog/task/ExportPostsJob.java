package org.microblog.task;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.microblog.mail.Email;
import org.microblog.mail.Mailer;
import org.microblog.post.PostService;
import org.microblog.post.PostService.ExportedPost;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Export your posts": every post of the member, oldest first, as the original's JSON
 * ({@code {"posts": [{"body": …, "timestamp": "2024-01-01T10:15:00.123456Z"}]}}), read page by page
 * and written gzipped into {@code task_files} (the owner downloads it for 24 hours), then emailed as
 * {@code posts.json} in the member's language. Progress goes to the member as it is made, at most
 * every {@value #PROGRESS_EVERY_MS} ms. Run again (a retry, or after a crash), it writes the file
 * again if it is missing and sends the email only if it has not gone out.
 */
@Component
public class ExportPostsJob implements JobRequestHandler<ExportPostsJob.Request> {

    /** Tries after the first when the mail server refuses the email; then the task is failed. */
    static final int RETRIES = 3;
    static final String NAME = "export_posts";
    static final int PAGE = 1_000;
    static final long PROGRESS_EVERY_MS = 250;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** The job as JobRunr stores it: which task. */
    public record Request(String taskId, long userId) implements JobRequest {
        @Override
        public Class<ExportPostsJob> getJobRequestHandler() {
            return ExportPostsJob.class;
        }
    }

    private final TaskService tasks;
    private final TaskFiles files;
    private final PostService posts;
    private final UserService users;
    private final Mailer mailer;
    private final MessageSource texts;
    private final TemplateEngine templates;
    private final JsonMapper json;

    ExportPostsJob(TaskService tasks, TaskFiles files, PostService posts, UserService users, Mailer mailer,
            MessageSource texts, TemplateEngine templates, JsonMapper json) {
        this.tasks = tasks;
        this.files = files;
        this.posts = posts;
        this.users = users;
        this.mailer = mailer;
        this.texts = texts;
        this.templates = templates;
        this.json = json;
    }

    @Override
    @Job(name = "Export posts of member %1", retries = RETRIES)
    public void run(Request request) throws IOException {
        TaskView task = tasks.find(request.taskId()).orElse(null);
        if (task == null || task.complete()) {
            return;
        }
        User member = users.getById(request.userId());
        if (!files.exists(task.id())) {
            files.store(task.id(), export(task.id(), member));
        }
        tasks.progress(task.id(), 99);
        if (!tasks.isEmailed(task.id())) {
            mailer.send(email(task.id(), member, files.read(task.id())));
            tasks.markEmailed(task.id());
        }
        tasks.complete(task.id());
    }

    /** The gzipped JSON of every post of the member, telling progress as it goes. */
    private byte[] export(String taskId, User member) throws IOException {
        long total = Math.max(1, member.getPostCount());
        long written = 0;
        long toldAt = System.nanoTime();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes, 1 << 16);
             JsonGenerator out = json.createGenerator(gzip)) {
            out.writeStartObject();
            out.writeName("posts");
            out.writeStartArray();
            ExportedPost last = null;
            while (true) {
                List<ExportedPost> page = posts.exportedAfter(member.getId(), last, PAGE);
                for (ExportedPost post : page) {
                    out.writeStartObject();
                    out.writeStringProperty("body", post.body());
                    out.writeStringProperty("timestamp", isoformat(post.timestamp()));
                    out.writeEndObject();
                }
                written += page.size();
                if (page.size() < PAGE) {
                    break;
                }
                last = page.get(page.size() - 1);
                if (System.nanoTime() - toldAt > PROGRESS_EVERY_MS * 1_000_000) {
                    tasks.progress(taskId, (int) Math.min(98, written * 100 / total));
                    toldAt = System.nanoTime();
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /** Python's {@code isoformat()} of the naive UTC time, with the original's {@code Z}. */
    static String isoformat(Instant timestamp) {
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        int micros = time.getNano() / 1_000;
        return time.format(SECONDS) + (micros == 0 ? "" : String.format(Locale.ROOT, ".%06d", micros)) + "Z";
    }

    private Email email(String taskId, User member, byte[] gzipped) {
        String tag = tasks.localeOf(taskId);
        Texts words = new Texts(texts, tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag));
        ExportPostsEmail model = new ExportPostsEmail(member.getUsername(), words);
        return new Email(member.getEmail(), words.plain("task.export.email.subject"),
                render("email/exportPostsText.jte", model), render("email/exportPosts.jte", model),
                List.of(new Email.Attachment("posts.json", "application/json", gunzip(gzipped))));
    }

    private String render(String template, ExportPostsEmail model) {
        StringOutput output = new StringOutput();
        templates.render(template, model, output);
        return output.toString();
    }

    static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
