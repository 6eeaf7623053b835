package processlab.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import processlab.lesson.LessonLoader;
import processlab.run.RunEnvironment;
import processlab.run.RunHost;
import processlab.settings.Settings;
import processlab.settings.StartOptions;
import processlab.ui.common.FramePainted;
import processlab.ui.common.LiveViews;
import processlab.ui.common.StartupTrace;
import processlab.ui.demo.DemoWarmUp;
import processlab.ui.demo.DemoWindow;
import processlab.ui.lesson.LessonPartFactory;
import processlab.ui.lesson.LessonView;
import processlab.ui.lesson.LinkOpener;
import processlab.ui.presentation.PresentationMode;
import processlab.ui.probe.FirstDemoProbe;
import processlab.ui.probe.StartupProbe;
import processlab.ui.shell.EarlyStart;
import processlab.ui.shell.LessonLibrary;
import processlab.ui.shell.ShellView;
import processlab.ui.shell.ShellViewModel;

/**
 * The JavaFX application. Startup is kept lean on purpose: the window shows first, lessons load on a
 * background thread, and heavy parts (editors, OS observers) load only when a lesson needs them.
 */
public class ProcessLabApp extends Application {

    private static final System.Logger LOG = System.getLogger(ProcessLabApp.class.getName());

    /**
     * What the launcher began while the toolkit started, handed across {@code Application.launch}, which makes the
     * app itself with its no-argument constructor: the one value that crosses that boundary, taken once.
     */
    private static EarlyStart launchedWith;

    private final LessonParts.Demos demos;
    private final LessonLibrary.FolderLoader folderLoader;
    private final Function<RunEnvironment, Classroom> classroomOpener;
    private final Supplier<Settings> settingsOpener;
    private final EarlyStart early;
    /** The window's runs: every one ends when the window closes, and if the app dies. */
    private final RunHost runHost = RunHost.create();

    private final RunEnvironment runs = RunEnvironment.of(runHost);
    private Settings settings;
    private Classroom classroom;
    private PresentationMode presentation;
    private LessonLibrary library;
    private LessonView lessonView;
    private ShellViewModel viewModel;
    private ShellView shell;
    private DemoWarmUp warmUp;

    /** Starts the app as a user does, with {@code early} taken over by the window (see {@link #launchedWith}). */
    public static void launch(String[] args, EarlyStart early) {
        synchronized (ProcessLabApp.class) {
            launchedWith = early;
        }
        Application.launch(ProcessLabApp.class, args);
    }

    private static synchronized EarlyStart takeLaunchedWith() {
        EarlyStart taken = launchedWith == null ? EarlyStart.none() : launchedWith;
        launchedWith = null;
        return taken;
    }

    /** The app a user starts: real demos, the classroom and settings in the user's folder. */
    public ProcessLabApp() {
        this(
                LessonParts.Demos.real(),
                LessonLoader::loadFolder,
                Classroom::openDefault,
                Settings::openDefault,
                takeLaunchedWith());
    }

    /**
     * Real demos with the classroom {@code classroomOpener} opens for the window's runs (tests, the screenshot
     * tour); settings start at their defaults and are not kept.
     */
    public static ProcessLabApp withRealDemos(Function<RunEnvironment, Classroom> classroomOpener) {
        return new ProcessLabApp(
                LessonParts.Demos.real(),
                LessonLoader::loadFolder,
                classroomOpener,
                Settings::inMemory,
                EarlyStart.none());
    }

    /**
     * For tests: these demo parts (e.g. with a fake runner) and no classroom, and the folder reader. The settings
     * start at their defaults and are not kept.
     */
    public ProcessLabApp(List<LessonPartFactory> factories, LessonLibrary.FolderLoader folderLoader) {
        this(factories, folderLoader, () -> null);
    }

    /** With the classroom (try-it, exercises, quizzes, progress, presentation mode); null opens none. */
    public ProcessLabApp(
            List<LessonPartFactory> factories,
            LessonLibrary.FolderLoader folderLoader,
            Supplier<Classroom> classroomOpener) {
        this(factories, folderLoader, classroomOpener, Settings::inMemory);
    }

    /** With the user's settings (the theme) from {@code settingsOpener}, kept as they change. */
    public ProcessLabApp(
            List<LessonPartFactory> factories,
            LessonLibrary.FolderLoader folderLoader,
            Supplier<Classroom> classroomOpener,
            Supplier<Settings> settingsOpener) {
        this(
                LessonParts.Demos.fixed(factories),
                folderLoader,
                runs -> classroomOpener.get(),
                settingsOpener,
                EarlyStart.none());
    }

    private ProcessLabApp(
            LessonParts.Demos demos,
            LessonLibrary.FolderLoader folderLoader,
            Function<RunEnvironment, Classroom> classroomOpener,
            Supplier<Settings> settingsOpener,
            EarlyStart early) {
        this.demos = demos;
        this.folderLoader = folderLoader;
        this.classroomOpener = classroomOpener;
        this.settingsOpener = settingsOpener;
        this.early = early;
    }

    @Override
    public void start(Stage stage) {
        StartOptions options;
        try {
            options = StartOptions.parse(
                    getParameters() == null ? List.of() : getParameters().getRaw());
        } catch (StartOptions.BadOptionException e) {
            // Main checks the options before launching; this covers a launch that bypasses it.
            LOG.log(System.Logger.Level.ERROR, e.getMessage());
            options = new StartOptions(java.util.Optional.empty(), java.util.Optional.empty(), false);
        }
        start(stage, options);
    }

