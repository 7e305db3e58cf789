//! `_asyncio.Future`: state, result or exception, done callbacks, cancellation with a
//! message, and `__await__`/`__iter__` (the `FutureIter` that yields the future itself).
//! A `Task` is the same object with `TaskData` attached (`task.rs`).
//!
//! Methods receive the object the user holds: the native value, or an instance of a
//! Python subclass whose `base` is the native value. Callbacks are called with that
//! outer object, as CPython calls them with the subclass instance.

use super::event_loop::{LoopCore, Ready};
use super::task::TaskData;
use super::{check_kwargs, classes, def, hooks, kwarg, prop};
use crate::object::{Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    Pending,
    Cancelled,
    Finished,
}

impl State {
    fn name(self) -> &'static str {
        match self {
            State::Pending => "PENDING",
            State::Cancelled => "CANCELLED",
            State::Finished => "FINISHED",
        }
    }
}

/// A done callback: a Python callable, or a task waiting on this future (its wakeup).
pub enum Callback {
    Py(Value),
    Wakeup(Value),
}

pub type Callbacks = smallvec::SmallVec<[Callback; 1]>;

pub struct FutureObj {
    /// The Python event loop object.
    pub loop_: RefCell<Value>,
    /// The loop's native core (`loop._core`), or None for a loop without one.
    pub core: RefCell<Value>,
    pub state: Cell<State>,
    pub result: RefCell<Value>,
    pub exception: RefCell<Option<PyErr>>,
    /// The exception's traceback when it was set: `result()` hands the exception out
    /// with it once, later with an empty one (CPython's C future clears it then).
    exception_tb: RefCell<Option<Vec<crate::object::exception::TbEntry>>>,
    /// Most futures get one callback (the task awaiting them): kept inline.
    pub callbacks: RefCell<Callbacks>,
    pub cancel_message: RefCell<Value>,
    pub cancelled_exc: RefCell<Option<PyErr>>,
    pub blocking: Cell<bool>,
    pub log_traceback: Cell<bool>,
    pub task: Option<Box<TaskData>>,
}

impl NativeObject for FutureObj {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        let c = classes(vm);
        if self.task.is_some() {
            c.task.clone()
        } else {
            c.future.clone()
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        repr_of(vm, this)
    }
}

/// The native future behind `v` (itself, or the base of a subclass instance).
pub fn future_of(v: &Value) -> Option<&FutureObj> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<FutureObj>(),
        Value::Instance(i) => i.base.as_ref()?.as_native::<FutureObj>(),
        _ => None,
    }
}

/// `future_of`, or CPython's TypeError for a method called on something else.
pub fn fut<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a FutureObj> {
    future_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{what}' requires a '_asyncio.Future' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// The native future behind `v` when `v` is exactly a native Future or Task (no
/// subclass whose Python methods could override the behaviour).
pub fn exact_future(v: &Value) -> Option<&FutureObj> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<FutureObj>(),
        _ => None,
    }
}

fn repr_of(vm: &Vm, this: &Value) -> PyResult<String> {
    let info = vm.call_method(this, "_repr_info", &[])?;
    let parts: Vec<String> = vm
        .collect(&info)?
        .iter()
        .map(|p| vm.to_str(p))
        .collect::<PyResult<_>>()?;
    Ok(format!("<{}>", parts.join(" ")))
}

impl FutureObj {
    pub fn new(task: Option<Box<TaskData>>) -> FutureObj {
        FutureObj {
            loop_: RefCell::new(Value::None),
            core: RefCell::new(Value::None),
            state: Cell::new(State::Pending),
            result: RefCell::new(Value::None),
            exception: RefCell::new(None),
            exception_tb: RefCell::new(None),
            callbacks: RefCell::new(Callbacks::new()),
            cancel_message: RefCell::new(Value::None),
            cancelled_exc: RefCell::new(None),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            task,
        }
    }

    /// Attach to `loop` (None: the current event loop), caching its native core.
    pub fn set_loop(&self, vm: &Vm, loop_: Value) -> PyResult<()> {
        let loop_ = if loop_.is_none() {
            let h = hooks(vm)?;
            vm.call(&h.get_event_loop, &[], &[])?
        } else {
            loop_
        };
        let core = match vm.getattr_opt(&loop_, "_core") {
            Ok(Some(c)) if c.as_native::<LoopCore>().is_some() => c,
            _ => Value::None,
        };
        *self.core.borrow_mut() = core;
        *self.loop_.borrow_mut() = loop_;
        Ok(())
    }

