"""ProcessLab instrumentation: runs in every Python process of a run, changes nothing the program does.

Python imports `sitecustomize` at start-up from PYTHONPATH, so this file runs in the main process and in
every child made by spawn or forkserver; forked children inherit it already set up. It does two things:

* Output tagging: each line written to sys.stdout / sys.stderr is prefixed with an invisible marker
  (RS + pid + US) so ProcessLab can show which process wrote it. The marker is stripped before display.
* Task events: process births, starts and ends of Process targets, pool tasks and threads, and child exit
  codes are appended as one short line each to the file named by PROCESSLAB_EVENTS. O_APPEND writes of
  one short line are atomic, so many processes can share the file. Times are time.monotonic_ns(), the
  clock of Java's System.nanoTime() on Linux.

The multiprocessing and threading patches are applied when those modules are first imported (an import
hook), so a program that never imports them pays nothing.
"""
import _thread
import os
import sys

_EVENTS_PATH = os.environ.get("PROCESSLAB_EVENTS")
# Only the run's first Python process finds this variable; it removes it so its children do not.
_IS_ROOT = os.environ.pop("PROCESSLAB_ROOT", None) is not None
_MARK_START = "\x1e"
_MARK_END = "\x1f"
# The most of an unfinished line held back: a line that never ends goes out in pieces of about this size.
_HELD_CHARS = 8192
_events_fd = None

try:
    from time import monotonic_ns as _now
except ImportError:  # pragma: no cover - Python 3.7 and older
    from time import monotonic as _monotonic

    def _now():
        return int(_monotonic() * 1e9)


def _native_tid():
    import threading
    return threading.get_native_id()


def _emit(*fields):
    """Appends one event line; never lets a reporting problem disturb the program."""
    global _events_fd
    if not _EVENTS_PATH:
        return
    try:
        if _events_fd is None:
            _events_fd = os.open(_EVENTS_PATH, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        line = " ".join(str(f).replace("\n", " ") for f in fields) + "\n"
        os.write(_events_fd, line.encode("utf-8", "replace"))
    except OSError:
        pass


# ---- output tagging ---------------------------------------------------------------------------------------

class _TaggedStream:
    """Wraps a text stream: whole lines go out in one write each, each starting with the writer's pid."""

    def __init__(self, stream):
        self._stream = stream
        self._pending = ""
        self._lock = _thread.allocate_lock()

    def _after_fork(self):
        self._lock = _thread.allocate_lock()
        self._pending = ""

    def write(self, text):
        if not isinstance(text, str):
            return self._stream.write(text)  # let the real stream raise its usual TypeError
        with self._lock:
            data = self._pending + text
            cut = data.rfind("\n") + 1
            self._pending = data[cut:]
            if cut:
                self._send(data[:cut])
            if len(self._pending) > _HELD_CHARS:
                # Held back whole, a line that never ends would grow here without bound, and the app would show
                # nothing of it until the program ended. A piece goes out now; the app joins the pieces.
                self._send_pending()
                self._stream.flush()
        return len(text)

    def _send(self, lines):
        marker = _MARK_START + str(os.getpid()) + _MARK_END
        parts = lines.split("\n")
        tagged = "\n".join(marker + p if p else p for p in parts[:-1]) + "\n"
        self._stream.write(tagged)
        self._stream.flush()

    def _send_pending(self):
        if self._pending:
            rest, self._pending = self._pending, ""
            marker = _MARK_START + str(os.getpid()) + _MARK_END
            self._stream.write(marker + rest)

    def flush(self):
        with self._lock:
            self._send_pending()
        try:
            self._stream.flush()
        except (OSError, ValueError):
            pass

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _tag_output():
    tagged = []
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name, None)
        if stream is not None and not isinstance(stream, _TaggedStream):
            wrapper = _TaggedStream(stream)
            setattr(sys, name, wrapper)
            setattr(sys, "__" + name + "__", wrapper)
            tagged.append(wrapper)
    if hasattr(os, "register_at_fork"):
        # A lock held by another thread at fork time would stay held forever in the child.
        os.register_at_fork(after_in_child=lambda: [w._after_fork() for w in tagged])


