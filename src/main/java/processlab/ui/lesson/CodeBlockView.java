package processlab.ui.lesson;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A read-only, syntax-coloured code block with a copy button: styled {@link Text} runs in a TextFlow. */
public final class CodeBlockView {

    private CodeBlockView() {}

    /**
     * @param language      {@code python}, {@code java}, or anything else for plain monospace
     * @param expectedError the exception the code is meant to fail with, shown as a label
     */
    public static Node create(String code, String language, Optional<String> expectedError) {
        String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("code-text");
        for (CodeHighlighter.Token token : CodeHighlighter.tokenize(text, language)) {
            Text run = new Text(token.text());
            run.getStyleClass().addAll("code-run", "code-" + token.kind().name().toLowerCase());
            flow.getChildren().add(run);
        }
        // Long lines scroll sideways rather than wrap: wrapped code misleads about indentation.
        ScrollPane scroller = new ScrollPane(flow);
        scroller.getStyleClass().add("code-scroll");
        scroller.setFitToHeight(true);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);

        Label languageLabel = new Label(language.equals("text") ? "" : language);
        languageLabel.getStyleClass().add("code-language");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.getStyleClass().addAll("copy-button", "flat", "small");
        copy.setFocusTraversable(false);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        HBox header = new HBox(8, languageLabel, spacer, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("code-header");

        VBox box = new VBox(header, scroller);
        box.getStyleClass().add("code-block");
        expectedError.ifPresent(error -> {
            Label label = new Label("This code is meant to fail with " + error);
            label.getStyleClass().add("expected-error");
            label.setWrapText(true);
            box.getChildren().add(1, label);
        });
        return box;
    }
}
