package processlab.ui;

import static org.testfx.api.FxAssert.verifyThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;

@ExtendWith(ApplicationExtension.class)
class SmokeAppTest {

    @Start
    void start(Stage stage) {
        new ProcessLabApp().start(stage);
    }

    @Test
    void windowShows() {
        verifyThat("#placeholder", NodeMatchers.isVisible());
    }
}
