//! `bytearray`: a mutable byte buffer.

use super::{Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct ByteArray {
    pub data: RefCell<Vec<u8>>,
    /// Live `memoryview`s over this buffer: while any exists, the size cannot change
    /// (CPython's `BufferError: Existing exports of data: object cannot be re-sized`).
    pub exports: Cell<usize>,
}

impl ByteArray {
    pub fn value(data: Vec<u8>) -> Value {
        Value::Native(Rc::new(ByteArray {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }))
    }
    /// CPython's error when resizing a buffer that has exports.
    pub fn check_resizable(&self, vm: &Vm) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(vm.error(
                "BufferError",
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }
}

impl NativeObject for ByteArray {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("bytearray")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "bytearray({})",
            crate::format::bytes_repr(&self.data.borrow())
        ))
    }
}
