package processlab.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import processlab.lesson.Lesson;
import processlab.settings.ThemeChoice;

/**
 * The shell's state: the lessons, the search filter, the selected lesson, a status line, a notice and the theme.
 * Views bind to the read-only properties and change state only through the named commands. Needs no running
 * toolkit.
 */
public final class ShellViewModel {

    private final ObservableList<LessonItem> lessons = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: a view listens to {@code lessons} only weakly, so a fresh view per call would
     * drop its listeners once it is garbage-collected.
     */
    private final ObservableList<LessonItem> readOnlyLessons = FXCollections.unmodifiableObservableList(lessons);

    private final FilteredList<LessonItem> visibleLessons = new FilteredList<>(lessons, item -> true);
    private final ReadOnlyObjectWrapper<LessonItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper(this, "query", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Loading lessons…");
    private final ReadOnlyStringWrapper emptyListMessage = new ReadOnlyStringWrapper(this, "emptyListMessage");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private Optional<String> rememberedId = Optional.empty();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyBooleanWrapper canGoPrevious = new ReadOnlyBooleanWrapper(this, "canGoPrevious");
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");
    private final ReadOnlyObjectWrapper<ThemeChoice> theme =
            new ReadOnlyObjectWrapper<>(this, "theme", ThemeChoice.LIGHT);

    public ShellViewModel() {
        selected.addListener((obs, old, now) -> {
            updateNavigation();
            position.set(now == null ? "" : positionText(now, lessons.size()));
        });
        visibleLessons.addListener((javafx.collections.ListChangeListener<LessonItem>) change -> updateNavigation());
        emptyListMessage.bind(Bindings.createStringBinding(
                () -> loading.get()
                        ? "Loading lessons…"
                        : query.get().isEmpty() ? "No lessons" : "No lesson matches “" + query.get() + "”",
                loading,
                query));
    }

    /** All lessons, in file order. */
    public ObservableList<LessonItem> lessons() {
        return readOnlyLessons;
    }

    /** The lessons the search lets through; the list view shows these. */
    public ObservableList<LessonItem> visibleLessons() {
        return visibleLessons;
    }

    public ReadOnlyObjectProperty<LessonItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Optional<LessonItem> selected() {
        return Optional.ofNullable(selected.get());
    }

    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Where the selected lesson stands, e.g. "Lesson 3 of 16"; empty with none selected. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /**
     * "Lesson N of M" counts places in the list. The number a file name gives (26-…) may run past the count when the
     * numbers have gaps, so then the place comes too: "Lesson 26 (3 of 4)", never "Lesson 26 of 4".
     */
    static String positionText(LessonItem item, int count) {
        String place = item.position() + " of " + count;
        return item.number() == item.position() ? "Lesson " + place : "Lesson " + item.number() + " (" + place + ")";
    }

    /** What the lesson list says when it shows no lesson: loading, none at all, or none matching the search. */
    public ReadOnlyStringProperty emptyListMessageProperty() {
        return emptyListMessage.getReadOnlyProperty();
    }

    /**
     * A notice the student should see without being stopped (no dialog), e.g. progress that could not be saved.
     * It stays until replaced; an empty text removes it. Apart from the status line: it may be long (a path) and
     * must be read whole.
     */
    public void showNotice(String text) {
        notice.set(text == null ? "" : text);
    }

    /** The notice to show, empty for none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoPreviousProperty() {
        return canGoPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    /** The theme on screen; the app puts it on screen and remembers it. */
    public ReadOnlyObjectProperty<ThemeChoice> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public void setTheme(ThemeChoice choice) {
        theme.set(choice);
    }

    /** The lesson open when the app last closed: opened when no lesson is asked for by id (and it still exists). */
    public void setRememberedLesson(Optional<String> id) {
        rememberedId = id;
    }

    /**
     * Replaces the lessons (after loading) and selects {@code preferredId} if given and present, else the
     * remembered lesson if present, else the first lesson.
     */
    public void showLessons(List<Lesson> loaded, Optional<String> preferredId) {
        lessons.setAll(java.util.stream.IntStream.range(0, loaded.size())
                .mapToObj(i -> new LessonItem(loaded.get(i), i + 1))
                .toList());
        long broken = loaded.stream().filter(l -> !l.isValid()).count();
        String missing = preferredId
                .filter(id -> findLesson(id).isEmpty())
                .map(id -> " — no lesson with id '" + id + "'")
                .orElse("");
        status.set(loaded.size()
                + (loaded.size() == 1 ? " lesson" : " lessons")
                + (broken > 0 ? ", " + broken + " with errors" : "")
                + missing);
        selected.set(null);
        preferredId
                .flatMap(this::findLesson)
                .or(() -> rememberedId.flatMap(this::findLesson))
                .or(() -> lessons.stream().findFirst())
                .ifPresent(selected::set);
        loading.set(false);
    }

    /** The lesson folder could not be read at all. */
    public void showLoadFailure(String message) {
        lessons.clear();
        selected.set(null);
        status.set(message); // before loading ends: views react to the end of loading by showing the status
        loading.set(false);
    }

    public Optional<LessonItem> findLesson(String id) {
        return lessons.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    public void selectLesson(LessonItem item) {
        if (item != null && lessons.contains(item)) {
            selected.set(item);
        }
    }

    /** Selects by id; returns false when there is no such lesson. */
    public boolean selectLesson(String id) {
        Optional<LessonItem> item = findLesson(id);
        item.ifPresent(selected::set);
        return item.isPresent();
    }

    /** The next lesson among those the search shows. */
    public void next() {
        step(+1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        if (visibleLessons.isEmpty()) {
            return;
        }
        int index = visibleLessons.indexOf(selected.get());
        if (index < 0) {
            // The selected lesson is filtered out: start from the first (or last) one shown.
            selected.set(visibleLessons.get(direction > 0 ? 0 : visibleLessons.size() - 1));
            return;
        }
        int target = index + direction;
        if (target >= 0 && target < visibleLessons.size()) {
            selected.set(visibleLessons.get(target));
        }
    }

    /** Filters the list to lessons whose title, question or body contains every word of the query. */
    public void search(String text) {
        String trimmed = text == null ? "" : text.trim();
        query.set(trimmed);
        visibleLessons.setPredicate(trimmed.isEmpty() ? item -> true : item -> item.matches(trimmed));
    }

    private void updateNavigation() {
        int index = visibleLessons.indexOf(selected.get());
        int size = visibleLessons.size();
        canGoPrevious.set(index < 0 ? size > 0 : index > 0);
        canGoNext.set(index < 0 ? size > 0 : index < size - 1);
    }
}
