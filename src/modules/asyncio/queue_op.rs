//! The awaitables `Queue.put(item)`, `Queue.get()` and `Queue.join()` return: native
//! coroutine-like objects (`send`, `throw`, `close`, `__await__`, so `iscoroutine`
//! accepts them and tasks can run them) that behave as CPython's `async def` bodies.
//! While the queue is full (put) or empty (get) they wait on a future kept in the
//! queue's putters or getters; when the wait ends with an error (cancellation, `throw`,
//! `close`) they cancel the future, drop it from the line and pass a wakeup they cannot
//! take to the next waiter, as CPython's `except:` clause does.

use super::future::future_of;
use super::queue::{fut_done, queue_of, wakeup_next, QueueObj};
use super::{classes, def, prop};
use crate::object::generator::Step;
use crate::object::{Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

pub enum OpKind {
    Put(Value),
    Get,
    Join,
}

enum OpState {
    Created,
    /// Waiting for this future (a putter, a getter, or a join waiter).
    Waiting(Value),
    Done,
}

pub struct QueueOp {
    queue: Value,
    kind: OpKind,
    state: RefCell<OpState>,
}

/// What one step does: yield a future to the task, or return a value.
enum Out {
    Yield(Value),
    Return(Value),
}

impl NativeObject for QueueOp {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        classes(vm).queue_op.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<coroutine object {} at {:#x}>",
            self.qualname(),
            this.heap_ptr().unwrap_or(0)
        ))
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(match self.step(vm) {
            Ok(Out::Yield(v)) => Ok(Some(v)),
            Ok(Out::Return(Value::None)) => Ok(None),
            Ok(Out::Return(v)) => Err(vm.stop_iteration(Some(v))),
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
        Some(self.step(vm).map(|o| match o {
            Out::Yield(v) => Step::Yielded(v),
            Out::Return(v) => Step::Returned(v),
        }))
    }
}

impl QueueOp {
    pub fn new(queue: Value, kind: OpKind) -> QueueOp {
        QueueOp {
            queue,
            kind,
            state: RefCell::new(OpState::Created),
        }
    }

    fn name(&self) -> &'static str {
        match self.kind {
            OpKind::Put(_) => "put",
            OpKind::Get => "get",
            OpKind::Join => "join",
        }
    }

    fn qualname(&self) -> String {
        format!("Queue.{}", self.name())
    }

    fn queue(&self) -> &QueueObj {
        queue_of(&self.queue).expect("a queue operation holds a queue")
    }

    /// The line this operation waits in.
    fn waiters(&self) -> &RefCell<VecDeque<Value>> {
        match self.kind {
            OpKind::Put(_) => &self.queue().putters,
            _ => &self.queue().getters,
        }
    }

    /// True while the operation must wait: the queue is full (put) or empty (get).
    fn blocked(&self, vm: &Vm) -> PyResult<bool> {
        let q = self.queue();
        match self.kind {
            OpKind::Put(_) => q.full(vm, &self.queue),
            OpKind::Get => q.empty(vm, &self.queue),
            OpKind::Join => Ok(q.unfinished() > 0),
        }
    }

    /// `send(None)`.
    fn step(&self, vm: &Vm) -> PyResult<Out> {
        let state = std::mem::replace(&mut *self.state.borrow_mut(), OpState::Done);
        match state {
            OpState::Created => self.run(vm),
            OpState::Waiting(fut) => {
                let r = if fut_done(vm, &fut)? {
                    fut_result(vm, &fut)
                } else {
                    Err(vm.runtime_error("await wasn't used with future"))
                };
                match r {
                    Ok(_) if matches!(self.kind, OpKind::Join) => {
                        self.forget_joiner(&fut);
                        Ok(Out::Return(Value::None))
                    }
                    Ok(_) => self.run(vm),
                    Err(e) => Err(self.abandon(vm, fut, e)),
                }
            }
            OpState::Done => Err(vm.runtime_error("cannot reuse already awaited coroutine")),
        }
    }

    /// The body from the top of its `while` loop: wait again, or finish.
    fn run(&self, vm: &Vm) -> PyResult<Out> {
        let q = self.queue();
        if let OpKind::Join = self.kind {
            if q.unfinished() <= 0 {
                return Ok(Out::Return(Value::None));
            }
            let fut = q.new_waiter(vm, &self.queue, true)?;
            q.joiners.borrow_mut().push(fut.clone());
            return self.wait(vm, fut);
        }
        if self.blocked(vm)? {
            let fut = q.new_waiter(vm, &self.queue, false)?;
            self.waiters().borrow_mut().push_back(fut.clone());
            return self.wait(vm, fut);
        }
        match &self.kind {
            OpKind::Put(item) => {
                q.put_nowait(vm, &self.queue, item.clone())?;
                Ok(Out::Return(Value::None))
            }
            _ => Ok(Out::Return(q.get_nowait(vm, &self.queue)?)),
        }
    }

    /// `await fut`: yield it to the task (it is new, so still pending).
    fn wait(&self, vm: &Vm, fut: Value) -> PyResult<Out> {
        match future_of(&fut) {
            Some(fo) if matches!(fut, Value::Native(_)) => fo.blocking.set(true),
            _ => vm.setattr(&fut, "_asyncio_future_blocking", Some(Value::Bool(true)))?,
        }
        *self.state.borrow_mut() = OpState::Waiting(fut.clone());
        Ok(Out::Yield(fut))
    }

    fn forget_joiner(&self, fut: &Value) {
        self.queue().joiners.borrow_mut().retain(|f| !f.is(fut));
    }

    /// The wait on `fut` ended with `e`: clean up as CPython's handlers do, then raise
    /// `e` (or what the clean-up raised).
    fn abandon(&self, vm: &Vm, fut: Value, e: PyErr) -> PyErr {
        if let OpKind::Join = self.kind {
            self.forget_joiner(&fut);
            return e;
        }
        match self.clean_up(vm, &fut) {
            Ok(()) => e,
            Err(other) => other,
        }
    }

    fn clean_up(&self, vm: &Vm, fut: &Value) -> PyResult<()> {
        match future_of(fut) {
            Some(fo) if matches!(fut, Value::Native(_)) => {
                fo.cancel(vm, fut, Value::None)?;
            }
            _ => {
                vm.call_method(fut, "cancel", &[])?;
            }
        }
        self.waiters().borrow_mut().retain(|f| !f.is(fut));
        if !self.blocked(vm)? && !fut_cancelled(vm, fut)? {
            wakeup_next(vm, self.waiters())?;
        }
        Ok(())
    }

    /// `throw(e)`: raised where the body waits (after its clean-up), or at its start.
    fn throw(&self, vm: &Vm, e: PyErr) -> PyErr {
        let state = std::mem::replace(&mut *self.state.borrow_mut(), OpState::Done);
        match state {
            OpState::Waiting(fut) => self.abandon(vm, fut, e),
            _ => e,
        }
    }
}

