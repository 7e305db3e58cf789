//! `bytearray`: a mutable byte buffer.

use super::{Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub struct ByteArray {
    pub data: RefCell<Vec<u8>>,
}

impl ByteArray {
    pub fn value(data: Vec<u8>) -> Value {
        Value::Native(Rc::new(ByteArray {
            data: RefCell::new(data),
        }))
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
