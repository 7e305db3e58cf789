//! `memoryview`: a one-dimensional view (format `'B'`) of the bytes of a `bytes` or
//! `bytearray`. A view is a window `start, start + step, ...` (`len` items) into the
//! exporter's buffer; slicing a view makes another window on the same exporter, so writes
//! through any of them reach the `bytearray`. While a view of a `bytearray` is alive and
//! not released, the bytearray cannot change size.

use super::bytearray::ByteArray;
use super::{Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

pub struct MemoryView {
    /// The exporter: a `Value::Bytes` or a `bytearray`.
    pub obj: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub readonly: bool,
    pub released: Cell<bool>,
}

impl MemoryView {
    /// A view of the whole of `obj` (a bytes or bytearray value; anything else is `None`).
    pub fn whole(obj: &Value) -> Option<MemoryView> {
        let (len, readonly) = match obj {
            Value::Bytes(b) => (b.len(), true),
            _ => (obj.as_native::<ByteArray>()?.data.borrow().len(), false),
        };
        Some(MemoryView::window(obj.clone(), 0, 1, len, readonly))
    }

    /// A view of `len` items of `obj` from `start` by `step`; registers the export.
    pub fn window(obj: Value, start: usize, step: isize, len: usize, readonly: bool) -> Self {
        if let Some(ba) = obj.as_native::<ByteArray>() {
            ba.exports.set(ba.exports.get() + 1);
        }
        MemoryView {
            obj,
            start,
            step,
            len,
            readonly,
            released: Cell::new(false),
        }
    }

    /// CPython's error for any use of a released view.
    pub fn check(&self, vm: &Vm) -> PyResult<()> {
        if self.released.get() {
            return Err(vm.value_error("operation forbidden on released memoryview object"));
        }
        Ok(())
    }

    /// Release the view (idempotent): the exporter may resize again.
    pub fn release(&self) {
        if !self.released.replace(true) {
            if let Some(ba) = self.obj.as_native::<ByteArray>() {
                ba.exports.set(ba.exports.get().saturating_sub(1));
            }
        }
    }

    /// The position in the exporter's buffer of item `i` (`i < len`).
    pub fn pos(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// Run `f` on the exporter's whole buffer.
    fn with_buffer<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.obj {
            Value::Bytes(b) => f(b),
            other => match other.as_native::<ByteArray>() {
                Some(ba) => f(&ba.data.borrow()),
                None => f(&[]),
            },
        }
    }

    /// The bytes the view sees, in order (a copy).
    pub fn to_vec(&self) -> Vec<u8> {
        self.with_buffer(|buf| {
            (0..self.len)
                .filter_map(|i| buf.get(self.pos(i)).copied())
                .collect()
        })
    }

    /// Item `i` (`i < len`).
    pub fn get(&self, i: usize) -> u8 {
        self.with_buffer(|buf| buf.get(self.pos(i)).copied().unwrap_or(0))
    }

    /// Write item `i` (`i < len`) of a writable view.
    pub fn set(&self, i: usize, x: u8) {
        if let Some(ba) = self.obj.as_native::<ByteArray>() {
            let p = self.pos(i);
            if let Some(slot) = ba.data.borrow_mut().get_mut(p) {
                *slot = x;
            }
        }
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

impl NativeObject for MemoryView {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("memoryview")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<{}memory at {:#x}>",
            if self.released.get() { "released " } else { "" },
            this.heap_ptr().unwrap_or(0)
        ))
    }
}
