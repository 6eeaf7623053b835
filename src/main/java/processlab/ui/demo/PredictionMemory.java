package processlab.ui.demo;

import java.util.Optional;
import processlab.run.spec.RunKind;

/**
 * Where a demo keeps the class's predictions between sessions (the student's progress, in the app), keyed by the
 * kind of run; {@link #NONE} keeps nothing. Predictions travel as text: see {@link Prediction#toText()}.
 */
public interface PredictionMemory {

    PredictionMemory NONE = new PredictionMemory() {
        @Override
        public Optional<String> load(RunKind kind) {
            return Optional.empty();
        }

        @Override
        public void save(RunKind kind, String prediction) {}
    };

    Optional<String> load(RunKind kind);

    /** @param prediction the text form; empty when the class has no guess left for that run */
    void save(RunKind kind, String prediction);
}
