//! The event loop's core: the FIFO ready queue, the timer heap (by deadline, then by
//! scheduling order), the descriptors it watches (`selector.rs`) and the `run_once`
//! step, plus the `call_soon`/`call_later`/`call_at` and `create_task` entry points
//! `BaseEventLoop` (Python) binds as its methods. The loop object keeps its core in
//! `loop._core`.
//!
//! With nothing ready, `run_once` parks the loop's green thread until its first timer,
//! a `call_soon_threadsafe` (an unpark of its key) or, when it watches descriptors,
//! until one of them is ready (`Vm::park_fds`); then, as CPython's `_run_once`, the
//! ready descriptors' callbacks are queued before the timers that came due.
//!
//! Ready entries that no Python code can see (a task's next step, a task's wakeup, a
//! future's done callback) are queued without allocating a `Handle`.

use super::handle::{report_callback_error, Handle};
use super::selector::Selector;
use super::task;
use super::{check_kwargs, classes, def};
use crate::builtins::reg_method;
use crate::object::{Class, NativeObject, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;

/// One entry of the ready queue.
pub enum Ready {
    /// A `Handle` made by `call_soon` or a timer that came due.
    Handle(Value),
    /// A task's next step, optionally throwing an exception into its coroutine.
    Step(Value, Option<PyErr>),
    /// A task woken by the future it waited for: (task, future).
    Wakeup(Value, Value),
    /// A future's done callback: (callback, future).
    Call(Value, Value),
}

impl Ready {
    /// The callable and arguments this entry stands for (for loops without a core).
    pub fn into_call(self, vm: &Vm) -> PyResult<(Value, Vec<Value>)> {
        Ok(match self {
            Ready::Handle(h) => (vm.getattr(&h, "_run")?, vec![]),
            Ready::Step(t, exc) => (
                vm.getattr(&t, "_Task__step")?,
                exc.map(|e| vec![e.value()]).unwrap_or_default(),
            ),
            Ready::Wakeup(t, f) => (vm.getattr(&t, "task_wakeup")?, vec![f]),
            Ready::Call(cb, f) => (cb, vec![f]),
        })
    }
}

struct Timer {
    when: f64,
    seq: u64,
    handle: Value,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timer {
    /// Reversed, so that `BinaryHeap` (a max-heap) pops the earliest (when, seq).
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .when
            .total_cmp(&self.when)
            .then(other.seq.cmp(&self.seq))
    }
}

pub struct LoopCore {
    /// The Python loop object (for its exception handler).
    pub loop_: Value,
    park_key: i64,
    ready: RefCell<VecDeque<Ready>>,
    timers: RefCell<BinaryHeap<Timer>>,
    timer_seq: Cell<u64>,
    /// Reader and writer callbacks by descriptor.
    selector: Selector,
    pub stopping: Cell<bool>,
    pub closed: Cell<bool>,
    /// The task whose step is running.
    pub current_task: RefCell<Value>,
    /// Tasks that finished with an exception, checked at `close()` for "never retrieved".
    pub unretrieved: RefCell<Vec<Value>>,
    /// The async generators first iterated on this loop and still alive (weak
    /// references: `loop._asyncgens`, which CPython keeps in a WeakSet).
    asyncgens: RefCell<Vec<std::rc::Weak<dyn NativeObject>>>,
}

impl NativeObject for LoopCore {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        classes(vm).loop_core.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl LoopCore {
    fn check_closed(&self, vm: &Vm) -> PyResult<()> {
        if self.closed.get() {
            return Err(vm.runtime_error("Event loop is closed"));
        }
        Ok(())
    }

    /// Queue an entry (the loop must be open).
    pub fn push(&self, vm: &Vm, item: Ready) -> PyResult<()> {
        self.check_closed(vm)?;
        self.ready.borrow_mut().push_back(item);
        Ok(())
    }

    fn call_at(&self, when: f64, handle: Value) {
        let seq = self.timer_seq.get() + 1;
        self.timer_seq.set(seq);
        if let Some(h) = handle.as_native::<Handle>() {
            h.scheduled.set(true);
        }
        self.timers.borrow_mut().push(Timer { when, seq, handle });
    }

    fn first_timer(&self) -> Option<(f64, bool)> {
        self.timers.borrow().peek().map(|t| {
            let cancelled = t
                .handle
                .as_native::<Handle>()
                .map(|h| h.cancelled.get())
                .unwrap_or(false);
            (t.when, cancelled)
        })
    }

    fn pop_timer(&self) -> Option<Value> {
        let t = self.timers.borrow_mut().pop()?;
        if let Some(h) = t.handle.as_native::<Handle>() {
            h.scheduled.set(false);
        }
        Some(t.handle)
    }

    /// One iteration: wait for the first timer if nothing is ready, move the timers that
    /// are due to the ready queue, then run what was ready when the iteration began.
    pub fn run_once(&self, vm: &Vm) -> PyResult<()> {
        // Drop cancelled timers from the front.
        while let Some((_, true)) = self.first_timer() {
            self.pop_timer();
        }
        if !self.ready.borrow().is_empty() || self.stopping.get() {
        } else if let Some((when, _)) = self.first_timer() {
            let timeout = when - vm.clock.monotonic();
            if timeout > 0.0 {
                // Whole milliseconds, rounded up, as CPython's epoll selector waits: timers
                // due within the same millisecond then fire in the same iteration.
                let timeout = (timeout * 1000.0).ceil() / 1000.0;
                let deadline = vm.clock.monotonic() + timeout;
                self.wait(
                    vm,
                    Some(deadline),
                    "the asyncio event loop waits for a timer",
                )?;
            }
        } else {
            self.wait(
                vm,
                None,
                "the asyncio event loop waits for a callback (nothing is scheduled)",
            )?;
        }
        if !self.selector.is_empty() {
            for h in self.selector.ready_handles() {
                self.ready.borrow_mut().push_back(Ready::Handle(h));
            }
        }
        let end_time = vm.clock.monotonic() + 1e-9;
        while let Some((when, cancelled)) = self.first_timer() {
            if when >= end_time {
                break;
            }
            let h = self.pop_timer();
            if !cancelled {
                if let Some(h) = h {
                    self.ready.borrow_mut().push_back(Ready::Handle(h));
                }
            }
        }
        let ntodo = self.ready.borrow().len();
        for _ in 0..ntodo {
            let Some(item) = self.ready.borrow_mut().pop_front() else {
                break;
            };
            self.run_item(vm, item)?;
        }
        Ok(())
    }

    /// Park the loop's thread until the deadline, an unpark of its key, or one of its
    /// descriptors being ready.
    fn wait(&self, vm: &Vm, deadline: Option<f64>, reason: &str) -> PyResult<()> {
        if self.selector.is_empty() {
            vm.park(self.park_key, deadline, reason)?;
        } else {
            let fds = self.selector.waits();
            vm.park_fds(
                self.park_key,
                &fds,
                deadline,
                "the asyncio event loop waits for I/O",
            )?;
        }
        Ok(())
    }

    fn run_item(&self, vm: &Vm, item: Ready) -> PyResult<()> {
        match item {
            Ready::Handle(hv) => {
                if let Some(h) = hv.as_native::<Handle>() {
                    if !h.cancelled.get() {
                        h.run(vm, &hv)?;
                    }
                }
                Ok(())
            }
            Ready::Step(t, exc) => {
                if let Err(e) = task::step(vm, &t, exc) {
                    self.report_internal(vm, &t, "_Task__step", vec![], e)?;
                }
                Ok(())
            }
            Ready::Wakeup(t, f) => {
                if let Err(e) = task::wakeup(vm, &t, &f) {
                    self.report_internal(vm, &t, "task_wakeup", vec![f], e)?;
                }
                Ok(())
            }
            Ready::Call(cb, f) => {
                if let Err(e) = vm.call(&cb, std::slice::from_ref(&f), &[]) {
                    let args = vec![f];
                    let h = Value::Native(Rc::new(Handle::new(
                        cb.clone(),
                        args.clone(),
                        None,
                        self.loop_.clone(),
                    )));
                    report_callback_error(vm, &self.loop_, &h, &cb, &args, e)?;
                }
                Ok(())
            }
        }
    }

    /// An error escaping a task's step or wakeup: reported like any callback's.
    fn report_internal(
        &self,
        vm: &Vm,
        t: &Value,
        method: &str,
        args: Vec<Value>,
        e: PyErr,
    ) -> PyResult<()> {
        if super::is_exit(vm, &e) {
            return Err(e);
        }
        let cb = vm.getattr(t, method)?;
        let h = Value::Native(Rc::new(Handle::new(
            cb.clone(),
            args.clone(),
            None,
            self.loop_.clone(),
        )));
        report_callback_error(vm, &self.loop_, &h, &cb, &args, e)
    }

    /// `run_forever`'s loop: iterate until `stop()`.
    fn run(&self, vm: &Vm) -> PyResult<()> {
        let r = loop {
            if let Err(e) = self.run_once(vm) {
                break Err(e);
            }
            if self.stopping.get() {
                break Ok(());
            }
        };
        self.stopping.set(false);
        r
    }
}

fn fd_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = vm.index_value(v)?;
    i32::try_from(n)
        .ok()
        .filter(|fd| *fd >= 0)
        .ok_or_else(|| vm.value_error(format!("Invalid file descriptor: {n}")))
}

fn core<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a LoopCore> {
    v.as_native::<LoopCore>()
        .ok_or_else(|| vm.type_error("expected an asyncio loop core"))
}

/// The native core of a Python loop object.
pub fn core_of(vm: &Vm, loop_: &Value) -> PyResult<Value> {
    let c = vm.getattr(loop_, "_core")?;
    core(vm, &c)?;
    Ok(c)
}

/// In debug mode only, as CPython's `_check_callback`: reject coroutines and
/// non-callables.
fn check_callable(vm: &Vm, loop_: &Value, cb: &Value, what: &str) -> PyResult<()> {
    match vm.getattr_opt(loop_, "_debug")? {
        Some(d) if vm.truthy(&d)? => {}
        _ => return Ok(()),
    }
    let tn = vm.type_name(cb);
    let coro_fn = match cb {
        Value::Function(f) => f.def.is_async,
        _ => false,
    };
    if &*tn == "coroutine" || coro_fn {
        return Err(vm.type_error(format!("coroutines cannot be used with {what}()")));
    }
    if !vm.is_callable(cb) {
        return Err(vm.type_error(format!(
            "a callable object was expected by {what}(), got {}",
            vm.repr(cb)?
        )));
    }
    Ok(())
}

/// A handle made by `call_soon`/`call_at` runs in a copy of the current context.
fn set_handle_context(vm: &Vm, h: &Value) -> PyResult<()> {
    if let Some(handle) = h.as_native::<Handle>() {
        *handle.context.borrow_mut() = task::copy_current_context(vm)?;
    }
    Ok(())
}

fn call_at_impl(vm: &Vm, loop_: &Value, when: f64, a: &[Value]) -> PyResult<Value> {
    let cv = core_of(vm, loop_)?;
    let c = core(vm, &cv)?;
    c.check_closed(vm)?;
    check_callable(vm, loop_, &a[0], "call_at")?;
    let h = Value::Native(Rc::new(Handle::new(
        a[0].clone(),
        a[1..].to_vec(),
        Some(when),
        loop_.clone(),
    )));
    set_handle_context(vm, &h)?;
    c.call_at(when, h.clone());
    Ok(h)
}

/// `loop.call_later(delay, *call)` (`call` is the callback and its arguments).
pub fn call_later_native(vm: &Vm, loop_: &Value, delay: &Value, call: &[Value]) -> PyResult<Value> {
    if delay.is_none() {
        return Err(vm.type_error("delay must not be None"));
    }
    let delay = crate::builtins::to_f64(vm, delay)?;
    // The loop's own `time()` unless it is `BaseEventLoop.time` (the clock itself).
    let own_time = matches!(vm.type_of(loop_).lookup("time"),
        Some(Value::Builtin(b)) if &*b.name == "_loop_time");
    let now = if own_time {
        vm.clock.monotonic()
    } else {
        let t = vm.call_method(loop_, "time", &[])?;
        crate::builtins::to_f64(vm, &t)?
    };
    call_at_impl(vm, loop_, now + delay, call)
}

pub fn install(c: &super::Classes, d: &Rc<PyDict>) {
    let lc = &c.loop_core;
    def(lc, "__new__", |vm, a, _| {
        if a.len() != 3 {
            return Err(vm.type_error("_LoopCore(loop, park_key)"));
        }
        Ok(Value::Native(Rc::new(LoopCore {
            loop_: a[1].clone(),
            park_key: vm.index_value(&a[2])?,
            ready: RefCell::new(VecDeque::new()),
            timers: RefCell::new(BinaryHeap::new()),
            timer_seq: Cell::new(0),
            selector: Selector::default(),
            stopping: Cell::new(false),
            closed: Cell::new(false),
            current_task: RefCell::new(Value::None),
            unretrieved: RefCell::new(Vec::new()),
            asyncgens: RefCell::new(Vec::new()),
        })))
    });
    def(lc, "run", |vm, a, _| {
        core(vm, &a[0])?.run(vm)?;
        Ok(Value::None)
    });
    def(lc, "run_once", |vm, a, _| {
        core(vm, &a[0])?.run_once(vm)?;
        Ok(Value::None)
    });
    def(lc, "stop", |vm, a, _| {
        core(vm, &a[0])?.stopping.set(true);
        Ok(Value::None)
    });
    def(lc, "close", |vm, a, _| {
        let c = core(vm, &a[0])?;
        c.closed.set(true);
        let ready = std::mem::take(&mut *c.ready.borrow_mut());
        let timers = std::mem::take(&mut *c.timers.borrow_mut());
        c.selector.clear();
        drop(ready);
        drop(timers);
        Ok(Value::list(std::mem::take(
            &mut *c.unretrieved.borrow_mut(),
        )))
    });
    // add_reader(fd, handle) / add_writer(fd, handle) -> the handle replaced, or None;
    // remove_reader(fd) / remove_writer(fd) -> the handle removed, or None.
    for (name, write) in [("add_reader", false), ("add_writer", true)] {
        def(lc, name, move |vm, a, _| {
            if a.len() != 3 {
                return Err(vm.type_error(format!("{name}(fd, handle)")));
            }
            let c = core(vm, &a[0])?;
            c.check_closed(vm)?;
            let fd = fd_arg(vm, &a[1])?;
            if a[2].as_native::<Handle>().is_none() {
                return Err(vm.type_error(format!("{name}() needs a Handle")));
            }
            Ok(c.selector
                .add(fd, write, a[2].clone())
                .unwrap_or(Value::None))
        });
    }
    for (name, write) in [("remove_reader", false), ("remove_writer", true)] {
        def(lc, name, move |vm, a, _| {
            if a.len() != 2 {
                return Err(vm.type_error(format!("{name}(fd)")));
            }
            let c = core(vm, &a[0])?;
            let fd = fd_arg(vm, &a[1])?;
            Ok(c.selector.remove(fd, write).unwrap_or(Value::None))
        });
    }
    install_asyncgen_set(lc);
    def(lc, "is_closed", |vm, a, _| {
        Ok(Value::Bool(core(vm, &a[0])?.closed.get()))
    });
    def(lc, "current_task", |vm, a, _| {
        Ok(core(vm, &a[0])?.current_task.borrow().clone())
    });

    reg_method(d, "BaseEventLoop", "_loop_call_soon", |vm, a, kw| {
        check_kwargs(vm, "call_soon", kw, &["context"])?;
        if a.len() < 2 {
            return Err(
                vm.type_error("call_soon() missing 1 required positional argument: 'callback'")
            );
        }
        let cv = core_of(vm, &a[0])?;
        let c = core(vm, &cv)?;
        c.check_closed(vm)?;
        check_callable(vm, &a[0], &a[1], "call_soon")?;
        let h = Value::Native(Rc::new(Handle::new(
            a[1].clone(),
            a[2..].to_vec(),
            None,
            a[0].clone(),
        )));
        match super::kwarg(kw, "context").filter(|c| !c.is_none()) {
            Some(ctx) => {
                if let Some(handle) = h.as_native::<Handle>() {
                    *handle.context.borrow_mut() = ctx;
                }
            }
            None => set_handle_context(vm, &h)?,
        }
        c.push(vm, Ready::Handle(h.clone()))?;
        Ok(h)
    });
    reg_method(d, "BaseEventLoop", "_loop_call_at", |vm, a, kw| {
        check_kwargs(vm, "call_at", kw, &["context"])?;
        if a.len() < 3 {
            return Err(vm.type_error(
                "call_at() missing required positional arguments: 'when' and 'callback'",
            ));
        }
        if a[1].is_none() {
            return Err(vm.type_error("when cannot be None"));
        }
        let when = crate::builtins::to_f64(vm, &a[1])?;
        call_at_impl(vm, &a[0], when, &a[2..])
    });
    reg_method(d, "BaseEventLoop", "_loop_call_later", |vm, a, kw| {
        check_kwargs(vm, "call_later", kw, &["context"])?;
        if a.len() < 3 {
            return Err(vm.type_error(
                "call_later() missing required positional arguments: 'delay' and 'callback'",
            ));
        }
        call_later_native(vm, &a[0], &a[1], &a[2..])
    });
    reg_method(d, "BaseEventLoop", "_loop_create_task", |vm, a, kw| {
        check_kwargs(
            vm,
            "BaseEventLoop.create_task",
            kw,
            &["coro", "name", "context"],
        )?;
        if a.len() > 2 {
            return Err(vm.type_error(format!(
                "BaseEventLoop.create_task() takes 2 positional arguments but {} were given",
                a.len()
            )));
        }
        let coro =
            match (a.get(1), super::kwarg(kw, "coro")) {
                (Some(_), Some(_)) => {
                    return Err(vm.type_error(
                        "BaseEventLoop.create_task() got multiple values for argument 'coro'",
                    ))
                }
                (Some(c), None) => c.clone(),
                (None, Some(c)) => c,
                (None, None) => return Err(vm.type_error(
                    "BaseEventLoop.create_task() missing 1 required positional argument: 'coro'",
                )),
            };
        let loop_ = a
            .first()
            .ok_or_else(|| vm.type_error("create_task() needs a loop"))?;
        let closed = vm.getattr(loop_, "_closed")?;
        if vm.truthy(&closed)? {
            return Err(vm.runtime_error("Event loop is closed"));
        }
        let name = super::kwarg(kw, "name").filter(|n| !n.is_none());
        let factory = vm.getattr(loop_, "_task_factory")?;
        if factory.is_none() {
            let t = task::new_task(vm, coro, loop_.clone(), name)?;
            if let Some(ctx) = super::kwarg(kw, "context").filter(|c| !c.is_none()) {
                task::set_context(vm, &t, ctx)?;
            }
            return Ok(t);
        }
        let t = vm.call(&factory, &[loop_.clone(), coro], &[])?;
        if let Some(n) = name {
            vm.call_method(&t, "set_name", &[n])?;
        }
        Ok(t)
    });
    reg_method(d, "BaseEventLoop", "_loop_time", |vm, _, _| {
        Ok(Value::Float(vm.clock.monotonic()))
    });
}

/// The object behind a native value, as a thin pointer (for identity).
fn native_addr(v: &Value) -> Option<*const u8> {
    match v {
        Value::Native(n) => Some(Rc::as_ptr(n) as *const u8),
        _ => None,
    }
}

/// `asyncgen_add(agen)`, `asyncgen_discard(agen)` and `asyncgen_take()` (the live ones,
/// forgetting them all): the loop's weak set of async generators.
fn install_asyncgen_set(lc: &Rc<Class>) {
    def(lc, "asyncgen_add", |vm, a, _| {
        let c = core(vm, &a[0])?;
        if let Some(Value::Native(n)) = a.get(1) {
            let mut gens = c.asyncgens.borrow_mut();
            gens.retain(|w| w.strong_count() > 0);
            gens.push(Rc::downgrade(n));
        }
        Ok(Value::None)
    });
    def(lc, "asyncgen_discard", |vm, a, _| {
        let c = core(vm, &a[0])?;
        let target = a.get(1).and_then(native_addr);
        c.asyncgens
            .borrow_mut()
            .retain(|w| w.strong_count() > 0 && Some(w.as_ptr() as *const u8) != target);
        Ok(Value::None)
    });
    def(lc, "asyncgen_take", |vm, a, _| {
        let c = core(vm, &a[0])?;
        let gens = std::mem::take(&mut *c.asyncgens.borrow_mut());
        Ok(Value::list(
            gens.iter()
                .filter_map(|w| w.upgrade().map(Value::Native))
                .collect(),
        ))
    });
}
