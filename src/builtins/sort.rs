//! Sorting for `sorted` and `list.sort`: a stable natural merge sort over positions, driven
//! by the fallible `<` (a comparison that raises ends the sort with its error), with direct
//! paths for keys that are all ints, all floats or all strs (their `<` runs no Python code).
//!
//! Like CPython's sort it finds the runs already in order (or strictly reversed) and merges
//! them, so sorted and reverse-sorted input costs one pass.

use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// The length short runs are extended to by binary insertion before merging, chosen as
/// CPython chooses it (all of a list shorter than 64; else between 32 and 64, so the runs
/// merge in balanced pairs). Small sorts then compare exactly as CPython's do.
fn min_run(mut n: usize) -> usize {
    let mut odd = 0;
    while n >= 64 {
        odd |= n & 1;
        n >>= 1;
    }
    n + odd
}

/// The stable sorted order of `keys` as positions into it; `reverse` sorts descending
/// while keeping equal keys in their original order, as CPython does.
pub fn sorted_order(vm: &Vm, keys: &[Value], reverse: bool) -> PyResult<Vec<usize>> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    if reverse {
        order.reverse();
    }
    if !sort_primitive(keys, &mut order) {
        let lt = |a: usize, b: usize| vm.less_than(&keys[a], &keys[b]);
        merge_sort(&mut order, lt)?;
    }
    if reverse {
        order.reverse();
    }
    Ok(order)
}

/// Sort `order` directly when every key is an int (or bool), every key a float other than
/// NaN, or every key a str; false (and `order` untouched) otherwise.
fn sort_primitive(keys: &[Value], order: &mut [usize]) -> bool {
    let int_of = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    if keys.iter().all(|k| int_of(k).is_some()) {
        order.sort_by_key(|&i| int_of(&keys[i]));
        return true;
    }
    if keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.is_nan()))
    {
        let float_of = |i: usize| match &keys[i] {
            Value::Float(f) => *f,
            _ => 0.0,
        };
        // No NaN: `partial_cmp` is a total order (with -0.0 equal to 0.0, as in Python).
        order.sort_by(|&a, &b| {
            float_of(a)
                .partial_cmp(&float_of(b))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        return true;
    }
    if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        let str_of = |i: usize| keys[i].as_str().unwrap_or("");
        // UTF-8 byte order is code point order, which is how Python compares strs.
        order.sort_by(|&a, &b| str_of(a).cmp(str_of(b)));
        return true;
    }
    false
}

/// Stable natural merge sort of `items` by the fallible strict order `lt`.
fn merge_sort<T: Copy>(items: &mut [T], lt: impl Fn(T, T) -> PyResult<bool>) -> PyResult<()> {
    let n = items.len();
    let run_len = min_run(n);
    // Run boundaries: each run is items[bounds[k]..bounds[k + 1]].
    let mut bounds = vec![0];
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        if end < n && lt(items[end], items[end - 1])? {
            // A strictly descending run reverses into an ascending one (strictness keeps
            // equal keys in order).
            end += 1;
            while end < n && lt(items[end], items[end - 1])? {
                end += 1;
            }
            items[start..end].reverse();
        } else {
            while end < n && !lt(items[end], items[end - 1])? {
                end += 1;
            }
        }
        let extended = (start + run_len).min(n);
        if end < extended {
            insertion_sort(&mut items[start..extended], end - start, &lt)?;
            end = extended;
        }
        bounds.push(end);
        start = end;
    }
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while bounds.len() > 2 {
        let mut merged = vec![0];
        for pair in bounds[1..].chunks(2) {
            let lo = *merged.last().unwrap_or(&0);
            match *pair {
                [mid, hi] => {
                    merge(&mut items[lo..hi], mid - lo, &mut buf, &lt)?;
                    merged.push(hi);
                }
                [hi] => merged.push(hi),
                _ => {}
            }
        }
        bounds = merged;
    }
    Ok(())
}

/// Binary insertion sort of `run`, whose first `sorted` items are already in order.
fn insertion_sort<T: Copy>(
    run: &mut [T],
    sorted: usize,
    lt: &impl Fn(T, T) -> PyResult<bool>,
) -> PyResult<()> {
    for k in sorted.max(1)..run.len() {
        let pivot = run[k];
        // After every item not greater than the pivot, so equal keys keep their order.
        let (mut lo, mut hi) = (0, k);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if lt(pivot, run[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        run[lo..=k].rotate_right(1);
    }
    Ok(())
}

/// Merge the ordered halves `items[..mid]` and `items[mid..]`, taking from the left one
/// on ties.
fn merge<T: Copy>(
    items: &mut [T],
    mid: usize,
    buf: &mut Vec<T>,
    lt: &impl Fn(T, T) -> PyResult<bool>,
) -> PyResult<()> {
    buf.clear();
    buf.extend_from_slice(&items[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    let result = loop {
        if i == buf.len() || j == items.len() {
            break Ok(());
        }
        match lt(items[j], buf[i]) {
            Ok(true) => {
                items[k] = items[j];
                j += 1;
            }
            Ok(false) => {
                items[k] = buf[i];
                i += 1;
            }
            Err(e) => break Err(e),
        }
        k += 1;
    };
    // Also on error: what is left of the left half goes back, so `items` stays a
    // permutation of what it held.
    let rest = buf.len() - i;
    items[k..k + rest].copy_from_slice(&buf[i..]);
    result
}
