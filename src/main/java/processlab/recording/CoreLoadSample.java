package processlab.recording;

/**
 * Machine-wide load of every logical core over one sampler interval.
 *
 * @param timeNs the end of the interval, ns since the run began
 * @param load   per core, 0..1 (busy share of the interval); index = logical core number
 */
public record CoreLoadSample(long timeNs, double[] load) {

    public double total() {
        double sum = 0;
        for (double l : load) {
            sum += l;
        }
        return load.length == 0 ? 0 : sum / load.length;
    }
}
