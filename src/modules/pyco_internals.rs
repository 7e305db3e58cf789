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
    reg(d, "is_coroutine_function", |_, args, _| {
        Ok(Value::Bool(
            matches!(args.first(), Some(Value::Function(f)) if f.def.scope.is_coroutine),
        ))
    });
    Ok(())
}
