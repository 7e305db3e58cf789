//! `_asyncio.Task`: a Future that drives a coroutine. `step` is CPython's `Task.__step`
//! (send `None` or throw into the coroutine, then act on what it yielded or how it
//! ended), `wakeup` its `task_wakeup`; cancellation (`cancel(msg)`, `cancelling`,
//! `uncancel`), names (`Task-N`), the current task of each loop and the registry of
//! unfinished tasks (`all_tasks`, the "destroyed but pending" report at exit) live here.

use super::event_loop::{LoopCore, Ready};
use super::future::{exact_future, future_of, new_object, Callback, FutureObj};
use super::{check_kwargs, classes, def, hooks, is_exit, kwarg, prop};
use crate::builtins::reg;
use crate::eval::Sent;
use crate::object::generator::{Generator, Step};
use crate::object::{PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

pub struct TaskData {
    pub coro: RefCell<Value>,
    pub name: RefCell<Value>,
    pub must_cancel: Cell<bool>,
    pub num_cancels: Cell<i64>,
    pub fut_waiter: RefCell<Value>,
    pub log_destroy_pending: Cell<bool>,
    /// Key in the registry of unfinished tasks (0: not registered).
    pub id: Cell<u64>,
    /// The `contextvars.Context` its steps run in (None while no program uses
    /// `contextvars`: then there is only one context).
    pub context: RefCell<Value>,
}

thread_local! {
    /// Unfinished tasks, in creation order.
    static ALL_TASKS: RefCell<BTreeMap<u64, Value>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
    /// The N of the last default name `Task-N`.
    static NAME_COUNTER: Cell<u64> = const { Cell::new(0) };
}

impl TaskData {
    /// The name; a default name is stored as its number until first read.
    pub fn get_name(&self) -> Value {
        let mut name = self.name.borrow_mut();
        if let Value::Int(n) = &*name {
            *name = Value::string(format!("Task-{n}"));
        }
        name.clone()
    }
}

fn register(td: &TaskData, this: &Value) {
    let id = NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    td.id.set(id);
    ALL_TASKS.with(|t| t.borrow_mut().insert(id, this.clone()));
}

fn unregister(td: &TaskData) {
    let id = td.id.replace(0);
    if id != 0 {
        // Dropped outside the borrow: the task may be the last reference to things
        // whose destructors touch the registry.
        let old = ALL_TASKS.with(|t| t.borrow_mut().remove(&id));
        drop(old);
    }
}

fn task_parts<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<(&'a FutureObj, &'a TaskData)> {
    let fo = future_of(v).filter(|f| f.task.is_some()).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{what}' requires a '_asyncio.Task' object but received a '{}'",
            vm.type_name(v)
        ))
    })?;
    let td = fo
        .task
        .as_deref()
        .ok_or_else(|| vm.type_error("not a task"))?;
    Ok((fo, td))
}

fn blank_task() -> FutureObj {
    FutureObj::new(Some(Box::new(TaskData {
        coro: RefCell::new(Value::None),
        name: RefCell::new(Value::None),
        must_cancel: Cell::new(false),
        num_cancels: Cell::new(0),
        fut_waiter: RefCell::new(Value::None),
        log_destroy_pending: Cell::new(true),
        id: Cell::new(0),
        context: RefCell::new(Value::None),
    })))
}

/// `Task.__init__(coro, *, loop=None, name=None, context=None)`.
fn init_task(
    vm: &Vm,
    this: &Value,
    a: &[Value],
    kw: crate::object::function::Kwargs,
) -> PyResult<()> {
    check_kwargs(vm, "Task", kw, &["coro", "loop", "name", "context"])?;
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "Task() takes at most 1 positional argument ({} given)",
            a.len()
        )));
    }
    let coro = match a.first().cloned().or_else(|| kwarg(kw, "coro")) {
        Some(c) => c,
        None => {
            return Err(vm.type_error("Task() missing required argument 'coro' (pos 1)"));
        }
    };
    let loop_ = kwarg(kw, "loop").unwrap_or(Value::None);
    setup_task(vm, this, coro, loop_, kwarg(kw, "name"))?;
    match kwarg(kw, "context").filter(|c| !c.is_none()) {
        Some(ctx) => set_context(vm, this, ctx),
        None => Ok(()),
    }
}

