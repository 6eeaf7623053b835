package processlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeTabsTest {

    @Test
    void javaAfterPythonWithOnlyBlankLinesBetweenIsATab() {
        Lesson lesson = LessonLoader.parse("01-tabs", Path.of("01-tabs.md"), """
                ---
                title: Tabs
                ---
                ```python run
                print(1)
                ```

                ```java
                tab
                ```
                ```java
                not a tab: it follows a java block
                ```

                ```python
                x
                ```
                Some prose.

                ```java
                not a tab: prose is between
                ```
                """);

        List<Block> blocks = lesson.blocks();
        assertEquals(List.of(), lesson.errors());
        assertEquals(
                List.of(1),
                IntStream.range(-1, blocks.size() + 1)
                        .filter(i -> CodeTabs.isJavaTabBesidePrevious(blocks, i))
                        .boxed()
                        .toList());
    }
}
