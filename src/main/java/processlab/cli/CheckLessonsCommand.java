package processlab.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import processlab.lesson.Block;
import processlab.lesson.Lesson;
import processlab.lesson.LessonError;
import processlab.lesson.LessonLoader;

/**
 * {@code check-lessons DIR [--json]}: validates a lesson folder (DESIGN.md section 4).
 *
 * <p>Text mode prints, per lesson, {@code id  title} and then its errors as {@code file:line: message}, all on
 * standard output so each error follows its lesson; a one-line count goes to standard error when there are
 * errors. {@code --json} prints one JSON array instead: per lesson {@code file}, {@code id}, {@code title},
 * {@code question}, {@code summary}, {@code valid}, {@code blocks} (each with {@code kind}, {@code info},
 * {@code line}, {@code body}) and {@code errors} (each with {@code file}, {@code line}, {@code message}).
 * A block that failed validation is left out of {@code blocks}; its error says where it is.
 *
 * <p>Exit codes: 0 all lessons valid, 1 any lesson error (in both modes) or an unreadable folder, 2 usage.
 */
public final class CheckLessonsCommand implements Command {

    static final String USAGE = "usage: check-lessons DIR [--json]";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        String dir = null;
        boolean json = false;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "'; " + USAGE);
            } else if (dir == null) {
                dir = arg;
            } else {
                throw new UsageException("one lesson folder only, got '" + dir + "' and '" + arg + "'; " + USAGE);
            }
        }
        if (dir == null) {
            throw new UsageException("no lesson folder given; " + USAGE);
        }
        Path folder = Path.of(dir);
        if (!Files.isDirectory(folder)) {
            throw new UsageException("not a folder: " + dir);
        }
        List<Lesson> lessons;
        try {
            lessons = LessonLoader.loadFolder(folder);
        } catch (IOException e) {
            err.println("check-lessons: " + e.getMessage());
            return 1;
        }
        if (json) {
            writeJson(lessons, out);
        } else {
            writeText(lessons, out);
        }
        long errors = lessons.stream().mapToLong(l -> l.errors().size()).sum();
        if (errors > 0) {
            long broken = lessons.stream().filter(l -> !l.isValid()).count();
            err.println("check-lessons: " + errors + (errors == 1 ? " error" : " errors") + " in " + broken + " of "
                    + lessons.size() + " lessons");
            return 1;
        }
        return 0;
    }

    private static void writeText(List<Lesson> lessons, PrintStream out) {
        for (Lesson lesson : lessons) {
            out.println(lesson.id() + "  " + lesson.title());
            for (LessonError error : lesson.errors()) {
                out.println(error);
            }
        }
        out.flush();
    }

    private static void writeJson(List<Lesson> lessons, PrintStream out) throws IOException {
        JsonGenerator json = new JsonFactory()
                .createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter();
        json.writeStartArray();
        for (Lesson lesson : lessons) {
            json.writeStartObject();
            json.writeStringField("file", lesson.file().toString());
            json.writeStringField("id", lesson.id());
            json.writeStringField("title", lesson.title());
            json.writeStringField("question", lesson.question());
            json.writeStringField("summary", lesson.summary());
            json.writeBooleanField("valid", lesson.isValid());
            json.writeArrayFieldStart("blocks");
            for (Block block : lesson.blocks()) {
                json.writeStartObject();
                json.writeStringField("kind", block.kind());
                json.writeStringField("info", block.info());
                json.writeNumberField("line", block.line());
                json.writeStringField("body", block.body());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("errors");
            for (LessonError error : lesson.errors()) {
                json.writeStartObject();
                json.writeStringField("file", error.file().toString());
                json.writeNumberField("line", error.line());
                json.writeStringField("message", error.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.flush();
        out.println();
        out.flush();
    }
}
