//! Async generators (`async def` with `yield`): `__aiter__`, `__anext__`, `asend`,
//! `athrow`, `aclose`. The generator frame suspends both at its `await`s (the awaited
//! object travels out to the event loop) and at its `yield`s (the value, marked by
//! `Yielded`, finishes the current `__anext__`/`asend` awaitable).

use super::generator::{init_asyncgen_hooks, GenKind, Generator, Step};
use super::{Class, NativeObject, PyErr, PyResult, Value};
use crate::eval::Sent;
use crate::vm::Vm;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

/// A value produced by `yield` inside an async generator.
pub struct Yielded(pub Value);

impl NativeObject for Yielded {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("async_generator_wrapped_value")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// What an `asend`/`athrow`/`aclose` awaitable does on its first step.
#[derive(Clone)]
pub enum Start {
    Send(Value),
    Throw(PyErr),
    Close,
}

/// The awaitable returned by `__anext__()`, `asend(v)`, `athrow(e)` and `aclose()`.
pub struct AsyncGenStep {
    pub gen: Value,
    pub start: std::cell::RefCell<Option<Start>>,
    pub done: Cell<bool>,
    pub closing: bool,
    /// Made by `athrow`/`aclose` (CPython's `async_generator_athrow`), not `asend`/`__anext__`.
    pub athrow: bool,
}

impl NativeObject for AsyncGenStep {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class(if self.athrow {
            "async_generator_athrow"
        } else {
            "async_generator_asend"
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(match self.step(vm, Sent::Value(Value::None)) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Ok(None),
            Err(e) => Err(e),
        })
    }
    fn is_iterator(&self) -> bool {
        true
    }
}

impl AsyncGenStep {
    fn generator<'a>(&'a self, vm: &Vm) -> PyResult<&'a Generator> {
        self.gen
            .as_native::<Generator>()
            .ok_or_else(|| vm.type_error("expected an async generator"))
    }

    /// One step: `Ok(Some(v))` suspends with `v` for the event loop; completion raises
    /// StopIteration(value) the way awaitables finish.
    pub fn step(&self, vm: &Vm, sent: Sent) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        let g = self.generator(vm)?;
        let start = self.start.borrow_mut().take();
        // CPython 3.11's `athrow()` on a finished async generator just completes (the
        // await gives None) instead of raising the exception.
        if matches!(start, Some(Start::Throw(_)))
            && !self.closing
            && g.state.get() == super::generator::GenState::Closed
        {
            self.done.set(true);
            return Err(vm.stop_iteration(None));
        }
        let sent = match start {
            Some(Start::Send(v)) => Sent::Value(v),
            Some(Start::Throw(e)) => Sent::Throw(e),
            Some(Start::Close) => Sent::Throw(vm.raise_new(vm.exc_class("GeneratorExit"), vec![])),
            None => sent,
        };
        let r = g.resume(vm, sent);
        match r {
            Ok(Step::Yielded(v)) => {
                if let Some(y) = v.as_native::<Yielded>() {
                    self.done.set(true);
                    if self.closing {
                        return Err(vm.runtime_error("async generator ignored GeneratorExit"));
                    }
                    return Err(vm.stop_iteration(Some(y.0.clone())));
                }
                Ok(Some(v))
            }
            Ok(Step::Returned(_)) => {
                self.done.set(true);
                if self.closing {
                    return Err(vm.stop_iteration(None));
                }
                Err(vm.raise_new(vm.exc_class("StopAsyncIteration"), vec![]))
            }
            Err(e) => {
                self.done.set(true);
                if self.closing
                    && (e.is_instance_of(&vm.exc_class("GeneratorExit"))
                        || e.is_instance_of(&vm.exc_class("StopAsyncIteration")))
                {
                    return Err(vm.stop_iteration(None));
                }
                Err(e)
            }
        }
    }
}

fn new_step(gen: &Value, start: Start, closing: bool) -> Value {
    let athrow = !matches!(start, Start::Send(_));
    Value::Native(Rc::new(AsyncGenStep {
        athrow,
        gen: gen.clone(),
        start: std::cell::RefCell::new(Some(start)),
        done: Cell::new(false),
        closing,
    }))
}

/// The Python-visible methods of async generators and their step awaitables.
pub fn install(vm: &Vm) {
    use crate::builtins::{arg_count, method};
    let ag = vm.native_class("async_generator");
    method(&ag, "__aiter__", |_, a, _| Ok(a[0].clone()));
    method(&ag, "__anext__", |vm, a, _| {
        init_asyncgen_hooks(vm, &a[0])?;
        Ok(new_step(&a[0], Start::Send(Value::None), false))
    });
    method(&ag, "asend", |vm, a, _| {
        arg_count(vm, "asend", &a[1..], 1, 1)?;
        init_asyncgen_hooks(vm, &a[0])?;
        Ok(new_step(&a[0], Start::Send(a[1].clone()), false))
    });
    method(&ag, "athrow", |vm, a, _| {
        arg_count(vm, "athrow", &a[1..], 1, 3)?;
        init_asyncgen_hooks(vm, &a[0])?;
        let e = crate::builtins::throw_exception(vm, &a[1..])?;
        Ok(new_step(&a[0], Start::Throw(e), false))
    });
    method(&ag, "aclose", |vm, a, _| {
        let g = a[0]
            .as_native::<Generator>()
            .ok_or_else(|| vm.type_error("expected an async generator"))?;
        if g.kind != GenKind::AsyncGenerator {
            return Err(vm.type_error("expected an async generator"));
        }
        init_asyncgen_hooks(vm, &a[0])?;
        Ok(new_step(&a[0], Start::Close, true))
    });
    for name in ["async_generator_asend", "async_generator_athrow"] {
        install_step_methods(&vm.native_class(name));
    }
}

/// The awaitable protocol of the step objects `asend`/`athrow` and friends return.
fn install_step_methods(step: &Rc<Class>) {
    use crate::builtins::method;
    method(step, "__await__", |_, a, _| Ok(a[0].clone()));
    method(step, "__iter__", |_, a, _| Ok(a[0].clone()));
    method(step, "__next__", |vm, a, _| {
        let s = a[0]
            .as_native::<AsyncGenStep>()
            .ok_or_else(|| vm.type_error("expected an awaitable"))?;
        match s.step(vm, Sent::Value(Value::None))? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        }
    });
    method(step, "send", |vm, a, _| {
        let s = a[0]
            .as_native::<AsyncGenStep>()
            .ok_or_else(|| vm.type_error("expected an awaitable"))?;
        match s.step(vm, Sent::Value(a.get(1).cloned().unwrap_or(Value::None)))? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        }
    });
    method(step, "throw", |vm, a, _| {
        let s = a[0]
            .as_native::<AsyncGenStep>()
            .ok_or_else(|| vm.type_error("expected an awaitable"))?;
        let e = crate::builtins::throw_exception(vm, &a[1..])?;
        match s.step(vm, Sent::Throw(e))? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        }
    });
    method(step, "close", |_, _, _| Ok(Value::None));
}
