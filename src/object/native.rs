//! The trait behind `Value::Native`: objects implemented in Rust outside the core variants
//! (range, slice, iterators, generators, property, ...). Each type's Python methods live in
//! its class dict; the trait only gives identity, class and the fast protocol hooks.

use super::{Class, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

pub trait NativeObject: Any {
    fn class(&self, vm: &Vm) -> Rc<Class>;
    fn as_any(&self) -> &dyn Any;
    /// `repr(self)`; the default is CPython's `<type object at 0x...>`.
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        let cls = self.class(vm);
        Ok(format!(
            "<{} object at {:#x}>",
            cls.name(),
            this.heap_ptr().unwrap_or(0)
        ))
    }
    /// `str(self)`; the default is the repr.
    fn str(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        self.repr(vm, this)
    }
    /// The iterator protocol: `Some(result)` when this object is an iterator.
    fn next(&self, _vm: &Vm) -> Option<PyResult<Option<Value>>> {
        None
    }
    /// True when `iter(self)` is `self`.
    fn is_iterator(&self) -> bool {
        false
    }
    /// `__length_hint__()` of a built-in iterator that has one: how many items are left
    /// (`NotImplemented` when it cannot tell). `None` for types without the method.
    fn length_hint(&self, _vm: &Vm) -> Option<PyResult<Value>> {
        None
    }
    /// True for a coroutine-like object written in Rust whose `__await__` returns itself
    /// (`await` then skips the method call).
    fn awaits_itself(&self) -> bool {
        false
    }
    /// One `send(None)` of such an object, when it has one: what it yields or returns,
    /// without a StopIteration for the returned value.
    fn send_none(&self, _vm: &Vm) -> Option<PyResult<super::generator::Step>> {
        None
    }
}