    pub fn done(&self) -> bool {
        self.state.get() != State::Pending
    }

    pub fn make_cancelled_error(&self, vm: &Vm) -> PyResult<PyErr> {
        if let Some(e) = self.cancelled_exc.borrow_mut().take() {
            return Ok(e);
        }
        let h = hooks(vm)?;
        let msg = self.cancel_message.borrow().clone();
        let args = if msg.is_none() { vec![] } else { vec![msg] };
        Ok(vm.raise_new(h.cancelled_error.clone(), args))
    }

    /// `result()`: the value, or the error to raise.
    pub fn get_result(&self, vm: &Vm) -> PyResult<Value> {
        match self.state.get() {
            State::Cancelled => Err(self.make_cancelled_error(vm)?),
            State::Pending => {
                let h = hooks(vm)?;
                Err(vm.raise_new(
                    h.invalid_state_error.clone(),
                    vec![Value::str("Result is not set.")],
                ))
            }
            State::Finished => {
                self.log_traceback.set(false);
                if let Some(e) = self.exception.borrow().clone() {
                    let tb = self.exception_tb.take().unwrap_or_default();
                    let mut d = e.data();
                    d.traceback = tb;
                    d.tb_value = None;
                    drop(d);
                    return Err(e);
                }
                Ok(self.result.borrow().clone())
            }
        }
    }

    /// Schedule `cb(this)` on this future's loop.
    pub fn call_soon(&self, vm: &Vm, item: Ready) -> PyResult<()> {
        let core = self.core.borrow().clone();
        if let Some(core) = core.as_native::<LoopCore>() {
            core.push(vm, item)
        } else {
            let loop_ = self.loop_.borrow().clone();
            let (cb, arg) = item.into_call(vm)?;
            let f = vm.getattr(&loop_, "call_soon")?;
            let mut args = vec![cb];
            args.extend(arg);
            vm.call(&f, &args, &[])?;
            Ok(())
        }
    }

    pub fn schedule_callbacks(&self, vm: &Vm, this: &Value) -> PyResult<()> {
        let callbacks = std::mem::take(&mut *self.callbacks.borrow_mut());
        for cb in callbacks {
            let item = match cb {
                Callback::Py(f) => Ready::Call(f, this.clone()),
                Callback::Wakeup(t) => Ready::Wakeup(t, this.clone()),
            };
            self.call_soon(vm, item)?;
        }
        Ok(())
    }

    /// `Future.cancel(msg)` (the base class's, also used by tasks).
    pub fn cancel(&self, vm: &Vm, this: &Value, msg: Value) -> PyResult<bool> {
        self.log_traceback.set(false);
        if self.state.get() != State::Pending {
            return Ok(false);
        }
        self.state.set(State::Cancelled);
        *self.cancel_message.borrow_mut() = msg;
        self.schedule_callbacks(vm, this)?;
        Ok(true)
    }

    pub fn set_result(&self, vm: &Vm, this: &Value, v: Value) -> PyResult<()> {
        if self.state.get() != State::Pending {
            return Err(self.invalid_state(vm)?);
        }
        *self.result.borrow_mut() = v;
        self.state.set(State::Finished);
        self.schedule_callbacks(vm, this)
    }

    pub fn set_exception(&self, vm: &Vm, this: &Value, e: PyErr) -> PyResult<()> {
        if self.state.get() != State::Pending {
            return Err(self.invalid_state(vm)?);
        }
        *self.exception_tb.borrow_mut() = Some(e.data().traceback.clone());
        *self.exception.borrow_mut() = Some(e);
        self.state.set(State::Finished);
        self.schedule_callbacks(vm, this)?;
        self.log_traceback.set(true);
        Ok(())
    }

    fn invalid_state(&self, vm: &Vm) -> PyResult<PyErr> {
        let h = hooks(vm)?;
        Ok(vm.raise_new(
            h.invalid_state_error.clone(),
            vec![Value::str("invalid state")],
        ))
    }

