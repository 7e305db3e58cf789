//! The scheduler: green threads on fibers (`corosensei`), all on one OS thread.
//!
//! The main program runs on the native stack; every other thread runs on a fiber. A
//! blocking call (`time.sleep`, parking on a lock, event, queue or join) in a fiber
//! suspends it back to whoever resumed it; a blocking call on the main thread runs the
//! scheduling loop right there, resuming ready fibers and firing timers until the main
//! thread itself can go on. When every thread waits and no timer can wake any of them,
//! that is a deadlock: pyco reports what each thread waits for and exits.
//!
//! Only blocking calls switch threads, so Python objects need no locking, and the
//! interpreter state that belongs to a thread (recursion depth, exceptions being handled,
//! native stack limit) is swapped on every switch.

use crate::object::{PyErr, Value};
use crate::vm::Vm;
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::rc::Rc;

/// Fiber stack size: virtual memory, committed only as it is used.
const FIBER_STACK: usize = 256 << 20;

/// Why a thread stops running.
#[derive(Clone)]
pub enum Block {
    /// Wait for `unpark(key)` or the deadline (the thread's park state says which).
    Park,
    /// Finished (the fiber returned).
    Done,
}

/// What a parked thread learns when it runs again.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    Start,
    Unparked,
    TimedOut,
}

type Fiber = Coroutine<Wake, Block, (), DefaultStack>;

/// A file descriptor a parked thread waits on: ready to read, or ready to write.
#[derive(Clone, Copy)]
pub struct FdWait {
    pub fd: i32,
    pub write: bool,
}

/// What a parked thread waits for: its park key, deadline, a description, the order in
/// which it parked (ties between equal deadlines wake in that order), and the file
/// descriptors it also wakes for (when any of them is ready; often none).
#[derive(Clone)]
struct ParkState {
    key: i64,
    deadline: Option<f64>,
    reason: Rc<str>,
    seq: u64,
    fds: Rc<[FdWait]>,
}

type Parked = Option<ParkState>;

/// Per-thread interpreter state, swapped on every switch.
#[derive(Default)]
struct Saved {
    depth: u32,
    handling: Vec<PyErr>,
    stack_limit: usize,
    frames: Vec<crate::vm::FrameMark>,
}

pub struct GreenThread {
    pub ident: i64,
    pub name: RefCell<String>,
    pub daemon: bool,
    fiber: RefCell<Option<Fiber>>,
    /// The fiber's yielder while it runs (valid only while the fiber is alive).
    yielder: Cell<*const Yielder<Wake, Block>>,
    /// What it waits for, while parked.
    parked: RefCell<Parked>,
    wake: Cell<Option<Wake>>,
    pub finished: Cell<bool>,
    saved: RefCell<Saved>,
}

#[derive(Default)]
pub struct Scheduler {
    threads: RefCell<Vec<Rc<GreenThread>>>,
    ready: RefCell<VecDeque<i64>>,
    /// The running thread (0: the main thread).
    current: Cell<i64>,
    next_ident: Cell<i64>,
    /// The main thread's park state.
    main_parked: RefCell<Parked>,
    main_wake: Cell<Option<Wake>>,
    /// Timer order among equal deadlines.
    seq: Cell<u64>,
    /// The threads parked on each key, in the order they parked: (ident, park seq).
    waiting: RefCell<HashMap<i64, VecDeque<(i64, u64)>>>,
    /// The last key handed out by `new_key`.
    last_key: Cell<i64>,
    /// In a child process forked on a green thread: that thread's ident. It now runs as
    /// the process's main thread, and the process exits when it finishes.
    forked_on: Cell<Option<i64>>,
}

/// The main thread's ident as `threading.get_ident()` reports it.
pub const MAIN_IDENT: i64 = 0;

/// Keys from `Scheduler::new_key` start here, clear of the keys the Python modules make
/// (from 2**42), the thread-exit keys (2**40 + ident) and the negative one-shot keys.
const FIRST_NATIVE_KEY: i64 = 1 << 52;

