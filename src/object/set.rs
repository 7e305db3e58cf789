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
    pub fn items(&self) -> Vec<Value> {
        self.table.keys()
    }
}
