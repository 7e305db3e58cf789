//! `coroutine.__await__()`: the `coroutine_wrapper` iterator that drives a coroutine, so a
//! class's `__await__` can return `self._coro.__await__()` as in CPython. Its methods
//! (`send`, `throw`, `close`, `__next__`, `__iter__`) are in `builtins/generator_methods.rs`.

use super::generator::{Generator, Step};
use super::native::NativeObject;
use super::{Class, PyResult, Value};
use crate::eval::Sent;
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

pub struct CoroutineWrapper {
    /// The coroutine (a `Generator` of the coroutine kind).
    pub coroutine: Value,
}

impl CoroutineWrapper {
    /// The wrapped coroutine.
    pub fn generator(&self) -> &Generator {
        self.coroutine
            .as_native::<Generator>()
            .expect("coroutine_wrapper wraps a coroutine")
    }
}

impl NativeObject for CoroutineWrapper {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("coroutine_wrapper")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(
            match self.generator().resume(vm, Sent::Value(Value::None)) {
                Ok(Step::Yielded(v)) => Ok(Some(v)),
                Ok(Step::Returned(_)) => Ok(None),
                Err(e) => Err(e),
            },
        )
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn send_none(&self, vm: &Vm) -> Option<PyResult<Step>> {
        Some(self.generator().resume(vm, Sent::Value(Value::None)))
    }
}