impl Scheduler {
    /// A fresh park key for a native blocking primitive (lock, queue, future).
    pub fn new_key(&self) -> i64 {
        let k = self.last_key.get().max(FIRST_NATIVE_KEY) + 1;
        self.last_key.set(k);
        k
    }
    fn next_seq(&self) -> u64 {
        let n = self.seq.get();
        self.seq.set(n + 1);
        n
    }
    pub fn current(&self) -> i64 {
        self.current.get()
    }
    /// A live thread by ident (finished threads are dropped from the table).
    pub fn thread(&self, ident: i64) -> Option<Rc<GreenThread>> {
        self.threads
            .borrow()
            .iter()
            .find(|t| t.ident == ident)
            .cloned()
    }
    pub fn is_alive(&self, ident: i64) -> bool {
        ident == MAIN_IDENT
            || self
                .thread(ident)
                .map(|t| !t.finished.get())
                .unwrap_or(false)
    }
    pub fn live_threads(&self) -> Vec<Rc<GreenThread>> {
        self.threads
            .borrow()
            .iter()
            .filter(|t| !t.finished.get())
            .cloned()
            .collect()
    }
}

fn save_state(vm: &Vm) -> Saved {
    Saved {
        depth: vm.depth.get(),
        handling: std::mem::take(&mut *vm.handling.borrow_mut()),
        stack_limit: vm.stack_limit.get(),
        frames: std::mem::take(&mut *vm.frame_stack.borrow_mut()),
    }
}

fn restore_state(vm: &Vm, s: Saved) {
    vm.depth.set(s.depth);
    *vm.handling.borrow_mut() = s.handling;
    vm.stack_limit.set(s.stack_limit);
    *vm.frame_stack.borrow_mut() = s.frames;
}

impl Vm {
    /// Start `target()` on a new green thread and run it up to its first blocking point.
    pub fn start_thread(
        self: &Rc<Self>,
        target: Value,
        name: String,
        daemon: bool,
    ) -> Result<i64, PyErr> {
        let s = &self.sched;
        let ident = s.next_ident.get() + 1;
        s.next_ident.set(ident);
        let stack = DefaultStack::new(FIBER_STACK)
            .map_err(|e| self.runtime_error(format!("can't start new thread: {e}")))?;
        let vm = self.clone();
        let thread_name = name.clone();
        let fiber: Fiber = Coroutine::with_stack(
            stack,
            move |yielder: &Yielder<Wake, Block>, _start: Wake| {
                if let Some(t) = vm.sched.thread(ident) {
                    t.yielder.set(yielder as *const _);
                }
                // A fiber's stack grows down from its top: leave a margin for the guard page.
                let sp = psm::stack_pointer() as usize;
                vm.stack_limit
                    .set(sp.saturating_sub(FIBER_STACK - (4 << 20)));
                vm.depth.set(1);
                if let Err(e) = vm.call(&target, &[], &[]) {
                    if !e.is_instance_of(&vm.exc_class("SystemExit")) {
                        vm.write_stderr(&format!("Exception in thread {thread_name}:\n"));
                        vm.print_exception(&e);
                    }
                }
                if vm.sched.forked_on.get() == Some(ident) {
                    // The forked child's only thread is done: so is the process.
                    vm.flush_stdout();
                    std::process::exit(0);
                }
            },
        );
        let thread = Rc::new(GreenThread {
            ident,
            name: RefCell::new(name),
            daemon,
            fiber: RefCell::new(Some(fiber)),
            yielder: Cell::new(std::ptr::null()),
            parked: RefCell::new(None),
            wake: Cell::new(Some(Wake::Start)),
            finished: Cell::new(false),
            saved: RefCell::new(Saved::default()),
        });
        s.threads.borrow_mut().push(thread.clone());
        // The starter stays first in line; the new thread runs now.
        self.switch_to(&thread);
        Ok(ident)
    }

    /// Resume `t` until it blocks or finishes, with its interpreter state in place.
    fn switch_to(&self, t: &Rc<GreenThread>) {
        let s = &self.sched;
        let prev = s.current.get();
        let prev_state = save_state(self);
        s.current.set(t.ident);
        restore_state(self, std::mem::take(&mut *t.saved.borrow_mut()));
        let wake = t.wake.take().unwrap_or(Wake::Unparked);
        let fiber = t.fiber.borrow_mut().take();
        if let Some(mut fiber) = fiber {
            match fiber.resume(wake) {
                CoroutineResult::Yield(Block::Park) => {
                    *t.fiber.borrow_mut() = Some(fiber);
                }
                CoroutineResult::Yield(Block::Done) | CoroutineResult::Return(()) => {
                    t.finished.set(true);
                    s.threads.borrow_mut().retain(|x| !Rc::ptr_eq(x, t));
                    self.unpark(thread_exit_key(t.ident), usize::MAX);
                }
            }
        }
        *t.saved.borrow_mut() = save_state(self);
        s.current.set(prev);
        restore_state(self, prev_state);
    }

