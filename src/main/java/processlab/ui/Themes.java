package processlab.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

import processlab.settings.ThemeChoice;

/**
 * Puts a theme on screen: AtlantaFX's Primer, light or dark, as the user-agent stylesheet. Everything else follows
 * from its looked-up colours ({@code -color-fg-default}…): the app's stylesheets use only those, and the charts
 * read their ground from them. One per application, as the user-agent stylesheet is.
 */
public final class Themes {

    private Themes() {
    }

    public static void apply(ThemeChoice theme) {
        String sheet = stylesheet(theme);
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    public static String stylesheet(ThemeChoice theme) {
        return switch (theme) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }
}
