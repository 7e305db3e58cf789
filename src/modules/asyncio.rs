//! `_asyncio`: the hot core of asyncio in Rust, as CPython's `_asyncio` accelerator is.
//!
//! It owns the `Future` and `Task` types (`future.rs`, `task.rs`), the loop's ready queue,
//! timer heap and `run_once` step (`event_loop.rs`), the `Handle`/`TimerHandle` types
//! (`handle.rs`), `sleep` (`sleep.rs`), `gather`'s result list (`gather.rs`) and the
//! queues (`queue.rs`, with the awaitables of `queue_op.rs` and the heap of `heap.rs`).
//! The public API around them (policies, `run`, `gather`, `wait`, locks, ...) stays
//! Python, in `src/modules/python/asyncio.py`, which registers the few Python pieces this
//! module calls back into (the exception classes and the repr helpers) with `_setup` and
//! `_setup_queue`.

mod event_loop;
mod future;
mod gather;
mod handle;
mod heap;
mod queue;
mod queue_op;
mod selector;
mod sleep;
mod task;

use crate::builtins::reg;
use crate::object::function::{BuiltinFunction, Kwargs};
use crate::object::{Class, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub use event_loop::LoopCore;
pub use future::FutureObj;

/// The Python-side pieces the native code needs, registered by `asyncio.py`.
pub struct Hooks {
    pub cancelled_error: Rc<Class>,
    pub invalid_state_error: Rc<Class>,
    /// `_future_repr_info(fut)` and `_task_repr_info(task)`: the lists `repr` joins.
    pub future_repr_info: Value,
    pub task_repr_info: Value,
    /// `_format_callback_source(cb, args)`: a callback as handles' reprs show it.
    pub format_callback_source: Value,
    /// `_get_event_loop()`: the loop a Future made without `loop=` belongs to.
    pub get_event_loop: Value,
    /// `get_running_loop()`, for `sleep`.
    pub get_running_loop: Value,
}

/// The classes of this module, made once.
pub struct Classes {
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub future_iter: Rc<Class>,
    pub handle: Rc<Class>,
    pub timer_handle: Rc<Class>,
    pub loop_core: Rc<Class>,
    pub sleep: Rc<Class>,
    pub queue: Rc<Class>,
    pub lifo_queue: Rc<Class>,
    pub priority_queue: Rc<Class>,
    pub queue_op: Rc<Class>,
}

thread_local! {
    static HOOKS: RefCell<Option<Rc<Hooks>>> = const { RefCell::new(None) };
    static CLASSES: RefCell<Option<Rc<Classes>>> = const { RefCell::new(None) };
}

pub fn hooks(vm: &Vm) -> PyResult<Rc<Hooks>> {
    HOOKS
        .with(|h| h.borrow().clone())
        .ok_or_else(|| vm.runtime_error("_asyncio is not set up (import asyncio first)"))
}

pub fn classes(vm: &Vm) -> Rc<Classes> {
    CLASSES.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                use crate::vm::types::new_class;
                let object = vm.types.object.clone();
                let future = new_class("Future", "_asyncio", &[object.clone()], true);
                let task = new_class("Task", "_asyncio", &[future.clone()], true);
                let handle = new_class("Handle", "asyncio.events", &[object.clone()], true);
                let timer_handle =
                    new_class("TimerHandle", "asyncio.events", &[handle.clone()], true);
                let queue = new_class("Queue", "asyncio.queues", &[object.clone()], true);
                let lifo_queue = new_class("LifoQueue", "asyncio.queues", &[queue.clone()], true);
                let priority_queue =
                    new_class("PriorityQueue", "asyncio.queues", &[queue.clone()], true);
                Rc::new(Classes {
                    future,
                    task,
                    future_iter: new_class("FutureIter", "_asyncio", &[object.clone()], true),
                    handle,
                    timer_handle,
                    loop_core: new_class("_LoopCore", "_asyncio", &[object.clone()], true),
                    sleep: new_class("_Sleep", "_asyncio", &[object.clone()], true),
                    queue,
                    lifo_queue,
                    priority_queue,
                    queue_op: new_class("_QueueOp", "_asyncio", &[object], true),
                })
            })
            .clone()
    })
}

/// Register a method on one of this module's classes. Unlike `builtins::method`, the
/// receiver is passed as it is (a subclass instance stays itself), so callbacks and
/// reprs see the object the user made.
pub fn def(
    cls: &Rc<Class>,
    name: &str,
    f: impl Fn(&Vm, &[Value], Kwargs) -> PyResult<Value> + 'static,
) {
    let mut b = BuiltinFunction::new(name, f);
    b.owner = Some(cls.name().clone());
    cls.dict.set_str(name, Value::Builtin(Rc::new(b)));
}

/// A read-only or read-write attribute of one of this module's types.
pub fn prop(
    cls: &Rc<Class>,
    name: &'static str,
    get: crate::object::descriptor::Getter,
    set: Option<crate::object::descriptor::Setter>,
) {
    cls.dict.set_str(
        name,
        Value::Native(Rc::new(crate::object::descriptor::NativeProperty {
            name,
            get,
            set,
        })),
    );
}

/// The keyword argument `name`, if given.
pub fn kwarg(kw: Kwargs, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

/// Reject keyword arguments other than `allowed`, with CPython's message.
pub fn check_kwargs(vm: &Vm, fname: &str, kw: Kwargs, allowed: &[&str]) -> PyResult<()> {
    crate::builtins::check_kwargs(vm, fname, kw, allowed)
}

/// True when `e` is `SystemExit` or `KeyboardInterrupt` (which the loop lets through).
pub fn is_exit(vm: &Vm, e: &PyErr) -> bool {
    e.is_instance_of(&vm.exc_class("SystemExit"))
        || e.is_instance_of(&vm.exc_class("KeyboardInterrupt"))
}

pub fn init(vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let c = classes(vm);
    future::install(&c);
    task::install(&c);
    handle::install(&c);
    event_loop::install(&c, d);
    sleep::install(&c, d);
    queue::install(&c, d);
    queue_op::install(&c);
    d.set_str("Queue", Value::Class(c.queue.clone()));
    d.set_str("LifoQueue", Value::Class(c.lifo_queue.clone()));
    d.set_str("PriorityQueue", Value::Class(c.priority_queue.clone()));
    d.set_str("Future", Value::Class(c.future.clone()));
    d.set_str("Task", Value::Class(c.task.clone()));
    d.set_str("Handle", Value::Class(c.handle.clone()));
    d.set_str("TimerHandle", Value::Class(c.timer_handle.clone()));
    d.set_str("_LoopCore", Value::Class(c.loop_core.clone()));
    reg(d, "_setup", |vm, a, _| {
        if a.len() != 7 {
            return Err(vm.type_error("_setup() takes 7 arguments"));
        }
        let class = |v: &Value| match v {
            Value::Class(c) => Ok(c.clone()),
            _ => Err(vm.type_error("_setup(): expected a class")),
        };
        let h = Hooks {
            cancelled_error: class(&a[0])?,
            invalid_state_error: class(&a[1])?,
            future_repr_info: a[2].clone(),
            task_repr_info: a[3].clone(),
            format_callback_source: a[4].clone(),
            get_event_loop: a[5].clone(),
            get_running_loop: a[6].clone(),
        };
        HOOKS.with(|x| *x.borrow_mut() = Some(Rc::new(h)));
        Ok(Value::None)
    });
    task::install_functions(d);
    gather::install(d);
    Ok(())
}
