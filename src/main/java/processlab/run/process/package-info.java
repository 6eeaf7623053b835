/**
 * Process groups and the guardian that kills a run's group if the app dies: the lowest layer of running a
 * program, shared by {@code run} and the Python probe in {@code run.python}.
 */
package processlab.run.process;
