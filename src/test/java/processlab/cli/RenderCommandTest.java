package processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import processlab.timeline.CorePalette;
import processlab.timeline.SyntheticRecordings;
import processlab.trace.ChromeTrace;
import processlab.worker.JvmCommand;

class RenderCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int render(String... args) throws Exception {
        return new RenderCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void drawsATraceFileAsATimelinePng(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("run.json");
        ChromeTrace.write(SyntheticRecordings.twoChildren(), trace);
        Path png = dir.resolve("run.png");

        assertEquals(0, render(trace.toString(), "--out", png.toString(), "--width", "1000"), err.toString());

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertTrue(image.getHeight() > 200 && image.getHeight() < 600, "height " + image.getHeight());
        assertTrue(out.toString().contains("wrote " + png), out.toString());
        assertTrue(count(image, CorePalette.colorOf(0)) > 500, "core 0 blocks drawn");
        assertTrue(count(image, CorePalette.colorOf(1)) > 100, "core 1 blocks drawn");
    }

    @Test
    void aBrokenFileGetsAClearMessage(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"traceEvents\": [ {\"ph\": ");
        Path png = dir.resolve("bad.png");
        assertEquals(1, render(bad.toString(), "--out", png.toString()));
        assertTrue(err.toString().startsWith("render: " + bad + ": not a readable trace"), err.toString());
        assertFalse(Files.exists(png));
    }

    @Test
    void aMissingFileOrArgumentIsReported(@TempDir Path dir) throws Exception {
        assertEquals(
                1,
                render(
                        dir.resolve("none.json").toString(),
                        "--out",
                        dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
        UsageException usage = assertThrows(UsageException.class, () -> render("trace.json"));
        assertTrue(usage.getMessage().contains("--out"), usage.getMessage());
        assertThrows(UsageException.class, () -> render("a.json", "--out", "b.png", "--width", "ten"));
    }

    @Test
    void jsonThatIsNoTraceAFolderAndAnUnwritableOutputEachExit1WithOneLine(@TempDir Path dir) throws Exception {
        for (String notATrace : new String[] {"{\"a\":1}", "{\"traceEvents\":\"nope\"}"}) {
            Path file = dir.resolve("x.json");
            Files.writeString(file, notATrace);
            err.reset();
            assertEquals(
                    1, render(file.toString(), "--out", dir.resolve("x.png").toString()), notATrace);
            assertTrue(err.toString().contains("expected a \"traceEvents\" list"), err.toString());
            assertFalse(Files.exists(dir.resolve("x.png")), "no empty picture for " + notATrace);
        }
        err.reset();
        assertEquals(1, render(dir.toString(), "--out", dir.resolve("y.png").toString()));
        assertEquals(
                "render: " + dir + ": is a folder, not a trace file",
                err.toString().strip());

        Path trace = dir.resolve("run.json");
        ChromeTrace.write(SyntheticRecordings.twoChildren(), trace);
        err.reset();
        PrintStream systemErr = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            assertEquals(
                    1,
                    render(
                            trace.toString(),
                            "--out",
                            dir.resolve("no/such/folder/z.png").toString()));
        } finally {
            System.setErr(systemErr);
        }
        assertEquals(
                "render: could not write " + dir.resolve("no/such/folder/z.png") + ": its folder does not exist",
                err.toString().strip());
        assertEquals("", stray.toString(StandardCharsets.UTF_8), "no stack trace printed on the side");
    }

    /**
     * 200,000 threads: the picture stays 4,000 pixels high and its last row says how many lanes it has no room
     * for, stderr says so too, and a small heap and a minute are plenty. In a JVM of its own, with 256 MB.
     */
    @Test
    @Timeout(120)
    void aTraceOf200000ThreadsIsDrawnQuicklyInLittleMemoryAndSaysHowManyWereLeftOut(@TempDir Path dir)
            throws Exception {
        Path trace = dir.resolve("many.json");
        writeThreads(trace, 200_000);
        Path png = dir.resolve("many.png");
        List<String> command = new ArrayList<>(List.of(
                JvmCommand.javaExecutable(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                "processlab.Main",
                "render",
                trace.toString(),
                "--out",
                png.toString()));
        Process render = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        boolean ended = render.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            render.destroyForcibly();
        }
        String stdout = Files.readString(dir.resolve("out.txt"));
        String stderr = Files.readString(dir.resolve("err.txt"));
        assertTrue(ended, "render took over a minute; stderr: " + stderr);
        assertEquals(0, render.exitValue(), stdout + stderr);

        Matcher leftOut = Pattern.compile("render: ([0-9,]+) of 200,000 threads not drawn")
                .matcher(stderr);
        assertTrue(leftOut.find(), stderr);
        int notDrawn = Integer.parseInt(leftOut.group(1).replace(",", ""));
        assertTrue(notDrawn > 199_000 && notDrawn < 200_000, stderr);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(RenderCommand.DEFAULT_WIDTH, image.getWidth());
        assertTrue(image.getHeight() <= RenderCommand.MAX_HEIGHT, "height " + image.getHeight());
    }

    /**
     * One process with that many threads, each with one on-CPU slice. No thread is the process's main thread
     * (tid == pid), so every lane's label has to be found among all its siblings.
     */
    private static void writeThreads(Path file, int threads) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"traceEvents\":[\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":1,"
                    + "\"args\":{\"name\":\"many\"}}");
            for (int tid = 2; tid < threads + 2; tid++) {
                out.write(",\n{\"name\":\"cpu\",\"cat\":\"cpu\",\"ph\":\"X\",\"pid\":1,\"tid\":" + tid + ",\"ts\":"
                        + (tid % 1000) + ",\"dur\":50,\"args\":{\"core\":" + (tid % 4) + "}}");
            }
            out.write("]}\n");
        }
    }

    @Test
    void titlesDropFolders() {
        assertEquals("python3 busy.py", RenderCommand.shortTitle("/usr/bin/python3 /tmp/x/busy.py"));
        assertEquals("Python threads", RenderCommand.shortTitle("Python threads"));
    }

    @Test
    void isRegisteredAsACommand() {
        assertTrue(Commands.isCommand("render"));
    }

    private static int count(BufferedImage image, int argb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (argb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
