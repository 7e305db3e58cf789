//! The built-in iterators: over sequences, dicts, snapshots, ranges, and the lazy ones
//! behind `enumerate`, `zip`, `map`, `filter`, `iter(callable, sentinel)`, and the
//! `__getitem__` protocol.

use super::{Class, NativeObject, PyDict, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

macro_rules! native_iter {
    ($t:ty, $name:expr) => {
        native_iter!($t, $name, |_s: &$t, _vm: &Vm| None);
    };
    ($t:ty, $name:expr, $hint:expr) => {
        impl NativeObject for $t {
            fn class(&self, vm: &Vm) -> Rc<Class> {
                vm.native_class($name)
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
            fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
                Some(self.step(vm))
            }
            fn is_iterator(&self) -> bool {
                true
            }
            fn length_hint(&self, vm: &Vm) -> Option<PyResult<Value>> {
                let hint: fn(&$t, &Vm) -> Option<PyResult<Value>> = $hint;
                hint(self, vm)
            }
        }
    };
}

/// A length hint of `n` items left.
fn hint(n: usize) -> Option<PyResult<Value>> {
    Some(Ok(Value::Int(n as i64)))
}

/// Iterates a list, tuple, str or bytes by index (lists may change while iterated).
pub struct SeqIter {
    seq: Value,
    index: Cell<usize>,
    /// Byte offset for non-ASCII strings.
    byte: Cell<usize>,
}
impl SeqIter {
    pub fn new(seq: Value) -> SeqIter {
        SeqIter {
            seq,
            index: Cell::new(0),
            byte: Cell::new(0),
        }
    }
    fn step(&self, _vm: &Vm) -> PyResult<Option<Value>> {
        let i = self.index.get();
        let r = match &self.seq {
            Value::List(l) => l.get(i),
            Value::Tuple(t) => t.as_slice().get(i).cloned(),
            Value::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
            Value::Str(s) => {
                if s.is_ascii() {
                    s.as_str()
                        .as_bytes()
                        .get(i)
                        .map(|b| Value::str(std::str::from_utf8(&[*b]).unwrap_or("")))
                } else {
                    let pos = self.byte.get();
                    s.as_str()[pos..].chars().next().map(|c| {
                        self.byte.set(pos + c.len_utf8());
                        let mut buf = [0u8; 4];
                        Value::str(c.encode_utf8(&mut buf))
                    })
                }
            }
            _ => None,
        };
        if r.is_some() {
            self.index.set(i + 1);
        }
        Ok(r)
    }
}
impl NativeObject for SeqIter {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class(match &self.seq {
            Value::List(_) => "list_iterator",
            Value::Tuple(_) => "tuple_iterator",
            // CPython 3.11 iterates an all-ASCII string with its own type.
            Value::Str(s) if s.as_str().is_ascii() => "str_ascii_iterator",
            Value::Str(_) => "str_iterator",
            _ => "bytes_iterator",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn length_hint(&self, _vm: &Vm) -> Option<PyResult<Value>> {
        let len = match &self.seq {
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Bytes(b) => b.len(),
            Value::Str(s) => s.char_len(),
            _ => 0,
        };
        hint(len.saturating_sub(self.index.get()))
    }
}

/// Iterates a snapshot of values.
pub struct VecIter {
    name: &'static str,
    items: Vec<Value>,
    index: Cell<usize>,
    /// For a set's iterator: the set and its size when iteration began.
    watched: Option<(Rc<super::PySet>, usize)>,
}
impl VecIter {
    pub fn new(name: &'static str, items: Vec<Value>) -> VecIter {
        VecIter {
            name,
            items,
            index: Cell::new(0),
            watched: None,
        }
    }
    /// `iter(a_set)`: its items, failing as CPython does if the set changes size meanwhile.
    pub fn over_set(set: &Rc<super::PySet>) -> VecIter {
        VecIter {
            watched: Some((set.clone(), set.len())),
            ..VecIter::new("set_iterator", set.items())
        }
    }
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let i = self.index.get();
        // Until the iterator has reported its end, a change of size is an error (and stays
        // one, as CPython's state is sticky).
        if let Some((set, len)) = &self.watched {
            if i <= self.items.len() && set.len() != *len {
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
        }
        self.index.set(i + 1);
        Ok(self.items.get(i).cloned())
    }
}
impl NativeObject for VecIter {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class(self.name)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn length_hint(&self, _vm: &Vm) -> Option<PyResult<Value>> {
        hint(self.items.len().saturating_sub(self.index.get()))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub struct DictIter {
    dict: Rc<PyDict>,
    kind: DictIterKind,
    index: Cell<usize>,
    len: usize,
}
impl DictIter {
    pub fn new(dict: Rc<PyDict>, kind: DictIterKind) -> DictIter {
        let len = dict.len();
        DictIter {
            dict,
            kind,
            index: Cell::new(0),
            len,
        }
    }
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.dict.len() != self.len {
            return Err(vm.runtime_error("dictionary changed size during iteration"));
        }
        let i = self.index.get();
        match self.dict.entry_at(i) {
            None => Ok(None),
            Some((k, v)) => {
                self.index.set(i + 1);
                Ok(Some(match self.kind {
                    DictIterKind::Keys => k,
                    DictIterKind::Values => v,
                    DictIterKind::Items => Value::tuple(vec![k, v]),
                }))
            }
        }
    }
}
impl NativeObject for DictIter {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class(match self.kind {
            DictIterKind::Keys => "dict_keyiterator",
            DictIterKind::Values => "dict_valueiterator",
            DictIterKind::Items => "dict_itemiterator",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn length_hint(&self, _vm: &Vm) -> Option<PyResult<Value>> {
        // A dict that changed size reports nothing left (CPython's behaviour).
        if self.dict.len() != self.len {
            return hint(0);
        }
        hint(self.len.saturating_sub(self.index.get()))
    }
}

pub struct RangeIter {
    pub next: Cell<i64>,
    pub stop: i64,
    pub step: i64,
}
impl RangeIter {
    /// The next number, or `None` once the range is exhausted (`for` loops call this
    /// directly).
    #[inline]
    pub fn next_int(&self) -> Option<i64> {
        let n = self.next.get();
        if (self.step > 0 && n < self.stop) || (self.step < 0 && n > self.stop) {
            self.next.set(n.saturating_add(self.step));
            Some(n)
        } else {
            None
        }
    }
    fn step(&self, _vm: &Vm) -> PyResult<Option<Value>> {
        Ok(self.next_int().map(Value::Int))
    }
}
native_iter!(RangeIter, "range_iterator", |r, _| {
    let n = r.next.get() as i128;
    let (stop, step) = (r.stop as i128, r.step as i128);
    let left = if step > 0 {
        (stop - n + step - 1) / step
    } else {
        (n - stop - step - 1) / -step
    };
    Some(Ok(Value::Int(left.max(0) as i64)))
});

pub struct Enumerate {
    pub iter: Value,
    pub count: RefCell<Value>,
}
impl Enumerate {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        match vm.next(&self.iter)? {
            None => Ok(None),
            Some(v) => {
                let c = self.count.borrow().clone();
                let n = vm.binary_op(crate::ast::BinOp::Add, &c, &Value::Int(1))?;
                *self.count.borrow_mut() = n;
                Ok(Some(Value::tuple(vec![c, v])))
            }
        }
    }
}
native_iter!(Enumerate, "enumerate");

pub struct Zip {
    pub iters: Vec<Value>,
    pub strict: bool,
}
impl Zip {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.iters.is_empty() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.iters.len());
        for (i, it) in self.iters.iter().enumerate() {
            match vm.next(it)? {
                Some(v) => out.push(v),
                None => {
                    if self.strict {
                        if i > 0 {
                            let plural = if i == 1 { " " } else { "s 1-" };
                            return Err(vm.value_error(format!(
                                "zip() argument {} is shorter than argument{}{}",
                                i + 1,
                                plural,
                                i
                            )));
                        }
                        for (j, other) in self.iters.iter().enumerate().skip(1) {
                            if vm.next(other)?.is_some() {
                                let plural = if j == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is longer than argument{}{}",
                                    j + 1,
                                    plural,
                                    j
                                )));
                            }
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Value::tuple(out)))
    }
}
native_iter!(Zip, "zip");

pub struct Map {
    pub func: Value,
    pub iters: Vec<Value>,
}
impl Map {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let mut args = Vec::with_capacity(self.iters.len());
        for it in &self.iters {
            match vm.next(it)? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        vm.call(&self.func, &args, &[]).map(Some)
    }
}
native_iter!(Map, "map");

pub struct Filter {
    pub func: Value,
    pub iter: Value,
}
impl Filter {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        while let Some(v) = vm.next(&self.iter)? {
            let keep = if self.func.is_none() {
                vm.truthy(&v)?
            } else {
                vm.truthy(&vm.call(&self.func, &[v.clone()], &[])?)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}
native_iter!(Filter, "filter");

pub struct CallableIter {
    pub func: Value,
    pub sentinel: Value,
    pub done: Cell<bool>,
}
impl CallableIter {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let v = match vm.call(&self.func, &[], &[]) {
            Ok(v) => v,
            // A StopIteration from the callable ends the iteration too.
            Err(e) if e.is_instance_of(&vm.exc_class("StopIteration")) => {
                self.done.set(true);
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if vm.eq(&v, &self.sentinel)? {
            self.done.set(true);
            return Ok(None);
        }
        Ok(Some(v))
    }
}
native_iter!(CallableIter, "callable_iterator");

/// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError.
pub struct GetItemIter {
    obj: Value,
    index: Cell<i64>,
}
impl GetItemIter {
    pub fn new(obj: Value) -> GetItemIter {
        GetItemIter {
            obj,
            index: Cell::new(0),
        }
    }
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        fetch_indexed(vm, &self.obj, &self.index, 1)
    }
}
native_iter!(GetItemIter, "iterator", |it, vm| {
    let i = it.index.get();
    if i < 0 {
        return hint(0);
    }
    if vm.type_of(&it.obj).lookup("__len__").is_none() {
        return Some(Ok(Value::NotImplemented));
    }
    Some(vm.len(&it.obj).map(|n| Value::Int((n as i64 - i).max(0))))
});

/// `obj[index]`, then move `index` by `delta`; at an `IndexError` (or `StopIteration`) the
/// iteration ends for good (`index` becomes -1).
fn fetch_indexed(vm: &Vm, obj: &Value, index: &Cell<i64>, delta: i64) -> PyResult<Option<Value>> {
    let i = index.get();
    if i < 0 {
        return Ok(None);
    }
    match vm.getitem(obj, &Value::Int(i)) {
        Ok(v) => {
            index.set(i + delta);
            Ok(Some(v))
        }
        Err(e)
            if e.is_instance_of(&vm.exc_class("IndexError"))
                || e.is_instance_of(&vm.exc_class("StopIteration")) =>
        {
            index.set(-1);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `reversed(seq)` for a sequence without `__reversed__`: `seq[len-1]`, ..., `seq[0]`,
/// each looked up when it is needed.
pub struct ReversedSeq {
    obj: Value,
    /// The next index to fetch; -1 once exhausted.
    index: Cell<i64>,
}
impl ReversedSeq {
    pub fn new(obj: Value, len: usize) -> ReversedSeq {
        ReversedSeq {
            obj,
            index: Cell::new(len as i64 - 1),
        }
    }
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        fetch_indexed(vm, &self.obj, &self.index, -1)
    }
}
native_iter!(ReversedSeq, "reversed", |it, _| hint(
    (it.index.get() + 1).max(0) as usize
));
