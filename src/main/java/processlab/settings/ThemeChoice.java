package processlab.settings;

import java.util.Locale;

/** The colour theme the user chose; how it looks is the UI's business. */
public enum ThemeChoice {
    LIGHT,
    DARK;

    /** How it is written in the settings file. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice written as {@code id}; anything else (a typo, a theme from a newer app) is light. */
    public static ThemeChoice parse(String id) {
        for (ThemeChoice choice : values()) {
            if (choice.id().equals(id == null ? "" : id.strip())) {
                return choice;
            }
        }
        return LIGHT;
    }
}
