//! `_heapq`: the heap operations `heapq` takes from native code, as CPython's `_heapq`
//! does (`heappush`, `heappop`, `heapify`, `heapreplace`, `heappushpop`). The same sifts
//! as `heapq.py`'s, so items come out in the same order, including ties.
//!
//! Comparisons run Python code (`__lt__`), so no borrow of the list is held across one,
//! and a list that changed size meanwhile raises CPython's `RuntimeError`.

use crate::builtins::{arg_count, reg};
use crate::object::list::PyList;
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    reg(d, "heappush", |vm, a, _| {
        arg_count(vm, "heappush", a, 2, 2)?;
        let heap = heap_arg(vm, &a[0], "heappush")?;
        heap.push(a[1].clone());
        let last = heap.len() - 1;
        sift_down(vm, &heap, 0, last)?;
        Ok(Value::None)
    });
    reg(d, "heappop", |vm, a, _| {
        arg_count(vm, "_heapq.heappop", a, 1, 1)?;
        let heap = heap_arg(vm, &a[0], "heappop")?;
        let last = heap.items.borrow_mut().pop();
        let Some(last) = last else {
            return Err(vm.index_error("index out of range"));
        };
        if heap.is_empty() {
            return Ok(last);
        }
        let top = std::mem::replace(&mut heap.items.borrow_mut()[0], last);
        sift_up(vm, &heap, 0)?;
        Ok(top)
    });
    reg(d, "heapreplace", |vm, a, _| {
        arg_count(vm, "heapreplace", a, 2, 2)?;
        let heap = heap_arg(vm, &a[0], "heapreplace")?;
        if heap.is_empty() {
            return Err(vm.index_error("index out of range"));
        }
        let top = std::mem::replace(&mut heap.items.borrow_mut()[0], a[1].clone());
        sift_up(vm, &heap, 0)?;
        Ok(top)
    });
    reg(d, "heappushpop", |vm, a, _| {
        arg_count(vm, "heappushpop", a, 2, 2)?;
        let heap = heap_arg(vm, &a[0], "heappushpop")?;
        let Some(top) = heap.get(0) else {
            return Ok(a[1].clone());
        };
        if !vm.less_than(&top, &a[1])? {
            return Ok(a[1].clone());
        }
        let top = {
            let mut items = heap.items.borrow_mut();
            if items.is_empty() {
                drop(items);
                return Err(vm.index_error("index out of range"));
            }
            std::mem::replace(&mut items[0], a[1].clone())
        };
        sift_up(vm, &heap, 0)?;
        Ok(top)
    });
    reg(d, "heapify", |vm, a, _| {
        arg_count(vm, "_heapq.heapify", a, 1, 1)?;
        let heap = heap_arg(vm, &a[0], "heapify")?;
        for i in (0..heap.len() / 2).rev() {
            sift_up(vm, &heap, i)?;
        }
        Ok(Value::None)
    });
    Ok(())
}

/// The list a heap function works on (a list, or an instance of a list subclass). The
/// error names "argument 1" of the two-argument functions, "argument" of the others.
fn heap_arg(vm: &Vm, v: &Value, name: &str) -> PyResult<Rc<PyList>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        Value::Instance(i) => match &i.base {
            Some(Value::List(l)) => Ok(l.clone()),
            _ => Err(not_a_list(vm, v, name)),
        },
        _ => Err(not_a_list(vm, v, name)),
    }
}

fn not_a_list(vm: &Vm, v: &Value, name: &str) -> crate::object::PyErr {
    let which = match name {
        "heappop" | "heapify" => "argument",
        _ => "argument 1",
    };
    vm.type_error(format!(
        "{name}() {which} must be list, not {}",
        vm.type_name(v)
    ))
}

/// `items[a] < items[b]`, then a check that the comparison left the list's size alone.
fn less(vm: &Vm, heap: &PyList, a: usize, b: usize, size: usize) -> PyResult<bool> {
    let (x, y) = {
        let items = heap.items.borrow();
        match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => (x.clone(), y.clone()),
            _ => return Err(changed_size(vm)),
        }
    };
    let lt = vm.less_than(&x, &y)?;
    if heap.len() != size {
        return Err(changed_size(vm));
    }
    Ok(lt)
}

fn changed_size(vm: &Vm) -> crate::object::PyErr {
    vm.runtime_error("list changed size during iteration")
}

/// Move the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(vm: &Vm, heap: &PyList, start: usize, mut pos: usize) -> PyResult<()> {
    let size = heap.len();
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !less(vm, heap, pos, parent, size)? {
            break;
        }
        heap.items.borrow_mut().swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Move the item at `pos` down to a leaf along the smaller children, then back up.
fn sift_up(vm: &Vm, heap: &PyList, mut pos: usize) -> PyResult<()> {
    let size = heap.len();
    let start = pos;
    let limit = size >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < size && !less(vm, heap, child, child + 1, size)? {
            child += 1;
        }
        heap.items.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_down(vm, heap, start, pos)
}