# ---- patches, applied when their module is imported -------------------------------------------------------

_MACHINERY_MODULES = ("multiprocessing", "concurrent.futures.process")


def _runs_subinterpreters(thread):
    """An InterpreterPoolExecutor's worker thread (3.14+): its tasks are reported one by one instead."""
    args = getattr(thread, "_args", None) or ()
    return len(args) > 1 and type(args[1]).__module__ == "concurrent.futures.interpreter"


def _patch_threading(threading):
    original = threading.Thread._bootstrap_inner

    def _bootstrap_inner(self):
        target = getattr(self, "_target", None)
        modules = (getattr(target, "__module__", None) or "", type(self).__module__ or "")
        # The machinery threads of the process pools (handlers, queue feeders, the executor's manager) are not
        # the program's work.
        if any(m.startswith(_MACHINERY_MODULES) for m in modules) or _runs_subinterpreters(self):
            return original(self)
        tid = threading.get_native_id()
        _emit("T+", _now(), os.getpid(), tid, "thread", self.name)
        try:
            return original(self)
        finally:
            _emit("T-", _now(), os.getpid(), tid, "thread", self.name)

    threading.Thread._bootstrap_inner = _bootstrap_inner


_POOL_MODULES = ("multiprocessing.pool", "concurrent.futures.process")


def _patch_process(process):
    original = process.BaseProcess._bootstrap

    def _bootstrap(self, *args, **kwargs):
        pid = os.getpid()
        _emit("R", _now(), pid, os.getppid(), self.name)
        if getattr(getattr(self, "_target", None), "__module__", "") in _POOL_MODULES:
            return original(self, *args, **kwargs)  # a pool worker: its tasks are reported one by one
        tid = _native_tid()
        _emit("T+", _now(), pid, tid, "process", self.name)
        try:
            return original(self, *args, **kwargs)
        finally:
            _emit("T-", _now(), pid, tid, "process", self.name)

    process.BaseProcess._bootstrap = _bootstrap


class _TimedInQueue:
    """A pool worker's task queue, reporting when each task is taken (task_id(item) names it)."""

    def __init__(self, queue, running, task_id):
        self._queue = queue
        self._running = running
        self._task_id = task_id

    def get(self, *args, **kwargs):
        task = self._queue.get(*args, **kwargs)
        if task is not None:
            index = self._task_id(task)
            self._running.append(index)
            _emit("T+", _now(), os.getpid(), _native_tid(), "pool", index)
        return task

    def __getattr__(self, name):
        return getattr(self._queue, name)


class _TimedOutQueue:
    """The pool worker's result queue, reporting when each task's result is sent."""

    def __init__(self, queue, running):
        self._queue = queue
        self._running = running

    def put(self, item, *args, **kwargs):
        if self._running:
            _emit("T-", _now(), os.getpid(), _native_tid(), "pool", self._running.pop())
        return self._queue.put(item, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._queue, name)


class _NumberedApplies:
    """A pool's task queue in the program's own process, giving each apply/apply_async task its own number.

    A task is (job, index, func, args, kwds) and the worker reports the index as the task's number: a map's
    tasks are numbered by their place in it, but apply_async queues ([(job, 0, func, args, kwds)], None), so
    every one of them would be task 0. The index only comes back with the result, where an apply's result
    ignores it, so it is replaced by a count of the pool's applies. Maps queue a generator and pass unchanged.
    """

    def __init__(self, queue):
        self._queue = queue
        self._applies = 0
        self._lock = _thread.allocate_lock()

    def put(self, item, *args, **kwargs):
        if type(item) is tuple and len(item) == 2 and type(item[0]) is list and item[1] is None:
            item = ([self._numbered(task) for task in item[0]], None)
        return self._queue.put(item, *args, **kwargs)

    def _numbered(self, task):
        if type(task) is not tuple or len(task) != 5 or task[1] != 0:
            return task  # not the shape apply_async queues: leave it alone
        with self._lock:
            number = self._applies
            self._applies += 1
        return (task[0], number) + task[2:]

    def __getattr__(self, name):
        return getattr(self._queue, name)