/// The `context=` of `Task(...)`/`create_task(...)`: the context its steps run in.
pub fn set_context(vm: &Vm, task: &Value, ctx: Value) -> PyResult<()> {
    *task_parts(vm, task, "__init__")?.1.context.borrow_mut() = ctx;
    Ok(())
}

/// The `contextvars` module when a program has imported it.
fn contextvars_module(vm: &Vm) -> Option<Value> {
    vm.modules
        .get_str("contextvars")
        .filter(|m| matches!(m, Value::Module(_)))
}

/// A copy of the current `contextvars` context, or None when no program uses them.
pub fn copy_current_context(vm: &Vm) -> PyResult<Value> {
    match contextvars_module(vm) {
        Some(m) => vm.call_method(&m, "copy_context", &[]),
        None => Ok(Value::None),
    }
}

/// Make `ctx` the current context of `contextvars`, giving back the one it replaces.
pub fn swap_context(vm: &Vm, ctx: Value) -> PyResult<Value> {
    let Some(Value::Module(m)) = contextvars_module(vm) else {
        return Ok(Value::None);
    };
    let old = m.dict.get_str("_current").unwrap_or(Value::None);
    m.dict.set_str("_current", ctx);
    Ok(old)
}

/// Attach a task to its loop and coroutine, name it and schedule its first step.
fn setup_task(
    vm: &Vm,
    this: &Value,
    coro: Value,
    loop_: Value,
    name: Option<Value>,
) -> PyResult<()> {
    let (fo, td) = task_parts(vm, this, "__init__")?;
    fo.set_loop(vm, loop_)?;
    if !is_coroutine(vm, &coro) {
        td.log_destroy_pending.set(false);
        return Err(vm.type_error(format!("a coroutine was expected, got {}", vm.repr(&coro)?)));
    }
    let name = match name {
        None | Some(Value::None) => {
            let n = NAME_COUNTER.with(|c| {
                c.set(c.get() + 1);
                c.get()
            });
            // Formatted when asked for (`get_name`): most names are never read.
            Value::Int(n as i64)
        }
        Some(n) => Value::string(vm.to_str(&n)?),
    };
    *td.name.borrow_mut() = name;
    *td.coro.borrow_mut() = coro;
    // A task runs in a copy of the context it was created in, as CPython's do.
    if let Some(m) = contextvars_module(vm) {
        *td.context.borrow_mut() = vm.call_method(&m, "copy_context", &[])?;
    }
    fo.call_soon(vm, Ready::Step(this.clone(), None))?;
    register(td, this);
    Ok(())
}

/// `Task(coro, loop=loop, name=name)`.
pub fn new_task(vm: &Vm, coro: Value, loop_: Value, name: Option<Value>) -> PyResult<Value> {
    let task = Value::Native(Rc::new(blank_task()));
    setup_task(vm, &task, coro, loop_, name)?;
    Ok(task)
}

/// `asyncio.iscoroutine`: a coroutine, (as Python 3.7 allowed) a generator, or an
/// object with the Coroutine ABC's methods.
fn is_coroutine(vm: &Vm, v: &Value) -> bool {
    let t = vm.type_of(v);
    if &*t.name() == "coroutine" || &*t.name() == "generator" {
        return true;
    }
    ["send", "throw", "close", "__await__"]
        .iter()
        .all(|m| t.lookup(m).is_some())
}

fn cancelled_error_class(vm: &Vm) -> PyResult<Rc<crate::object::Class>> {
    Ok(hooks(vm)?.cancelled_error.clone())
}

