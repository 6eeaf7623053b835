package processlab.ui.lesson;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Shares a lesson table's width between its columns: by how much text each holds, and never below a column's
 * longest word. Fixed percentages could not do both on a narrow page: a grid takes the width that gives every
 * column its minimum at its percentage, so a table with a short first column of long words (a lesson 9 table:
 * 884 px) was wider than the page at presentation zoom, and the whole page scrolled sideways with its text cut.
 * Here the grid's minimum is the sum of the columns' minimums, and when the width is short of what the weights
 * need, each column gets its minimum and the rest is shared by weight.
 */
final class TableColumns {

    private final double[] weights;
    private final double[] minimums;
    private final double totalWeight;
    private final double totalMinimum;

    TableColumns(double[] weights, double[] minimums) {
        this.weights = weights.clone();
        this.minimums = minimums.clone();
        double weight = 0;
        double minimum = 0;
        for (int i = 0; i < weights.length; i++) {
            weight += weights[i];
            minimum += minimums[i];
        }
        totalWeight = weight;
        totalMinimum = minimum;
    }

    /** Gives {@code grid} its column constraints, kept right for whatever width it is laid out at. */
    void applyTo(GridPane grid) {
        for (int i = 0; i < weights.length; i++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.SOMETIMES);
            constraints.setMinWidth(minimums[i]);
            grid.getColumnConstraints().add(constraints);
        }
        share(grid.getColumnConstraints(), Double.MAX_VALUE);
        grid.widthProperty().addListener((obs, old, width) -> {
            Insets insets = grid.getInsets();
            share(grid.getColumnConstraints(), width.doubleValue() - insets.getLeft() - insets.getRight());
        });
        grid.setMinWidth(totalMinimum + 2); // and its border
    }

    /** The share of each column at {@code room} pixels, in percent. */
    double[] percents(double room) {
        double[] percents = new double[weights.length];
        boolean weightsFit = true;
        for (int i = 0; i < weights.length; i++) {
            weightsFit &= room * weights[i] / totalWeight >= minimums[i];
        }
        for (int i = 0; i < weights.length; i++) {
            double share;
            if (weightsFit) {
                share = weights[i] / totalWeight;
            } else if (room > totalMinimum) {
                share = (minimums[i] + (room - totalMinimum) * weights[i] / totalWeight) / room;
            } else {
                share = minimums[i] / totalMinimum;
            }
            percents[i] = 100 * share;
        }
        return percents;
    }

    private void share(List<ColumnConstraints> columns, double room) {
        double[] percents = percents(room);
        for (int i = 0; i < percents.length && i < columns.size(); i++) {
            if (Math.abs(columns.get(i).getPercentWidth() - percents[i]) > 1e-6) {
                columns.get(i).setPercentWidth(percents[i]);
            }
        }
    }
}
