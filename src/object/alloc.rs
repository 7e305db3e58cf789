//! Buffers whose size a Python program chooses (`'a' * n`, `[0] * n`, `bytes(n)`,
//! `s.ljust(n)`): they are reserved fallibly, so a size the machine cannot hold raises
//! `MemoryError` (or CPython's `OverflowError` for a length past `sys.maxsize`) instead of
//! aborting the process. Everything here only allocates; filling is the caller's job.

use super::PyResult;
use crate::vm::Vm;

/// What is being repeated, for CPython's overflow message (`'a' * huge`).
#[derive(Clone, Copy)]
pub enum Repeated {
    Str,
    Bytes,
    /// Lists, tuples and bytearrays: CPython raises a bare `MemoryError` for them.
    Other,
}

/// The length of `len` items repeated `times` times, or CPython's error when that exceeds
/// `sys.maxsize`.
pub fn repeated_len(vm: &Vm, len: usize, times: usize, what: Repeated) -> PyResult<usize> {
    match len.checked_mul(times) {
        Some(total) if total <= isize::MAX as usize => Ok(total),
        _ => Err(match what {
            Repeated::Str => vm.overflow_error("repeated string is too long"),
            Repeated::Bytes => vm.overflow_error("repeated bytes are too long"),
            Repeated::Other => vm.memory_error(),
        }),
    }
}

/// An empty vector with room for `n` items, or `MemoryError`.
pub fn vec_with_capacity<T>(vm: &Vm, n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| vm.memory_error())?;
    Ok(v)
}

/// An empty string with room for `n` bytes, or `MemoryError`.
pub fn string_with_capacity(vm: &Vm, n: usize) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(n).map_err(|_| vm.memory_error())?;
    Ok(s)
}

/// `items` repeated `times` times.
pub fn repeat_slice<T: Clone>(
    vm: &Vm,
    items: &[T],
    times: usize,
    what: Repeated,
) -> PyResult<Vec<T>> {
    let total = repeated_len(vm, items.len(), times, what)?;
    let mut v = vec_with_capacity(vm, total)?;
    if !items.is_empty() {
        for _ in 0..times {
            v.extend_from_slice(items);
        }
    }
    Ok(v)
}

/// `s` repeated `times` times.
pub fn repeat_str(vm: &Vm, s: &str, times: usize) -> PyResult<String> {
    let total = repeated_len(vm, s.len(), times, Repeated::Str)?;
    let mut out = string_with_capacity(vm, total)?;
    if !s.is_empty() {
        for _ in 0..times {
            out.push_str(s);
        }
    }
    Ok(out)
}

/// `n` copies of `value`.
pub fn filled<T: Clone>(vm: &Vm, value: T, n: usize) -> PyResult<Vec<T>> {
    let mut v = vec_with_capacity(vm, n)?;
    v.resize(n, value);
    Ok(v)
}

/// `s` with `left` and `right` copies of `fill` around it (`center`, `ljust`, `rjust`,
/// `zfill`).
pub fn pad_str(vm: &Vm, s: &str, fill: char, left: usize, right: usize) -> PyResult<String> {
    let fill_len = fill.len_utf8();
    let total = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill_len))
        .and_then(|n| n.checked_add(s.len()))
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(|| vm.memory_error())?;
    let mut out = string_with_capacity(vm, total)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}