    /// `add_done_callback` with a native callback.
    pub fn add_callback(&self, vm: &Vm, this: &Value, cb: Callback) -> PyResult<()> {
        if self.state.get() != State::Pending {
            let item = match cb {
                Callback::Py(f) => Ready::Call(f, this.clone()),
                Callback::Wakeup(t) => Ready::Wakeup(t, this.clone()),
            };
            self.call_soon(vm, item)
        } else {
            self.callbacks.borrow_mut().push(cb);
            Ok(())
        }
    }
}

/// `set_exception(exc)`'s argument as the exception to store (a class is instantiated).
fn exception_arg(vm: &Vm, v: &Value) -> PyResult<PyErr> {
    let inst = match v {
        Value::Class(c) if c.is_subclass(&vm.types.base_exception) => vm.call(v, &[], &[])?,
        _ => v.clone(),
    };
    let e = match &inst {
        Value::Instance(i) if i.exc.is_some() => crate::object::PyErr(i.clone()),
        _ => return Err(vm.type_error("invalid exception object")),
    };
    if Rc::ptr_eq(&e.class(), &vm.exc_class("StopIteration")) {
        return Err(vm.type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    Ok(e)
}

/// Is `a` the same callback as `b`? (pyco's bound methods are made afresh on each
/// attribute access, so they are compared by their parts.)
pub fn same_callback(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let (Value::BoundMethod(x), Value::BoundMethod(y)) = (a, b) {
        return Ok(x.receiver.is(&y.receiver) && x.func.is(&y.func));
    }
    vm.eq(a, b)
}

/// The callable a native callback shows as (`_callbacks`, reprs).
pub fn callback_value(vm: &Vm, cb: &Callback) -> PyResult<Value> {
    match cb {
        Callback::Py(f) => Ok(f.clone()),
        Callback::Wakeup(t) => vm.getattr(t, "task_wakeup"),
    }
}

/// `__new__` for Future and Task: the native object, wrapped when `cls` is a subclass.
pub fn new_object(vm: &Vm, cls: &Rc<Class>, own: &Rc<Class>, obj: FutureObj) -> PyResult<Value> {
    let native = Value::Native(Rc::new(obj));
    if Rc::ptr_eq(cls, own) {
        return Ok(native);
    }
    if !cls.is_subclass(own) {
        return Err(vm.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            own.name(),
            cls.name(),
            cls.name(),
            own.name()
        )));
    }
    Ok(vm.new_subclass_instance(cls, native))
}

