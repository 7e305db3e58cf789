//! `_gather_results(children)`: the result list `gather()` completes with once every
//! child is done: each child's result, its exception, or for a cancelled child a new
//! `CancelledError` carrying the cancel message (`''` when there is none).

use super::future::{exact_future, State};
use super::hooks;
use crate::builtins::reg;
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn child_result(vm: &Vm, child: &Value) -> PyResult<Value> {
    if let Some(fo) = exact_future(child).filter(|f| f.done()) {
        if fo.state.get() == State::Cancelled {
            let msg = fo.cancel_message.borrow().clone();
            return cancelled_error(vm, msg);
        }
        // `exception()`, then `result()`.
        fo.log_traceback.set(false);
        let exc = fo.exception.borrow().as_ref().map(|e| e.value());
        return match exc {
            Some(e) => Ok(e),
            None => Ok(fo.result.borrow().clone()),
        };
    }
    let cancelled = vm.call_method(child, "cancelled", &[])?;
    if vm.truthy(&cancelled)? {
        let msg = vm.getattr(child, "_cancel_message")?;
        return cancelled_error(vm, msg);
    }
    let exc = vm.call_method(child, "exception", &[])?;
    if !exc.is_none() {
        return Ok(exc);
    }
    vm.call_method(child, "result", &[])
}

fn cancelled_error(vm: &Vm, msg: Value) -> PyResult<Value> {
    let msg = if msg.is_none() { Value::str("") } else { msg };
    let cls = Value::Class(hooks(vm)?.cancelled_error.clone());
    vm.call(&cls, &[msg], &[])
}

pub fn install(d: &Rc<PyDict>) {
    reg(d, "_gather_results", |vm, a, _| {
        let children = a
            .first()
            .ok_or_else(|| vm.type_error("_gather_results() takes exactly one argument"))?;
        let children = vm.collect(children)?;
        let mut out = Vec::with_capacity(children.len());
        for child in &children {
            out.push(child_result(vm, child)?);
        }
        Ok(Value::list(out))
    });
}
