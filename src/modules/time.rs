//! The `time` module (the scheduler's clock arrives with the green threads).

use crate::builtins::{arg_count, reg, to_f64};
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    reg(d, "time", |_, _, _| {
        let t = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Ok(Value::Float(t.as_secs_f64()))
    });
    for name in ["monotonic", "perf_counter"] {
        reg(d, name, |_, _, _| {
            Ok(Value::Float(
                START.with(|s| s.elapsed().as_secs_f64()) + 1000.0,
            ))
        });
    }
    reg(d, "sleep", |vm, args, _| {
        arg_count(vm, "sleep", args, 1, 1)?;
        let secs = to_f64(vm, &args[0])?;
        if secs < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        vm.flush_stdout();
        std::thread::sleep(Duration::from_secs_f64(secs));
        Ok(Value::None)
    });
    Ok(())
}
