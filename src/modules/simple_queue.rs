//! `queue.SimpleQueue` (CPython's `_queue.SimpleQueue`): an unbounded FIFO for green
//! threads. Owns the items and the line of threads waiting in `get` (one park key per
//! queue; each `put` wakes the longest waiting getter). The thread pool's work queue.

use super::pyco_internals::{
    bind_args, native_method, native_new, native_of, native_type, timeout_arg,
};
use crate::object::function::Kwargs;
use crate::object::{Class, NativeObject, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

pub struct SimpleQueue {
    class: Rc<Class>,
    items: RefCell<VecDeque<Value>>,
    /// The park key of waiting getters; 0 until a thread first waits.
    key: Cell<i64>,
}

impl NativeObject for SimpleQueue {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<_queue.SimpleQueue object at {:#x}>",
            this.heap_ptr().unwrap_or(0)
        ))
    }
}

impl SimpleQueue {
    pub fn put(&self, vm: &Vm, item: Value) {
        self.items.borrow_mut().push_back(item);
        if self.key.get() != 0 {
            vm.unpark(self.key.get(), 1);
        }
    }

    /// The next item; waits (other threads run) while the queue is empty. `Ok(None)` when
    /// it is still empty after not blocking or at the deadline.
    pub fn get(&self, vm: &Vm, block: bool, timeout: Option<f64>) -> PyResult<Option<Value>> {
        let deadline = timeout.map(|t| vm.clock.monotonic() + t);
        loop {
            if let Some(v) = self.items.borrow_mut().pop_front() {
                return Ok(Some(v));
            }
            if !block || deadline.is_some_and(|d| d <= vm.clock.monotonic()) {
                return Ok(None);
            }
            if self.key.get() == 0 {
                self.key.set(vm.sched.new_key());
            }
            vm.park(self.key.get(), deadline, "waiting on a Queue")?;
        }
    }
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a SimpleQueue> {
    args.first()
        .and_then(native_of::<SimpleQueue>)
        .ok_or_else(|| vm.type_error("descriptor requires a '_queue.SimpleQueue' object"))
}

/// `queue.Empty`, which the Python module registers as `_pyco._queue_Empty`.
fn empty(vm: &Vm, module: &PyDict) -> PyErr {
    match module.get_str("_queue_Empty") {
        Some(Value::Class(c)) => vm.raise_new(c, vec![]),
        _ => vm.runtime_error("queue.Empty is not registered"),
    }
}

fn block_and_timeout(
    vm: &Vm,
    block: &Option<Value>,
    timeout: &Option<Value>,
) -> PyResult<(bool, Option<f64>)> {
    let block = match block {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    let timeout = timeout_arg(vm, timeout)?;
    if block && timeout.is_some_and(|t| t < 0.0) {
        return Err(vm.value_error("'timeout' must be a non-negative number"));
    }
    Ok((block, timeout))
}

fn no_args(vm: &Vm, args: &[Value], kw: Kwargs) -> PyResult<()> {
    if args.is_empty() && kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error("SimpleQueue() takes no arguments"))
    }
}

pub fn init(vm: &Vm, d: &Rc<PyDict>) {
    let cls = native_type(vm, "SimpleQueue", "_queue");
    let own = cls.clone();
    native_new(&cls, move |vm, args, kw| {
        no_args(vm, args, kw)?;
        Ok(Value::Native(Rc::new(SimpleQueue {
            class: own.clone(),
            items: RefCell::new(VecDeque::new()),
            key: Cell::new(0),
        })))
    });
    native_method(&cls, "put", |vm, args, kw| {
        let q = this(vm, args)?;
        let [item, block, timeout] =
            bind_args(vm, "put", &args[1..], kw, ["item", "block", "timeout"])?;
        let _ = (block, timeout);
        let Some(item) = item else {
            return Err(vm.type_error("put() missing required argument 'item' (pos 1)"));
        };
        q.put(vm, item);
        Ok(Value::None)
    });
    native_method(&cls, "put_nowait", |vm, args, kw| {
        let q = this(vm, args)?;
        let [item] = bind_args(vm, "put_nowait", &args[1..], kw, ["item"])?;
        let Some(item) = item else {
            return Err(vm.type_error("put_nowait() missing required argument 'item' (pos 1)"));
        };
        q.put(vm, item);
        Ok(Value::None)
    });
    let module = d.clone();
    native_method(&cls, "get", move |vm, args, kw| {
        let q = this(vm, args)?;
        let (block, timeout) = if args.len() == 1 && kw.is_empty() {
            (true, None)
        } else {
            let [block, timeout] = bind_args(vm, "get", &args[1..], kw, ["block", "timeout"])?;
            block_and_timeout(vm, &block, &timeout)?
        };
        q.get(vm, block, timeout)?.ok_or_else(|| empty(vm, &module))
    });
    let module = d.clone();
    native_method(&cls, "get_nowait", move |vm, args, _| {
        this(vm, args)?
            .get(vm, false, None)?
            .ok_or_else(|| empty(vm, &module))
    });
    native_method(&cls, "empty", |vm, args, _| {
        Ok(Value::Bool(this(vm, args)?.items.borrow().is_empty()))
    });
    native_method(&cls, "qsize", |vm, args, _| {
        Ok(Value::Int(this(vm, args)?.items.borrow().len() as i64))
    });
    d.set_str("SimpleQueue", Value::Class(cls));
}