def _patch_pool(pool):
    original = pool.worker

    def worker(inqueue, outqueue, *args, **kwargs):
        running = []
        # A task is (job, index, func, args, kwds): the index is the task's number (see _NumberedApplies).
        return original(_TimedInQueue(inqueue, running, lambda task: task[1]), _TimedOutQueue(outqueue, running),
                        *args, **kwargs)

    pool.worker = _keep_identity(worker, original)

    original_init = pool.Pool.__init__

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        # Only the program's puts go through the wrapper: the pool's task thread already holds the real queue.
        queue = getattr(self, "_taskqueue", None)
        if queue is not None and not isinstance(queue, _NumberedApplies):
            self._taskqueue = _NumberedApplies(queue)

    __init__.__doc__ = original_init.__doc__
    pool.Pool.__init__ = __init__


def _patch_futures(process):
    original = process._process_worker

    def _process_worker(call_queue, result_queue, *args, **kwargs):
        running = []
        return original(_TimedInQueue(call_queue, running, lambda item: item.work_id),
                        _TimedOutQueue(result_queue, running), *args, **kwargs)

    process._process_worker = _keep_identity(_process_worker, original)


class _NumberedTask(tuple):
    """An InterpreterPoolExecutor task, (fn, args, kwargs), with its number in submission order."""
    number = 0


def _patch_interpreter_pool(interpreter):
    """Reports each task of an InterpreterPoolExecutor (3.14+) from the worker thread that runs it.

    The executor resolves every submitted call into a task tuple, which a worker runs inside its own
    interpreter with WorkerContext.run. Tasks are numbered per executor as they are submitted, so the
    tasks of a map are numbered by their place in it; the initializer, resolved apart, is not reported.
    """
    context = interpreter.WorkerContext
    original_prepare = context.prepare.__func__
    original_run = context.run

    def prepare(cls, *args, **kwargs):
        create_context, resolve_task = original_prepare(cls, *args, **kwargs)
        lock = _thread.allocate_lock()
        submitted = [0]

        def numbered(*task_args, **task_kwargs):
            task = _NumberedTask(resolve_task(*task_args, **task_kwargs))
            with lock:
                task.number = submitted[0]
                submitted[0] += 1
            return task

        return create_context, numbered

    def run(self, task):
        if not isinstance(task, _NumberedTask):
            return original_run(self, task)
        tid = _native_tid()
        _emit("T+", _now(), os.getpid(), tid, "pool", task.number)
        try:
            return original_run(self, task)
        finally:
            _emit("T-", _now(), os.getpid(), tid, "pool", task.number)

    context.prepare = classmethod(prepare)
    context.run = run


def _keep_identity(wrapper, original):
    """Spawned workers receive their target by pickle, i.e. by module and name: keep both."""
    wrapper.__module__ = original.__module__
    wrapper.__qualname__ = original.__qualname__
    wrapper.__name__ = original.__name__
    wrapper.__wrapped__ = original
    return wrapper


def _patch_popen(module):
    popen = module.Popen
    if "poll" not in popen.__dict__:
        return  # inherits the already patched poll of popen_fork
    original = popen.poll

    def poll(self, *args, **kwargs):
        code = original(self, *args, **kwargs)
        if code is not None and not getattr(self, "_processlab_reported", False):
            self._processlab_reported = True
            _emit("X", _now(), os.getpid(), self.pid, code)
        return code

    popen.poll = poll


