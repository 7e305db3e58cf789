//! `_pyco`: hooks the Python-source modules (asyncio, threading, types) need from the
//! interpreter.

use crate::builtins::{arg_count, reg};
use crate::object::generator::Generator;
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
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
        // caller(depth) -> (filename, line, source line) of a running Python frame, or None.
        let depth = match args.first() {
            Some(v) => vm.index_value(v)?.max(0) as usize,
            None => 0,
        };
        Ok(match vm.caller_location(depth) {
            Some((src, line)) => Value::tuple(vec![
                Value::str(&src.name),
                Value::Int(line as i64),
                src.line(line)
                    .map(|l| Value::str(l.trim()))
                    .unwrap_or(Value::None),
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