/// Send `None` into the coroutine, or throw `exc` into it.
fn resume(vm: &Vm, coro: &Value, exc: Option<PyErr>) -> PyResult<Step> {
    if let Some(g) = coro.as_native::<Generator>() {
        return g.resume(
            vm,
            match exc {
                None => Sent::Value(Value::None),
                Some(e) => Sent::Throw(e),
            },
        );
    }
    let r = match exc {
        None => vm.call_method(coro, "send", &[Value::None]),
        Some(e) => vm.call_method(coro, "throw", &[e.value()]),
    };
    match r {
        Ok(v) => Ok(Step::Yielded(v)),
        Err(e) if e.is_instance_of(&vm.exc_class("StopIteration")) => Ok(Step::Returned(
            e.data().args.first().cloned().unwrap_or(Value::None),
        )),
        Err(e) => Err(e),
    }
}

/// `Task.__step`, run in the task's context.
pub fn step(vm: &Vm, this: &Value, exc: Option<PyErr>) -> PyResult<()> {
    let ctx = task_parts(vm, this, "__step")?.1.context.borrow().clone();
    if ctx.is_none() {
        return step_in_context(vm, this, exc);
    }
    let saved = swap_context(vm, ctx)?;
    let r = step_in_context(vm, this, exc);
    swap_context(vm, saved)?;
    r
}

fn step_in_context(vm: &Vm, this: &Value, exc: Option<PyErr>) -> PyResult<()> {
    let (fo, td) = task_parts(vm, this, "__step")?;
    if fo.done() {
        let h = hooks(vm)?;
        let exc_repr = match &exc {
            Some(e) => vm.repr(&e.value())?,
            None => "None".into(),
        };
        return Err(vm.raise_new(
            h.invalid_state_error.clone(),
            vec![Value::string(format!(
                "_step(): already done: {}, {}",
                vm.repr(this)?,
                exc_repr
            ))],
        ));
    }
    let mut exc = exc;
    if td.must_cancel.get() {
        let ce = cancelled_error_class(vm)?;
        if !exc.as_ref().is_some_and(|e| e.is_instance_of(&ce)) {
            exc = Some(fo.make_cancelled_error(vm)?);
        }
        td.must_cancel.set(false);
    }
    *td.fut_waiter.borrow_mut() = Value::None;
    let core_v = fo.core.borrow().clone();
    let core = core_v.as_native::<LoopCore>();
    if let Some(core) = core {
        let current = core.current_task.borrow().clone();
        if !current.is_none() {
            return Err(vm.runtime_error(format!(
                "Cannot enter into task {} while another task {} is being executed.",
                vm.repr(this)?,
                vm.repr(&current)?
            )));
        }
        *core.current_task.borrow_mut() = this.clone();
    }
    let coro = td.coro.borrow().clone();
    let r = resume(vm, &coro, exc);
    let outcome = finish_step(vm, this, fo, td, core, r);
    if let Some(core) = core {
        let current = core.current_task.replace(Value::None);
        if !current.is(this) {
            let cur_repr = vm.repr(&current)?;
            *core.current_task.borrow_mut() = current;
            return Err(vm.runtime_error(format!(
                "Leaving task {} does not match the current task {}.",
                vm.repr(this)?,
                cur_repr
            )));
        }
    }
    outcome
}

fn finish_step(
    vm: &Vm,
    this: &Value,
    fo: &FutureObj,
    td: &TaskData,
    core: Option<&LoopCore>,
    r: PyResult<Step>,
) -> PyResult<()> {
    match r {
        Ok(Step::Yielded(v)) => handle_yield(vm, this, fo, td, v),
        Ok(Step::Returned(v)) => {
            unregister(td);
            if td.must_cancel.get() {
                td.must_cancel.set(false);
                let msg = fo.cancel_message.borrow().clone();
                fo.cancel(vm, this, msg)?;
                Ok(())
            } else {
                fo.set_result(vm, this, v)
            }
        }
        Err(e) => {
            unregister(td);
            if e.is_instance_of(&cancelled_error_class(vm)?) {
                *fo.cancelled_exc.borrow_mut() = Some(e);
                fo.cancel(vm, this, Value::None)?;
                Ok(())
            } else if is_exit(vm, &e) {
                fo.set_exception(vm, this, e.clone())?;
                Err(e)
            } else {
                fo.set_exception(vm, this, e)?;
                if let Some(core) = core {
                    core.unretrieved.borrow_mut().push(this.clone());
                }
                Ok(())
            }
        }
    }
}