pub fn install(c: &super::Classes) {
    let f = &c.future;
    f.dict.set_str("__module__", Value::str("_asyncio"));
    def(f, "__new__", |vm, a, kw| {
        let cls = match a.first() {
            Some(Value::Class(c)) => c.clone(),
            _ => return Err(vm.type_error("Future.__new__(X): X is not a type object")),
        };
        let own = classes(vm).future.clone();
        let exact = Rc::ptr_eq(&cls, &own);
        let obj = FutureObj::new(None);
        if exact {
            // `Future(...)` runs no `__init__` of a built-in type: initialise here.
            if a.len() > 1 {
                return Err(vm.type_error("Future() takes no positional arguments"));
            }
            check_kwargs(vm, "Future", kw, &["loop"])?;
            obj.set_loop(vm, kwarg(kw, "loop").unwrap_or(Value::None))?;
        }
        new_object(vm, &cls, &own, obj)
    });
    def(f, "__init__", |vm, a, kw| {
        let this = &a[0];
        let fo = fut(vm, this, "__init__")?;
        if a.len() > 1 {
            return Err(vm.type_error("Future() takes no positional arguments"));
        }
        check_kwargs(vm, "Future", kw, &["loop"])?;
        if matches!(this, Value::Instance(_)) {
            fo.set_loop(vm, kwarg(kw, "loop").unwrap_or(Value::None))?;
        }
        Ok(Value::None)
    });
    def(f, "__repr__", |vm, a, _| {
        Ok(Value::string(repr_of(vm, &a[0])?))
    });
    def(f, "_repr_info", |vm, a, _| {
        let h = hooks(vm)?;
        vm.call(&h.future_repr_info, &[a[0].clone()], &[])
    });
    def(f, "get_loop", |vm, a, _| {
        Ok(fut(vm, &a[0], "get_loop")?.loop_.borrow().clone())
    });
    def(f, "_make_cancelled_error", |vm, a, _| {
        Ok(fut(vm, &a[0], "_make_cancelled_error")?
            .make_cancelled_error(vm)?
            .value())
    });
    def(f, "cancel", |vm, a, kw| {
        let fo = fut(vm, &a[0], "cancel")?;
        check_kwargs(vm, "cancel", kw, &["msg"])?;
        let msg = a.get(1).cloned().or_else(|| kwarg(kw, "msg"));
        Ok(Value::Bool(fo.cancel(
            vm,
            &a[0],
            msg.unwrap_or(Value::None),
        )?))
    });
    def(f, "cancelled", |vm, a, _| {
        Ok(Value::Bool(
            fut(vm, &a[0], "cancelled")?.state.get() == State::Cancelled,
        ))
    });
    def(f, "done", |vm, a, _| {
        Ok(Value::Bool(fut(vm, &a[0], "done")?.done()))
    });
    def(f, "result", |vm, a, _| {
        fut(vm, &a[0], "result")?.get_result(vm)
    });
    def(f, "exception", |vm, a, _| {
        let fo = fut(vm, &a[0], "exception")?;
        match fo.state.get() {
            State::Cancelled => Err(fo.make_cancelled_error(vm)?),
            State::Pending => {
                let h = hooks(vm)?;
                Err(vm.raise_new(
                    h.invalid_state_error.clone(),
                    vec![Value::str("Exception is not set.")],
                ))
            }
            State::Finished => {
                fo.log_traceback.set(false);
                Ok(fo
                    .exception
                    .borrow()
                    .as_ref()
                    .map(|e| e.value())
                    .unwrap_or(Value::None))
            }
        }
    });
    def(f, "add_done_callback", |vm, a, kw| {
        let fo = fut(vm, &a[0], "add_done_callback")?;
        check_kwargs(vm, "add_done_callback", kw, &["context"])?;
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "add_done_callback() takes exactly 1 positional argument ({} given)",
                a.len() - 1
            )));
        }
        fo.add_callback(vm, &a[0], Callback::Py(a[1].clone()))?;
        Ok(Value::None)
    });
    def(f, "remove_done_callback", |vm, a, _| {
        let fo = fut(vm, &a[0], "remove_done_callback")?;
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "remove_done_callback() takes exactly one argument ({} given)",
                a.len() - 1
            )));
        }
        let old = std::mem::take(&mut *fo.callbacks.borrow_mut());
        let mut kept = Callbacks::new();
        let mut removed = 0;
        for cb in old {
            let v = callback_value(vm, &cb)?;
            if same_callback(vm, &v, &a[1])? {
                removed += 1;
            } else {
                kept.push(cb);
            }
        }
        // Callbacks added while comparing (by user `__eq__`) are kept after the others.
        let added = std::mem::take(&mut *fo.callbacks.borrow_mut());
        kept.extend(added);
        *fo.callbacks.borrow_mut() = kept;
        Ok(Value::Int(removed))
    });
    def(f, "set_result", |vm, a, _| {
        let fo = fut(vm, &a[0], "set_result")?;
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "set_result() takes exactly one argument ({} given)",
                a.len() - 1
            )));
        }
        fo.set_result(vm, &a[0], a[1].clone())?;
        Ok(Value::None)
    });
    def(f, "set_exception", |vm, a, _| {
        let fo = fut(vm, &a[0], "set_exception")?;
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "set_exception() takes exactly one argument ({} given)",
                a.len() - 1
            )));
        }
        if fo.state.get() != State::Pending {
            return Err(fo.invalid_state(vm)?);
        }
        let e = exception_arg(vm, &a[1])?;
        fo.set_exception(vm, &a[0], e)?;
        Ok(Value::None)
    });
    for name in ["__await__", "__iter__"] {
        def(f, name, |vm, a, _| {
            fut(vm, &a[0], "__await__")?;
            Ok(Value::Native(Rc::new(FutureIter {
                fut: RefCell::new(a[0].clone()),
                yielded: Cell::new(false),
            })))
        });
    }
    prop(
        f,
        "_state",
        |vm, v| Ok(Value::str(fut(vm, v, "_state")?.state.get().name())),
        None,
    );
    prop(
        f,
        "_result",
        |vm, v| Ok(fut(vm, v, "_result")?.result.borrow().clone()),
        None,
    );
    prop(
        f,
        "_exception",
        |vm, v| {
            Ok(fut(vm, v, "_exception")?
                .exception
                .borrow()
                .as_ref()
                .map(|e| e.value())
                .unwrap_or(Value::None))
        },
        None,
    );
    prop(
        f,
        "_loop",
        |vm, v| Ok(fut(vm, v, "_loop")?.loop_.borrow().clone()),
        None,
    );
    prop(
        f,
        "_callbacks",
        |vm, v| {
            let fo = fut(vm, v, "_callbacks")?;
            let n = fo.callbacks.borrow().len();
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                let cb = match fo.callbacks.borrow().get(i) {
                    Some(Callback::Py(f)) => Callback::Py(f.clone()),
                    Some(Callback::Wakeup(t)) => Callback::Wakeup(t.clone()),
                    None => break,
                };
                out.push(callback_value(vm, &cb)?);
            }
            Ok(Value::list(out))
        },
        None,
    );
    prop(
        f,
        "_cancel_message",
        |vm, v| {
            Ok(fut(vm, v, "_cancel_message")?
                .cancel_message
                .borrow()
                .clone())
        },
        Some(|vm, v, new| {
            *fut(vm, v, "_cancel_message")?.cancel_message.borrow_mut() =
                new.unwrap_or(Value::None);
            Ok(())
        }),
    );
    prop(
        f,
        "_asyncio_future_blocking",
        |vm, v| {
            Ok(Value::Bool(
                fut(vm, v, "_asyncio_future_blocking")?.blocking.get(),
            ))
        },
        Some(|vm, v, new| {
            let fo = fut(vm, v, "_asyncio_future_blocking")?;
            match new {
                Some(x) => fo.blocking.set(vm.truthy(&x)?),
                None => return Err(vm.error("AttributeError", "cannot delete attribute")),
            }
            Ok(())
        }),
    );
    prop(
        f,
        "_log_traceback",
        |vm, v| {
            Ok(Value::Bool(
                fut(vm, v, "_log_traceback")?.log_traceback.get(),
            ))
        },
        Some(|vm, v, new| {
            let fo = fut(vm, v, "_log_traceback")?;
            let on = match new {
                Some(x) => vm.truthy(&x)?,
                None => return Err(vm.error("AttributeError", "cannot delete attribute")),
            };
            if on {
                return Err(vm.value_error("_log_traceback can only be set to False"));
            }
            fo.log_traceback.set(false);
            Ok(())
        }),
    );
    prop(f, "_source_traceback", |_, _| Ok(Value::None), None);

    let it = &c.future_iter;
    def(it, "__next__", |vm, a, _| iter_step(vm, &a[0]));
    def(it, "send", |vm, a, _| iter_step(vm, &a[0]));
    def(it, "__iter__", |_, a, _| Ok(a[0].clone()));
    def(it, "throw", |vm, a, _| {
        if a.len() < 2 {
            return Err(vm.type_error("throw expected at least 1 argument, got 0"));
        }
        Err(crate::builtins::throw_exception(vm, &a[1..])?)
    });
    def(it, "close", |_, a, _| {
        if let Some(i) = a[0].as_native::<FutureIter>() {
            *i.fut.borrow_mut() = Value::None;
        }
        Ok(Value::None)
    });
}

/// The iterator `await future` delegates to: it yields the future once while pending,
/// then returns its result.
pub struct FutureIter {
    fut: RefCell<Value>,
    yielded: Cell<bool>,
}

impl NativeObject for FutureIter {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        classes(vm).future_iter.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }
    fn is_iterator(&self) -> bool {
        true
    }
}

impl FutureIter {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let f = self.fut.borrow().clone();
        let Some(fo) = future_of(&f) else {
            return Ok(None);
        };
        if !fo.done() {
            if !self.yielded.get() {
                self.yielded.set(true);
                fo.blocking.set(true);
                return Ok(Some(f));
            }
            return Err(vm.runtime_error("await wasn't used with future"));
        }
        *self.fut.borrow_mut() = Value::None;
        let r = match &f {
            Value::Native(_) => fo.get_result(vm)?,
            _ => vm.call_method(&f, "result", &[])?,
        };
        if r.is_none() {
            Ok(None)
        } else {
            Err(vm.stop_iteration(Some(r)))
        }
    }
}

fn iter_step(vm: &Vm, this: &Value) -> PyResult<Value> {
    let Some(it) = this.as_native::<FutureIter>() else {
        return Err(vm.type_error("expected a FutureIter"));
    };
    match it.step(vm)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}
