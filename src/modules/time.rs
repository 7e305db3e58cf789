//! The `time` module, reading the interpreter's clock (`Vm::clock`), which is either real
//! or virtual (`--virtual-time`: sleeping advances the clock instantly).

use crate::builtins::{arg_count, reg, to_f64};
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    reg(d, "time", |vm, _, _| {
        let t = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Ok(Value::Float(t.as_secs_f64() + vm.clock.offset()))
    });
    for name in ["monotonic", "perf_counter"] {
        reg(d, name, |vm, _, _| Ok(Value::Float(vm.clock.monotonic())));
    }
    reg(d, "time_ns", |vm, _, _| {
        let t = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Ok(Value::Int(
            ((t.as_secs_f64() + vm.clock.offset()) * 1e9) as i64,
        ))
    });
    reg(d, "sleep", |vm, args, _| {
        arg_count(vm, "sleep", args, 1, 1)?;
        let secs = to_f64(vm, &args[0])?;
        if secs < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        vm.sleep_thread(secs)?;
        Ok(Value::None)
    });
    Ok(())
}
