//! The awaitable behind `asyncio.sleep(0)`: it yields `None` once (the task steps again
//! on the next loop iteration) and then finishes, as CPython's `__sleep0` does.

use super::{classes, def};
use crate::builtins::reg;
use crate::object::{Class, NativeObject, PyDict, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

pub struct Sleep0 {
    yielded: Cell<bool>,
}

impl NativeObject for Sleep0 {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        classes(vm).sleep0.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn next(&self, _vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(Ok(if self.yielded.replace(true) {
            None
        } else {
            Some(Value::None)
        }))
    }
    fn is_iterator(&self) -> bool {
        true
    }
}

fn step(vm: &Vm, this: &Value) -> PyResult<Value> {
    match this.as_native::<Sleep0>() {
        Some(s) if !s.yielded.replace(true) => Ok(Value::None),
        _ => Err(vm.stop_iteration(None)),
    }
}

pub fn install(c: &super::Classes, d: &Rc<PyDict>) {
    let s = &c.sleep0;
    def(s, "__await__", |_, a, _| Ok(a[0].clone()));
    def(s, "__iter__", |_, a, _| Ok(a[0].clone()));
    def(s, "__next__", |vm, a, _| step(vm, &a[0]));
    def(s, "send", |vm, a, _| step(vm, &a[0]));
    def(s, "throw", |vm, a, _| {
        if let Some(s) = a[0].as_native::<Sleep0>() {
            s.yielded.set(true);
        }
        if a.len() < 2 {
            return Err(vm.type_error("throw expected at least 1 argument, got 0"));
        }
        Err(crate::builtins::throw_exception(vm, &a[1..])?)
    });
    def(s, "close", |_, a, _| {
        if let Some(s) = a[0].as_native::<Sleep0>() {
            s.yielded.set(true);
        }
        Ok(Value::None)
    });
    reg(d, "_sleep0", |_, _, _| {
        Ok(Value::Native(Rc::new(Sleep0 {
            yielded: Cell::new(false),
        })))
    });
}