fn fut_result(vm: &Vm, f: &Value) -> PyResult<Value> {
    match future_of(f) {
        Some(fo) if matches!(f, Value::Native(_)) => fo.get_result(vm),
        _ => vm.call_method(f, "result", &[]),
    }
}

fn fut_cancelled(vm: &Vm, f: &Value) -> PyResult<bool> {
    match future_of(f) {
        Some(fo) if matches!(f, Value::Native(_)) => {
            Ok(fo.state.get() == super::future::State::Cancelled)
        }
        _ => {
            let r = vm.call_method(f, "cancelled", &[])?;
            vm.truthy(&r)
        }
    }
}

fn op_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a QueueOp> {
    v.as_native::<QueueOp>()
        .ok_or_else(|| vm.type_error("expected a queue coroutine"))
}

fn send_result(vm: &Vm, r: PyResult<Out>) -> PyResult<Value> {
    match r? {
        Out::Yield(v) => Ok(v),
        Out::Return(Value::None) => Err(vm.stop_iteration(None)),
        Out::Return(v) => Err(vm.stop_iteration(Some(v))),
    }
}

pub fn install(c: &super::Classes) {
    let s = &c.queue_op;
    def(s, "__await__", |_, a, _| Ok(a[0].clone()));
    def(s, "__next__", |vm, a, _| {
        send_result(vm, op_of(vm, &a[0])?.step(vm))
    });
    def(s, "send", |vm, a, _| {
        let op = op_of(vm, &a[0])?;
        match a.get(1) {
            Some(v) if !v.is_none() && matches!(&*op.state.borrow(), OpState::Created) => {
                Err(vm.type_error("can't send non-None value to a just-started coroutine"))
            }
            _ => send_result(vm, op.step(vm)),
        }
    });
    def(s, "throw", |vm, a, _| {
        let op = op_of(vm, &a[0])?;
        if a.len() < 2 {
            return Err(vm.type_error("throw expected at least 1 argument, got 0"));
        }
        let e = crate::builtins::throw_exception(vm, &a[1..])?;
        Err(op.throw(vm, e))
    });
    def(s, "close", |vm, a, _| {
        let op = op_of(vm, &a[0])?;
        let state = std::mem::replace(&mut *op.state.borrow_mut(), OpState::Done);
        if let OpState::Waiting(fut) = state {
            let exit = vm.raise_new(vm.exc_class("GeneratorExit"), vec![]);
            let e = op.abandon(vm, fut, exit);
            if !e.is_instance_of(&vm.exc_class("GeneratorExit")) {
                return Err(e);
            }
        }
        Ok(Value::None)
    });
    prop(
        s,
        "__name__",
        |vm, v| Ok(Value::str(op_of(vm, v)?.name())),
        None,
    );
    prop(
        s,
        "__qualname__",
        |vm, v| Ok(Value::string(op_of(vm, v)?.qualname())),
        None,
    );
}
