//! `memoryview` methods: construction, items and slices (reading and writing through to a
//! `bytearray`), `tobytes`/`tolist`/`hex`, `release` and the context manager, equality,
//! hashing and the read-only attributes (`obj`, `nbytes`, `format`, `shape`, ...).
//! Also `hex_string`, the `hex(sep, bytes_per_sep)` shared with `bytes`.

use super::{arg_count, check_kwargs, kwarg, method};
use crate::object::descriptor::{Getter, NativeProperty};
use crate::object::function::Kwargs;
use crate::object::iter::VecIter;
use crate::object::memoryview::MemoryView;
use crate::object::range::{slice_positions, Slice};
use crate::object::{PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemoryView> {
    v.as_native::<MemoryView>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))
}

/// The receiver as a live (not released) view.
fn live<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemoryView> {
    let m = this(vm, v)?;
    m.check(vm)?;
    Ok(m)
}

/// A new view on whatever `v` exports: bytes, bytearray, or another view's exporter.
pub fn new_view(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(m) = v.as_native::<MemoryView>() {
        m.check(vm)?;
        return Ok(Value::Native(Rc::new(MemoryView::window(
            m.obj.clone(),
            m.start,
            m.step,
            m.len,
            m.readonly,
        ))));
    }
    let base = match v {
        Value::Instance(i) => i.base.clone().unwrap_or(Value::None),
        other => other.clone(),
    };
    match MemoryView::whole(&base) {
        Some(m) => Ok(Value::Native(Rc::new(m))),
        None => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The bytes of a live view, `None` for anything else (a released view included).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let m = v.as_native::<MemoryView>()?;
    if m.released.get() {
        return None;
    }
    Some(m.to_vec())
}

/// `bytes.hex(sep=..., bytes_per_sep=1)` and `memoryview.hex(...)`, with CPython's
/// grouping: positive `bytes_per_sep` counts groups from the right, negative from the left.
pub fn hex_string(
    vm: &Vm,
    name: &str,
    data: &[u8],
    args: &[Value],
    kw: Kwargs,
) -> PyResult<String> {
    arg_count(vm, name, args, 0, 2)?;
    check_kwargs(vm, name, kw, &["sep", "bytes_per_sep"])?;
    let sep = args.first().cloned().or_else(|| kwarg(kw, "sep"));
    let per = args.get(1).cloned().or_else(|| kwarg(kw, "bytes_per_sep"));
    let plain = || data.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let Some(sep) = sep else {
        return Ok(plain());
    };
    let sep_char = match &sep {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            s.as_str().chars().next().unwrap_or(' ')
        }
        Value::Bytes(b) => {
            if b.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            b[0] as char
        }
        other => {
            vm.len(other)?;
            return Err(vm.type_error("sep must be str or bytes."));
        }
    };
    if !sep_char.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(p) => vm.index_value(&p)?,
        None => 1,
    };
    if per == 0 || data.is_empty() {
        return Ok(plain());
    }
    let group = per.unsigned_abs() as usize;
    let mut out = String::new();
    let n = data.len();
    for (i, x) in data.iter().enumerate() {
        if i > 0 {
            // Groups of `group` bytes counted from the right (per > 0) or the left.
            let boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep_char);
            }
        }
        out.push_str(&format!("{x:02x}"));
    }
    Ok(out)
}

