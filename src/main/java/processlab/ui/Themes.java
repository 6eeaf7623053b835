package processlab.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.paint.Color;
import processlab.settings.ThemeChoice;

/**
 * Puts a theme on screen: AtlantaFX's Primer, light or dark, as the user-agent stylesheet. Everything else follows
 * from its looked-up colours ({@code -color-fg-default}…): the app's stylesheets use only those, and the charts
 * read their ground from them. One per application, as the user-agent stylesheet is.
 */
public final class Themes {

    private Themes() {}

    public static void apply(ThemeChoice theme) {
        String sheet = stylesheet(theme);
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    /**
     * The theme's page colour (Primer's {@code -color-bg-default}), for a scene's fill: the window shows it before
     * its first frame is drawn, and a dark theme must not open with a white window.
     */
    public static Color ground(ThemeChoice theme) {
        return theme == ThemeChoice.DARK ? Color.web("#0d1117") : Color.WHITE;
    }

    public static String stylesheet(ThemeChoice theme) {
        return switch (theme) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }
}
