//! `concurrent.futures.Future`: the state of one asynchronous computation (pending,
//! running, cancelled, finished with a result or an exception), the threads waiting for
//! it (one park key per future, all woken when it completes), its done callbacks and the
//! `wait`/`as_completed` waiters to tell. Also the two steps of a thread pool that touch a
//! future: running a work item into it (`run_work_item`) and `_result_or_cancel`.
//! Behaviour, messages and reprs are those of CPython's `concurrent/futures/_base.py`.

use super::pyco_internals::{
    bind_args, native_method, native_new, native_of, native_type, timeout_arg,
};
use crate::object::descriptor::NativeProperty;
use crate::object::function::Kwargs;
use crate::object::list::PyList;
use crate::object::{Class, NativeObject, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Pending,
    Running,
    Cancelled,
    CancelledAndNotified,
    Finished,
}

impl State {
    const ALL: [State; 5] = [
        State::Pending,
        State::Running,
        State::Cancelled,
        State::CancelledAndNotified,
        State::Finished,
    ];
    fn name(self) -> &'static str {
        match self {
            State::Pending => "PENDING",
            State::Running => "RUNNING",
            State::Cancelled => "CANCELLED",
            State::CancelledAndNotified => "CANCELLED_AND_NOTIFIED",
            State::Finished => "FINISHED",
        }
    }
    fn description(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Running => "running",
            State::Cancelled | State::CancelledAndNotified => "cancelled",
            State::Finished => "finished",
        }
    }
    fn cancelled(self) -> bool {
        matches!(self, State::Cancelled | State::CancelledAndNotified)
    }
    fn done(self) -> bool {
        matches!(
            self,
            State::Cancelled | State::CancelledAndNotified | State::Finished
        )
    }
}

pub struct Future {
    class: Rc<Class>,
    state: Cell<State>,
    result: RefCell<Value>,
    exception: RefCell<Value>,
    /// `_waiters`: the `wait`/`as_completed` waiters to tell (made on first use).
    waiters: RefCell<Option<Rc<PyList>>>,
    /// `_done_callbacks` (made on first use).
    callbacks: RefCell<Option<Rc<PyList>>>,
    /// The park key of threads waiting for it; 0 until one waits.
    key: Cell<i64>,
    /// `_what`: what a deadlock report calls it: a str, or the callable it runs.
    what: RefCell<Value>,
}

impl NativeObject for Future {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        repr(vm, this, self)
    }
}

impl Future {
    fn new(class: Rc<Class>) -> Future {
        Future {
            class,
            state: Cell::new(State::Pending),
            result: RefCell::new(Value::None),
            exception: RefCell::new(Value::None),
            waiters: RefCell::new(None),
            callbacks: RefCell::new(None),
            key: Cell::new(0),
            what: RefCell::new(Value::None),
        }
    }

    fn waiters(&self) -> Vec<Value> {
        match &*self.waiters.borrow() {
            Some(l) if !l.is_empty() => l.to_vec(),
            _ => Vec::new(),
        }
    }

    fn notify_all(&self, vm: &Vm) {
        if self.key.get() != 0 {
            vm.unpark(self.key.get(), usize::MAX);
        }
    }

    /// Wait until it completes or the timeout passes (other threads run meanwhile).
    fn wait(&self, vm: &Vm, timeout: Option<f64>) -> PyResult<()> {
        if self.key.get() == 0 {
            self.key.set(vm.sched.new_key());
        }
        let what = self.what.borrow().clone();
        let what = match &what {
            Value::None => "Future".to_string(),
            Value::Str(s) => s.as_str().to_string(),
            f => match vm.getattr_opt(f, "__name__")? {
                Some(Value::Str(s)) => format!("Future running {}", s.as_str()),
                _ => format!("Future running {}", vm.repr(f)?),
            },
        };
        let deadline = timeout.map(|t| vm.clock.monotonic() + t.max(0.0));
        vm.park(
            self.key.get(),
            deadline,
            &format!("waiting for result of {what}"),
        )?;
        Ok(())
    }
}

/// The exception classes of `concurrent.futures`, registered by the Python module as
/// `_pyco._cf_CancelledError` and `_pyco._cf_InvalidStateError`.
fn cf_error(vm: &Vm, module: &PyDict, name: &str, args: Vec<Value>) -> PyErr {
    match module.get_str(&format!("_cf_{name}")) {
        Some(Value::Class(c)) => vm.raise_new(c, args),
        _ => vm.runtime_error(format!("concurrent.futures.{name} is not registered")),
    }
}