    /// In a forked child: only the thread that called `fork` goes on, as with POSIX
    /// threads. The other fibers are abandoned without unwinding (their stacks belong to
    /// the parent's threads); a green thread becomes the main thread, so blocking calls
    /// run the scheduling loop on its own stack.
    pub fn keep_only_current_thread(&self) {
        let s = &self.sched;
        let cur = s.current.get();
        let others: Vec<Rc<GreenThread>> = s.threads.borrow_mut().drain(..).collect();
        for t in others {
            if let Some(fiber) = t.fiber.borrow_mut().take() {
                std::mem::forget(fiber);
            }
            t.finished.set(true);
        }
        s.ready.borrow_mut().clear();
        s.waiting.borrow_mut().clear();
        s.main_parked.borrow_mut().take();
        s.main_wake.set(None);
        if cur != MAIN_IDENT {
            s.forked_on.set(Some(cur));
            s.current.set(MAIN_IDENT);
        }
    }

    /// Block the current thread until `unpark(key)` or the deadline (clock seconds).
    pub fn park(&self, key: i64, deadline: Option<f64>, reason: &str) -> Result<Wake, PyErr> {
        self.park_on(key, deadline, reason, Rc::new([]))
    }

    /// Block the current thread until `fd` is ready (to read, or to write), or the
    /// deadline. Other threads run meanwhile; the idle scheduler polls the descriptors.
    pub fn wait_fd(&self, fd: FdWait, deadline: Option<f64>, reason: &str) -> Result<Wake, PyErr> {
        let key = -1 - self.sched.next_seq() as i64;
        self.park_on(key, deadline, reason, Rc::new([fd]))
    }

    /// Block the current thread until `unpark(key)`, the deadline, or until any of `fds`
    /// is ready (the asyncio loop waiting for its timers, callbacks and sockets at once).
    pub fn park_fds(
        &self,
        key: i64,
        fds: &[FdWait],
        deadline: Option<f64>,
        reason: &str,
    ) -> Result<Wake, PyErr> {
        self.park_on(key, deadline, reason, fds.into())
    }

    fn park_on(
        &self,
        key: i64,
        deadline: Option<f64>,
        reason: &str,
        fds: Rc<[FdWait]>,
    ) -> Result<Wake, PyErr> {
        let s = &self.sched;
        let cur = s.current.get();
        let state = ParkState {
            key,
            deadline,
            reason: reason.into(),
            seq: s.next_seq(),
            fds,
        };
        if cur != MAIN_IDENT {
            let Some(t) = s.thread(cur) else {
                return Err(self.runtime_error("internal: unknown current thread"));
            };
            let y = t.yielder.get();
            if y.is_null() {
                return Err(self.runtime_error("internal: thread without a fiber"));
            }
            s.waiting
                .borrow_mut()
                .entry(key)
                .or_default()
                .push_back((cur, state.seq));
            *t.parked.borrow_mut() = Some(state);
            // Safety: the yielder belongs to the fiber we are running on, which is alive
            // for as long as this call is on its stack.
            let yielder = unsafe { &*y };
            return Ok(yielder.suspend(Block::Park));
        }
        s.waiting
            .borrow_mut()
            .entry(key)
            .or_default()
            .push_back((MAIN_IDENT, state.seq));
        *s.main_parked.borrow_mut() = Some(state);
        s.main_wake.set(None);
        self.run_until_main_wakes()
    }

    /// Sleep the current thread for `secs` of clock time.
    pub fn sleep_thread(&self, secs: f64) -> Result<(), PyErr> {
        if self.sched.threads.borrow().is_empty() {
            // No other threads: a plain sleep (or a jump of the virtual clock).
            self.sleep(secs);
            return Ok(());
        }
        let deadline = self.clock.monotonic() + secs.max(0.0);
        let key = -1 - self.sched.next_seq() as i64;
        self.park(key, Some(deadline), "sleeping")?;
        Ok(())
    }

