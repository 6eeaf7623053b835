package processlab.lesson;

/** A {@code ```demo} block: a live comparison of real runs, described by its validated spec. */
public record DemoBlock(int line, String info, String body, DemoSpec spec) implements Block {

    @Override
    public String kind() {
        return "demo";
    }
}