fn repr(vm: &Vm, this: &Value, f: &Future) -> PyResult<String> {
    let name = vm.type_name(this);
    let addr = this.heap_ptr().unwrap_or(0);
    let state = f.state.get();
    if state == State::Finished {
        let exc = f.exception.borrow().clone();
        if vm.truthy(&exc)? {
            return Ok(format!(
                "<{name} at {addr:#x} state={} raised {}>",
                state.description(),
                vm.type_name(&exc)
            ));
        }
        let result = f.result.borrow().clone();
        return Ok(format!(
            "<{name} at {addr:#x} state={} returned {}>",
            state.description(),
            vm.type_name(&result)
        ));
    }
    Ok(format!(
        "<{name} at {addr:#x} state={}>",
        state.description()
    ))
}

/// Call each done callback with the future; an `Exception` from one is reported on
/// stderr, as CPython's logger does, and the others still run.
fn invoke_callbacks(vm: &Vm, this: &Value, f: &Future) -> PyResult<()> {
    let callbacks = match &*f.callbacks.borrow() {
        Some(l) if !l.is_empty() => l.to_vec(),
        _ => return Ok(()),
    };
    for cb in callbacks {
        call_callback(vm, this, &cb)?;
    }
    Ok(())
}

fn call_callback(vm: &Vm, this: &Value, cb: &Value) -> PyResult<()> {
    if let Err(e) = vm.call(cb, std::slice::from_ref(this), &[]) {
        if !e.is_instance_of(&vm.exc_class("Exception")) {
            return Err(e);
        }
        let r = vm.repr(this)?;
        vm.write_stderr(&format!("exception calling callback for {r}\n"));
        vm.print_exception(&e);
    }
    Ok(())
}

fn tell_waiters(vm: &Vm, this: &Value, f: &Future, method: &str) -> PyResult<()> {
    for w in f.waiters() {
        vm.call_method(&w, method, std::slice::from_ref(this))?;
    }
    Ok(())
}

pub fn cancel(vm: &Vm, this: &Value, f: &Future) -> PyResult<bool> {
    match f.state.get() {
        State::Running | State::Finished => return Ok(false),
        State::Cancelled | State::CancelledAndNotified => return Ok(true),
        State::Pending => {}
    }
    f.state.set(State::Cancelled);
    f.notify_all(vm);
    invoke_callbacks(vm, this, f)?;
    Ok(true)
}

pub fn set_running_or_notify_cancel(vm: &Vm, this: &Value, f: &Future) -> PyResult<bool> {
    match f.state.get() {
        State::Cancelled => {
            f.state.set(State::CancelledAndNotified);
            tell_waiters(vm, this, f, "add_cancelled")?;
            Ok(false)
        }
        State::Pending => {
            f.state.set(State::Running);
            Ok(true)
        }
        s => {
            vm.write_stderr(&format!(
                "Future {} in unexpected state: {}\n",
                this.heap_ptr().unwrap_or(0),
                s.name()
            ));
            Err(vm.runtime_error("Future in unexpected state"))
        }
    }
}

fn check_settable(vm: &Vm, module: &PyDict, this: &Value, f: &Future) -> PyResult<()> {
    let s = f.state.get();
    if s.done() {
        let msg = format!("{}: {}", s.name(), repr(vm, this, f)?);
        return Err(cf_error(
            vm,
            module,
            "InvalidStateError",
            vec![Value::string(msg)],
        ));
    }
    Ok(())
}

pub fn set_result(vm: &Vm, module: &PyDict, this: &Value, f: &Future, v: Value) -> PyResult<()> {
    check_settable(vm, module, this, f)?;
    *f.result.borrow_mut() = v;
    f.state.set(State::Finished);
    tell_waiters(vm, this, f, "add_result")?;
    f.notify_all(vm);
    invoke_callbacks(vm, this, f)
}

pub fn set_exception(vm: &Vm, module: &PyDict, this: &Value, f: &Future, e: Value) -> PyResult<()> {
    check_settable(vm, module, this, f)?;
    *f.exception.borrow_mut() = e;
    f.state.set(State::Finished);
    tell_waiters(vm, this, f, "add_exception")?;
    f.notify_all(vm);
    invoke_callbacks(vm, this, f)
}

/// The outcome of a finished future: its result, or its exception raised.
fn outcome(vm: &Vm, f: &Future) -> PyResult<Value> {
    let exc = f.exception.borrow().clone();
    if vm.truthy(&exc)? {
        let e = vm.make_exception(exc, "exceptions must derive from BaseException")?;
        vm.set_context(&e);
        return Err(e);
    }
    Ok(f.result.borrow().clone())
}

