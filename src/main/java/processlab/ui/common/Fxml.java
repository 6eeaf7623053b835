package processlab.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import javafx.fxml.FXMLLoader;

/**
 * Loads a view's layout, {@code X.fxml} beside the class {@code X}, into the view itself: the file's top element is
 * {@code <fx:root>}, the view is its root and its controller, and its {@code @FXML} fields get the nodes with an
 * {@code fx:id}. The view is handed in ({@link FXMLLoader#setController}) rather than named by {@code
 * fx:controller}, so the loader neither finds nor constructs a controller class by reflection; the layouts use no
 * {@code fx:include} and no expression bindings, and the views bind to their view-models in Java.
 *
 * <p>An {@code fx:id} also becomes the node's id unless the layout gives one: the ids tests and stylesheets use are
 * written out ({@code id="demo-run"}).
 */
public final class Fxml {

    private Fxml() {}

    /**
     * @param view      a node whose class names the file ({@code QuizView} → {@code QuizView.fxml})
     * @param namespace nodes made in code that the layout places with {@code <fx:reference source="…"/>}
     */
    public static void loadInto(Object view, Map<String, Object> namespace) {
        String file = view.getClass().getSimpleName() + ".fxml";
        URL location = view.getClass().getResource(file);
        if (location == null) {
            throw new IllegalStateException(
                    "no " + file + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setRoot(view);
        loader.setController(view);
        loader.setClassLoader(view.getClass().getClassLoader());
        loader.getNamespace().putAll(namespace);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + location, e);
        }
    }
}