_PATCHES = {
    "threading": _patch_threading,
    "multiprocessing.process": _patch_process,
    "multiprocessing.pool": _patch_pool,
    "concurrent.futures.process": _patch_futures,
    "concurrent.futures.interpreter": _patch_interpreter_pool,
    "multiprocessing.popen_fork": _patch_popen,
    "multiprocessing.popen_forkserver": _patch_popen,
}


class _PatchingLoader:
    def __init__(self, loader, patch):
        self._loader = loader
        self._patch = patch

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        module.__loader__ = self._loader
        if module.__spec__ is not None:
            module.__spec__.loader = self._loader
        self._loader.exec_module(module)
        try:
            self._patch(module)
        except Exception:  # a future Python changed the internals: run unobserved rather than break
            pass

    def __getattr__(self, name):
        return getattr(self._loader, name)


class _PatchingFinder:
    """Finds the modules to patch with the normal finders, then patches them right after they load."""

    def find_spec(self, name, path=None, target=None):
        patch = _PATCHES.get(name)
        if patch is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _PatchingLoader(spec.loader, patch)
                return spec
        return None


def _install_patches():
    for name, patch in _PATCHES.items():
        module = sys.modules.get(name)
        if module is not None:
            patch(module)
    sys.meta_path.insert(0, _PatchingFinder())


def _report_root_exit():
    if _IS_ROOT:
        import atexit
        atexit.register(lambda: _emit("A", _now(), os.getpid()))


def _run_shadowed_sitecustomize():
    """Runs the sitecustomize this one hides on the path (some distributions ship one), as Python would have."""
    here = os.path.dirname(os.path.abspath(__file__))
    for entry in sys.path:
        if not entry:
            continue
        folder = os.path.abspath(entry)
        candidate = os.path.join(folder, "sitecustomize.py")
        if folder != here and os.path.isfile(candidate):
            try:
                with open(candidate, "rb") as source:
                    code = compile(source.read(), candidate, "exec")
                exec(code, {"__name__": "sitecustomize", "__file__": candidate})
            except Exception:
                pass
            return


def _exit_code(status):
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    if os.WIFEXITED(status):
        return os.WEXITSTATUS(status)
    return None


def _report_reaped_children():
    """Wraps os.waitpid / os.wait (used by os.fork code, subprocess and multiprocessing) to report exit codes."""
    if not hasattr(os, "WIFSIGNALED"):
        return
    original_waitpid = os.waitpid
    original_wait = getattr(os, "wait", None)

    def report(pid, status):
        if pid > 0:
            code = _exit_code(status)
            if code is not None:
                _emit("X", _now(), os.getpid(), pid, code)

    def waitpid(pid, options):
        result = original_waitpid(pid, options)
        report(*result)
        return result

    waitpid.__doc__ = original_waitpid.__doc__
    os.waitpid = waitpid
    if original_wait is not None:
        def wait():
            result = original_wait()
            report(*result)
            return result

        wait.__doc__ = original_wait.__doc__
        os.wait = wait


def _report_births():
    """Tells ProcessLab of this process and of every child it forks: some live too briefly to be observed."""
    argv = getattr(sys, "orig_argv", None) or [sys.executable] + list(sys.argv)
    command = " ".join(argv)[:300]
    _emit("B", _now(), os.getpid(), os.getppid(), command)
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=lambda: _emit("B", _now(), os.getpid(), os.getppid(), command))


def _in_subinterpreter():
    """Whether this is a subinterpreter (3.14's concurrent.interpreters), which shares its process with the main one."""
    try:
        import _interpreters
        return _interpreters.get_current()[0] != _interpreters.get_main()[0]
    except Exception:  # before 3.13 there is no _interpreters, and no way to make subinterpreters in the stdlib
        return False


if _EVENTS_PATH:
    if _in_subinterpreter():
        # The process was born and reported already; its pid and exit are the main interpreter's to report.
        _tag_output()
        _install_patches()
    else:
        _report_births()
        _report_reaped_children()
        _tag_output()
        _install_patches()
        _report_root_exit()
_run_shadowed_sitecustomize()