/// An index into a view: an int-like key, or CPython's errors.
fn index(vm: &Vm, m: &MemoryView, key: &Value) -> PyResult<usize> {
    let has_index = matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || vm.type_of(key).lookup("__index__").is_some();
    if !has_index {
        if let Value::Tuple(t) = key {
            if t.as_slice()
                .iter()
                .all(|k| k.as_native::<Slice>().is_some())
            {
                return Err(vm.error(
                    "NotImplementedError",
                    "multi-dimensional slicing is not implemented",
                ));
            }
            return Err(vm.type_error(format!(
                "cannot index 1-dimension view with {}-element tuple",
                t.len()
            )));
        }
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = match vm.index_value(key) {
        Ok(i) => i,
        Err(_) if matches!(key, Value::BigInt(_)) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
        }
        Err(e) => return Err(e),
    };
    let len = m.len as i64;
    let idx = if i < 0 { i.saturating_add(len) } else { i };
    if idx < 0 || idx >= len {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(idx as usize)
}

/// The window of the view a slice selects: (start, step, len) in the exporter's buffer.
fn sub_window(vm: &Vm, m: &MemoryView, s: &Slice) -> PyResult<(usize, isize, usize)> {
    let (a, b, c) = s.indices(vm, m.len as i64)?;
    let n = slice_positions(a, b, c).len();
    let start = if n == 0 { m.start } else { m.pos(a as usize) };
    Ok((start, m.step * c as isize, n))
}

/// A value stored into a `'B'` item.
fn byte_value(vm: &Vm, v: &Value) -> PyResult<u8> {
    let int_like = matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || vm.type_of(v).lookup("__index__").is_some();
    if !int_like {
        return Err(vm.type_error("memoryview: invalid type for format 'B'"));
    }
    let n = vm.index_value(v).unwrap_or(-1);
    u8::try_from(n).map_err(|_| vm.value_error("memoryview: invalid value for format 'B'"))
}

fn set_item(vm: &Vm, m: &MemoryView, key: &Value, value: &Value) -> PyResult<()> {
    m.check(vm)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if let Some(s) = key.as_native::<Slice>() {
        let Some(src) = super::bytearray_methods::bytes_like(value) else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(value)
            )));
        };
        let (start, step, n) = sub_window(vm, m, s)?;
        if n != src.len() {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let dest = MemoryView {
            obj: m.obj.clone(),
            start,
            step,
            len: n,
            readonly: false,
            // Not an export of its own: never registered, so never released.
            released: std::cell::Cell::new(true),
        };
        for (i, x) in src.into_iter().enumerate() {
            dest.set(i, x);
        }
        return Ok(());
    }
    let i = index(vm, m, key)?;
    let x = byte_value(vm, value)?;
    m.set(i, x);
    Ok(())
}

