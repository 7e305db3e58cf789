//! `threading.Semaphore`: a counter of free slots for green threads. Owns the count and
//! the line of threads waiting for a slot (one park key per semaphore, woken in the
//! order they parked). User classes may derive from it (`threading.BoundedSemaphore` is
//! one, written in Python).

use super::pyco_internals::{
    bind_args, native_method, native_new, native_of, native_type, timeout_arg,
};
use crate::object::descriptor::NativeProperty;
use crate::object::function::Kwargs;
use crate::object::{Class, NativeObject, PyDict, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

pub struct Semaphore {
    class: Rc<Class>,
    value: Cell<i64>,
    /// The park key of its waiters; 0 until a thread first waits.
    key: Cell<i64>,
}

impl NativeObject for Semaphore {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        repr(vm, this, self)
    }
}

impl Semaphore {
    /// Take a slot, waiting (other threads run) while there is none. A timeout that has
    /// run out (zero or negative) gives up at once.
    pub fn acquire(&self, vm: &Vm, blocking: bool, timeout: Option<f64>) -> PyResult<bool> {
        let deadline = timeout.map(|t| vm.clock.monotonic() + t);
        loop {
            if self.value.get() > 0 {
                self.value.set(self.value.get() - 1);
                return Ok(true);
            }
            if !blocking || deadline.is_some_and(|d| d <= vm.clock.monotonic()) {
                return Ok(false);
            }
            if self.key.get() == 0 {
                self.key.set(vm.sched.new_key());
            }
            vm.park(self.key.get(), deadline, "waiting for a Semaphore")?;
        }
    }

    pub fn release(&self, vm: &Vm, n: i64) -> PyResult<()> {
        if n < 1 {
            return Err(vm.value_error("n must be one or more"));
        }
        self.value.set(self.value.get() + n);
        if self.key.get() != 0 {
            vm.unpark(self.key.get(), n as usize);
        }
        Ok(())
    }
}

fn repr(vm: &Vm, this: &Value, s: &Semaphore) -> PyResult<String> {
    let cls = vm.type_of(this);
    Ok(format!(
        "<{}.{} at {:#x}: value={}>",
        cls.module,
        cls.qualname(),
        this.heap_ptr().unwrap_or(0),
        s.value.get()
    ))
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Semaphore> {
    args.first()
        .and_then(native_of::<Semaphore>)
        .ok_or_else(|| vm.type_error("descriptor requires a 'Semaphore' object"))
}

fn initial_value(vm: &Vm, args: &[Value], kw: Kwargs) -> PyResult<i64> {
    let [value] = bind_args(vm, "Semaphore", args, kw, ["value"])?;
    let value = match value {
        Some(v) => vm.index_value(&v)?,
        None => 1,
    };
    if value < 0 {
        return Err(vm.value_error("semaphore initial value must be >= 0"));
    }
    Ok(value)
}

pub fn init(vm: &Vm, d: &Rc<PyDict>) {
    let cls = native_type(vm, "Semaphore", "threading");
    let own = cls.clone();
    native_new(&cls, move |vm, args, kw| {
        let value = initial_value(vm, args, kw)?;
        Ok(Value::Native(Rc::new(Semaphore {
            class: own.clone(),
            value: Cell::new(value),
            key: Cell::new(0),
        })))
    });
    native_method(&cls, "__init__", |vm, args, kw| {
        let s = this(vm, args)?;
        s.value.set(initial_value(vm, &args[1..], kw)?);
        Ok(Value::None)
    });
    native_method(&cls, "__repr__", |vm, args, _| {
        Ok(Value::string(repr(vm, &args[0], this(vm, args)?)?))
    });
    native_method(&cls, "acquire", |vm, args, kw| {
        let s = this(vm, args)?;
        let (blocking, timeout) = if args.len() == 1 && kw.is_empty() {
            (true, None)
        } else {
            let [blocking, timeout] =
                bind_args(vm, "acquire", &args[1..], kw, ["blocking", "timeout"])?;
            let blocking = match &blocking {
                Some(b) => vm.truthy(b)?,
                None => true,
            };
            let timeout = timeout_arg(vm, &timeout)?;
            if !blocking && timeout.is_some() {
                return Err(vm.value_error("can't specify timeout for non-blocking acquire"));
            }
            (blocking, timeout)
        };
        Ok(Value::Bool(s.acquire(vm, blocking, timeout)?))
    });
    native_method(&cls, "__enter__", |vm, args, _| {
        Ok(Value::Bool(this(vm, args)?.acquire(vm, true, None)?))
    });
    native_method(&cls, "release", |vm, args, kw| {
        let s = this(vm, args)?;
        let n = if args.len() == 1 && kw.is_empty() {
            1
        } else {
            let [n] = bind_args(vm, "release", &args[1..], kw, ["n"])?;
            match n {
                Some(n) => vm.index_value(&n)?,
                None => 1,
            }
        };
        s.release(vm, n)?;
        Ok(Value::None)
    });
    native_method(&cls, "__exit__", |vm, args, _| {
        this(vm, args)?.release(vm, 1)?;
        Ok(Value::None)
    });
    cls.dict.set_str(
        "_value",
        Value::Native(Rc::new(NativeProperty {
            name: "_value",
            get: |vm, v| {
                let s = native_of::<Semaphore>(v)
                    .ok_or_else(|| vm.type_error("descriptor requires a 'Semaphore' object"))?;
                Ok(Value::Int(s.value.get()))
            },
            set: Some(|vm, v, new| {
                let s = native_of::<Semaphore>(v)
                    .ok_or_else(|| vm.type_error("descriptor requires a 'Semaphore' object"))?;
                let n = match new {
                    Some(n) => vm.index_value(&n)?,
                    None => return Err(vm.type_error("can't delete Semaphore._value")),
                };
                s.value.set(n);
                Ok(())
            }),
        })),
    );
    d.set_str("Semaphore", Value::Class(cls));
}
