//! `_pyco`: hooks the Python-source modules (asyncio, threading, types) need from the
//! interpreter, and the native blocking primitives they are built on (`thread_lock`,
//! `semaphore`, `simple_queue`, `cf_future`), with the helpers those share for defining native types.

use crate::builtins::{arg_count, reg};
use crate::object::function::{BuiltinFunction, Kwargs};
use crate::object::generator::Generator;
use crate::object::{Class, PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// A built-in class `module.name` deriving from `object`, for a native type.
pub(crate) fn native_type(vm: &Vm, name: &str, module: &str) -> Rc<Class> {
    crate::vm::types::new_class(name, module, &[vm.types.object.clone()], true)
}

/// Register a method of a native type. The method sees its receiver as it was given: an
/// instance of a user subclass stays one (so callbacks and reprs see the subclass).
pub(crate) fn native_method(
    cls: &Rc<Class>,
    name: &str,
    f: impl Fn(&Vm, &[Value], Kwargs) -> PyResult<Value> + 'static,
) {
    let mut b = BuiltinFunction::new(name, f);
    b.owner = Some(cls.name().clone());
    cls.dict.set_str(name, Value::Builtin(Rc::new(b)));
}

/// Register `__new__` of a native type that user classes may derive from. Called for the
/// type itself, `make(args)` builds the value from the constructor's arguments (the type
/// has no separate `__init__` step). Called for a subclass, the value is made with no
/// arguments and becomes the instance's built-in base; `__init__` then gets the
/// arguments, as for a class written in Python.
pub(crate) fn native_new(
    cls: &Rc<Class>,
    make: impl Fn(&Vm, &[Value], Kwargs) -> PyResult<Value> + 'static,
) {
    let own = cls.clone();
    native_method(cls, "__new__", move |vm, args, kw| {
        let Some(Value::Class(target)) = args.first() else {
            return Err(vm.type_error(format!("{}.__new__(X): X is not a type object", own.name())));
        };
        if Rc::ptr_eq(target, &own) {
            return make(vm, &args[1..], kw);
        }
        if !target.is_subclass(&own) {
            return Err(vm.type_error(format!(
                "{}.__new__({}): {} is not a subtype of {}",
                own.name(),
                target.name(),
                target.name(),
                own.name()
            )));
        }
        Ok(vm.new_subclass_instance(target, make(vm, &[], &[])?))
    });
}

/// The native value behind `v`: `v` itself, or the built-in base of a subclass instance.
pub(crate) fn native_of<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Instance(i) => i.base.as_ref()?.as_native::<T>(),
        _ => v.as_native::<T>(),
    }
}

/// Bind the arguments of a native method (receiver excluded) to its parameter names, as
/// a Python signature with defaults would: `None` where an argument was not given.
pub(crate) fn bind_args<const N: usize>(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kw: Kwargs,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    if args.len() > N {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} argument{} ({} given)",
            if N == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.get(i).cloned());
    for (k, v) in kw {
        let Some(i) = names.iter().position(|n| **n == **k) else {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        };
        if out[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    Ok(out)
}

/// A timeout argument in seconds; `None` (or absent) means none.
pub(crate) fn timeout_arg(vm: &Vm, v: &Option<Value>) -> PyResult<Option<f64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(t) => Ok(Some(crate::builtins::to_f64(vm, t)?)),
    }
}

