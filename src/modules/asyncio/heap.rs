//! `heapq.heappush`/`heappop` for `PriorityQueue`, with CPython's exact sift order (which
//! item pairs are compared, and in which order, decides ties and error messages). The
//! caller takes the items out of the queue first, so comparisons that run Python code
//! never see a borrowed queue.

use crate::ast::CmpOp;
use crate::object::{PyResult, Value};
use crate::vm::Vm;
use std::collections::VecDeque;

fn less(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = vm.compare(CmpOp::Lt, a, b)?;
    vm.truthy(&r)
}

/// Move the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(vm: &Vm, heap: &mut VecDeque<Value>, start: usize, mut pos: usize) -> PyResult<()> {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !less(vm, &heap[pos], &heap[parent])? {
            break;
        }
        heap.swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Bubble the smaller child up from `pos` to a leaf, then sift the item there down.
fn sift_up(vm: &Vm, heap: &mut VecDeque<Value>, mut pos: usize) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let limit = end / 2;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !less(vm, &heap[child], &heap[child + 1])? {
            child += 1;
        }
        heap.swap(child, pos);
        pos = child;
    }
    sift_down(vm, heap, start, pos)
}

/// `heappush(heap, item)`: on a comparison error the item stays appended.
pub fn push(vm: &Vm, heap: &mut VecDeque<Value>, item: Value) -> PyResult<()> {
    heap.push_back(item);
    let last = heap.len() - 1;
    sift_down(vm, heap, 0, last)
}

/// `heappop(heap)` (the heap must not be empty): on a comparison error the smallest
/// item is lost, as in CPython.
pub fn pop(vm: &Vm, heap: &mut VecDeque<Value>) -> PyResult<Value> {
    let last = heap.pop_back().expect("heappop on an empty heap");
    if heap.is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap[0], last);
    sift_up(vm, heap, 0)?;
    Ok(top)
}
