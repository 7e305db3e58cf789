//! The hot methods of `collections.deque` (`append`, `appendleft`, `pop`, `popleft`,
//! `__len__`, `__bool__`) in native code, which the Python class adopts. They work on the
//! storage the class keeps in its instance: `_l`, the left part reversed, and `_r`, the
//! right part, both lists (so both ends are list ends), and `_maxlen`.

use crate::object::function::{BuiltinFunction, Kwargs};
use crate::object::list::PyList;
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// One deque's storage, read from its instance dict.
struct Parts {
    dict: Rc<PyDict>,
    left: Rc<PyList>,
    right: Rc<PyList>,
}

impl Parts {
    fn of(vm: &Vm, this: &Value, method: &str) -> PyResult<Parts> {
        let list = |d: &PyDict, name: &str| match d.get_str(name) {
            Some(Value::List(l)) => Some(l),
            _ => None,
        };
        if let Value::Instance(i) = this {
            if let (Some(left), Some(right)) = (list(&i.dict, "_l"), list(&i.dict, "_r")) {
                return Ok(Parts {
                    dict: i.dict.clone(),
                    left,
                    right,
                });
            }
        }
        Err(vm.type_error(format!(
            "descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        )))
    }

    fn len(&self) -> usize {
        self.left.len() + self.right.len()
    }

    /// The `maxlen` the deque was made with, if any.
    fn maxlen(&self) -> Option<usize> {
        match self.dict.get_str("_maxlen") {
            Some(Value::Int(n)) => Some(n.max(0) as usize),
            _ => None,
        }
    }

    /// Split `items` (in deque order) into a new reversed left part and right part, the
    /// left one holding the first `mid` items.
    fn refill(&mut self, items: &[Value], mid: usize) {
        let left: Vec<Value> = items[..mid].iter().rev().cloned().collect();
        let right = items[mid..].to_vec();
        self.left = Rc::new(PyList::new(left));
        self.right = Rc::new(PyList::new(right));
        self.dict.set_str("_l", Value::List(self.left.clone()));
        self.dict.set_str("_r", Value::List(self.right.clone()));
    }

    fn pop(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.right.is_empty() {
            if self.left.is_empty() {
                return Err(vm.index_error("pop from an empty deque"));
            }
            // Move the right half of the left part over.
            let items: Vec<Value> = self.left.items.borrow().iter().rev().cloned().collect();
            self.refill(&items, items.len() / 2);
        }
        let last = self.right.items.borrow_mut().pop();
        Ok(last.unwrap_or(Value::None))
    }

    fn popleft(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.left.is_empty() {
            if self.right.is_empty() {
                return Err(vm.index_error("pop from an empty deque"));
            }
            // Move the left half of the right part over.
            let items = self.right.to_vec();
            self.refill(&items, items.len().div_ceil(2));
        }
        let first = self.left.items.borrow_mut().pop();
        Ok(first.unwrap_or(Value::None))
    }
}

/// CPython's error for a method called with the wrong number of arguments (`a` holds
/// the receiver too).
fn takes(vm: &Vm, name: &str, a: &[Value], n: usize) -> PyResult<()> {
    let given = a.len().saturating_sub(1);
    if a.len() == n + 1 {
        return Ok(());
    }
    let wanted = match n {
        0 => "no arguments",
        _ => "exactly one argument",
    };
    Err(vm.type_error(format!("deque.{name}() takes {wanted} ({given} given)")))
}

/// Install `f` as `_pyco.deque_<key>`: a built-in named `name` that binds to the deque
/// instances it is found for (their class adopts it as a method).
fn install(
    d: &PyDict,
    key: &str,
    name: &str,
    f: impl Fn(&Vm, &[Value], Kwargs) -> PyResult<Value> + 'static,
) {
    let mut b = BuiltinFunction::new(name, f);
    b.owner = Some("deque".into());
    d.set_str(&format!("deque_{key}"), Value::Builtin(Rc::new(b)));
}

/// Install the methods as `_pyco.deque_<name>`.
pub fn init(d: &Rc<PyDict>) {
    install(d, "append", "append", |vm, a, _| {
        takes(vm, "append", a, 1)?;
        let mut p = Parts::of(vm, &a[0], "append")?;
        p.right.push(a[1].clone());
        if p.maxlen().is_some_and(|m| p.len() > m) {
            p.popleft(vm)?;
        }
        Ok(Value::None)
    });
    install(d, "appendleft", "appendleft", |vm, a, _| {
        takes(vm, "appendleft", a, 1)?;
        let mut p = Parts::of(vm, &a[0], "appendleft")?;
        p.left.push(a[1].clone());
        if p.maxlen().is_some_and(|m| p.len() > m) {
            p.pop(vm)?;
        }
        Ok(Value::None)
    });
    install(d, "pop", "pop", |vm, a, _| {
        takes(vm, "pop", a, 0)?;
        Parts::of(vm, &a[0], "pop")?.pop(vm)
    });
    install(d, "popleft", "popleft", |vm, a, _| {
        takes(vm, "popleft", a, 0)?;
        Parts::of(vm, &a[0], "popleft")?.popleft(vm)
    });
    install(d, "len", "__len__", |vm, a, _| {
        takes(vm, "__len__", a, 0)?;
        Ok(Value::Int(Parts::of(vm, &a[0], "__len__")?.len() as i64))
    });
    install(d, "bool", "__bool__", |vm, a, _| {
        takes(vm, "__bool__", a, 0)?;
        Ok(Value::Bool(Parts::of(vm, &a[0], "__bool__")?.len() > 0))
    });
}
