//! `set` and `frozenset`: a key table shared with `dict` (values unused).

use super::{PyDict, PyResult, Value};
use crate::vm::Vm;

pub struct PySet {
    pub table: PyDict,
    pub frozen: bool,
}

impl PySet {
    pub fn new(frozen: bool) -> PySet {
        PySet {
            table: PyDict::new(),
            frozen,
        }
    }
    pub fn from_values(
        vm: &Vm,
        items: impl IntoIterator<Item = Value>,
        frozen: bool,
    ) -> PyResult<PySet> {
        let s = PySet::new(frozen);
        for v in items {
            s.add(vm, v)?;
        }
        Ok(s)
    }
    pub fn len(&self) -> usize {
        self.table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
    pub fn add(&self, vm: &Vm, v: Value) -> PyResult<()> {
        if !self.table.contains(vm, &v)? {
            self.table.set(vm, v, Value::None)?;
        }
        Ok(())
    }
    pub fn contains(&self, vm: &Vm, v: &Value) -> PyResult<bool> {
        self.table.contains(vm, v)
    }
    pub fn remove(&self, vm: &Vm, v: &Value) -> PyResult<bool> {
        Ok(self.table.remove(vm, v)?.is_some())
    }
    /// The elements in CPython's iteration order (see `cpython_order`).
    pub fn items(&self) -> Vec<Value> {
        let entries: Vec<(i64, Value)> = self
            .table
            .map
            .borrow()
            .iter()
            .map(|(k, _)| (k.hash, k.key.clone()))
            .collect();
        cpython_order(entries)
    }
}

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Where CPython's set table would put each element, given the elements in insertion
/// order: the same table growth (`fill * 5 >= mask * 3`, resize to `used * 4`) and the same
/// probing (9 linear probes, then perturbation), so iterating by slot gives CPython's
/// order — `{3, 1, 2}` prints as `{1, 2, 3}`. Deleted elements are treated as never
/// inserted, which can differ from CPython's order after deletions.
pub fn cpython_order(entries: Vec<(i64, Value)>) -> Vec<Value> {
    if entries.len() <= 1 {
        return entries.into_iter().map(|(_, v)| v).collect();
    }
    let mut mask: usize = 7;
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let mut used = 0usize;
    for idx in 0..entries.len() {
        insert_slot(&mut table, mask, entries[idx].0, idx);
        used += 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut newsize = 8usize;
            while newsize <= minused {
                newsize <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; newsize]);
            mask = newsize - 1;
            for i in old.into_iter().flatten() {
                insert_slot(&mut table, mask, entries[i].0, i);
            }
        }
    }
    let mut entries: Vec<Option<Value>> = entries.into_iter().map(|(_, v)| Some(v)).collect();
    table
        .into_iter()
        .flatten()
        .filter_map(|i| entries[i].take())
        .collect()
}

fn insert_slot(table: &mut [Option<usize>], mask: usize, hash: i64, idx: usize) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some(idx);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].is_none() {
                    table[i + j] = Some(idx);
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}
