//! `atexit`: functions registered to run when the interpreter exits, last registered
//! first, after the non-daemon threads have finished (CPython's order). An exception in
//! one is reported as "Exception ignored in atexit callback" and the others still run.

use crate::builtins::{arg_count, reg};
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

struct Callback {
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Rc<str>, Value)>,
}

thread_local! {
    static CALLBACKS: RefCell<Vec<Callback>> = const { RefCell::new(Vec::new()) };
}

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    reg(d, "register", |vm, a, kw| {
        let Some(func) = a.first() else {
            return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
        };
        if !vm.is_callable(func) {
            return Err(vm.type_error("the first argument must be callable"));
        }
        CALLBACKS.with(|c| {
            c.borrow_mut().push(Callback {
                func: func.clone(),
                args: a[1..].to_vec(),
                kwargs: kw.to_vec(),
            })
        });
        Ok(func.clone())
    });
    reg(d, "unregister", |vm, a, _| {
        arg_count(vm, "unregister", a, 1, 1)?;
        let registered: Vec<Value> =
            CALLBACKS.with(|c| c.borrow().iter().map(|cb| cb.func.clone()).collect());
        let mut keep = Vec::with_capacity(registered.len());
        for f in &registered {
            keep.push(!(f.is(&a[0]) || vm.eq(f, &a[0])?));
        }
        CALLBACKS.with(|c| {
            let mut flags = keep.into_iter();
            c.borrow_mut().retain(|_| flags.next().unwrap_or(true))
        });
        Ok(Value::None)
    });
    reg(d, "_run_exitfuncs", |vm, a, _| {
        arg_count(vm, "_run_exitfuncs", a, 0, 0)?;
        run_exit_functions(vm);
        Ok(Value::None)
    });
    reg(d, "_clear", |vm, a, _| {
        arg_count(vm, "_clear", a, 0, 0)?;
        CALLBACKS.with(|c| c.borrow_mut().clear());
        Ok(Value::None)
    });
    reg(d, "_ncallbacks", |vm, a, _| {
        arg_count(vm, "_ncallbacks", a, 0, 0)?;
        Ok(Value::Int(CALLBACKS.with(|c| c.borrow().len()) as i64))
    });
    Ok(())
}

/// Run (and forget) the registered functions, newest first.
pub fn run_exit_functions(vm: &Vm) {
    while let Some(cb) = CALLBACKS.with(|c| c.borrow_mut().pop()) {
        if let Err(e) = vm.call(&cb.func, &cb.args, &cb.kwargs) {
            let what = vm.repr(&cb.func).unwrap_or_default();
            vm.write_unraisable(
                &format!("Exception ignored in atexit callback: {what}"),
                &e,
                false,
            );
        }
    }
}
