package processlab.ui.demo;

import java.util.List;
import processlab.lesson.DemoSpec;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/** The demo the panel tests run on a {@link FakeDemoRunner}: two workers, two tasks, each sleeping 100 ms. */
final class TestDemoSpecs {

    private TestDemoSpecs() {}

    static DemoSpec sleeping(String title, RunKind... runs) {
        return new DemoSpec(title, List.of(runs), 2, 2, Workload.SLEEP, 100, 60, false, "default", false, 0);
    }
}
