package processlab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import processlab.settings.StartOptions;
import processlab.ui.code.ExerciseView;

/**
 * Not a test: drives the real app on a real display (Xvfb) through an exercise and presentation mode, and
 * grabs the screen with ImageMagick's {@code import} at each stop. Run from the project folder:
 * {@code xvfb-run -s "-screen 0 1440x900x24" java -cp target/processlab.jar:target/test-classes
 * processlab.ui.ScreenshotTour LESSONS_DIR OUT_DIR}.
 */
public final class ScreenshotTour {

    private static final String THREE = """
            import multiprocessing
            import os


            def show(number):
                print(number, "from pid", os.getpid(), flush=True)


            if __name__ == "__main__":
                processes = [multiprocessing.Process(target=show, args=(n,)) for n in (10, 20, 30)]
                for p in processes:
                    p.start()
                for p in processes:
                    p.join()
            """;

    private ScreenshotTour() {}

    public static void main(String[] args) throws Exception {
        Path lessons = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        System.setProperty(
                "processlab.config.dir",
                Files.createTempDirectory("pl-tour-config").toString());
        CountDownLatch started = new CountDownLatch(1);
        ProcessLabApp[] app = new ProcessLabApp[1];
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            stage[0] = new Stage();
            app[0] = ProcessLabApp.withRealDemos(Classroom::openDefault);
            app[0].start(stage[0], new StartOptions(Optional.of(lessons), Optional.of("05-four-processes"), false));
            started.countDown();
        });
        started.await();
        window = stage[0];
        waitFor(() -> app[0].lessonView().shown().isPresent());
        Thread.sleep(1500);

        ExerciseView exercise = onFx(() -> app[0].lessonView().parts().stream()
                .map(p -> p.node())
                .filter(n -> n instanceof ExerciseView)
                .map(n -> (ExerciseView) n)
                .findFirst()
                .orElseThrow());
        onFx(() -> {
            exercise.editor().setText(THREE);
            scrollTo(app[0], exercise, 0.25);
            exercise.check();
            return null;
        });
        waitFor(() -> onFxQuiet(() -> exercise.lookup(".exercise-feedback").isVisible()));
        onFx(() -> scrollTo(app[0], exercise, 0.01));
        Thread.sleep(800);
        grab(out.resolve("exercise-wrong.png"));

        onFx(() -> {
            exercise.editor().setText(THREE.replace("(10, 20, 30)", "(10, 20, 30, 40)"));
            exercise.check();
            return null;
        });
        waitFor(() -> onFxQuiet(
                () -> exercise.lookup(".exercise-feedback").getStyleClass().contains("right")));
        Thread.sleep(800);
        grab(out.resolve("exercise-right.png"));

        onFx(() -> {
            app[0].viewModel().selectLesson(System.getProperty("tour.lesson", "03-create-a-process"));
            return null;
        });
        Thread.sleep(1000);
        onFx(() -> {
            app[0].presentation().orElseThrow().enter();
            return null;
        });
        Thread.sleep(1000);
        // The try-it that is meant to fail: on the projector its error line and red traceback show best.
        onFx(() -> {
            Node failing = app[0].lessonView().node().lookupAll(".tryit").stream()
                    .filter(n -> n.lookup(".expected-error") != null)
                    .findFirst()
                    .orElseThrow();
            return scrollTo(app[0], failing, 0.02);
        });
        Thread.sleep(500);
        onFx(() -> {
            app[0].presentation().orElseThrow().runVisible();
            return null;
        });
        Thread.sleep(3000);
        grab(out.resolve("presentation.png"));
        Platform.runLater(() -> {
            app[0].stop();
            Platform.exit();
        });
        System.exit(0);
    }

    private static boolean tryItOnScreen(ProcessLabApp app) {
        ScrollPane page = (ScrollPane) app.lessonView().node();
        javafx.geometry.Bounds view = page.localToScene(page.getLayoutBounds());
        return page.lookupAll(".tryit").stream().anyMatch(n -> {
            javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
            return b.getMinY() >= view.getMinY() && b.getMinY() < view.getMinY() + view.getHeight() * 0.4;
        });
    }

    private static Void scrollTo(ProcessLabApp app, Node node, double fromTop) {
        ScrollPane page = (ScrollPane) app.lessonView().node();
        Node content = page.getContent();
        double y =
                content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
        double max =
                content.getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
        double top = Math.max(0, y - page.getViewportBounds().getHeight() * fromTop);
        page.setVvalue(max <= 0 ? 0 : Math.min(1, top / max));
        return null;
    }

    private static Stage window;

    private static void grab(Path file) throws Exception {
        String crop = onFx(() -> (int) window.getWidth() + "x" + (int) window.getHeight() + "+" + (int) window.getX()
                + "+" + (int) window.getY());
        Process grab = new ProcessBuilder(
                        List.of("import", "-window", "root", "-crop", crop, "+repage", file.toString()))
                .inheritIO()
                .start();
        if (!grab.waitFor(20, TimeUnit.SECONDS) || grab.exitValue() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("saved " + file);
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(20, TimeUnit.SECONDS);
    }

    private static boolean onFxQuiet(FxCall<Boolean> call) {
        try {
            return onFx(call);
        } catch (Exception e) {
            return false;
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(100);
        }
    }
}
