//! `range` and `slice` objects.

use super::{Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

impl NativeObject for Range {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("range")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(if self.step == 1 {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        })
    }
}

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl NativeObject for Slice {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("slice")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "slice({}, {}, {})",
            vm.repr(&self.start)?,
            vm.repr(&self.stop)?,
            vm.repr(&self.step)?
        ))
    }
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Native(Rc::new(Slice { start, stop, step }))
}

impl Slice {
    /// CPython's `slice.indices(len)`: (start, stop, step) clamped to a sequence length.
    pub fn indices(&self, vm: &Vm, len: i64) -> PyResult<(i64, i64, i64)> {
        let step = match &self.step {
            Value::None => 1,
            v => vm.index_value(v)?,
        };
        if step == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: &Value, default: i64| -> PyResult<i64> {
            match v {
                Value::None => Ok(default),
                v => {
                    let mut i = vm.index_value(v)?;
                    if i < 0 {
                        i += len;
                        if i < lower {
                            i = lower;
                        }
                    } else if i > upper {
                        i = upper;
                    }
                    Ok(i)
                }
            }
        };
        let start = clamp(&self.start, if step < 0 { upper } else { lower })?;
        let stop = clamp(&self.stop, if step < 0 { lower } else { upper })?;
        Ok((start, stop, step))
    }
}

/// The indices a slice selects from a sequence of `len` items.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    out
}