pub fn install(vm: &Rc<Vm>) {
    let c = vm.native_class("memoryview");
    method(&c, "__new__", |vm, a, kw| {
        let args = &a[1..];
        if args.len() > 1 {
            return Err(vm.type_error(format!(
                "memoryview() takes at most 1 argument ({} given)",
                args.len()
            )));
        }
        let Some(obj) = args.first().cloned().or_else(|| kwarg(kw, "object")) else {
            return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
        };
        check_kwargs(vm, "memoryview", kw, &["object"])?;
        new_view(vm, &obj)
    });
    vm.builtins.set_str("memoryview", Value::Class(c.clone()));
    method(&c, "__len__", |vm, a, _| {
        Ok(Value::Int(live(vm, &a[0])?.len as i64))
    });
    method(&c, "__getitem__", |vm, a, _| {
        arg_count(vm, "__getitem__", &a[1..], 1, 1)?;
        let m = live(vm, &a[0])?;
        if let Some(s) = a[1].as_native::<Slice>() {
            let (start, step, n) = sub_window(vm, m, s)?;
            return Ok(Value::Native(Rc::new(MemoryView::window(
                m.obj.clone(),
                start,
                step,
                n,
                m.readonly,
            ))));
        }
        let i = index(vm, m, &a[1])?;
        Ok(Value::Int(i64::from(m.get(i))))
    });
    method(&c, "__setitem__", |vm, a, _| {
        arg_count(vm, "__setitem__", &a[1..], 2, 2)?;
        set_item(vm, this(vm, &a[0])?, &a[1], &a[2])?;
        Ok(Value::None)
    });
    method(&c, "__delitem__", |vm, a, _| {
        let m = live(vm, &a[0])?;
        if m.readonly {
            return Err(vm.type_error("cannot modify read-only memory"));
        }
        Err(vm.type_error("cannot delete memory"))
    });
    method(&c, "__iter__", |vm, a, _| {
        let items = live(vm, &a[0])?
            .to_vec()
            .into_iter()
            .map(|x| Value::Int(i64::from(x)))
            .collect();
        Ok(Value::Native(Rc::new(VecIter::new(
            "memory_iterator",
            items,
        ))))
    });
    method(&c, "tobytes", |vm, a, kw| {
        arg_count(vm, "tobytes", &a[1..], 0, 1)?;
        check_kwargs(vm, "tobytes", kw, &["order"])?;
        let m = live(vm, &a[0])?;
        match a.get(1).cloned().or_else(|| kwarg(kw, "order")) {
            None | Some(Value::None) => {}
            Some(Value::Str(s)) if matches!(s.as_str(), "C" | "F" | "A") => {}
            Some(Value::Str(_)) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    vm.type_name(&other)
                )))
            }
        }
        Ok(Value::Bytes(m.to_vec().into()))
    });
    method(&c, "tolist", |vm, a, _| {
        if a.len() > 1 {
            return Err(vm.type_error(format!(
                "memoryview.tolist() takes no arguments ({} given)",
                a.len() - 1
            )));
        }
        let m = live(vm, &a[0])?;
        Ok(Value::list(
            m.to_vec()
                .into_iter()
                .map(|x| Value::Int(i64::from(x)))
                .collect(),
        ))
    });
    method(&c, "hex", |vm, a, kw| {
        let data = live(vm, &a[0])?.to_vec();
        Ok(Value::string(hex_string(vm, "hex", &data, &a[1..], kw)?))
    });
    method(&c, "toreadonly", |vm, a, _| {
        let m = live(vm, &a[0])?;
        Ok(Value::Native(Rc::new(MemoryView::window(
            m.obj.clone(),
            m.start,
            m.step,
            m.len,
            true,
        ))))
    });
    method(&c, "release", |vm, a, _| {
        if a.len() > 1 {
            return Err(vm.type_error(format!(
                "memoryview.release() takes no arguments ({} given)",
                a.len() - 1
            )));
        }
        this(vm, &a[0])?.release();
        Ok(Value::None)
    });
    method(&c, "__enter__", |vm, a, _| {
        live(vm, &a[0])?;
        Ok(a[0].clone())
    });
    method(&c, "__exit__", |vm, a, _| {
        this(vm, &a[0])?.release();
        Ok(Value::None)
    });
    for (name, negate) in [("__eq__", false), ("__ne__", true)] {
        method(&c, name, move |vm, a, _| {
            let m = this(vm, &a[0])?;
            let other_released = a[1]
                .as_native::<MemoryView>()
                .is_some_and(|o| o.released.get());
            if m.released.get() || other_released {
                return Ok(Value::Bool(a[0].is(&a[1]) != negate));
            }
            match super::bytearray_methods::bytes_like(&a[1]) {
                Some(other) => Ok(Value::Bool((m.to_vec() == other) != negate)),
                None => Ok(Value::NotImplemented),
            }
        });
    }
    method(&c, "__hash__", |vm, a, _| {
        let m = live(vm, &a[0])?;
        if !m.readonly {
            return Err(vm.value_error("cannot hash writable memoryview object"));
        }
        Ok(Value::Int(vm.hash(&Value::Bytes(m.to_vec().into()))?))
    });
    let props: [(&'static str, Getter); 12] = [
        ("obj", |vm, v| Ok(live(vm, v)?.obj.clone())),
        ("nbytes", |vm, v| Ok(Value::Int(live(vm, v)?.len as i64))),
        ("readonly", |vm, v| Ok(Value::Bool(live(vm, v)?.readonly))),
        ("itemsize", |vm, v| live(vm, v).map(|_| Value::Int(1))),
        ("format", |vm, v| live(vm, v).map(|_| Value::str("B"))),
        ("ndim", |vm, v| live(vm, v).map(|_| Value::Int(1))),
        ("shape", |vm, v| {
            Ok(Value::tuple(vec![Value::Int(live(vm, v)?.len as i64)]))
        }),
        ("strides", |vm, v| {
            Ok(Value::tuple(vec![Value::Int(live(vm, v)?.step as i64)]))
        }),
        ("suboffsets", |vm, v| {
            live(vm, v).map(|_| Value::tuple(vec![]))
        }),
        ("c_contiguous", |vm, v| {
            Ok(Value::Bool(contiguous(live(vm, v)?)))
        }),
        ("f_contiguous", |vm, v| {
            Ok(Value::Bool(contiguous(live(vm, v)?)))
        }),
        ("contiguous", |vm, v| {
            Ok(Value::Bool(contiguous(live(vm, v)?)))
        }),
    ];
    for (name, get) in props {
        NativeProperty::add_readonly(&c, name, get);
    }
}

fn contiguous(m: &MemoryView) -> bool {
    m.step == 1 || m.len <= 1
}
