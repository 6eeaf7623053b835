package processlab.ui.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import processlab.lesson.DemoSpec;
import processlab.run.spec.RunKind;
import processlab.ui.common.Fxml;
import processlab.ui.common.ScrollIntoView;
import processlab.ui.cores.CoreMeters;
import processlab.ui.output.OutputPanel;
import processlab.ui.timeline.TimelineViewport;

/**
 * The demo card of a lesson (DemoPanel.fxml): parameters, Run / Stop, the compared runs stacked on one shared time
 * scale (or each on its own, with "same time scale" off), the machine's core meters and the output. Wiring only;
 * state and commands live in {@link DemoViewModel}. Its look is {@code demo.css}, which it carries itself, so it follows the
 * theme in any scene.
 */
public final class DemoPanel extends VBox {

    private static final String SHEET = DemoPanel.class.getResource("demo.css").toExternalForm();

    private final DemoViewModel model;
    private final TimelineViewport viewport = new TimelineViewport();
    private final BooleanProperty showAllThreads = new SimpleBooleanProperty(this, "showAllThreads");
    /** On: the runs share one time axis, to compare their lengths. Off: each fills its own timeline. */
    private final BooleanProperty sameTimeScale = new SimpleBooleanProperty(this, "sameTimeScale", true);

    private final ToggleGroup outputChoice = new ToggleGroup();
    private final List<RunCard> shownCards = new ArrayList<>();
    private final CardRooms rooms = new CardRooms();
    private final DemoExport export = new DemoExport(this);

    // From DemoPanel.fxml.
    @FXML
    private Label title;

    @FXML
    private FlowPane controls;

    @FXML
    private Label sizeLabel;

    @FXML
    private CheckBox together;

    @FXML
    private CheckBox speedUp;

    @FXML
    private Button run;

    @FXML
    private Button stop;

    @FXML
    private CheckBox sameScale;

    @FXML
    private ToggleButton allThreads;

    @FXML
    private Button png;

    @FXML
    private Button trace;

    @FXML
    private Label message;

    @FXML
    private VBox cards;

    @FXML
    private CoreMeters cores;

    @FXML
    private OutputPanel output;

    /** One button per compared run: whose output the pane shows. */
    @FXML
    private FlowPane outputRuns;

    /** A demo outside the app's window (tests, single views). */
    public DemoPanel(DemoViewModel model) {
        this(model, DemoWindow.alone());
    }

