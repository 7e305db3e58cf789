//! `bytearray` methods: construction, item and slice assignment, the list-like mutators
//! (`append`, `extend`, `pop`, `insert`, `remove`, ...), concatenation and comparison.
//! The text-like methods (`upper`, `split`, `decode`, ...) run the `bytes` ones on a copy
//! and give bytearrays back where those give bytes.

use super::{arg_count, method};
use crate::ast::CmpOp;
use crate::object::bytearray::ByteArray;
use crate::object::function::Kwargs;
use crate::object::range::{slice_positions, Slice};
use crate::object::{PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ByteArray> {
    v.as_native::<ByteArray>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'bytearray' object"))
}

/// The bytes of a bytes-like object (`bytes`, `bytearray` or a live `memoryview`).
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.to_vec()),
        _ => match v.as_native::<ByteArray>() {
            Some(b) => Some(b.data.borrow().clone()),
            None => super::memoryview_methods::view_bytes(v),
        },
    }
}

fn byte(vm: &Vm, v: &Value) -> PyResult<u8> {
    let n = vm.index_value(v)?;
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// Bytes from a bytes-like object or an iterable of ints: for `extend` (any iterable)
/// or slice assignment (not a str).
fn bytes_from(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if what == "extend" && !vm.has_iter(v) {
        return Err(vm.type_error(format!("can't extend bytearray with {}", vm.type_name(v))));
    }
    if what != "extend" && (matches!(v, Value::Str(_)) || !vm.has_iter(v)) {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    vm.collect(v)?.iter().map(|x| byte(vm, x)).collect()
}

/// Bytearray arguments become bytes for the `bytes` method; bytes results become
/// bytearrays.
fn to_bytes_arg(v: &Value) -> Value {
    match v {
        Value::Tuple(t) => Value::tuple(t.as_slice().iter().map(to_bytes_arg).collect()),
        Value::List(l) => Value::list(l.to_vec().iter().map(to_bytes_arg).collect()),
        _ => match v.as_native::<ByteArray>() {
            Some(b) => Value::Bytes(b.data.borrow().clone().into()),
            None => v.clone(),
        },
    }
}

fn to_bytearray_result(v: Value) -> Value {
    match v {
        Value::Bytes(b) => ByteArray::value(b.to_vec()),
        Value::List(l) => Value::list(l.to_vec().into_iter().map(to_bytearray_result).collect()),
        Value::Tuple(t) => Value::tuple(
            t.as_slice()
                .iter()
                .cloned()
                .map(to_bytearray_result)
                .collect(),
        ),
        other => other,
    }
}

fn set_item(vm: &Vm, ba: &ByteArray, key: &Value, value: &Value) -> PyResult<()> {
    let len = ba.data.borrow().len();
    if let Some(s) = key.as_native::<Slice>() {
        let new = bytes_from(vm, value, "assign")?;
        let (a, b, c) = s.indices(vm, len as i64)?;
        if c == 1 {
            let (a, b) = (a as usize, b.max(a) as usize);
            if b - a != new.len() {
                ba.check_resizable(vm)?;
            }
            ba.data.borrow_mut().splice(a..b, new);
            return Ok(());
        }
        let pos = slice_positions(a, b, c);
        if pos.len() != new.len() {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                pos.len()
            )));
        }
        let mut data = ba.data.borrow_mut();
        for (p, x) in pos.into_iter().zip(new) {
            data[p] = x;
        }
        return Ok(());
    }
    let i = vm.seq_index(key, len, "bytearray")?;
    let x = byte(vm, value)?;
    ba.data.borrow_mut()[i] = x;
    Ok(())
}

fn del_item(vm: &Vm, ba: &ByteArray, key: &Value) -> PyResult<()> {
    let len = ba.data.borrow().len();
    if let Some(s) = key.as_native::<Slice>() {
        let (a, b, c) = s.indices(vm, len as i64)?;
        let mut pos = slice_positions(a, b, c);
        if !pos.is_empty() {
            ba.check_resizable(vm)?;
        }
        pos.sort_unstable();
        let mut data = ba.data.borrow_mut();
        for p in pos.into_iter().rev() {
            data.remove(p);
        }
        return Ok(());
    }
    let i = vm.seq_index(key, len, "bytearray")?;
    ba.check_resizable(vm)?;
    ba.data.borrow_mut().remove(i);
    Ok(())
}

