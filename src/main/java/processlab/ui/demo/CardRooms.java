package processlab.ui.demo;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import processlab.run.spec.RunKind;

/**
 * Keeps the page still when Run is pressed again. The press replaces every run card with a new one that starts
 * small (its timeline waiting for its turn, no summary yet) and grows as its run draws: the page shrank under the
 * reader and, near a lesson's end where it cannot keep its place, slid the demo's buttons off the screen. So a
 * new card keeps the height of the card of the same run it replaces until its run has ended; then it takes what
 * it needs, which for the same run is about the same.
 */
final class CardRooms {

    private final Map<RunKind, RunCard> shown = new EnumMap<>(RunKind.class);
    private Map<RunKind, Double> before = Map.of();

    /** The cards on screen are about to be replaced: their heights are what the new ones keep. */
    void replacing() {
        Map<RunKind, Double> heights = new EnumMap<>(RunKind.class);
        shown.forEach((kind, card) -> heights.put(kind, card.getHeight()));
        before = heights;
        shown.clear();
    }

    /** A new card for {@code entry}: made by a press of Run, it keeps its predecessor's height while it runs. */
    void added(RunCard card, RunEntry entry) {
        shown.put(entry.kind(), card);
        double room = before.getOrDefault(entry.kind(), 0.0);
        if (!entry.reserved() || room <= 0 || ended(entry.phaseProperty().get())) {
            return;
        }
        card.setMinHeight(room);
        ChangeListener<RunEntry.Phase> release = new ChangeListener<>() {
            @Override
            public void changed(
                    ObservableValue<? extends RunEntry.Phase> obs, RunEntry.Phase old, RunEntry.Phase phase) {
                if (ended(phase)) {
                    card.setMinHeight(Region.USE_COMPUTED_SIZE);
                    entry.phaseProperty().removeListener(this);
                }
            }
        };
        entry.phaseProperty().addListener(release);
    }

    private static boolean ended(RunEntry.Phase phase) {
        return phase != RunEntry.Phase.WAITING && phase != RunEntry.Phase.RUNNING;
    }
}
