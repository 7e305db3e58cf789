//! `asyncio.sleep` as a native coroutine-like object (it has `send`, `throw`, `close`
//! and `__await__`, so `iscoroutine` accepts it as CPython's Coroutine ABC does): on its
//! first step it either yields `None` once (`sleep(0)`: the task steps again on the next
//! loop iteration, as CPython's `__sleep0`) or makes a future, schedules its result with
//! `call_later` and waits for it, cancelling the timer when it ends however it ends.

use super::event_loop::call_later_native;
use super::future::{future_of, FutureObj};
use super::{check_kwargs, classes, def, hooks, kwarg};
use crate::builtins::reg;
use crate::object::generator::Step;
use crate::object::{Class, NativeObject, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

enum SleepState {
    /// Not started: the arguments.
    Created,
    /// `sleep(0)` after its one yield.
    Yielded,
    /// Waiting for the future (the timer handle cancels on exit).
    Waiting {
        fut: Value,
        handle: Value,
    },
    Done,
}

pub struct Sleep {
    delay: Value,
    result: Value,
    state: RefCell<SleepState>,
}

impl NativeObject for Sleep {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        classes(vm).sleep.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<coroutine object sleep at {:#x}>",
            this.heap_ptr().unwrap_or(0)
        ))
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(match self.step(vm) {
            Ok(Step::Yielded(v)) => Ok(Some(v)),
            Ok(Step::Returned(Value::None)) => Ok(None),
            Ok(Step::Returned(v)) => Err(vm.stop_iteration(Some(v))),
            Err(e) => Err(e),
        })
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn awaits_itself(&self) -> bool {
        true
    }
    fn send_none(&self, vm: &Vm) -> Option<PyResult<Step>> {
        Some(self.step(vm))
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        if matches!(*self.state.borrow(), SleepState::Created) {
            crate::object::generator::warn_never_awaited(Rc::from("sleep"));
        }
    }
}

fn cancel_handle(h: &Value) {
    if let Some(h) = h.as_native::<super::handle::Handle>() {
        h.cancel();
    }
}

impl Sleep {
    /// One `send(None)`: what it yields or returns.
    fn step(&self, vm: &Vm) -> PyResult<Step> {
        let state = std::mem::replace(&mut *self.state.borrow_mut(), SleepState::Done);
        match state {
            SleepState::Created => {
                let zero = Value::Int(0);
                if vm.truthy(&vm.compare(crate::ast::CmpOp::LtE, &self.delay, &zero)?)? {
                    *self.state.borrow_mut() = SleepState::Yielded;
                    return Ok(Step::Yielded(Value::None));
                }
                let h = hooks(vm)?;
                let loop_ = vm.call(&h.get_running_loop, &[], &[])?;
                let fut = vm.call_method(&loop_, "create_future", &[])?;
                let cb = SET_RESULT.with(|c| c.borrow().clone());
                let handle = call_later_native(
                    vm,
                    &loop_,
                    &self.delay,
                    &[cb, fut.clone(), self.result.clone()],
                )?;
                self.wait(vm, fut, handle)
            }
            SleepState::Yielded => self.finish(self.result.clone()),
            SleepState::Waiting { fut, handle } => {
                if future_of(&fut).is_some_and(|f| !f.done()) {
                    cancel_handle(&handle);
                    return Err(vm.runtime_error("await wasn't used with future"));
                }
                self.wait(vm, fut, handle)
            }
            SleepState::Done => Err(vm.runtime_error("cannot reuse already awaited coroutine")),
        }
    }

    /// `return await fut` inside `try: ... finally: handle.cancel()`.
    fn wait(&self, vm: &Vm, fut: Value, handle: Value) -> PyResult<Step> {
        let fo: &FutureObj = match future_of(&fut) {
            Some(f) => f,
            None => return Err(vm.type_error("loop.create_future() did not return a Future")),
        };
        if !fo.done() {
            fo.blocking.set(true);
            *self.state.borrow_mut() = SleepState::Waiting {
                fut: fut.clone(),
                handle,
            };
            return Ok(Step::Yielded(fut));
        }
        cancel_handle(&handle);
        let r = match &fut {
            Value::Native(_) => fo.get_result(vm)?,
            _ => vm.call_method(&fut, "result", &[])?,
        };
        self.finish(r)
    }

    fn finish(&self, r: Value) -> PyResult<Step> {
        Ok(Step::Returned(r))
    }

