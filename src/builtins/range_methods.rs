//! `range`: the constructor, its methods, and indexing and slicing. Bounds within ±2**61
//! take an `i64` fast path; larger ones are computed with big ints.

use super::{arg_count, method, no_kwargs};
use crate::object::int::{from_big, to_big};
use crate::object::iter::RangeIter;
use crate::object::range::{BigRangeIter, Range, Slice};
use crate::object::{PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// An int argument of any size: an int, a bool, or an object with `__index__`.
pub fn big_index(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = to_big(v) {
        return Ok(b);
    }
    match vm.type_of(v).lookup("__index__") {
        Some(f) => {
            let r = vm.call(&f, &[v.clone()], &[])?;
            to_big(&r).ok_or_else(|| {
                vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))
            })
        }
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Range> {
    v.as_native::<Range>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'range' object"))
}

/// `r[key]` for an int key.
pub fn item(vm: &Vm, r: &Range, key: &Value) -> PyResult<Value> {
    let i = match key {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => to_big(key).unwrap_or_default(),
        _ if vm.type_of(key).lookup("__index__").is_some() => big_index(vm, key)?,
        _ => {
            return Err(vm.type_error(format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(key)
            )))
        }
    };
    let len = r.len_big();
    let idx = if i.is_negative() { i + &len } else { i };
    if idx.is_negative() || idx >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(from_big(r.get_big(&idx)))
}

/// A slice bound of a range, unclamped: CPython's error for a bound that is no integer.
fn slice_bound(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if to_big(v).is_none() && vm.type_of(v).lookup("__index__").is_none() {
        return Err(vm.slice_index_error());
    }
    big_index(vm, v)
}