    /** @param window what the window's demos share: this one says when it draws live and when it is shown */
    public DemoPanel(DemoViewModel model, DemoWindow window) {
        this.model = model;
        Fxml.loadInto(this, Map.of("workers", workersSpinner(), "size", sizeSpinner()));
        getStylesheets().add(SHEET);
        title.setText(model.title());
        wireControls();

        // The Predict step of a presentation: the question is the biggest thing on the card until R is pressed again.
        model.askingForPredictionsProperty().addListener((obs, was, asking) -> {
            if (asking) {
                message.getStyleClass().add("predict-step");
                // The question and the first run's choices come into view: they are what the class reads now.
                Node firstChoices = cards.lookup(".prediction-bar");
                ScrollIntoView.reveal(message, firstChoices == null ? message : firstChoices);
            } else {
                message.getStyleClass().remove("predict-step");
            }
        });
        message.textProperty().bind(model.messageProperty());

        cores.recordingProperty().bind(model.liveRecordingProperty());
        model.outputShownProperty().addListener((obs, old, entry) -> showOutputOf(entry));
        output.setGrowsWithOutput(false);

        model.entries().addListener((ListChangeListener<RunEntry>) change -> rebuildCards());
        model.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                viewport.reset();
                window.liveViews().started();
            } else {
                fitAll();
                window.liveViews().ended();
            }
        });
        rebuildCards();
        // The first demo on screen rehearses while the student reads, so its first Run is not its slowest.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                window.demoShown();
            }
        });
    }

    public DemoViewModel model() {
        return model;
    }

    /** The shared time scale of the compared runs. */
    public TimelineViewport viewport() {
        return viewport;
    }

    /** Whether the runs share one time scale (the default) or each timeline is fitted to its own run. */
    public BooleanProperty sameTimeScaleProperty() {
        return sameTimeScale;
    }

    private Spinner<Integer> workersSpinner() {
        return editableSpinner(
                "demo-workers",
                100,
                new SpinnerValueFactory.IntegerSpinnerValueFactory(
                        1, DemoSpec.MAX_WORKERS, model.workersProperty().get()),
                model.workersProperty()::set);
    }

    private Spinner<Integer> sizeSpinner() {
        var task = model.spec().workload();
        long step = Math.max(1, task.defaultSize() / 4);
        return editableSpinner(
                "demo-size",
                150,
                new SpinnerValueFactory.IntegerSpinnerValueFactory(
                        (int) task.minSize(),
                        (int) task.maxSize(),
                        (int) model.sizeProperty().get(),
                        (int) step),
                value -> model.sizeProperty().set(value));
    }

    /** A spinner the student may also type into, telling {@code onChange} each new value. */
    private static Spinner<Integer> editableSpinner(
            String id, double width, SpinnerValueFactory<Integer> values, Consumer<Integer> onChange) {
        Spinner<Integer> spinner = new Spinner<>(values);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(width);
        spinner.valueProperty().addListener((obs, old, value) -> onChange.accept(value));
        return spinner;
    }

    /** The controls the layout declares, bound to the model; and those that depend on the demo, put in before them. */
    private void wireControls() {
        sizeLabel.setText(capitalise(model.spec().workload().sizeMeaning()));
        List<Node> ofThisDemo = new ArrayList<>();
        if (model.spec().switchIntervalMs() > 0) {
            Spinner<Integer> interval =
                    new Spinner<>(1, 1000, model.switchIntervalProperty().get(), 5);
            interval.setId("demo-switch-interval");
            interval.setEditable(true);
            interval.setPrefWidth(110);
            interval.valueProperty()
                    .addListener(
                            (obs, old, value) -> model.switchIntervalProperty().set(value));
            ofThisDemo.addAll(List.of(new Label("GIL switch interval (ms)"), interval));
        }
        for (RunKind kind : RunKind.values()) {
            CheckBox box = new CheckBox(kind.displayName());
            box.setId("demo-compare-" + kind.id());
            box.selectedProperty().bindBidirectional(model.comparedProperty(kind));
            ofThisDemo.add(box);
        }
        controls.getChildren().addAll(controls.getChildren().indexOf(together), ofThisDemo);

        together.selectedProperty().bindBidirectional(model.togetherProperty());
        speedUp.selectedProperty().bindBidirectional(model.measureSpeedUpProperty());
        run.setOnAction(e -> model.run());
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        sameScale.selectedProperty().bindBidirectional(sameTimeScale);
        sameTimeScale.addListener((obs, was, same) -> {
            if (same && !model.runningProperty().get()) {
                fitAll();
            }
        });
        allThreads.selectedProperty().bindBidirectional(showAllThreads);
        png.setOnAction(e -> export.choosePng());
        trace.setOnAction(e -> export.chooseTrace());
        // Nothing to export before a run, nor while one draws.
        png.disableProperty()
                .bind(model.runningProperty().or(model.anyRunStartedProperty().not()));
        trace.disableProperty().bind(png.disableProperty());
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void rebuildCards() {
        keepFocusOnThePanel();
        rooms.replacing();
        shownCards.forEach(RunCard::dispose);
        shownCards.clear();
        outputChoice.getToggles().clear();
        outputRuns.getChildren().clear();
        for (RunEntry entry : model.entries()) {
            RunCard card = new RunCard(
                    entry,
                    viewport,
                    showAllThreads,
                    sameTimeScale,
                    model.predictionProperty(entry.kind()),
                    model.machineCores(),
                    model.parameters().workers());
            rooms.added(card, entry);
            shownCards.add(card);
            ToggleButton choice = new ToggleButton(entry.title());
            choice.setId("demo-output-" + entry.kind().id());
            choice.setToggleGroup(outputChoice);
            choice.setUserData(entry);
            // Only a run that started has output; the others wait for their turn.
            choice.disableProperty().bind(entry.recordingProperty().isNull());
            choice.setOnAction(e -> {
                model.showOutputOf(entry);
                showOutputOf(model.outputShownProperty().get()); // a second press must not unpress it
            });
            outputRuns.getChildren().add(choice);
        }
        cards.getChildren().setAll(shownCards);
        showOutputOf(model.outputShownProperty().get());
    }

    /**
     * A card about to go may hold the focus (a prediction just chosen). Removed, it would hand the focus on by
     * traversal, and the page scrolls to wherever that lands (the top of the lesson): the focus moves to this
     * panel's Run button first, which stays.
     */
    private void keepFocusOnThePanel() {
        if (getScene() == null) {
            return;
        }
        for (Node node = getScene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node == cards) {
                run.requestFocus();
                return;
            }
        }
    }

    /** The output pane shows that run's processes, and its button is the one pressed. */
    private void showOutputOf(RunEntry entry) {
        output.recordingProperty().unbind();
        if (entry == null) {
            output.recordingProperty().set(null);
        } else {
            output.recordingProperty().bind(entry.recordingProperty());
        }
        for (var toggle : outputChoice.getToggles()) {
            toggle.setSelected(toggle.getUserData() == entry);
        }
    }

    private void fitAll() {
        long end = 0;
        for (RunEntry entry : model.entries()) {
            if (entry.recording() != null) {
                var recording = entry.recording();
                end = Math.max(end, recording.isFinished() ? recording.endNs() : recording.now());
            }
        }
        if (end > 0) {
            viewport.fit(end);
        }
    }

    DemoExport export() {
        return export;
    }

    List<RunCard> cards() {
        return List.copyOf(shownCards);
    }

    boolean showAllThreads() {
        return showAllThreads.get();
    }

    /** Stops the runs and the redrawing; called when the lesson is left. */
    public void dispose() {
        model.close();
        shownCards.forEach(RunCard::dispose);
        cores.dispose();
    }
}