    /// `throw(exc)`: raised at the await, after the timer is cancelled.
    fn throw(&self, e: PyErr) -> PyResult<Value> {
        let state = std::mem::replace(&mut *self.state.borrow_mut(), SleepState::Done);
        match state {
            SleepState::Waiting { fut, handle } => {
                // The future's iterator re-raises what is thrown in.
                let _ = fut;
                cancel_handle(&handle);
                Err(e)
            }
            SleepState::Done => Err(e),
            _ => Err(e),
        }
    }
}

fn sleep_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Sleep> {
    v.as_native::<Sleep>()
        .ok_or_else(|| vm.type_error("expected a sleep coroutine"))
}

fn send_result(vm: &Vm, r: PyResult<Step>) -> PyResult<Value> {
    match r? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(Value::None) => Err(vm.stop_iteration(None)),
        Step::Returned(v) => Err(vm.stop_iteration(Some(v))),
    }
}

thread_local! {
    /// `_set_result_unless_cancelled`, the callback of sleep's timer.
    static SET_RESULT: RefCell<Value> = const { RefCell::new(Value::None) };
}

pub fn install(c: &super::Classes, d: &Rc<PyDict>) {
    let s = &c.sleep;
    def(s, "__await__", |_, a, _| Ok(a[0].clone()));
    def(s, "__iter__", |_, a, _| Ok(a[0].clone()));
    def(s, "__next__", |vm, a, _| {
        send_result(vm, sleep_of(vm, &a[0])?.step(vm))
    });
    def(s, "send", |vm, a, _| {
        let sl = sleep_of(vm, &a[0])?;
        match a.get(1) {
            Some(v) if !v.is_none() && matches!(&*sl.state.borrow(), SleepState::Created) => {
                Err(vm.type_error("can't send non-None value to a just-started coroutine"))
            }
            _ => send_result(vm, sl.step(vm)),
        }
    });
    def(s, "throw", |vm, a, _| {
        let sl = sleep_of(vm, &a[0])?;
        if a.len() < 2 {
            return Err(vm.type_error("throw expected at least 1 argument, got 0"));
        }
        let e = crate::builtins::throw_exception(vm, &a[1..])?;
        sl.throw(e)
    });
    def(s, "close", |vm, a, _| {
        let sl = sleep_of(vm, &a[0])?;
        let state = std::mem::replace(&mut *sl.state.borrow_mut(), SleepState::Done);
        if let SleepState::Waiting { handle, .. } = state {
            cancel_handle(&handle);
        }
        Ok(Value::None)
    });
    for name in ["__name__", "__qualname__"] {
        s.dict.set_str(name, Value::str("sleep"));
    }
    crate::modules::asyncio::prop(s, "cr_await", |_, _| Ok(Value::None), None);
    reg(d, "sleep", |vm, a, kw| {
        check_kwargs(vm, "sleep", kw, &["delay", "result"])?;
        if a.len() > 2 {
            return Err(vm.type_error(format!(
                "sleep() takes from 1 to 2 positional arguments but {} were given",
                a.len()
            )));
        }
        let delay = match a.first().cloned().or_else(|| kwarg(kw, "delay")) {
            Some(d) => d,
            None => {
                return Err(vm.type_error("sleep() missing 1 required positional argument: 'delay'"))
            }
        };
        let result = a
            .get(1)
            .cloned()
            .or_else(|| kwarg(kw, "result"))
            .unwrap_or(Value::None);
        Ok(Value::Native(Rc::new(Sleep {
            delay,
            result,
            state: RefCell::new(SleepState::Created),
        })))
    });
    reg(d, "_set_result_unless_cancelled", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error("_set_result_unless_cancelled(fut, result)"));
        }
        match future_of(&a[0]) {
            Some(fo) if matches!(&a[0], Value::Native(_)) => {
                if fo.state.get() != super::future::State::Cancelled {
                    fo.set_result(vm, &a[0], a[1].clone())?;
                }
            }
            _ => {
                let c = vm.call_method(&a[0], "cancelled", &[])?;
                if !vm.truthy(&c)? {
                    vm.call_method(&a[0], "set_result", &[a[1].clone()])?;
                }
            }
        }
        Ok(Value::None)
    });
    if let Some(f) = d.get_str("_set_result_unless_cancelled") {
        SET_RESULT.with(|c| *c.borrow_mut() = f);
    }
}