    /// Wake up to `n` threads parked on `key` (the main thread included), in the order
    /// they parked. Returns how many.
    pub fn unpark(&self, key: i64, n: usize) -> usize {
        let s = &self.sched;
        let mut woken = 0;
        while woken < n {
            let next = {
                let mut waiting = s.waiting.borrow_mut();
                let Some(q) = waiting.get_mut(&key) else {
                    break;
                };
                let next = q.pop_front();
                if q.is_empty() {
                    waiting.remove(&key);
                }
                next
            };
            let Some((ident, seq)) = next else { break };
            if self.take_parked(ident, Some(seq)).is_some() {
                self.make_ready(ident, Wake::Unparked);
                woken += 1;
            }
        }
        woken
    }

    /// Clear a thread's park state (when it is parked, and at park `seq` when given);
    /// returns the state it had.
    fn take_parked(&self, ident: i64, seq: Option<u64>) -> Option<ParkState> {
        let s = &self.sched;
        let take = |cell: &RefCell<Parked>| {
            let mut p = cell.borrow_mut();
            match &*p {
                Some(st) if seq.is_none_or(|q| q == st.seq) => p.take(),
                _ => None,
            }
        };
        if ident == MAIN_IDENT {
            take(&s.main_parked)
        } else {
            take(&s.thread(ident)?.parked)
        }
    }

    /// Put a thread that is no longer parked in the ready queue.
    fn make_ready(&self, ident: i64, why: Wake) {
        let s = &self.sched;
        if ident == MAIN_IDENT {
            s.main_wake.set(Some(why));
        } else if let Some(t) = s.thread(ident) {
            t.wake.set(Some(why));
        } else {
            return;
        }
        s.ready.borrow_mut().push_back(ident);
    }

    /// The main thread's scheduling loop: run others until the main thread can go on.
    fn run_until_main_wakes(&self) -> Result<Wake, PyErr> {
        let s = &self.sched;
        loop {
            let next = s.ready.borrow_mut().pop_front();
            if next == Some(MAIN_IDENT) {
                return Ok(s.main_wake.take().unwrap_or(Wake::Unparked));
            }
            if let Some(ident) = next {
                if let Some(t) = s.thread(ident) {
                    if !t.finished.get() {
                        self.switch_to(&t);
                    }
                }
                continue;
            }
            if crate::repl::interrupt::take() {
                return Err(self.raise_new(self.exc_class("KeyboardInterrupt"), vec![]));
            }
            // Nothing ready: wait for a descriptor or the earliest timer, or report a
            // deadlock when nothing can ever wake anyone.
            let parked = self.parked_states();
            let deadline = parked
                .iter()
                .filter_map(|(_, p)| p.deadline)
                .min_by(f64::total_cmp);
            let fds: Vec<(i64, FdWait)> = parked
                .iter()
                .flat_map(|(ident, p)| p.fds.iter().map(|fd| (*ident, *fd)))
                .collect();
            if fds.is_empty() {
                let Some(deadline) = deadline else {
                    return Err(self.deadlock());
                };
                let now = self.clock.monotonic();
                if deadline > now {
                    self.sleep(deadline - now);
                }
            } else {
                self.poll_fds(&fds, deadline);
            }
            self.fire_timers();
        }
    }

    /// Every parked thread's state, the main thread's first.
    fn parked_states(&self) -> Vec<(i64, ParkState)> {
        let s = &self.sched;
        let mut out = Vec::new();
        if let Some(p) = &*s.main_parked.borrow() {
            out.push((MAIN_IDENT, p.clone()));
        }
        for t in s.threads.borrow().iter() {
            if let Some(p) = &*t.parked.borrow() {
                out.push((t.ident, p.clone()));
            }
        }
        out
    }

    /// Make a parked thread ready, telling it why it woke (a timer or a descriptor: it
    /// leaves its key's line of waiters).
    fn wake_thread(&self, ident: i64, why: Wake) {
        let Some(p) = self.take_parked(ident, None) else {
            return;
        };
        let mut waiting = self.sched.waiting.borrow_mut();
        if let Some(q) = waiting.get_mut(&p.key) {
            q.retain(|&(i, seq)| !(i == ident && seq == p.seq));
            if q.is_empty() {
                waiting.remove(&p.key);
            }
        }
        drop(waiting);
        self.make_ready(ident, why);
    }

