package processlab.ui.cores;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.recording.CoreLoadSample;
import processlab.recording.Recording;

@ExtendWith(ApplicationExtension.class)
class CoreMetersFxTest {

    private CoreMeters meters;
    private final Recording recording = new Recording("load", 3, true);

    @Start
    void start(Stage stage) {
        meters = new CoreMeters();
        meters.setRecording(recording);
        stage.setScene(new Scene(meters, 500, 200));
        stage.show();
    }

    @Test
    void showsTheNewestLoadOfEveryCoreEachFrame() throws Exception {
        recording.addCoreLoad(new CoreLoadSample(1, new double[] {0.1, 0.2, 0.3}));
        recording.addCoreLoad(new CoreLoadSample(2, new double[] {1.0, 0.5, 0.0}));
        // Read on the FX thread, between frames: a frame fills the shown loads row by row.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown().length == 3 && shown()[0] == 1.0);
        assertArrayEquals(new double[] {1.0, 0.5, 0.0}, shown(), 1e-9);
        recording.addCoreLoad(new CoreLoadSample(3, new double[] {0.25, 0.25, 0.25}));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown()[0] == 0.25);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25}, shown(), 1e-9);
    }

    private double[] shown() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> meters.shownLoad().clone()).get(5, TimeUnit.SECONDS);
    }
}
