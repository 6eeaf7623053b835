package processlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import processlab.ui.shell.SearchHighlight.Segment;

class SearchHighlightTest {

    @Test
    void everyWordOfTheQueryIsMarkedInAnyCase() {
        assertEquals(
                List.of(new Segment("Pool", true), new Segment("s of ", false), new Segment("Workers", true)),
                new SearchHighlight("pool  WORKERS").segments("Pools of Workers"));
        assertEquals(
                List.of(
                        new Segment("a ", false),
                        new Segment("Process", true),
                        new Segment(" and a ", false),
                        new Segment("process", true)),
                new SearchHighlight("process").segments("a Process and a process"));
    }

    @Test
    void withoutAQueryOrAMatchTheTextIsOnePlainRun() {
        assertEquals(List.of(new Segment("Pools", false)), new SearchHighlight("  ").segments("Pools"));
        assertEquals(List.of(new Segment("Pools", false)), new SearchHighlight("zebra").segments("Pools"));
        assertEquals(List.of(new Segment("a.b", false)), new SearchHighlight("(").segments("a.b"), "no regex");
    }

    @Test
    void aWordFoundOnlyInTheBodyGetsAnExcerptAroundIt() {
        String body = "A Pool keeps worker processes alive and hands them tasks, so the zebra count stays low. "
                + "More text follows here, and it goes on for quite a while after the word that matched.";
        Optional<String> excerpt = new SearchHighlight("pool zebra").excerpt(List.of("Pools of workers", ""), body);
        assertTrue(excerpt.orElseThrow().contains("the zebra count"), excerpt.get());
        assertTrue(excerpt.get().startsWith("…") && excerpt.get().endsWith("…"), excerpt.get());
        assertEquals(
                Optional.empty(),
                new SearchHighlight("pool").excerpt(List.of("Pools of workers"), body),
                "the row shows the match already");
    }
}