/// `result(timeout)` (`want_exception`: `exception(timeout)`).
fn result(
    vm: &Vm,
    module: &PyDict,
    f: &Future,
    timeout: Option<f64>,
    want_exception: bool,
) -> PyResult<Value> {
    let finished = |vm: &Vm| -> PyResult<Option<Value>> {
        match f.state.get() {
            s if s.cancelled() => Err(cf_error(vm, module, "CancelledError", vec![])),
            State::Finished if want_exception => Ok(Some(f.exception.borrow().clone())),
            State::Finished => outcome(vm, f).map(Some),
            _ => Ok(None),
        }
    };
    if let Some(v) = finished(vm)? {
        return Ok(v);
    }
    f.wait(vm, timeout)?;
    match finished(vm)? {
        Some(v) => Ok(v),
        None => Err(vm.raise_new(vm.exc_class("TimeoutError"), vec![])),
    }
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Future> {
    args.first()
        .and_then(native_of::<Future>)
        .ok_or_else(|| vm.type_error("descriptor requires a 'Future' object"))
}

fn init_args(vm: &Vm, args: &[Value], kw: Kwargs) -> PyResult<()> {
    if let Some((k, _)) = kw.first() {
        return Err(vm.type_error(format!(
            "Future.__init__() got an unexpected keyword argument '{k}'"
        )));
    }
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "Future.__init__() takes 1 positional argument but {} were given",
            args.len() + 1
        )));
    }
    Ok(())
}

fn one_timeout(vm: &Vm, name: &str, args: &[Value], kw: Kwargs) -> PyResult<Option<f64>> {
    if args.is_empty() && kw.is_empty() {
        return Ok(None);
    }
    let [timeout] = bind_args(vm, name, args, kw, ["timeout"])?;
    timeout_arg(vm, &timeout)
}

fn required(vm: &Vm, name: &str, args: &[Value], param: &str) -> PyResult<Value> {
    match args.get(1) {
        Some(v) if args.len() == 2 => Ok(v.clone()),
        Some(_) => Err(vm.type_error(format!(
            "Future.{name}() takes 2 positional arguments but {} were given",
            args.len()
        ))),
        None => Err(vm.type_error(format!(
            "Future.{name}() missing 1 required positional argument: '{param}'"
        ))),
    }
}

fn future_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Future> {
    native_of::<Future>(v).ok_or_else(|| vm.type_error("descriptor requires a 'Future' object"))
}

fn lazy_list(cell: &RefCell<Option<Rc<PyList>>>) -> Value {
    let mut c = cell.borrow_mut();
    Value::List(
        c.get_or_insert_with(|| Rc::new(PyList::new(Vec::new())))
            .clone(),
    )
}

fn install_attributes(cls: &Rc<Class>) {
    cls.dict.set_str(
        "_state",
        Value::Native(Rc::new(NativeProperty {
            name: "_state",
            get: |vm, v| Ok(Value::str(future_of(vm, v)?.state.get().name())),
            set: Some(|vm, v, new| {
                let f = future_of(vm, v)?;
                let name = new.as_ref().and_then(|n| n.as_str().map(str::to_string));
                match State::ALL
                    .iter()
                    .find(|s| Some(s.name()) == name.as_deref())
                {
                    Some(s) => {
                        f.state.set(*s);
                        Ok(())
                    }
                    None => Err(vm.value_error("unknown Future state")),
                }
            }),
        })),
    );
    cls.dict.set_str(
        "_what",
        Value::Native(Rc::new(NativeProperty {
            name: "_what",
            get: |vm, v| Ok(future_of(vm, v)?.what.borrow().clone()),
            set: Some(|vm, v, new| {
                *future_of(vm, v)?.what.borrow_mut() = new.unwrap_or(Value::None);
                Ok(())
            }),
        })),
    );
    NativeProperty::add_readonly(cls, "_result", |vm, v| {
        Ok(future_of(vm, v)?.result.borrow().clone())
    });
    NativeProperty::add_readonly(cls, "_exception", |vm, v| {
        Ok(future_of(vm, v)?.exception.borrow().clone())
    });
    NativeProperty::add_readonly(cls, "_waiters", |vm, v| {
        Ok(lazy_list(&future_of(vm, v)?.waiters))
    });
    NativeProperty::add_readonly(cls, "_done_callbacks", |vm, v| {
        Ok(lazy_list(&future_of(vm, v)?.callbacks))
    });
}