    /// Wait until a descriptor is ready or the deadline passes; wake the threads whose
    /// descriptors are ready. Under virtual time a timer may not wait on idle input (the
    /// prompt's pipe) for long: after a short real wait the clock jumps to the deadline.
    /// A socket is different: a thread waiting on one waits for real work elsewhere (a
    /// server, a peer), so while any does, the clock does not jump (a jump would fire
    /// that socket's own timeout before its answer came): it advances by the real time
    /// the wait took.
    fn poll_fds(&self, fds: &[(i64, FdWait)], deadline: Option<f64>) {
        // As before a sleep, output written so far is shown before waiting (a server's
        // `Server started ...` line reaches a pipe while it waits for clients).
        if !self.clock.virtual_mode {
            self.flush_stdout();
        }
        let jump = self.clock.virtual_mode && !fds.iter().any(|(_, w)| is_socket(w.fd));
        let mut polled: Vec<libc::pollfd> = fds
            .iter()
            .map(|(_, w)| libc::pollfd {
                fd: w.fd,
                events: if w.write { libc::POLLOUT } else { libc::POLLIN },
                revents: 0,
            })
            .collect();
        let timeout_ms: i32 = match deadline {
            None => 20,
            Some(d) => {
                let left = d - self.clock.monotonic();
                if jump {
                    (left.clamp(0.0, 0.05) * 1000.0).ceil() as i32
                } else {
                    (left.max(0.0) * 1000.0).ceil().min(20.0) as i32
                }
            }
        };
        let started = std::time::Instant::now();
        // Safety: `polled` is a valid array of pollfd for its length.
        let n = unsafe {
            libc::poll(
                polled.as_mut_ptr(),
                polled.len() as libc::nfds_t,
                timeout_ms,
            )
        };
        if self.clock.virtual_mode && !jump {
            self.sleep(started.elapsed().as_secs_f64());
        }
        if n > 0 {
            for (p, (ident, _)) in polled.iter().zip(fds) {
                if p.revents != 0 {
                    self.wake_thread(*ident, Wake::Unparked);
                }
            }
        } else if n == 0 && jump {
            if let Some(d) = deadline {
                let now = self.clock.monotonic();
                if d > now {
                    self.sleep(d - now);
                }
            }
        }
    }

    /// Wake every thread whose deadline has passed, earliest first.
    fn fire_timers(&self) {
        let now = self.clock.monotonic() + 1e-9;
        let mut due: BTreeMap<(u64, u64), i64> = BTreeMap::new();
        for (ident, p) in self.parked_states() {
            if let Some(d) = p.deadline {
                if d <= now {
                    due.insert(((d * 1e9) as u64, p.seq), ident);
                }
            }
        }
        for (_, ident) in due {
            self.wake_thread(ident, Wake::TimedOut);
        }
    }

    /// Every thread waits and nothing can wake any of them.
    fn deadlock(&self) -> PyErr {
        let s = &self.sched;
        let mut report =
            String::from("pyco: deadlock: every thread is blocked and nothing can wake them\n");
        if let Some(p) = &*s.main_parked.borrow() {
            report.push_str(&format!("  MainThread: {}\n", p.reason));
        }
        for t in s.threads.borrow().iter() {
            if let Some(p) = &*t.parked.borrow() {
                report.push_str(&format!("  {}: {}\n", t.name.borrow(), p.reason));
            }
        }
        self.write_stderr(&report);
        self.raise_new(self.exc_class("SystemExit"), vec![Value::Int(1)])
    }

    /// At interpreter exit: wait for every non-daemon thread, as CPython does.
    pub fn join_non_daemon_threads(&self) -> Result<(), PyErr> {
        loop {
            let pending: Vec<Rc<GreenThread>> = self
                .sched
                .live_threads()
                .into_iter()
                .filter(|t| !t.daemon)
                .collect();
            let Some(t) = pending.first() else {
                return Ok(());
            };
            self.park(
                thread_exit_key(t.ident),
                None,
                &format!("waiting for {} to finish at exit", t.name.borrow()),
            )?;
        }
    }
}

/// Whether a descriptor is a socket.
fn is_socket(fd: i32) -> bool {
    // Safety: fstat fills a plain struct; a bad descriptor only makes it fail.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        libc::fstat(fd, &mut st) == 0 && st.st_mode & libc::S_IFMT == libc::S_IFSOCK
    }
}

/// The park key a thread's end unparks (`Thread.join`).
pub fn thread_exit_key(ident: i64) -> i64 {
    (1 << 40) + ident
}