    /** Builds and shows the shell for the given options (tests call this directly). */
    public void start(Stage stage, StartOptions options) {
        StartupTrace.mark("start");
        // The remembered theme before anything is built: the first frame is already in it, with no light flash.
        settings = settingsOpener.get();
        Themes.apply(settings.theme());
        StartupTrace.mark("theme set");
        viewModel = new ShellViewModel();
        viewModel.setTheme(settings.theme());
        classroom = classroomOpener.apply(runs);
        StartupTrace.mark("classroom open");
        LiveViews liveViews = new LiveViews();
        warmUp = new DemoWarmUp(liveViews, runs);
        List<LessonPartFactory> parts =
                LessonParts.forWindow(demos, runs, new DemoWindow(liveViews, warmUp), classroom);
        lessonView = new LessonView(parts, linkOpener(), liveViews);
        shell = new ShellView(viewModel, lessonView);
        StartupTrace.mark("shell built");
        // Never larger than the screen: small laptops, and Monocle's 1280x800 headless screen, which fails
        // to paint a window that does not fit (BufferOverflowException in UploadingPainter).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(
                shell.root(),
                Math.min(1280, screen.getWidth()),
                Math.min(820, screen.getHeight()),
                Themes.ground(settings.theme()));
        viewModel.themeProperty().addListener((obs, old, theme) -> {
            Themes.apply(theme);
            scene.setFill(Themes.ground(theme));
            settings.setTheme(theme);
        });
        scene.getStylesheets()
                .add(ProcessLabApp.class.getResource("processlab.css").toExternalForm());
        StartupTrace.mark("scene made");
        shell.installKeys(scene);
        stage.setScene(scene);
        stage.setTitle("ProcessLab");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        if (classroom != null) {
            presentation = classroom.attach(stage, viewModel, lessonView);
        } else if (options.presentation()) {
            LOG.log(System.Logger.Level.INFO, "presentation mode needs the classroom; starting normally");
        }
        // Before the lessons load: the first lesson may be selected right away when they were read early.
        if (StartupProbe.isActive(StartupProbe.FIRST_LESSON)) {
            viewModel.selectedProperty().addListener((obs, old, item) -> StartupProbe.reportWhenPainted(shell.root()));
        }
        StartupTrace.mark("before show");
        stage.show();
        StartupTrace.mark("after show");
        if (presentation != null && options.presentation()) {
            presentation.enter(); // full screen needs a window on screen; still before the first frame
        }
        // Right after show(): lessons read while the toolkit started are put on the page now, sized to the
        // window show() has just laid out, so the first frame drawn is already the lesson.
        library = new LessonLibrary(folderLoader, early);
        if (classroom != null) {
            viewModel.setRememberedLesson(classroom.progress().lastLesson());
        }
        library.load(options.resolveLessonsDir(), options.lessonId(), viewModel);
        // The rest of the window comes once that frame is painted: the first lesson is read sooner.
        FramePainted.then(shell.root(), () -> completeWindow(stage));
        if (StartupTrace.ON) {
            scene.addPreLayoutPulseListener(() -> StartupTrace.mark("pulse: css and layout"));
            scene.addPostLayoutPulseListener(() -> StartupTrace.mark("pulse: laid out"));
        }
    }

    /** The controls the first frame leaves out, and the classroom's message, once the first lesson is on screen. */
    private void completeWindow(Stage stage) {
        try {
            shell.complete();
            if (classroom != null) {
                classroom.showLoadMessage(stage);
            }
            shell.focusLessonList();
        } finally {
            StartupTrace.mark("window complete");
            if (StartupProbe.isActive(StartupProbe.WINDOW_COMPLETE)) {
                StartupProbe.reportWhenPainted(shell.root());
            }
            if (FirstDemoProbe.isActive()) {
                FirstDemoProbe.install(lessonView);
            }
            // A demo on screen rehearses its first run once the whole window is drawn (see DemoWarmUp).
            FramePainted.then(shell.root(), warmUp::windowReady);
        }
    }

    /** Lesson links: another lesson ({@code 02-foo.md}) navigates; anything else opens the system browser. */
    private LinkOpener linkOpener() {
        return url -> {
            String id = url.replaceFirst("^\\./", "").replaceFirst("\\.md$", "");
            if (url.endsWith(".md") && viewModel.selectLesson(id)) {
                return;
            }
            getHostServices().showDocument(url);
        };
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    public LessonView lessonView() {
        return lessonView;
    }

    /** The window's layout; its {@link ShellView#completeProperty()} tells when every control is in place. */
    public ShellView shell() {
        return shell;
    }

    /** Present only when the app was made with a classroom. */
    public java.util.Optional<PresentationMode> presentation() {
        return java.util.Optional.ofNullable(presentation);
    }

    @Override
    public void stop() {
        // Every run ends with the window, including ones no lesson part owns any more.
        runHost.stopAll();
        if (lessonView != null) {
            lessonView.stopParts();
        }
        if (library != null) {
            library.close();
        }
        if (classroom != null) {
            classroom.close();
        }
        if (settings != null) {
            settings.close();
        }
    }
}
