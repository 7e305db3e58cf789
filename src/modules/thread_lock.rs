//! `threading.Lock` (CPython's `_thread.lock`): a non-reentrant lock for green threads.
//! Owns the locked flag and the line of threads waiting for it (one park key per lock,
//! woken one at a time in the order they parked).

use super::pyco_internals::{bind_args, native_method, native_of, native_type, timeout_arg};
use crate::object::{Class, NativeObject, PyDict, PyResult, Value};
use crate::runtime::Wake;
use crate::vm::Vm;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

pub struct Lock {
    class: Rc<Class>,
    locked: Cell<bool>,
    /// The park key of its waiters; 0 until a thread first waits.
    key: Cell<i64>,
}

impl NativeObject for Lock {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<{} _thread.lock object at {:#x}>",
            if self.locked.get() {
                "locked"
            } else {
                "unlocked"
            },
            this.heap_ptr().unwrap_or(0)
        ))
    }
}

impl Lock {
    fn key(&self, vm: &Vm) -> i64 {
        if self.key.get() == 0 {
            self.key.set(vm.sched.new_key());
        }
        self.key.get()
    }

    /// Take the lock, waiting (with other threads running) while another holds it.
    /// `timeout`: `None` waits forever; a timeout that has run out gives up at once.
    pub fn acquire(&self, vm: &Vm, blocking: bool, timeout: Option<f64>) -> PyResult<bool> {
        if !self.locked.get() {
            self.locked.set(true);
            return Ok(true);
        }
        if !blocking {
            return Ok(false);
        }
        let deadline = timeout.map(|t| vm.clock.monotonic() + t);
        loop {
            if let Some(d) = deadline {
                if d <= vm.clock.monotonic() {
                    return Ok(false);
                }
            }
            let wake = vm.park(self.key(vm), deadline, "waiting for a Lock")?;
            if !self.locked.get() {
                self.locked.set(true);
                return Ok(true);
            }
            if wake == Wake::TimedOut {
                return Ok(false);
            }
        }
    }

    pub fn release(&self, vm: &Vm) -> PyResult<()> {
        if !self.locked.get() {
            return Err(vm.runtime_error("release unlocked lock"));
        }
        self.locked.set(false);
        if self.key.get() != 0 {
            vm.unpark(self.key.get(), 1);
        }
        Ok(())
    }
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Lock> {
    args.first()
        .and_then(native_of::<Lock>)
        .ok_or_else(|| vm.type_error("descriptor requires a '_thread.lock' object"))
}

/// `acquire(blocking=True, timeout=-1)`'s arguments, checked as CPython checks them.
fn acquire_args(
    vm: &Vm,
    args: &[Value],
    kw: crate::object::function::Kwargs,
) -> PyResult<(bool, Option<f64>)> {
    let [blocking, timeout] = bind_args(vm, "acquire", args, kw, ["blocking", "timeout"])?;
    let blocking = match &blocking {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    let timeout = timeout_arg(vm, &timeout)?.unwrap_or(-1.0);
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    Ok((blocking, (timeout >= 0.0).then_some(timeout)))
}

pub fn init(vm: &Vm, d: &Rc<PyDict>) {
    let cls = native_type(vm, "lock", "_thread");
    native_method(&cls, "acquire", |vm, args, kw| {
        let lock = this(vm, args)?;
        let (blocking, timeout) = acquire_args(vm, &args[1..], kw)?;
        Ok(Value::Bool(lock.acquire(vm, blocking, timeout)?))
    });
    native_method(&cls, "__enter__", |vm, args, _| {
        Ok(Value::Bool(this(vm, args)?.acquire(vm, true, None)?))
    });
    native_method(&cls, "release", |vm, args, _| {
        this(vm, args)?.release(vm)?;
        Ok(Value::None)
    });
    native_method(&cls, "__exit__", |vm, args, _| {
        this(vm, args)?.release(vm)?;
        Ok(Value::None)
    });
    native_method(&cls, "locked", |vm, args, _| {
        Ok(Value::Bool(this(vm, args)?.locked.get()))
    });
    native_method(&cls, "_at_fork_reinit", |vm, args, _| {
        this(vm, args)?.locked.set(false);
        Ok(Value::None)
    });
    for (alias, target) in [
        ("acquire_lock", "acquire"),
        ("release_lock", "release"),
        ("locked_lock", "locked"),
    ] {
        if let Some(f) = cls.dict.get_str(target) {
            cls.dict.set_str(alias, f);
        }
    }
    native_method(&cls, "__new__", |vm, _, _| {
        Err(vm.type_error("cannot create '_thread.lock' instances"))
    });
    let own = cls.clone();
    crate::builtins::reg(d, "allocate_lock", move |vm, args, kw| {
        if !args.is_empty() || !kw.is_empty() {
            return Err(vm.type_error(format!(
                "_thread.allocate_lock() takes no arguments ({} given)",
                args.len() + kw.len()
            )));
        }
        Ok(Value::Native(Rc::new(Lock {
            class: own.clone(),
            locked: Cell::new(false),
            key: Cell::new(0),
        })))
    });
    d.set_str("LockType", Value::Class(cls));
}