/// Reschedule the task's step with `msg` thrown in as a RuntimeError.
fn step_with_error(vm: &Vm, this: &Value, fo: &FutureObj, msg: String) -> PyResult<()> {
    let e = vm.runtime_error(msg);
    fo.call_soon(vm, Ready::Step(this.clone(), Some(e)))
}

fn handle_yield(
    vm: &Vm,
    this: &Value,
    fo: &FutureObj,
    td: &TaskData,
    result: Value,
) -> PyResult<()> {
    if let Some(rf) = exact_future(&result) {
        if !rf.loop_.borrow().is(&fo.loop_.borrow()) {
            let msg = format!(
                "Task {} got Future {} attached to a different loop",
                vm.repr(this)?,
                vm.repr(&result)?
            );
            return step_with_error(vm, this, fo, msg);
        }
        if !rf.blocking.get() {
            let msg = format!(
                "yield was used instead of yield from in task {} with {}",
                vm.repr(this)?,
                vm.repr(&result)?
            );
            return step_with_error(vm, this, fo, msg);
        }
        if result.is(this) {
            let msg = format!("Task cannot await on itself: {}", vm.repr(this)?);
            return step_with_error(vm, this, fo, msg);
        }
        rf.blocking.set(false);
        rf.add_callback(vm, &result, Callback::Wakeup(this.clone()))?;
        *td.fut_waiter.borrow_mut() = result.clone();
        if td.must_cancel.get() {
            let msg = fo.cancel_message.borrow().clone();
            if cancel_any(vm, &result, msg)? {
                td.must_cancel.set(false);
            }
        }
        return Ok(());
    }
    if result.is_none() {
        // A bare yield: run again on the next iteration.
        return fo.call_soon(vm, Ready::Step(this.clone(), None));
    }
    if let Some(blocking) = vm.getattr_opt(&result, "_asyncio_future_blocking")? {
        let rloop = match vm.getattr_opt(&result, "get_loop")? {
            Some(f) => vm.call(&f, &[], &[])?,
            None => vm.getattr(&result, "_loop")?,
        };
        if !rloop.is(&fo.loop_.borrow()) {
            let msg = format!(
                "Task {} got Future {} attached to a different loop",
                vm.repr(this)?,
                vm.repr(&result)?
            );
            return step_with_error(vm, this, fo, msg);
        }
        if !vm.truthy(&blocking)? {
            let msg = format!(
                "yield was used instead of yield from in task {} with {}",
                vm.repr(this)?,
                vm.repr(&result)?
            );
            return step_with_error(vm, this, fo, msg);
        }
        if result.is(this) {
            let msg = format!("Task cannot await on itself: {}", vm.repr(this)?);
            return step_with_error(vm, this, fo, msg);
        }
        vm.setattr(
            &result,
            "_asyncio_future_blocking",
            Some(Value::Bool(false)),
        )?;
        let wake = vm.getattr(this, "task_wakeup")?;
        vm.call_method(&result, "add_done_callback", &[wake])?;
        *td.fut_waiter.borrow_mut() = result.clone();
        if td.must_cancel.get() {
            let msg = fo.cancel_message.borrow().clone();
            if cancel_any(vm, &result, msg)? {
                td.must_cancel.set(false);
            }
        }
        return Ok(());
    }
    if &*vm.type_name(&result) == "generator" {
        let msg = format!(
            "yield was used instead of yield from for generator in task {} with {}",
            vm.repr(this)?,
            vm.repr(&result)?
        );
        return step_with_error(vm, this, fo, msg);
    }
    let msg = format!("Task got bad yield: {}", vm.repr(&result)?);
    step_with_error(vm, this, fo, msg)
}

