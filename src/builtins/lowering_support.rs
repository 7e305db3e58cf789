//! Functions the lowering pass calls under names no program can write (they start with a
//! dot, so `dir()` does not list them either).

use super::{arg_count, reg};
use crate::object::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The name `async with` calls to look up its manager's methods.
pub const ASYNC_WITH_METHODS: &str = ".async_with_methods";

/// True for the names of these functions (not temporaries, though they start with a dot).
pub fn is_helper(name: &str) -> bool {
    name == ASYNC_WITH_METHODS
}

pub fn install(vm: &Rc<Vm>) {
    // `(type(m).__aenter__, type(m).__aexit__)`, with CPython's TypeError when the manager
    // lacks either.
    reg(&vm.builtins, ASYNC_WITH_METHODS, |vm, args, _| {
        arg_count(vm, ASYNC_WITH_METHODS, args, 1, 1)?;
        let cls = vm.type_of(&args[0]);
        let protocol = "object does not support the asynchronous context manager protocol";
        let Some(enter) = cls.lookup("__aenter__") else {
            return Err(vm.type_error(format!("'{}' {protocol}", vm.type_name(&args[0]))));
        };
        let Some(exit) = cls.lookup("__aexit__") else {
            return Err(vm.type_error(format!(
                "'{}' {protocol} (missed __aexit__ method)",
                vm.type_name(&args[0])
            )));
        };
        Ok(Value::tuple(vec![enter, exit]))
    });
}
