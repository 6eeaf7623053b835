/**
 * Small helpers every layer uses (threads, the operating system, finding programs); depends on nothing else in
 * ProcessLab, so {@code run}, {@code progress}, {@code ui} and {@code cli} can all use it without a cycle.
 */
package processlab.util;
