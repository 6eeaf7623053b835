package processlab.ui.common;

import javafx.scene.Parent;

/**
 * The stylesheet of the classroom parts (quiz, try-it, exercise). Each part adds it to itself, so it looks
 * right in any scene; it uses looked-up colours that the app's theme (light, dark, projector) may override.
 */
public final class ClassroomStyles {

    public static final String SHEET =
            ClassroomStyles.class.getResource("/processlab/ui/classroom.css").toExternalForm();

    private ClassroomStyles() {}

    public static void addTo(Parent parent) {
        if (!parent.getStylesheets().contains(SHEET)) {
            parent.getStylesheets().add(SHEET);
        }
    }
}
