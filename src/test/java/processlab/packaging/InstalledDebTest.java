package processlab.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb that {@code mvn -Pinstaller -DskipTests package} writes, unpacked into a temporary root with
 * {@code dpkg -x} and started there with no {@code java} on the PATH (only the two tools its launcher script calls)
 * and no JAVA_HOME: its own runtime must carry it.
 * Skipped when no .deb was built (.ci/run builds one before {@code mvn verify}).
 */
class InstalledDebTest {

    private static final Path INSTALLER = Path.of("target", "installer");
    private static final String HEADLESS =
            "-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true";

    /** A picture in a lesson's Markdown, {@code ![alt](../assets/x.png)}: the path. */
    private static final Pattern PICTURE = Pattern.compile("!\\[[^\\]]*\\]\\((\\.\\./assets/[^)\\s]+)\\)");

    @TempDir
    static Path root;

    private static Path app;

    @BeforeAll
    static void installIntoATemporaryRoot() throws Exception {
        Optional<Path> deb = builtDeb();
        assumeTrue(deb.isPresent(), "no .deb in target/installer: build it with mvn -Pinstaller -DskipTests package");
        Ran unpacked = run(List.of("dpkg", "-x", deb.get().toString(), root.toString()), Map.of());
        assertEquals(0, unpacked.exitCode, unpacked.output);
        app = root.resolve("opt/processlab");
        // A machine without Java: every program of /usr/bin and /bin but those of an installed JDK (which Debian links
        // there from /usr/lib/jvm), and Python, which a student installs.
        Path tools = Files.createDirectories(root.resolve("path"));
        for (Path folder : List.of(Path.of("/usr/bin"), Path.of("/bin"))) {
            try (Stream<Path> programs = Files.list(folder)) {
                for (Path program : programs.toList()) {
                    Path link = tools.resolve(program.getFileName().toString());
                    if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !partOfAJdk(program)) {
                        Files.createSymbolicLink(link, program);
                    }
                }
            }
        }
        assertTrue(!Files.exists(tools.resolve("java")), "java stays off the PATH");
        Files.createDirectories(root.resolve("home"));
    }

    @Test
    void checkLessonsRunsOnTheBundledRuntimeAndFindsTheBundledLessons() throws Exception {
        Ran check =
                launch(List.of("check-lessons", app.resolve("lib/app/lessons").toString()), "");
        assertEquals(0, check.exitCode, check.output);
        assertTrue(check.output.contains("01-what-is-multiprocessing"), check.output);
    }

    @Test
    void everyPictureTheBundledLessonsShowIsBundled() throws IOException {
        Path lessons = app.resolve("lib/app/lessons");
        try (Stream<Path> files = Files.list(lessons)) {
            for (Path lesson : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Matcher picture = PICTURE.matcher(Files.readString(lesson));
                while (picture.find()) {
                    assertTrue(
                            Files.isRegularFile(lessons.resolve(picture.group(1))),
                            lesson.getFileName() + " shows " + picture.group(1) + ", which the package lacks");
                }
            }
        }
    }

    /**
     * What postinst does on install (lib/app/make-archive: the start-up archive made where the jar lies), then the
     * first lesson painted headless with the bundled lessons and the archive required ({@code -XX:AOTMode=on} for
     * JDK 25's AOT cache, {@code -Xshare:on} for JDK 17's class-data archive), which fails unless it is used.
     */
    @Test
    void theFirstLessonPaintsWithTheStartUpArchiveMadeOnInstall() throws Exception {
        assertTrue(controlFile("postinst").contains("/opt/processlab/lib/app/make-archive"), "postinst makes it");
        Ran made = run(List.of(app.resolve("lib/app/make-archive").toString()), cleanEnvironment(""));
        assertEquals(0, made.exitCode, made.output);
        Path aot = app.resolve("lib/app/processlab.aot");
        Path jsa = app.resolve("lib/app/processlab.jsa");
        assertTrue(Files.isRegularFile(aot) || Files.isRegularFile(jsa), "an archive was written");
        Path archive = Files.isRegularFile(aot) ? aot : jsa;
        assertTrue(Files.size(archive) > 1_000_000, archive + " is too small to hold the start-up's classes");

        String required = archive.equals(aot) ? "-XX:AOTMode=on" : "-Xshare:on";
        Ran start = launch(
                List.of(),
                required + " " + HEADLESS + " -Dprocesslab.startupProbe=first-lesson -Dprocesslab.config.dir="
                        + root.resolve("config"));
        assertEquals(0, start.exitCode, start.output);
        assertTrue(start.output.contains("PROCESSLAB_STARTUP_DRAWN"), start.output);
    }

    /**
     * The install and remove scripts are ours, with nothing of jpackage's templates left unfilled: a JDK whose
     * jpackage names its placeholders differently left {@code UTILITY_SCRIPTS} in prerm, and removal failed on it.
     */
    @Test
    void theInstallAndRemoveScriptsHaveNoUnfilledPlaceholder() throws Exception {
        for (String script : List.of("postinst", "prerm")) {
            String text = controlFile(script);
            for (String line : text.split("\n")) {
                assertTrue(
                        !line.trim().matches("[A-Z][A-Z_]{5,}"),
                        script + " still holds a template placeholder: " + line);
            }
            Ran syntax = run(
                    List.of("sh", "-n", root.resolve("control").resolve(script).toString()), Map.of());
            assertEquals(0, syntax.exitCode, script + ": " + syntax.output);
        }
    }

    /** Lesson 2's demo pressed as the first-Run benchmark presses it: each of its runs ends with its figures. */
    @Test
    void lessonTwosDemoRunsFromThePackage() throws Exception {
        Ran demo = launch(
                List.of("--lesson", "02-processes-vs-threads"),
                HEADLESS + " -Dprocesslab.firstDemoProbe=1 -Dprocesslab.config.dir=" + root.resolve("config-demo"));
        assertEquals(0, demo.exitCode, demo.output);
        for (String kind : List.of("python-threads", "python-processes", "java-threads")) {
            assertTrue(
                    demo.output.contains("PROCESSLAB_DEMO_RUN " + kind + " "), kind + " did not end:\n" + demo.output);
        }
        assertTrue(demo.output.contains("PROCESSLAB_DEMO_DONE"), demo.output);
    }

    /** {@code kill -9} of the packaged app while lesson 2's demo runs: no process of the demo is left. */
    @Test
    void aKilledPackagedAppLeavesNoProcessOfItsDemoBehind() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        app.resolve("bin/processlab").toString(), "--lesson", "02-processes-vs-threads")
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("killed.log").toFile());
        builder.environment().clear();
        builder.environment()
                .putAll(cleanEnvironment(HEADLESS + " -Dprocesslab.firstDemoProbe=1 -Dprocesslab.config.dir="
                        + root.resolve("config-killed")));
        Process packaged = builder.start(); // the launcher script execs the runtime's java: the same process
        List<ProcessHandle> demo;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            do {
                demo = packaged.descendants()
                        .filter(p -> p.info().command().orElse("").contains("python"))
                        .toList();
                if (demo.size() >= 2 || !packaged.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            } while (System.nanoTime() < deadline);
            assertTrue(
                    demo.size() >= 2,
                    "the demo's processes never started:\n" + Files.readString(root.resolve("killed.log")));
            demo = packaged.descendants().toList(); // everything the app has started by now
        } finally {
            packaged.destroyForcibly(); // SIGKILL: no shutdown hook of the app runs
        }
        assertTrue(packaged.waitFor(10, TimeUnit.SECONDS));
        List<ProcessHandle> started = demo;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (started.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(
                started.stream().noneMatch(ProcessHandle::isAlive),
                "still running after the app was killed: "
                        + started.stream().filter(ProcessHandle::isAlive).toList());
    }

    private static boolean partOfAJdk(Path program) {
        try {
            return program.toRealPath().startsWith("/usr/lib/jvm");
        } catch (IOException e) {
            return true; // a dangling link: leave it out
        }
    }

    private static Optional<Path> builtDeb() throws IOException {
        if (!Files.isDirectory(INSTALLER)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(INSTALLER)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".deb"))
                    .findFirst();
        }
    }

    private static String controlFile(String name) throws Exception {
        Path control = root.resolve("control");
        Ran extracted =
                run(List.of("dpkg-deb", "-e", builtDeb().orElseThrow().toString(), control.toString()), Map.of());
        assertEquals(0, extracted.exitCode, extracted.output);
        return Files.readString(control.resolve(name));
    }

    /** The installed launcher, with a clean environment: a PATH without java, no JAVA_HOME, a fresh HOME. */
    private static Ran launch(List<String> args, String javaToolOptions) throws Exception {
        List<String> command =
                new java.util.ArrayList<>(List.of(app.resolve("bin/processlab").toString()));
        command.addAll(args);
        return run(command, cleanEnvironment(javaToolOptions));
    }

    private static Map<String, String> cleanEnvironment(String javaToolOptions) {
        return Map.of(
                "PATH", root.resolve("path").toString(),
                "HOME", root.resolve("home").toString(),
                "JAVA_TOOL_OPTIONS", javaToolOptions);
    }

    private record Ran(int exitCode, String output) {}

    private static Ran run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!environment.isEmpty()) {
            builder.environment().clear();
            builder.environment().putAll(environment);
        }
        Path log = Files.createTempFile(root, "run", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " still running after 120 s:\n" + Files.readString(log));
        }
        return new Ran(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
