package processlab.lesson;

import java.util.List;

/**
 * The format's tab rule: a {@code java} block right after a {@code python} block, with only blank lines between,
 * is shown as a tab beside it. The loader makes no block of blank-only prose, so "right after" is simply the next
 * block in {@link Lesson#blocks()}.
 */
public final class CodeTabs {

    private CodeTabs() {}

    /** Whether {@code blocks.get(index)} is a Java block to show as a tab beside the Python block before it. */
    public static boolean isJavaTabBesidePrevious(List<Block> blocks, int index) {
        return index > 0
                && index < blocks.size()
                && blocks.get(index) instanceof CodeBlock java
                && java.language().equals("java")
                && blocks.get(index - 1) instanceof CodeBlock python
                && python.language().equals("python");
    }
}
