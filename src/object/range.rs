//! `range` and `slice` objects.

use super::{Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A `range`. Bounds within ±2**61 live in the `i64` fields (then no length or item
/// computation overflows); larger ones only in `big`, and the `i64` fields are unused.
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<[BigInt; 3]>>,
}

const SMALL: i64 = 1 << 61;

impl Range {
    /// A range over any int bounds; `step` must not be zero.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        let small = |b: &BigInt| b.to_i64().filter(|v| (-SMALL..=SMALL).contains(v));
        match (small(&start), small(&stop), small(&step)) {
            (Some(start), Some(stop), Some(step)) => Range {
                start,
                stop,
                step,
                big: None,
            },
            _ => Range {
                start: 0,
                stop: 0,
                step: 1,
                big: Some(Box::new([start, stop, step])),
            },
        }
    }
    pub fn small(start: i64, stop: i64, step: i64) -> Range {
        Range::new(start.into(), stop.into(), step.into())
    }
    /// `(start, stop, step)` as ints of any size.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b[0].clone(), b[1].clone(), b[2].clone()),
            None => (self.start.into(), self.stop.into(), self.step.into()),
        }
    }
    /// The length; only meaningful when `big` is `None`.
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }
    pub fn len_big(&self) -> BigInt {
        if self.big.is_none() {
            return self.len().into();
        }
        let (start, stop, step) = self.bounds();
        let zero = BigInt::zero();
        if step > zero && start < stop {
            (stop - start - 1) / step + 1
        } else if step < zero && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            zero
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len_big().is_zero()
    }
    /// Item `i` (`0 <= i < len`) of a small range.
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
    pub fn get_big(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.bounds();
        start + i * step
    }
    /// The position of `x` in the range, if it is one of its items.
    pub fn position(&self, x: &BigInt) -> Option<BigInt> {
        let (start, stop, step) = self.bounds();
        let inside = if step.is_positive() {
            *x >= start && *x < stop
        } else {
            *x <= start && *x > stop
        };
        let offset = x - &start;
        (inside && (&offset % &step).is_zero()).then(|| offset / step)
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
        let (start, stop, step) = self.bounds();
        Ok(if step.is_one() {
            format!("range({start}, {stop})")
        } else {
            format!("range({start}, {stop}, {step})")
        })
    }
}

/// Iterates a range whose bounds do not fit the `i64` fast path.
pub struct BigRangeIter {
    pub next: RefCell<BigInt>,
    pub stop: BigInt,
    pub step: BigInt,
}

impl NativeObject for BigRangeIter {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("longrange_iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn next(&self, _vm: &Vm) -> Option<PyResult<Option<Value>>> {
        let n = self.next.borrow().clone();
        let more = if self.step.is_positive() {
            n < self.stop
        } else {
            n > self.stop
        };
        if !more {
            return Some(Ok(None));
        }
        *self.next.borrow_mut() = &n + &self.step;
        Some(Ok(Some(super::int::from_big(n))))
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn length_hint(&self, _vm: &Vm) -> Option<PyResult<Value>> {
        let n = self.next.borrow().clone();
        let left: BigInt = if self.step.is_positive() {
            (&self.stop - &n + &self.step - 1u8) / &self.step
        } else {
            (&n - &self.stop - &self.step - 1u8) / -&self.step
        };
        let left = if left.is_positive() {
            left
        } else {
            BigInt::from(0)
        };
        Some(Ok(super::int::from_big(left)))
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
            v => vm.slice_index(v)?.max(-i64::MAX),
        };
        if step == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: &Value, default: i64| -> PyResult<i64> {
            match v {
                Value::None => Ok(default),
                v => {
                    let mut i = vm.slice_index(v)?;
                    if i < 0 {
                        i = i.saturating_add(len);
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
            let Some(next) = i.checked_add(step) else {
                break;
            };
            i = next;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            let Some(next) = i.checked_add(step) else {
                break;
            };
            i = next;
        }
    }
    out
}