pub fn init(vm: &Vm, d: &Rc<PyDict>) {
    let cls = native_type(vm, "Future", "concurrent.futures._base");
    let own = cls.clone();
    native_new(&cls, move |vm, args, kw| {
        init_args(vm, args, kw)?;
        Ok(Value::Native(Rc::new(Future::new(own.clone()))))
    });
    native_method(&cls, "__init__", |vm, args, kw| {
        let f = this(vm, args)?;
        init_args(vm, &args[1..], kw)?;
        f.state.set(State::Pending);
        *f.result.borrow_mut() = Value::None;
        *f.exception.borrow_mut() = Value::None;
        Ok(Value::None)
    });
    native_method(&cls, "__repr__", |vm, args, _| {
        Ok(Value::string(repr(vm, &args[0], this(vm, args)?)?))
    });
    native_method(&cls, "cancel", |vm, args, _| {
        Ok(Value::Bool(cancel(vm, &args[0], this(vm, args)?)?))
    });
    native_method(&cls, "cancelled", |vm, args, _| {
        Ok(Value::Bool(this(vm, args)?.state.get().cancelled()))
    });
    native_method(&cls, "running", |vm, args, _| {
        Ok(Value::Bool(this(vm, args)?.state.get() == State::Running))
    });
    native_method(&cls, "done", |vm, args, _| {
        Ok(Value::Bool(this(vm, args)?.state.get().done()))
    });
    let module = d.clone();
    native_method(&cls, "result", move |vm, args, kw| {
        let f = this(vm, args)?;
        let timeout = one_timeout(vm, "result", &args[1..], kw)?;
        result(vm, &module, f, timeout, false)
    });
    let module = d.clone();
    native_method(&cls, "exception", move |vm, args, kw| {
        let f = this(vm, args)?;
        let timeout = one_timeout(vm, "exception", &args[1..], kw)?;
        result(vm, &module, f, timeout, true)
    });
    native_method(&cls, "add_done_callback", |vm, args, _| {
        let f = this(vm, args)?;
        let cb = required(vm, "add_done_callback", args, "fn")?;
        if !f.state.get().done() {
            if let Value::List(l) = lazy_list(&f.callbacks) {
                l.push(cb);
            }
            return Ok(Value::None);
        }
        call_callback(vm, &args[0], &cb)?;
        Ok(Value::None)
    });
    native_method(&cls, "set_running_or_notify_cancel", |vm, args, _| {
        Ok(Value::Bool(set_running_or_notify_cancel(
            vm,
            &args[0],
            this(vm, args)?,
        )?))
    });
    let module = d.clone();
    native_method(&cls, "set_result", move |vm, args, _| {
        let f = this(vm, args)?;
        let v = required(vm, "set_result", args, "result")?;
        set_result(vm, &module, &args[0], f, v)?;
        Ok(Value::None)
    });
    let module = d.clone();
    native_method(&cls, "set_exception", move |vm, args, _| {
        let f = this(vm, args)?;
        let e = required(vm, "set_exception", args, "exception")?;
        set_exception(vm, &module, &args[0], f, e)?;
        Ok(Value::None)
    });
    install_attributes(&cls);
    d.set_str("Future", Value::Class(cls));

    // run_work_item((future, fn, args, kwargs)): what a pool worker does with one item.
    let module = d.clone();
    crate::builtins::reg(d, "run_work_item", move |vm, args, _| {
        let item = match args {
            [Value::Tuple(t)] if t.len() == 4 => t.clone(),
            _ => {
                return Err(
                    vm.type_error("run_work_item() needs a (future, fn, args, kwargs) tuple")
                )
            }
        };
        let [fut, func, fargs, fkwargs] = item.as_slice() else {
            return Ok(Value::None);
        };
        let f = future_of(vm, fut)?;
        if !set_running_or_notify_cancel(vm, fut, f)? {
            return Ok(Value::None);
        }
        let positional: &[Value] = match fargs {
            Value::Tuple(t) => t.as_slice(),
            _ => &[],
        };
        let keywords: Vec<(Rc<str>, Value)> = match fkwargs {
            Value::Dict(d) if !d.is_empty() => d
                .items()
                .into_iter()
                .map(|(k, v)| (Rc::from(k.as_str().unwrap_or_default()), v))
                .collect(),
            _ => Vec::new(),
        };
        match vm.call(func, positional, &keywords) {
            Ok(r) => set_result(vm, &module, fut, f, r)?,
            Err(e) => set_exception(vm, &module, fut, f, e.value())?,
        }
        Ok(Value::None)
    });

    // result_or_cancel(fut, timeout=None): `fut.result(timeout)`, then `fut.cancel()`.
    let module = d.clone();
    crate::builtins::reg(d, "result_or_cancel", move |vm, args, _| {
        arg_count_1_2(vm, args)?;
        let fut = &args[0];
        let timeout = timeout_arg(vm, &args.get(1).cloned())?;
        match native_of::<Future>(fut) {
            Some(f) => {
                let r = result(vm, &module, f, timeout, false);
                cancel(vm, fut, f)?;
                r
            }
            None => {
                let t = args.get(1).cloned().unwrap_or(Value::None);
                let r = vm.call_method(fut, "result", &[t]);
                vm.call_method(fut, "cancel", &[])?;
                r
            }
        }
    });
}

fn arg_count_1_2(vm: &Vm, args: &[Value]) -> PyResult<()> {
    crate::builtins::arg_count(vm, "result_or_cancel", args, 1, 2)
}
