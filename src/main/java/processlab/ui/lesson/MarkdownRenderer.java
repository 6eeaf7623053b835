package processlab.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns Markdown prose into JavaFX nodes: block elements become boxes, inline runs become styled
 * {@link Text} in a {@link TextFlow} so paragraphs wrap like prose. Styling is in {@code lesson.css}.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Path lessonFile;
    private final LinkOpener links;

    public MarkdownRenderer(Path lessonFile, LinkOpener links) {
        this.lessonFile = lessonFile;
        this.links = links;
    }

    public List<Node> render(String markdown) {
        return blocks(PARSER.parse(markdown));
    }

    /**
     * Like {@link #render(String)}, but drops a leading level-1 heading that repeats the lesson's title: the
     * page already shows the title above the body.
     */
    public List<Node> render(String markdown, String title) {
        org.commonmark.node.Node document = PARSER.parse(markdown);
        if (document.getFirstChild() instanceof Heading heading
                && heading.getLevel() == 1
                && plainText(heading).strip().equalsIgnoreCase(title.strip())) {
            heading.unlink();
        }
        return blocks(document);
    }

    private static String plainText(org.commonmark.node.Node node) {
        StringBuilder text = new StringBuilder();
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else {
                text.append(plainText(child));
            }
        }
        return text.toString();
    }

    private List<Node> blocks(org.commonmark.node.Node parent) {
        List<Node> nodes = new ArrayList<>();
        for (var child = parent.getFirstChild(); child != null; child = child.getNext()) {
            nodes.add(block(child));
        }
        return nodes;
    }

    private Node block(org.commonmark.node.Node node) {
        if (node instanceof Heading heading) {
            TextFlow flow = inlines(heading, "heading");
            flow.getStyleClass().add("h" + Math.min(heading.getLevel(), 4));
            return flow;
        } else if (node instanceof Paragraph paragraph) {
            if (paragraph.getFirstChild() instanceof org.commonmark.node.Image image && image.getNext() == null) {
                return image(image); // a picture on its own line stands as a block, not inside text
            }
            return inlines(paragraph, "paragraph");
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            return list(node);
        } else if (node instanceof BlockQuote) {
            VBox quote = new VBox(blocks(node).toArray(Node[]::new));
            quote.getStyleClass().add("blockquote");
            return quote;
        } else if (node instanceof ThematicBreak) {
            Separator separator = new Separator();
            separator.getStyleClass().add("thematic-break");
            return separator;
        } else if (node instanceof FencedCodeBlock fenced) {
            String language = fenced.getInfo() == null || fenced.getInfo().isBlank()
                    ? "text"
                    : fenced.getInfo().trim().split("\\s+")[0].toLowerCase();
            return CodeBlockView.create(fenced.getLiteral(), language, Optional.empty());
        } else if (node instanceof IndentedCodeBlock indented) {
            return CodeBlockView.create(indented.getLiteral(), "text", Optional.empty());
        } else if (node instanceof HtmlBlock html) {
            return CodeBlockView.create(html.getLiteral(), "html", Optional.empty());
        } else if (node instanceof TableBlock) {
            return table(node);
        }
        return inlines(node, "paragraph");
    }

    private Node list(org.commonmark.node.Node list) {
        VBox box = new VBox();
        box.getStyleClass().add(list instanceof OrderedList ? "ordered-list" : "bullet-list");
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber()
                : 1;
        for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? (number++) + "." : "•");
            marker.getStyleClass().add("list-marker");
            marker.setMinWidth(24);
            VBox content = new VBox(blocks(item).toArray(Node[]::new));
            content.getStyleClass().add("list-item-content");
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.getStyleClass().add("list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private Node table(org.commonmark.node.Node table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        int columns = 0;
        List<Integer> longestText = new ArrayList<>();
        List<Integer> longestWord = new ArrayList<>();
        for (var section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (var tableRow = section.getFirstChild(); tableRow != null; tableRow = tableRow.getNext()) {
                int column = 0;
                for (var cell = tableRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                    TableCell tableCell = (TableCell) cell;
                    TextFlow flow = inlines(cell, "table-cell");
                    StackPane box = new StackPane(flow);
                    box.getStyleClass()
                            .addAll(
                                    "md-table-cell",
                                    tableCell.isHeader() ? "header" : "body",
                                    row % 2 == 0 ? "even" : "odd");
                    box.setMaxWidth(Double.MAX_VALUE);
                    box.setAlignment(alignment(tableCell.getAlignment()));
                    String text = plainText(flow);
                    while (longestText.size() <= column) {
                        longestText.add(0);
                        longestWord.add(0);
                    }
                    longestText.set(column, Math.max(longestText.get(column), text.length()));
                    for (String word : text.split("\\s+")) {
                        longestWord.set(column, Math.max(longestWord.get(column), word.length()));
                    }
                    grid.add(box, column++, row);
                }
                columns = Math.max(columns, column);
                row++;
            }
        }
        // Text flows report almost no minimum width, so a grid left to itself squeezes a column of short
        // labels down to one letter. Share the width by how much text each column holds instead, and never
        // below its longest word.
        double[] weights = new double[columns];
        double[] minimums = new double[columns];
        for (int i = 0; i < columns; i++) {
            weights[i] = Math.max(longestWord.get(i) * 1.3, Math.min(longestText.get(i), 40)) + 4;
            minimums[i] = longestWord.get(i) * 9.5 + 20;
        }
        new TableColumns(weights, minimums).applyTo(grid);
        return grid;
    }

    private static String plainText(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof javafx.scene.text.Text t) {
                text.append(t.getText());
            }
        }
        return text.toString();
    }

    private static Pos alignment(TableCell.Alignment alignment) {
        if (alignment == TableCell.Alignment.RIGHT) {
            return Pos.CENTER_RIGHT;
        }
        return alignment == TableCell.Alignment.CENTER ? Pos.CENTER : Pos.CENTER_LEFT;
    }

    private TextFlow inlines(org.commonmark.node.Node parent, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        addInlines(flow, parent, List.of(), null);
        return flow;
    }

    /** Appends the inline children of {@code parent}, carrying the emphasis styles and link around them. */
    private void addInlines(TextFlow flow, org.commonmark.node.Node parent, List<String> styles, String link) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Text text) {
                flow.getChildren().add(text(text.getLiteral(), styles, link));
            } else if (node instanceof Emphasis) {
                addInlines(flow, node, with(styles, "emphasis"), link);
            } else if (node instanceof StrongEmphasis) {
                addInlines(flow, node, with(styles, "strong"), link);
            } else if (node instanceof Code code) {
                flow.getChildren().add(text(code.getLiteral(), with(styles, "inline-code"), link));
            } else if (node instanceof Link target) {
                addInlines(flow, node, with(styles, "link"), target.getDestination());
            } else if (node instanceof org.commonmark.node.Image image) {
                flow.getChildren().add(image(image));
            } else if (node instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", styles, link));
            } else if (node instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", styles, link));
            } else if (node instanceof HtmlInline html) {
                flow.getChildren().add(text(html.getLiteral(), styles, link));
            } else {
                addInlines(flow, node, styles, link);
            }
        }
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> more = new ArrayList<>(styles);
        more.add(style);
        return more;
    }

    private Text text(String literal, List<String> styles, String link) {
        Text text = new Text(literal);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(styles);
        if (link != null) {
            text.setCursor(Cursor.HAND);
            text.setOnMouseClicked(e -> links.open(link));
            text.setAccessibleHelp(link);
        }
        return text;
    }

    private Node image(org.commonmark.node.Image image) {
        String destination = image.getDestination();
        String alt = altText(image);
        Optional<String> url = destination.matches("(?i)https?://.*")
                ? Optional.of(destination)
                : ImageResolver.resolve(destination, lessonFile)
                        .map(path -> path.toUri().toString());
        if (url.isEmpty()) {
            return missingImage(destination, alt);
        }
        // Background loading keeps a large picture from stalling the page; the view sizes itself when done.
        Image picture = new Image(url.get(), true);
        ImageView view = new ImageView(picture);
        view.setPreserveRatio(true);
        view.getStyleClass().add("lesson-image");
        view.setAccessibleText(alt);
        VBox box = new VBox(view);
        box.getStyleClass().add("lesson-image-box");
        box.setMinWidth(0);
        // Natural size, but never wider than the page: a wide diagram shrinks with the window.
        view.fitWidthProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.min(picture.getWidth(), box.getWidth()),
                        picture.widthProperty(),
                        box.widthProperty()));
        picture.errorProperty().addListener((obs, old, failed) -> {
            if (failed) {
                box.getChildren().setAll(missingImage(destination, alt));
            }
        });
        return box;
    }

    private static Node missingImage(String destination, String alt) {
        Label placeholder = new Label("Image not found: " + destination + (alt.isBlank() ? "" : " (" + alt + ")"));
        placeholder.getStyleClass().add("image-missing");
        placeholder.setWrapText(true);
        return placeholder;
    }

    private static String altText(org.commonmark.node.Node image) {
        StringBuilder alt = new StringBuilder();
        for (var child = image.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text text) {
                alt.append(text.getLiteral());
            }
        }
        return alt.toString();
    }
}