/// The contents `bytearray(*args, **kw)` starts with.
fn initial_data(vm: &Vm, a: &[Value], kw: Kwargs) -> PyResult<Vec<u8>> {
    Ok(match a.first() {
        None if kw.is_empty() => Vec::new(),
        Some(v) if kw.is_empty() && a.len() == 1 && bytes_like(v).is_some() => {
            bytes_like(v).unwrap_or_default()
        }
        Some(v)
            if kw.is_empty()
                && a.len() == 1
                && !matches!(v, Value::Str(_) | Value::Int(_) | Value::Bool(_))
                && vm.has_iter(v) =>
        {
            bytes_from(vm, v, "extend")?
        }
        Some(v)
            if kw.is_empty()
                && a.len() == 1
                && !matches!(v, Value::Str(_) | Value::Int(_) | Value::Bool(_))
                && vm.index_value(v).is_err() =>
        {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytearray",
                vm.type_name(v)
            )))
        }
        _ => {
            let bytes = Value::Class(vm.types.bytes.clone());
            match vm.call(&bytes, a, kw)? {
                Value::Bytes(b) => b.to_vec(),
                _ => Vec::new(),
            }
        }
    })
}

pub fn install(vm: &Rc<Vm>) {
    let c = vm.native_class("bytearray");
    super::constructors::ctor(&c, |vm, a, kw| {
        Ok(ByteArray::value(initial_data(vm, a, kw)?))
    });
    // `__init__` (re)fills the array, as CPython's does; a subclass's instance starts empty.
    method(&c, "__init__", |vm, a, kw| {
        let data = initial_data(vm, &a[1..], kw)?;
        let ba = this(vm, &a[0])?;
        ba.check_resizable(vm)?;
        *ba.data.borrow_mut() = data;
        Ok(Value::None)
    });
    vm.builtins.set_str("bytearray", Value::Class(c.clone()));
    // A subclass's instance shows its class name (`Buf(b'..')`), for `str()` too: CPython's
    // bytearray formats its own `str`, whatever `__repr__` a subclass defines.
    super::named_repr(&c);
    if let Some(repr) = c.dict.get_str("__repr__") {
        c.dict.set_str("__str__", repr);
    }
    c.dict.set_str("__hash__", Value::None);
    // The text-like methods, borrowed from `bytes`.
    for (name, f) in vm.types.bytes.dict.items() {
        let (Some(name), Value::Builtin(f)) = (name.as_str().map(str::to_string), f) else {
            continue;
        };
        if name.starts_with("__") {
            continue;
        }
        let name: &'static str = Box::leak(name.into_boxed_str());
        method(&c, name, move |vm, a, kw| {
            let args: Vec<Value> = a.iter().map(to_bytes_arg).collect();
            Ok(to_bytearray_result((f.func)(vm, &args, kw)?))
        });
    }
    method(&c, "__len__", |vm, a, _| {
        Ok(Value::Int(this(vm, &a[0])?.data.borrow().len() as i64))
    });
    method(&c, "__iter__", |vm, a, _| {
        let snapshot = this(vm, &a[0])?.data.borrow().clone();
        vm.iter(&Value::Bytes(snapshot.into()))
    });
    method(&c, "__getitem__", |vm, a, _| {
        arg_count(vm, "__getitem__", &a[1..], 1, 1)?;
        let ba = this(vm, &a[0])?;
        if a[1].as_native::<Slice>().is_some() {
            let bytes = Value::Bytes(ba.data.borrow().clone().into());
            return Ok(to_bytearray_result(vm.getitem(&bytes, &a[1])?));
        }
        let data = ba.data.borrow();
        let i = vm.seq_index(&a[1], data.len(), "bytearray")?;
        Ok(Value::Int(i64::from(data[i])))
    });
    method(&c, "__setitem__", |vm, a, _| {
        arg_count(vm, "__setitem__", &a[1..], 2, 2)?;
        set_item(vm, this(vm, &a[0])?, &a[1], &a[2])?;
        Ok(Value::None)
    });
    method(&c, "__delitem__", |vm, a, _| {
        arg_count(vm, "__delitem__", &a[1..], 1, 1)?;
        del_item(vm, this(vm, &a[0])?, &a[1])?;
        Ok(Value::None)
    });
    method(&c, "__contains__", |vm, a, _| {
        arg_count(vm, "__contains__", &a[1..], 1, 1)?;
        let data = this(vm, &a[0])?.data.borrow().clone();
        let found = match bytes_like(&a[1]) {
            Some(sub) => sub.is_empty() || data.windows(sub.len()).any(|w| w == sub.as_slice()),
            None => data.contains(&byte(vm, &a[1])?),
        };
        Ok(Value::Bool(found))
    });
    method(&c, "append", |vm, a, _| {
        arg_count(vm, "append", &a[1..], 1, 1)?;
        let x = byte(vm, &a[1])?;
        let ba = this(vm, &a[0])?;
        ba.check_resizable(vm)?;
        ba.data.borrow_mut().push(x);
        Ok(Value::None)
    });
    method(&c, "extend", |vm, a, _| {
        arg_count(vm, "extend", &a[1..], 1, 1)?;
        let new = bytes_from(vm, &a[1], "extend")?;
        let ba = this(vm, &a[0])?;
        ba.check_resizable(vm)?;
        ba.data.borrow_mut().extend(new);
        Ok(Value::None)
    });
    method(&c, "insert", |vm, a, _| {
        arg_count(vm, "insert", &a[1..], 2, 2)?;
        let ba = this(vm, &a[0])?;
        let len = ba.data.borrow().len() as i64;
        let i = vm.index_value(&a[1])?;
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        let x = byte(vm, &a[2])?;
        ba.check_resizable(vm)?;
        ba.data.borrow_mut().insert(i as usize, x);
        Ok(Value::None)
    });
    method(&c, "pop", |vm, a, _| {
        arg_count(vm, "pop", &a[1..], 0, 1)?;
        let ba = this(vm, &a[0])?;
        let len = ba.data.borrow().len();
        if len == 0 {
            return Err(vm.index_error("pop from empty bytearray"));
        }
        let i = match a.get(1) {
            Some(k) => vm
                .seq_index(k, len, "bytearray")
                .map_err(|_| vm.index_error("pop index out of range"))?,
            None => len - 1,
        };
        ba.check_resizable(vm)?;
        Ok(Value::Int(i64::from(ba.data.borrow_mut().remove(i))))
    });
    method(&c, "remove", |vm, a, _| {
        arg_count(vm, "remove", &a[1..], 1, 1)?;
        let ba = this(vm, &a[0])?;
        let x = byte(vm, &a[1])?;
        let pos = ba.data.borrow().iter().position(|&y| y == x);
        match pos {
            Some(p) => {
                ba.check_resizable(vm)?;
                ba.data.borrow_mut().remove(p);
                Ok(Value::None)
            }
            None => Err(vm.value_error("value not found in bytearray")),
        }
    });
    method(&c, "reverse", |vm, a, _| {
        this(vm, &a[0])?.data.borrow_mut().reverse();
        Ok(Value::None)
    });
    method(&c, "clear", |vm, a, _| {
        let ba = this(vm, &a[0])?;
        ba.check_resizable(vm)?;
        ba.data.borrow_mut().clear();
        Ok(Value::None)
    });
    method(&c, "copy", |vm, a, _| {
        Ok(ByteArray::value(this(vm, &a[0])?.data.borrow().clone()))
    });
    method(&c, "__add__", |vm, a, _| {
        let mut data = this(vm, &a[0])?.data.borrow().clone();
        match bytes_like(&a[1]) {
            Some(b) => {
                data.extend(b);
                Ok(ByteArray::value(data))
            }
            None => {
                Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&a[1]))))
            }
        }
    });
    method(&c, "__radd__", |vm, a, _| match &a[1] {
        Value::Bytes(b) => {
            let mut data = b.to_vec();
            data.extend(this(vm, &a[0])?.data.borrow().iter());
            Ok(Value::Bytes(data.into()))
        }
        _ => Ok(Value::NotImplemented),
    });
    method(&c, "__iadd__", |vm, a, _| {
        let ba = this(vm, &a[0])?;
        match bytes_like(&a[1]) {
            Some(b) => {
                ba.check_resizable(vm)?;
                ba.data.borrow_mut().extend(b);
                Ok(a[0].clone())
            }
            None => {
                Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&a[1]))))
            }
        }
    });
    method(&c, "__mod__", |vm, a, _| {
        let data = this(vm, &a[0])?.data.borrow().clone();
        Ok(ByteArray::value(vm.percent_format_bytes(&data, &a[1])?))
    });
    for name in ["__mul__", "__rmul__"] {
        method(&c, name, |vm, a, _| {
            let data = this(vm, &a[0])?.data.borrow().clone();
            let n = match &a[1] {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(&a[1])?,
                _ => return Ok(Value::NotImplemented),
            };
            let repeated = crate::object::alloc::repeat_slice(
                vm,
                &data,
                n.max(0) as usize,
                crate::object::alloc::Repeated::Other,
            )?;
            Ok(ByteArray::value(repeated))
        });
    }
    for (name, op) in [
        ("__eq__", CmpOp::Eq),
        ("__ne__", CmpOp::NotEq),
        ("__lt__", CmpOp::Lt),
        ("__le__", CmpOp::LtE),
        ("__gt__", CmpOp::Gt),
        ("__ge__", CmpOp::GtE),
    ] {
        method(&c, name, move |vm, a, _| {
            let x = this(vm, &a[0])?.data.borrow().clone();
            let Some(y) = bytes_like(&a[1]) else {
                return Ok(Value::NotImplemented);
            };
            Ok(Value::Bool(match op {
                CmpOp::Eq => x == y,
                CmpOp::NotEq => x != y,
                CmpOp::Lt => x < y,
                CmpOp::LtE => x <= y,
                CmpOp::Gt => x > y,
                _ => x >= y,
            }))
        });
    }
}
