# ProcessLab's run box (see RunBox.java): the parent of a run's main process, which the kernel makes the parent of
# every process of the run that loses its own. A process cannot leave: setsid() and double forks change its session,
# not its ancestry. So the box sees, counts and ends the whole run, and nothing it started outlives it.
#
#   python3 -I -S box.py REPORT APP_PID MAX_PROCESSES GRACE_MS LINGER_MS PROGRAM [ARG...]
#
# It writes what happened to REPORT, one line each:
#   main PID NANOS               the program was forked at NANOS as process PID, and waits, stopped, for SIGCONT: the
#                                app starts observing it first, so even a program of a few milliseconds is seen whole
#   exit NANOS code N|signal N   the main process ended (NANOS: CLOCK_MONOTONIC, as Java's System.nanoTime)
#   leftover N                   N processes still ran LINGER_MS after the main process ended, and were ended
#   cap N                        N processes were alive at once, over MAX_PROCESSES: all were ended
#   orphaned                     the app (APP_PID, our parent) died: all were ended
#   nosubreaper ERRNO            the kernel refused: processes that lose their parent may escape
#   self NANOS                   the box's own CPU time, last: not the program's, so not counted as the run's
# SIGTERM (Stop, the time limit) asks it to end the run: SIGTERM to all, SIGKILL after GRACE_MS. It then exits as
# the main process did: the same code, or the same signal.
# Runs on Python 3.8 and newer, with no imports from the student's environment (-I -S).

import ctypes
import os
import resource
import signal
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
TICK_SECONDS = 0.1
TICK_NS = 100_000_000
# Listing the run's processes costs about 50 us each: with hundreds of them it is listed less often, so the box never
# takes more than about 1/WALK_COST_SHARE of a core.
WALK_COST_SHARE = 50
GIVE_UP_KILLING_NS = 5_000_000_000
ASKS_TO_STOP = {signal.SIGTERM, signal.SIGINT, signal.SIGHUP}
# Java workers exit when the process that started them is gone (ParentWatch.java): that is the box, not the app.
PARENT_PID_VARIABLE = "PROCESSLAB_PARENT_PID"


def children_of(pid):
    """Pids of pid's children, from each of its threads' children file; empty once it is gone."""
    found = []
    try:
        threads = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return found
    for tid in threads:
        try:
            with open("/proc/%d/task/%s/children" % (pid, tid), "rb") as f:
                found.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            pass
    return found


def children_by_scan(pid):
    """The same, where the kernel has no children files: every process's parent, from its stat line."""
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open("/proc/%s/stat" % name, "rb") as f:
                    stat = f.read()
                if int(stat[stat.rindex(b")") + 2:].split()[1]) == pid:
                    found.append(int(name))
            except (OSError, ValueError, IndexError):
                pass
    return found


CHILDREN = children_of if os.path.exists("/proc/thread-self/children") else children_by_scan


def descendants():
    """Every process below the box, alive or not yet waited for."""
    found = []
    to_visit = [os.getpid()]
    while to_visit:
        for child in CHILDREN(to_visit.pop()):
            found.append(child)
            to_visit.append(child)
    return found


