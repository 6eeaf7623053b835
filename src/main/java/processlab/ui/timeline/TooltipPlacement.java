package processlab.ui.timeline;

/**
 * Where a timeline's hover tooltip goes, in the timeline's pixels. Above the pointer: the student compares the
 * lane under the pointer with the lanes below it, so those stay in sight. Near the top of the view, where there
 * is no room above the pointer, it goes beside the pointer instead, still ending above the next lane. It stays
 * within the view's width.
 */
record TooltipPlacement(double x, double y) {

    static final double GAP = 10;

    /**
     * @param laneBottom where the pointer's lane ends: the tooltip's bottom never goes past it
     */
    static TooltipPlacement place(
            double pointerX, double pointerY, double width, double height, double viewWidth, double laneBottom) {
        double x = pointerX + GAP;
        double y = pointerY - GAP - height;
        if (y < 0) {
            // As high as the view allows; past its top edge only when the tooltip is taller than the lane's bottom.
            y = Math.min(0, laneBottom - height);
            x = pointerX + 2 * GAP + width <= viewWidth ? pointerX + 2 * GAP : pointerX - 2 * GAP - width;
        }
        x = Math.max(0, Math.min(x, viewWidth - width));
        return new TooltipPlacement(x, y);
    }
}
