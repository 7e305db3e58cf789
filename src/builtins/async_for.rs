//! The two steps of `async for` (and of async comprehensions and async generator
//! expressions), as hidden built-ins the lowering pass calls: getting the async iterator
//! and asking it for the next awaitable, with CPython's error messages; and the public
//! `aiter` and `anext` built-ins.

use super::{arg_count, reg};
use crate::object::{PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `__pyco_aiter__(obj)`: `type(obj).__aiter__(obj)`, checked as `GET_AITER` checks it.
pub const AITER: &str = "__pyco_aiter__";
/// `__pyco_anext__(it)`: `type(it).__anext__(it)` (the caller awaits the result).
pub const ANEXT: &str = "__pyco_anext__";

/// `type(obj).__aiter__(obj)`, checked for `__aiter__` on `obj` and `__anext__` on the
/// result; the two messages (given the offending type's name) are the caller's wording.
fn async_iterator(
    vm: &Vm,
    obj: &Value,
    not_iterable: impl FnOnce(&str) -> String,
    not_iterator: impl FnOnce(&str) -> String,
) -> PyResult<Value> {
    if vm.type_of(obj).lookup("__aiter__").is_none() {
        return Err(vm.type_error(not_iterable(&vm.type_name(obj))));
    }
    let it = vm.call_method(obj, "__aiter__", &[])?;
    if vm.type_of(&it).lookup("__anext__").is_none() {
        return Err(vm.type_error(not_iterator(&vm.type_name(&it))));
    }
    Ok(it)
}

pub fn install(vm: &Rc<Vm>) {
    let b = &vm.builtins;
    reg(b, AITER, |vm, args, _| {
        arg_count(vm, AITER, args, 1, 1)?;
        async_iterator(
            vm,
            &args[0],
            |t| format!("'async for' requires an object with __aiter__ method, got {t}"),
            |t| {
                format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
                )
            },
        )
    });
    reg(b, ANEXT, |vm, args, _| {
        arg_count(vm, ANEXT, args, 1, 1)?;
        vm.call_method(&args[0], "__anext__", &[])
    });
    reg(b, "aiter", |vm, args, _| {
        arg_count(vm, "aiter", args, 1, 1)?;
        async_iterator(
            vm,
            &args[0],
            |t| format!("'{t}' object is not an async iterable"),
            |t| format!("aiter() returned not an async iterator of type '{t}'"),
        )
    });
    reg(b, "anext", |vm, args, _| {
        arg_count(vm, "anext", args, 1, 2)?;
        let it = &args[0];
        if vm.type_of(it).lookup("__anext__").is_none() {
            return Err(vm.type_error(format!(
                "'{}' object is not an async iterator",
                vm.type_name(it)
            )));
        }
        let awaitable = vm.call_method(it, "__anext__", &[])?;
        match args.get(1) {
            None => Ok(awaitable),
            Some(default) => {
                let module = vm.import_module("_pyco_anext")?;
                let cls = vm.getattr(&module, "anext_awaitable")?;
                vm.call(&cls, &[awaitable, default.clone()], &[])
            }
        }
    });
}
