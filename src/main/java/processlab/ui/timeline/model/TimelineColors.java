package processlab.ui.timeline.model;

/** The timeline's colours besides the cores', as opaque ARGB: dark text on light ground for projectors. */
public final class TimelineColors {

    public static final int BACKGROUND = 0xFFFFFFFF;
    public static final int GUTTER = 0xFFF2F3F5;
    public static final int HEADER = 0xFFE3E6EB;
    public static final int TEXT = 0xFF111111;
    public static final int TEXT_SOFT = 0xFF444444;
    public static final int GRID = 0xFFDADDE2;
    public static final int WAIT = 0xFF6B6B6B;
    public static final int TASK_FILL = 0xFFE9EEF5;
    public static final int TASK_EDGE = 0xFF2B3A4A;
    public static final int EXIT_OK = 0xFF1B5E20;
    public static final int EXIT_FAILED = 0xFFC62828;
    public static final int START = 0xFF37474F;

    private TimelineColors() {
    }
}