class Box:

    def __init__(self, report_path, app_pid, max_processes, grace_ms, linger_ms):
        self.report = open(report_path, "a", buffering=1)
        self.app_pid = app_pid
        self.max_processes = max_processes
        self.grace_ns = grace_ms * 1_000_000
        self.linger_ns = linger_ms * 1_000_000
        self.main_pid = None
        self.main_status = None
        self.main_ended_ns = None
        self.stop_asked_ns = None

    def say(self, *words):
        self.report.write(" ".join(str(w) for w in words) + "\n")

    def start(self, argv):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
            self.say("nosubreaper", ctypes.get_errno())
        watched = set(ASKS_TO_STOP) | {signal.SIGCHLD}
        signal.pthread_sigmask(signal.SIG_BLOCK, watched)
        self.watched = watched
        started_ns = time.monotonic_ns()
        pid = os.fork()
        if pid == 0:
            self.become(argv)
        self.main_pid = pid
        os.waitpid(pid, os.WUNTRACED)  # stopped before exec: the app's SIGCONT cannot come before its SIGSTOP
        self.say("main", pid, started_ns)
        # The box's own ends of the program's pipes are closed, so they close when the program's last process ends.
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.close(null)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # mirroring a crash must not write a core file

    def become(self, argv):
        """In the forked child: the program, as if started directly (Python's own signal settings undone)."""
        try:
            for sig in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGINT):
                signal.signal(sig, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_SETMASK, set())
            self.report.close()
            if PARENT_PID_VARIABLE in os.environ:
                os.environ[PARENT_PID_VARIABLE] = str(os.getppid())  # a worker JVM's parent is now the box
            os.kill(os.getpid(), signal.SIGSTOP)
            os.execvp(argv[0], argv)
        except BaseException as e:
            try:
                os.write(2, ("ProcessLab could not start %s: %s\n" % (argv[0], e)).encode("utf-8", "replace"))
            finally:
                os._exit(127)

    def run(self):
        linger_until = None
        next_walk_ns = 0
        walked_since_main_ended = False
        while True:
            info = signal.sigtimedwait(self.watched, TICK_SECONDS)
            now = time.monotonic_ns()
            self.reap(now)
            if os.getppid() != self.app_pid:
                self.say("orphaned")
                self.kill_all()
                break
            if info is not None and info.si_signo in ASKS_TO_STOP and self.stop_asked_ns is None:
                self.stop_asked_ns = now
                self.signal_all(signal.SIGTERM)
            if self.stop_asked_ns is not None and now - self.stop_asked_ns >= self.grace_ns:
                self.kill_all()
            main_just_ended = self.main_status is not None and not walked_since_main_ended
            if now < next_walk_ns and not main_just_ended:
                continue
            left = descendants()
            walked = time.monotonic_ns()
            next_walk_ns = walked + max(TICK_NS, WALK_COST_SHARE * (walked - now))
            walked_since_main_ended = self.main_status is not None
            if self.main_status is None:
                if len(left) > self.max_processes:
                    self.say("cap", len(left))
                    self.kill_all()
                continue
            if not left:
                break
            if linger_until is None:
                linger_until = self.main_ended_ns + self.linger_ns
            if now >= linger_until:
                self.say("leftover", len(left))
                self.kill_all()
        self.reap(time.monotonic_ns())
        self.exit_as_main()

    def reap(self, now):
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if pid == self.main_pid:
                self.main_status = status
                self.main_ended_ns = now
                if os.WIFSIGNALED(status):
                    self.say("exit", now, "signal", os.WTERMSIG(status))
                else:
                    self.say("exit", now, "code", os.WEXITSTATUS(status))

    def signal_all(self, sig):
        for pid in descendants():
            try:
                os.kill(pid, sig)
            except OSError:
                pass

    def kill_all(self):
        """SIGKILL to every process below, again and again, until none is left: a process forked meanwhile is the
        child of one that was alive, and comes to the box when that one dies."""
        give_up = time.monotonic_ns() + GIVE_UP_KILLING_NS
        while True:
            left = descendants()
            if not left or time.monotonic_ns() > give_up:
                return
            for pid in left:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            signal.sigtimedwait({signal.SIGCHLD}, 0.005)
            self.reap(time.monotonic_ns())

    def exit_as_main(self):
        me = resource.getrusage(resource.RUSAGE_SELF)
        self.say("self", int((me.ru_utime + me.ru_stime) * 1e9))
        status = self.main_status
        if status is None:
            os._exit(1)
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            try:
                signal.signal(sig, signal.SIG_DFL)
            except (OSError, ValueError):
                pass  # SIGKILL and SIGSTOP keep their default
            signal.pthread_sigmask(signal.SIG_SETMASK, set())
            os.kill(os.getpid(), sig)
            os._exit(128 + sig)  # a signal that does not end a process (it was ignored): say it as a shell would
        os._exit(os.WEXITSTATUS(status))


def main():
    report, app_pid, max_processes, grace_ms, linger_ms = sys.argv[1:6]
    box = Box(report, int(app_pid), int(max_processes), int(grace_ms), int(linger_ms))
    box.start(sys.argv[6:])
    box.run()


main()