/// `f.cancel(msg=msg)` for any future: native ones directly, others through the method.
fn cancel_any(vm: &Vm, f: &Value, msg: Value) -> PyResult<bool> {
    if let Some(fo) = exact_future(f) {
        return if fo.task.is_some() {
            cancel_task(vm, f, msg)
        } else {
            fo.cancel(vm, f, msg)
        };
    }
    let m = vm.getattr(f, "cancel")?;
    let r = vm.call(&m, &[], &[("msg".into(), msg)])?;
    vm.truthy(&r)
}

/// `Task.cancel(msg)`.
pub fn cancel_task(vm: &Vm, this: &Value, msg: Value) -> PyResult<bool> {
    let (fo, td) = task_parts(vm, this, "cancel")?;
    fo.log_traceback.set(false);
    if fo.done() {
        return Ok(false);
    }
    td.num_cancels.set(td.num_cancels.get() + 1);
    let waiter = td.fut_waiter.borrow().clone();
    if !waiter.is_none() && cancel_any(vm, &waiter, msg.clone())? {
        // The waiter's callback wakes the task with CancelledError.
        return Ok(true);
    }
    td.must_cancel.set(true);
    *fo.cancel_message.borrow_mut() = msg;
    Ok(true)
}

/// `task_wakeup(future)`: step again, throwing in the future's exception if it has one.
pub fn wakeup(vm: &Vm, this: &Value, f: &Value) -> PyResult<()> {
    let exc = match exact_future(f) {
        Some(fo) => fo.get_result(vm).err(),
        None => vm.call_method(f, "result", &[]).err(),
    };
    step(vm, this, exc)
}

