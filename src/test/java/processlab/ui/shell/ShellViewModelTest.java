package processlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import processlab.ui.TestLessons;

class ShellViewModelTest {

    private final ShellViewModel model = new ShellViewModel();

    private String selectedId() {
        return model.selected().map(LessonItem::id).orElse("none");
    }

    @Test
    void startsLoadingWithNothingSelected() {
        assertTrue(model.loadingProperty().get());
        assertEquals("none", selectedId());
        assertFalse(model.canGoNextProperty().get());
    }

    @Test
    void showingLessonsSelectsTheFirstAndReportsBrokenOnes() {
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        assertFalse(model.loadingProperty().get());
        assertEquals("01-processes", selectedId());
        assertEquals("3 lessons, 1 with errors", model.statusProperty().get());
        assertEquals(
                List.of(1, 2, 3),
                model.lessons().stream().map(LessonItem::number).toList());
    }

    @Test
    void preferredLessonIsSelectedAndAnUnknownOneIsReported() {
        model.showLessons(TestLessons.uiLessons(), Optional.of("02-pools"));
        assertEquals("02-pools", selectedId());
        model.showLessons(TestLessons.uiLessons(), Optional.of("09-nope"));
        assertEquals("01-processes", selectedId());
        assertTrue(
                model.statusProperty().get().contains("no lesson with id '09-nope'"),
                model.statusProperty().get());
    }

    @Test
    void aListenerOnTheLessonsOutlivesAGarbageCollection() {
        int[] changes = {0};
        model.lessons().addListener((javafx.collections.ListChangeListener<LessonItem>) change -> changes[0]++);
        for (int i = 0; i < 3; i++) {
            System.gc(); // a read-only view made per call, listened to weakly, would be gone now
        }
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        assertEquals(1, changes[0]);
    }

    @Test
    void theRememberedLessonOpensUnlessOneIsAskedForOrItIsGone() {
        model.setRememberedLesson(Optional.of("02-pools"));
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        assertEquals("02-pools", selectedId());
        assertFalse(model.statusProperty().get().contains("no lesson"), "a remembered lesson is not an error");

        model.showLessons(TestLessons.uiLessons(), Optional.of("01-processes"));
        assertEquals("01-processes", selectedId(), "--lesson wins over the remembered lesson");

        model.showLessons(TestLessons.uiLessons(), Optional.of("09-nope"));
        assertEquals("02-pools", selectedId(), "an unknown --lesson falls back to the remembered one");
        assertTrue(
                model.statusProperty().get().contains("no lesson with id '09-nope'"),
                model.statusProperty().get());

        model.setRememberedLesson(Optional.of("07-deleted-since"));
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        assertEquals("01-processes", selectedId());
        assertFalse(
                model.statusProperty().get().contains("no lesson"),
                model.statusProperty().get());
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        assertFalse(model.canGoPreviousProperty().get());
        model.previous();
        assertEquals("01-processes", selectedId());
        model.next();
        model.next();
        assertEquals("03-broken", selectedId());
        assertFalse(model.canGoNextProperty().get());
        model.next();
        assertEquals("03-broken", selectedId());
        model.previous();
        assertEquals("02-pools", selectedId());
        assertTrue(
                model.canGoPreviousProperty().get() && model.canGoNextProperty().get());
    }

    @Test
    void searchMatchesTitleQuestionAndBodyCaseInsensitively() {
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        model.search("POOL");
        assertEquals(List.of("02-pools"), visibleIds());
        model.search("difference between");
        assertEquals(List.of("01-processes"), visibleIds());
        model.search("zebra");
        assertEquals(List.of("02-pools"), visibleIds());
        model.search("zebra process");
        assertEquals(List.of("02-pools"), visibleIds());
        model.search("nothing-like-this");
        assertEquals(List.of(), visibleIds());
        model.search("  ");
        assertEquals(3, visibleIds().size());
    }

    @Test
    void navigationFollowsTheFilteredList() {
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        model.search("broken");
        assertEquals(List.of("03-broken"), visibleIds());
        // The selected lesson is filtered out: next jumps to the first lesson shown.
        assertTrue(model.canGoNextProperty().get());
        model.next();
        assertEquals("03-broken", selectedId());
        assertFalse(model.canGoNextProperty().get());
        assertFalse(model.canGoPreviousProperty().get());
    }

    @Test
    void selectingByIdAndLoadFailure() {
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        assertTrue(model.selectLesson("02-pools"));
        assertFalse(model.selectLesson("nope"));
        assertEquals("02-pools", selectedId());
        model.showLoadFailure("lesson folder not found: /x");
        assertEquals("none", selectedId());
        assertEquals("lesson folder not found: /x", model.statusProperty().get());
        assertTrue(model.lessons().isEmpty());
    }

    @Test
    void doneMarkIsAPropertyPerLesson() {
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        LessonItem first = model.lessons().get(0);
        first.doneProperty().set(true);
        assertTrue(model.lessons().get(0).doneProperty().get());
        assertFalse(model.lessons().get(1).doneProperty().get());
    }

    private List<String> visibleIds() {
        return model.visibleLessons().stream().map(LessonItem::id).toList();
    }

    @Test
    void theEmptyListSaysWhyItIsEmpty() {
        assertEquals("Loading lessons…", model.emptyListMessageProperty().get());
        model.showLessons(List.of(), Optional.empty());
        assertEquals("No lessons", model.emptyListMessageProperty().get());
        model.search("zebra");
        assertEquals(
                "No lesson matches “zebra”", model.emptyListMessageProperty().get());
    }

    @Test
    void thePositionNeverCountsPastTheNumberOfLessons() {
        model.showLessons(
                List.of(
                        TestLessons.lesson("01-start", "Start", ""),
                        TestLessons.lesson("05-gap", "Gap", ""),
                        TestLessons.broken("26-late", "bad", 1),
                        TestLessons.lesson("intro", "No number", "")),
                Optional.empty());
        assertEquals("Lesson 1 of 4", model.positionProperty().get());
        model.next();
        assertEquals("Lesson 5 (2 of 4)", model.positionProperty().get(), "the file's number, and where it stands");
        model.next();
        assertEquals("Lesson 26 (3 of 4)", model.positionProperty().get(), "was 'Lesson 26 of 4'");
        model.next();
        assertEquals("Lesson 4 of 4", model.positionProperty().get());
        model.showLessons(List.of(), Optional.empty());
        assertEquals("", model.positionProperty().get());
    }

    @Test
    void aNoticeStandsApartFromTheStatusUntilCleared() {
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        assertEquals("", model.noticeProperty().get());
        model.showNotice("Progress could not be saved.");
        assertEquals("Progress could not be saved.", model.noticeProperty().get());
        assertEquals("3 lessons, 1 with errors", model.statusProperty().get(), "the status is not crowded by it");
        model.showLessons(TestLessons.uiLessons(), Optional.empty());
        assertEquals("Progress could not be saved.", model.noticeProperty().get(), "kept across a reload");
        model.showNotice("");
        assertEquals("", model.noticeProperty().get());
        assertEquals("3 lessons, 1 with errors", model.statusProperty().get());
    }
}