/// `r[a:b:c]`: another range.
pub fn slice(vm: &Vm, r: &Range, s: &Slice) -> PyResult<Value> {
    let step = match &s.step {
        Value::None => BigInt::from(1),
        v => slice_bound(vm, v)?,
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let len = r.len_big();
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), &len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = slice_bound(vm, v)?;
        if i.is_negative() {
            i += &len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = clamp(&s.start, if neg { &upper } else { &lower })?;
    let stop = clamp(&s.stop, if neg { &lower } else { &upper })?;
    let (_, _, rstep) = r.bounds();
    Ok(Value::Native(Rc::new(Range::new(
        r.get_big(&start),
        r.get_big(&stop),
        rstep * step,
    ))))
}

fn iterate(r: &Range, reverse: bool) -> Value {
    if r.big.is_none() {
        let n = r.len();
        return Value::Native(Rc::new(if !reverse {
            RangeIter {
                next: Cell::new(r.start),
                stop: r.stop,
                step: r.step,
            }
        } else if n > 0 {
            RangeIter {
                next: Cell::new(r.get(n - 1)),
                stop: r.start - r.step,
                step: -r.step,
            }
        } else {
            RangeIter {
                next: Cell::new(0),
                stop: 0,
                step: 1,
            }
        }));
    }
    let (start, stop, step) = r.bounds();
    let it = if !reverse {
        BigRangeIter {
            next: RefCell::new(start),
            stop,
            step,
        }
    } else {
        let len = r.len_big();
        BigRangeIter {
            next: RefCell::new(r.get_big(&(len - 1))),
            stop: &start - &step,
            step: -step,
        }
    };
    Value::Native(Rc::new(it))
}

/// The int value of `x` when `in`/`index`/`count` can answer arithmetically.
fn as_int(x: &Value) -> Option<BigInt> {
    match x {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => to_big(x),
        _ => None,
    }
}

/// How many items of the range equal `x`, by iteration (for non-int `x`).
fn count_by_eq(vm: &Vm, r: &Value, x: &Value) -> PyResult<(usize, Option<usize>)> {
    let mut n = 0;
    let mut first = None;
    for (i, v) in vm.collect(r)?.iter().enumerate() {
        if vm.eq(v, x)? {
            n += 1;
            first.get_or_insert(i);
        }
    }
    Ok((n, first))
}

pub fn install(vm: &Rc<Vm>) {
    let range = vm.native_class("range");
    method(&range, "__new__", |vm, args, kw| {
        let args = &args[1..];
        no_kwargs(vm, "range", kw)?;
        if args.is_empty() {
            return Err(vm.type_error("range expected at least 1 argument, got 0"));
        }
        arg_count(vm, "range", args, 1, 3)?;
        let mut n = Vec::with_capacity(3);
        for a in args {
            n.push(big_index(vm, a)?);
        }
        let mut n = n.into_iter();
        let (start, stop, step) = match args.len() {
            1 => (
                BigInt::zero(),
                n.next().unwrap_or_default(),
                BigInt::from(1),
            ),
            2 => (
                n.next().unwrap_or_default(),
                n.next().unwrap_or_default(),
                BigInt::from(1),
            ),
            _ => (
                n.next().unwrap_or_default(),
                n.next().unwrap_or_default(),
                n.next().unwrap_or_default(),
            ),
        };
        if step.is_zero() {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        Ok(Value::Native(Rc::new(Range::new(start, stop, step))))
    });
    vm.builtins.set_str("range", Value::Class(range.clone()));
    method(&range, "__iter__", |vm, a, _| {
        Ok(iterate(this(vm, &a[0])?, false))
    });
    method(&range, "__reversed__", |vm, a, _| {
        Ok(iterate(this(vm, &a[0])?, true))
    });
    method(&range, "__len__", |vm, a, _| {
        let r = this(vm, &a[0])?;
        if r.big.is_none() {
            return Ok(Value::Int(r.len()));
        }
        r.len_big()
            .to_i64()
            .map(Value::Int)
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
    });
    method(&range, "__bool__", |vm, a, _| {
        Ok(Value::Bool(!this(vm, &a[0])?.is_empty()))
    });
    method(&range, "__getitem__", |vm, a, _| {
        arg_count(vm, "__getitem__", &a[1..], 1, 1)?;
        let r = this(vm, &a[0])?;
        match a[1].as_native::<Slice>() {
            Some(s) => slice(vm, r, s),
            None => item(vm, r, &a[1]),
        }
    });
    method(&range, "__contains__", |vm, a, _| {
        arg_count(vm, "__contains__", &a[1..], 1, 1)?;
        let r = this(vm, &a[0])?;
        Ok(Value::Bool(match as_int(&a[1]) {
            Some(x) => r.position(&x).is_some(),
            None => count_by_eq(vm, &a[0], &a[1])?.0 > 0,
        }))
    });
    method(&range, "index", |vm, a, _| {
        arg_count(vm, "index", &a[1..], 1, 1)?;
        let r = this(vm, &a[0])?;
        match as_int(&a[1]) {
            Some(x) => match r.position(&x) {
                Some(i) => Ok(from_big(i)),
                None => Err(vm.value_error(format!("{x} is not in range"))),
            },
            None => match count_by_eq(vm, &a[0], &a[1])?.1 {
                Some(i) => Ok(Value::Int(i as i64)),
                None => Err(vm.value_error("sequence.index(x): x not in sequence")),
            },
        }
    });
    method(&range, "count", |vm, a, _| {
        arg_count(vm, "count", &a[1..], 1, 1)?;
        let r = this(vm, &a[0])?;
        Ok(Value::Int(match as_int(&a[1]) {
            Some(x) => r.position(&x).is_some() as i64,
            None => count_by_eq(vm, &a[0], &a[1])?.0 as i64,
        }))
    });
    method(&range, "__eq__", |vm, a, _| {
        let x = this(vm, &a[0])?;
        let Some(y) = a[1].as_native::<Range>() else {
            return Ok(Value::NotImplemented);
        };
        Ok(Value::Bool(key(x) == key(y)))
    });
    method(&range, "__hash__", |vm, a, _| {
        let (len, start, step) = key(this(vm, &a[0])?);
        let opt = |v: Option<BigInt>| v.map(from_big).unwrap_or(Value::None);
        let t = Value::tuple(vec![from_big(len), opt(start), opt(step)]);
        Ok(Value::Int(vm.hash(&t)?))
    });
    for name in ["start", "stop", "step"] {
        let get: crate::object::descriptor::Getter = match name {
            "start" => |vm, v| Ok(from_big(this(vm, v)?.bounds().0)),
            "stop" => |vm, v| Ok(from_big(this(vm, v)?.bounds().1)),
            _ => |vm, v| Ok(from_big(this(vm, v)?.bounds().2)),
        };
        range.dict.set_str(
            name,
            Value::Native(Rc::new(crate::object::descriptor::NativeProperty {
                name,
                get,
                set: None,
            })),
        );
    }
}

/// What decides range equality (and the hash): the length, then the first item when
/// non-empty, then the step when there are two items or more.
fn key(r: &Range) -> (BigInt, Option<BigInt>, Option<BigInt>) {
    let len = r.len_big();
    let (start, _, step) = r.bounds();
    let one = BigInt::from(1);
    match () {
        _ if len.is_zero() => (len, None, None),
        _ if len == one => (len, Some(start), None),
        _ => (len, Some(start), Some(step)),
    }
}