pub fn install(c: &super::Classes) {
    let t = &c.task;
    t.dict.set_str("__module__", Value::str("_asyncio"));
    def(t, "__new__", |vm, a, kw| {
        let cls = match a.first() {
            Some(Value::Class(c)) => c.clone(),
            _ => return Err(vm.type_error("Task.__new__(X): X is not a type object")),
        };
        let own = classes(vm).task.clone();
        let exact = Rc::ptr_eq(&cls, &own);
        let obj = new_object(vm, &cls, &own, blank_task())?;
        if exact {
            // `Task(...)` runs no `__init__` of a built-in type: initialise here.
            init_task(vm, &obj, &a[1..], kw)?;
        }
        Ok(obj)
    });
    def(t, "__init__", |vm, a, kw| {
        if matches!(&a[0], Value::Instance(_)) {
            init_task(vm, &a[0], &a[1..], kw)?;
        }
        Ok(Value::None)
    });
    def(t, "_repr_info", |vm, a, _| {
        let h = hooks(vm)?;
        vm.call(&h.task_repr_info, &[a[0].clone()], &[])
    });
    def(t, "get_coro", |vm, a, _| {
        Ok(task_parts(vm, &a[0], "get_coro")?.1.coro.borrow().clone())
    });
    def(t, "get_name", |vm, a, _| {
        Ok(task_parts(vm, &a[0], "get_name")?.1.get_name())
    });
    def(t, "set_name", |vm, a, _| {
        let (_, td) = task_parts(vm, &a[0], "set_name")?;
        let v = a
            .get(1)
            .ok_or_else(|| vm.type_error("set_name() takes exactly one argument (0 given)"))?;
        *td.name.borrow_mut() = Value::string(vm.to_str(v)?);
        Ok(Value::None)
    });
    def(t, "get_context", |_, _, _| Ok(Value::None));
    def(t, "get_stack", |vm, _, kw| {
        check_kwargs(vm, "get_stack", kw, &["limit"])?;
        Ok(Value::list(vec![]))
    });
    def(t, "set_result", |vm, _, _| {
        Err(vm.runtime_error("Task does not support set_result operation"))
    });
    def(t, "set_exception", |vm, _, _| {
        Err(vm.runtime_error("Task does not support set_exception operation"))
    });
    def(t, "cancel", |vm, a, kw| {
        check_kwargs(vm, "cancel", kw, &["msg"])?;
        let msg = a.get(1).cloned().or_else(|| kwarg(kw, "msg"));
        Ok(Value::Bool(cancel_task(
            vm,
            &a[0],
            msg.unwrap_or(Value::None),
        )?))
    });
    def(t, "cancelling", |vm, a, _| {
        Ok(Value::Int(
            task_parts(vm, &a[0], "cancelling")?.1.num_cancels.get(),
        ))
    });
    def(t, "uncancel", |vm, a, _| {
        let (_, td) = task_parts(vm, &a[0], "uncancel")?;
        if td.num_cancels.get() > 0 {
            td.num_cancels.set(td.num_cancels.get() - 1);
        }
        Ok(Value::Int(td.num_cancels.get()))
    });
    def(t, "task_wakeup", |vm, a, _| {
        let f = a
            .get(1)
            .ok_or_else(|| vm.type_error("task_wakeup() takes exactly one argument (0 given)"))?;
        wakeup(vm, &a[0], f)?;
        Ok(Value::None)
    });
    def(t, "_Task__step", |vm, a, _| {
        let exc = match a.get(1) {
            None | Some(Value::None) => None,
            Some(Value::Instance(i)) if i.exc.is_some() => Some(PyErr(i.clone())),
            Some(_) => return Err(vm.type_error("_step(): exc must be an exception")),
        };
        step(vm, &a[0], exc)?;
        Ok(Value::None)
    });
    prop(
        t,
        "_coro",
        |vm, v| Ok(task_parts(vm, v, "_coro")?.1.coro.borrow().clone()),
        None,
    );
    prop(
        t,
        "_name",
        |vm, v| Ok(task_parts(vm, v, "_name")?.1.get_name()),
        None,
    );
    prop(
        t,
        "_fut_waiter",
        |vm, v| {
            Ok(task_parts(vm, v, "_fut_waiter")?
                .1
                .fut_waiter
                .borrow()
                .clone())
        },
        None,
    );
    prop(
        t,
        "_must_cancel",
        |vm, v| {
            Ok(Value::Bool(
                task_parts(vm, v, "_must_cancel")?.1.must_cancel.get(),
            ))
        },
        None,
    );
    prop(
        t,
        "_num_cancels_requested",
        |vm, v| {
            Ok(Value::Int(
                task_parts(vm, v, "_num_cancels_requested")?
                    .1
                    .num_cancels
                    .get(),
            ))
        },
        None,
    );
    prop(
        t,
        "_log_destroy_pending",
        |vm, v| {
            Ok(Value::Bool(
                task_parts(vm, v, "_log_destroy_pending")?
                    .1
                    .log_destroy_pending
                    .get(),
            ))
        },
        Some(|vm, v, new| {
            let (_, td) = task_parts(vm, v, "_log_destroy_pending")?;
            match new {
                Some(x) => td.log_destroy_pending.set(vm.truthy(&x)?),
                None => return Err(vm.error("AttributeError", "cannot delete attribute")),
            }
            Ok(())
        }),
    );
}

pub fn install_functions(d: &Rc<PyDict>) {
    reg(d, "_all_tasks", |_, _, _| {
        Ok(Value::list(
            ALL_TASKS.with(|t| t.borrow().values().cloned().collect()),
        ))
    });
    reg(d, "_unregister_task", |vm, a, _| {
        let t = a
            .first()
            .ok_or_else(|| vm.type_error("_unregister_task() takes exactly one argument"))?;
        if let Some(td) = future_of(t).and_then(|f| f.task.as_deref()) {
            unregister(td);
        }
        Ok(Value::None)
    });
    reg(d, "_current_task", |vm, a, _| {
        let l = a
            .first()
            .ok_or_else(|| vm.type_error("_current_task() takes exactly one argument"))?;
        match vm.getattr_opt(l, "_core")? {
            Some(c) => match c.as_native::<LoopCore>() {
                Some(core) => Ok(core.current_task.borrow().clone()),
                None => Ok(Value::None),
            },
            None => Ok(Value::None),
        }
    });
}