pub fn init(vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    super::thread_lock::init(vm, d);
    super::semaphore::init(vm, d);
    super::simple_queue::init(vm, d);
    super::cf_future::init(vm, d);
    reg(d, "count_elements", count_elements);
    super::deque_ops::init(d);
    reg(d, "virtual_time", |vm, _, _| {
        Ok(Value::Bool(vm.clock.virtual_mode))
    });
    reg(d, "iterable_coroutine", |vm, args, _| {
        arg_count(vm, "iterable_coroutine", args, 1, 1)?;
        if let Some(g) = args[0].as_native::<Generator>() {
            g.iterable_coroutine.set(true);
        }
        Ok(args[0].clone())
    });
    reg(d, "thread_ident", |_, _, _| {
        // A stable, thread-specific number in the range of CPython's pthread idents.
        thread_local!(static MARK: u8 = const { 0 });
        let addr = MARK.with(|m| m as *const u8 as usize) as i64;
        Ok(Value::Int(addr & 0x7fff_ffff_ffff))
    });
    reg(d, "caller", |vm, args, _| {
        // caller(depth) -> (filename, line, source line, function name) of a running Python
        // frame, or None.
        let depth = match args.first() {
            Some(v) => vm.index_value(v)?.max(0) as usize,
            None => 0,
        };
        Ok(match vm.caller_location(depth) {
            Some((src, line, name)) => Value::tuple(vec![
                Value::str(&src.name),
                Value::Int(line as i64),
                src.line(line)
                    .map(|l| Value::str(l.trim()))
                    .unwrap_or(Value::None),
                Value::str(&name),
            ]),
            None => Value::None,
        })
    });
    reg(d, "cpu_count", |_, _, _| {
        Ok(Value::Int(
            std::thread::available_parallelism()
                .map(|n| n.get() as i64)
                .unwrap_or(1),
        ))
    });
    reg(d, "current_thread", |vm, _, _| {
        Ok(Value::Int(vm.sched.current()))
    });
    reg(d, "start_thread", |vm, args, _| {
        arg_count(vm, "start_thread", args, 3, 3)?;
        let name = vm.to_str(&args[1])?;
        let daemon = vm.truthy(&args[2])?;
        let this = vm
            .self_ref
            .borrow()
            .upgrade()
            .ok_or_else(|| vm.runtime_error("interpreter is shutting down"))?;
        Ok(Value::Int(this.start_thread(
            args[0].clone(),
            name,
            daemon,
        )?))
    });
    reg(d, "park", |vm, args, _| {
        // park(key, timeout_or_None, reason) -> True when unparked, False on timeout
        arg_count(vm, "park", args, 3, 3)?;
        let key = vm.index_value(&args[0])?;
        let deadline = match &args[1] {
            Value::None => None,
            t => Some(vm.clock.monotonic() + crate::builtins::to_f64(vm, t)?.max(0.0)),
        };
        let reason = vm.to_str(&args[2])?;
        Ok(Value::Bool(
            vm.park(key, deadline, &reason)? != crate::runtime::Wake::TimedOut,
        ))
    });
    reg(d, "wait_fd", |vm, args, _| {
        // wait_fd(fd, for_write, timeout_or_None, reason) -> True when ready, False on
        // timeout; other green threads run meanwhile.
        arg_count(vm, "wait_fd", args, 4, 4)?;
        let fd = vm.index_value(&args[0])?;
        let fd = i32::try_from(fd).map_err(|_| vm.value_error("file descriptor out of range"))?;
        let write = vm.truthy(&args[1])?;
        let deadline = match &args[2] {
            Value::None => None,
            t => Some(vm.clock.monotonic() + crate::builtins::to_f64(vm, t)?.max(0.0)),
        };
        let reason = vm.to_str(&args[3])?;
        let wait = crate::runtime::FdWait { fd, write };
        Ok(Value::Bool(
            vm.wait_fd(wait, deadline, &reason)? != crate::runtime::Wake::TimedOut,
        ))
    });
    reg(d, "unpark", |vm, args, _| {
        arg_count(vm, "unpark", args, 1, 2)?;
        let key = vm.index_value(&args[0])?;
        let n = match args.get(1) {
            Some(v) => vm.index_value(v)?.max(0) as usize,
            None => usize::MAX,
        };
        Ok(Value::Int(vm.unpark(key, n) as i64))
    });
    reg(d, "thread_alive", |vm, args, _| {
        arg_count(vm, "thread_alive", args, 1, 1)?;
        Ok(Value::Bool(vm.sched.is_alive(vm.index_value(&args[0])?)))
    });
    reg(d, "thread_exit_key", |vm, args, _| {
        arg_count(vm, "thread_exit_key", args, 1, 1)?;
        Ok(Value::Int(crate::runtime::thread_exit_key(
            vm.index_value(&args[0])?,
        )))
    });
    reg(d, "is_coroutine_function", |_, args, _| {
        Ok(Value::Bool(
            matches!(args.first(), Some(Value::Function(f)) if f.def.scope.is_coroutine),
        ))
    });
    Ok(())
}

/// `_count_elements(mapping, iterable)` (CPython's helper for `Counter.update`): add one
/// to `mapping[x]` for each `x`. A dict, or a dict subclass that keeps dict's own `get`
/// and `__setitem__`, is counted into directly; any other mapping through its methods.
fn count_elements(vm: &Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arg_count(vm, "_count_elements", args, 2, 2)?;
    let mapping = &args[0];
    let dict_own = |name: &str| {
        matches!(vm.type_of(mapping).lookup(name),
            Some(Value::Builtin(b)) if b.owner.as_deref() == Some("dict"))
    };
    let direct = match mapping {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) if dict_own("get") && dict_own("__setitem__") => match &i.base {
            Some(Value::Dict(d)) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    };
    let one = Value::Int(1);
    let it = vm.iter(&args[1])?;
    while let Some(elem) = vm.next(&it)? {
        match &direct {
            Some(d) => {
                let hash = vm.hash(&elem)?;
                let count = match d.get_hashed(vm, &elem, hash)? {
                    Some(old) => vm.binary_op(crate::ast::BinOp::Add, &old, &one)?,
                    None => one.clone(),
                };
                d.set_hashed(vm, elem, hash, count)?;
            }
            None => {
                let get = vm.getattr(mapping, "get")?;
                let old = vm.call(&get, &[elem.clone(), Value::Int(0)], &[])?;
                let count = vm.binary_op(crate::ast::BinOp::Add, &old, &one)?;
                vm.setitem(mapping, &elem, count)?;
            }
        }
    }
    Ok(Value::None)
}
