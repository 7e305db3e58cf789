//! `sys.getsizeof`: the sizes CPython 3.11 on x86-64 reports, from its object layouts.
//!
//! Exact for `None`, `bool`, `int`, `float`, `str`, `bytes`, `tuple`, `range`, `object()`
//! and instances of plain classes; for `list` (its spare capacity), `dict` and `set` (their
//! hash tables) the size follows CPython's allocation rules for a container built in one
//! go or by appending, so it can differ from CPython for other histories. Other objects get
//! the size of their CPython counterpart's fixed part.

use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// The garbage collector's header, counted for tracked containers.
const GC_HEAD: i64 = 16;

pub fn getsizeof(vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::None | Value::NotImplemented | Value::Ellipsis => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::BigInt(b) => int_size(b.bits()),
        Value::Float(_) => 24,
        Value::Str(s) => str_size(s.as_str(), s.char_len()),
        Value::Bytes(b) => 33 + b.len() as i64,
        Value::Tuple(t) => 24 + GC_HEAD + 8 * t.len() as i64,
        Value::List(l) => {
            let items = l.items.borrow();
            40 + GC_HEAD + 8 * list_capacity(items.len(), items.capacity()) as i64
        }
        Value::Dict(d) => dict_size(d.len(), all_str_keys(d)),
        Value::Set(s) => set_size(s.len()),
        Value::Instance(i) if std::rc::Rc::ptr_eq(&i.class(), &vm.types.object) => 16,
        Value::Instance(i) if i.base.is_none() && i.exc.is_none() => 40 + GC_HEAD,
        Value::Function(_) => 136 + GC_HEAD,
        Value::Class(_) => 1672 + GC_HEAD,
        Value::Builtin(_) | Value::BoundMethod(_) => 56 + GC_HEAD,
        _ => match &*vm.type_name(v) {
            "range" => 48,
            "object" => 16,
            "complex" => 32,
            "slice" => 40 + GC_HEAD,
            "generator" | "coroutine" => 160 + GC_HEAD,
            _ => 40 + GC_HEAD,
        },
    })
}

/// An int of `bits` significant bits: CPython stores 30 bits per 4-byte digit (at least one).
fn int_size(bits: u64) -> i64 {
    24 + 4 * bits.div_ceil(30).max(1) as i64
}

/// A compact str: one, two or four bytes per character, by its widest character.
fn str_size(s: &str, chars: usize) -> i64 {
    let n = chars as i64;
    if s.len() == chars {
        return 49 + n;
    }
    match s.chars().map(|c| c as u32).max().unwrap_or(0) {
        0..=0xFF => 73 + n,
        0x100..=0xFFFF => 74 + 2 * n,
        _ => 76 + 4 * n,
    }
}

/// The slots CPython's list has for `len` items: exactly `len` when it was built at its
/// final size (pyco's vector then has no spare room either), else what appending one by
/// one leaves (CPython's growth rule).
fn list_capacity(len: usize, capacity: usize) -> usize {
    if capacity == len {
        return len;
    }
    let mut allocated = 0;
    for size in 1..=len {
        if size > allocated {
            allocated = (size + (size >> 3) + 6) & !3;
        }
    }
    allocated
}

fn all_str_keys(d: &crate::object::PyDict) -> bool {
    d.map
        .borrow()
        .iter()
        .all(|(k, _)| matches!(k.key, Value::Str(_)))
}

/// A dict of `n` entries in the smallest table that holds them (8 slots at least, two
/// thirds usable), entries of 16 bytes for str keys and 24 otherwise.
fn dict_size(n: usize, str_keys: bool) -> i64 {
    let base = 48 + GC_HEAD;
    if n == 0 {
        return base;
    }
    let mut slots: usize = 8;
    while slots * 2 / 3 < n {
        slots *= 2;
    }
    let usable = (slots * 2 / 3) as i64;
    let index_bytes = match slots {
        0..=128 => 1,
        129..=0x8000 => 2,
        _ => 4,
    };
    let entry = if str_keys { 16 } else { 24 };
    base + 32 + (slots * index_bytes) as i64 + usable * entry
}

/// A set: eight inline slots, then a table of 16-byte entries kept under 60% full.
fn set_size(n: usize) -> i64 {
    let base = 200 + GC_HEAD;
    if n <= 4 {
        return base;
    }
    let mut slots: usize = 8;
    while n * 5 >= slots * 3 {
        slots *= 4;
    }
    base + 16 * slots as i64
}
