package processlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import processlab.recording.Recording;
import processlab.timeline.TimelineFrame;
import processlab.timeline.TimelineImage;
import processlab.timeline.TimelineLayout;
import processlab.timeline.TimelineOptions;
import processlab.trace.ChromeTraceReader;

/**
 * {@code render FILE.json --out FILE.png [--width N] [--all-threads]}: draws a trace as the app's timeline, with
 * Java2D in headless mode, so it runs on a server with no display and never loads JavaFX.
 */
public final class RenderCommand implements Command {

    static final int DEFAULT_WIDTH = 1600;
    /** Taller pictures get thinner lanes instead; a trace of hundreds of threads stays a usable image. */
    static final int MAX_HEIGHT = 4_000;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path in = null;
        Path png = null;
        int width = DEFAULT_WIDTH;
        boolean allThreads = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--out" -> png = Path.of(value(args, ++i, "--out"));
                case "--width" -> width = width(value(args, ++i, "--width"));
                case "--all-threads" -> allThreads = true;
                default -> {
                    if (arg.startsWith("--") || in != null) {
                        throw new UsageException("unexpected argument '" + arg + "'; " + usage());
                    }
                    in = Path.of(arg);
                }
            }
        }
        if (in == null || png == null) {
            throw new UsageException(usage());
        }
        if (Files.isDirectory(in)) {
            err.println("render: " + in + ": is a folder, not a trace file");
            return 1;
        }
        if (!Files.isRegularFile(in)) {
            err.println("render: " + in + ": no such file");
            return 1;
        }
        // Before the first AWT class loads: no display is needed, and none is touched.
        System.setProperty("java.awt.headless", "true");
        Recording recording;
        try {
            recording = ChromeTraceReader.read(in);
        } catch (IOException | RuntimeException e) {
            err.println("render: " + in + ": not a readable trace: " + e.getMessage());
            return 1;
        }
        TimelineOptions options =
                TimelineOptions.defaults().withShowAllThreads(allThreads).withTitle(shortTitle(recording.label()));
        int height = TimelineImage.naturalHeight(recording, width, options);
        if (height > MAX_HEIGHT) {
            // Thinner lanes first; past the thinnest, the lanes that do not fit are left out, and the picture says so.
            double plot = MAX_HEIGHT - TimelineLayout.AXIS_HEIGHT - TimelineLayout.LEGEND_HEIGHT;
            options = options.withLaneHeight(TimelineLayout.fittingLaneHeight(recording, plot, options))
                    .withLeaveOutOverflow(true);
            height = Math.min(MAX_HEIGHT, TimelineImage.naturalHeight(recording, width, options));
        }
        TimelineFrame frame =
                TimelineLayout.layout(recording, TimelineImage.wholeRun(recording), width, height, options);
        try {
            TimelineImage.writePng(TimelineImage.draw(frame), png);
        } catch (IOException e) {
            err.println("render: could not write " + png + ": " + why(e));
            return 1;
        }
        out.println("wrote " + png + " (" + width + "x" + height + ", "
                + recording.threads().size() + " threads)");
        if (frame.leftOut().any()) {
            err.println("render: " + leftOutLine(frame));
        }
        return 0;
    }

    /** "199,870 of 200,000 threads not drawn: the picture has room for 130 lanes (at most 4000 pixels high)". */
    static String leftOutLine(TimelineFrame frame) {
        TimelineFrame.LeftOut leftOut = frame.leftOut();
        int shown = frame.lanes().size();
        String processes = leftOut.processes() == 0
                ? ""
                : String.format(Locale.ROOT, " (%,d whole processes among them)", leftOut.processes());
        return String.format(
                Locale.ROOT,
                "%,d of %,d threads not drawn%s: the picture has room for %,d lanes" + " (at most %d pixels high)",
                leftOut.threads(),
                leftOut.threads() + shown,
                processes,
                shown,
                MAX_HEIGHT);
    }

    /** Why a file could not be written, in words rather than an exception's class name. */
    private static String why(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }

    /** "/usr/bin/python3 /home/x/busy.py" reads as "python3 busy.py" in the narrow label column. */
    static String shortTitle(String label) {
        StringBuilder title = new StringBuilder();
        for (String word : label.trim().split("\\s+")) {
            int slash = word.lastIndexOf('/');
            title.append(title.length() == 0 ? "" : " ")
                    .append(slash >= 0 && slash < word.length() - 1 ? word.substring(slash + 1) : word);
        }
        return title.toString();
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value; " + usage());
        }
        return args.get(index);
    }

    private static int width(String text) throws UsageException {
        return UsageException.wholeNumber(
                text, 400, 10_000, "--width must be a number of pixels from 400 to 10000, was '" + text + "'");
    }

    private static String usage() {
        return "usage: render FILE.json --out FILE.png [--width N] [--all-threads]";
    }
}
