package processlab.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import javafx.fxml.FXMLLoader;

/**
 * Loads a view's layout, {@code X.fxml} beside the class {@code XView}, with that view as its controller. The view
 * object is handed in ({@link FXMLLoader#setController}) rather than named by {@code fx:controller}, so the loader
 * neither finds nor constructs a controller class by reflection; the layouts use no {@code fx:include} and no
 * expression bindings, and the views bind to their view-models in Java. Both keep the load cheap.
 */
public final class Fxml {

    private Fxml() {}

    /**
     * @param controller whose class names the file ({@code ShellView} → {@code ShellView.fxml}) and whose
     *     {@code @FXML} fields get the nodes with an {@code fx:id}
     * @param namespace nodes made in code that the layout places with {@code <fx:reference source="…"/>}
     * @return the layout's root
     */
    public static <T> T load(Object controller, Map<String, Object> namespace) {
        return load(controller, controller.getClass().getSimpleName() + ".fxml", null, namespace);
    }

    /**
     * Loads the layout of a view that is its own root and controller: the file's top element is {@code <fx:root>}
     * and adds its children to {@code view}.
     */
    public static void loadInto(Object view, Map<String, Object> namespace) {
        load(view, view.getClass().getSimpleName() + ".fxml", view, namespace);
    }

    private static <T> T load(Object controller, String file, Object root, Map<String, Object> namespace) {
        URL location = controller.getClass().getResource(file);
        if (location == null) {
            throw new IllegalStateException(
                    "no " + file + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setController(controller);
        loader.setClassLoader(controller.getClass().getClassLoader());
        if (root != null) {
            loader.setRoot(root);
        }
        loader.getNamespace().putAll(namespace);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + location, e);
        }
    }
}
