//! The `sys` module.

use crate::builtins::{arg_count, reg};
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub fn init(vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let argv: Vec<Value> = vm.argv.borrow().iter().map(|s| Value::str(s)).collect();
    d.set_str("argv", Value::list(argv));
    d.set_str("modules", Value::Dict(vm.modules.clone()));
    d.set_str("version", Value::str("3.11.7 (pyco 0.1.0)"));
    const VERSION_FIELDS: &[&str] = &["major", "minor", "micro", "releaselevel", "serial"];
    let vcls = crate::object::structseq::class(
        vm,
        "sys.version_info",
        "version_info",
        "sys",
        VERSION_FIELDS,
    );
    d.set_str(
        "version_info",
        crate::object::structseq::make(
            vm,
            &vcls,
            vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                Value::str("final"),
                Value::Int(0),
            ],
        ),
    );
    d.set_str("platform", Value::str("linux"));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str(
        "executable",
        Value::str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    let path: Vec<Value> = vm
        .script_dir
        .borrow()
        .iter()
        .map(|p| Value::str(&p.to_string_lossy()))
        .collect();
    d.set_str("path", Value::list(path));
    d.set_str("stdout", crate::builtins::io::stream(vm, false));
    d.set_str("stderr", crate::builtins::io::stream(vm, true));
    reg(d, "exit", |vm, args, _| {
        arg_count(vm, "exit", args, 0, 1)?;
        let code = args.first().cloned().unwrap_or(Value::None);
        Err(vm.raise_new(
            vm.exc_class("SystemExit"),
            if code.is_none() { vec![] } else { vec![code] },
        ))
    });
    reg(d, "getrecursionlimit", |vm, _, _| {
        Ok(Value::Int(vm.recursion_limit.get() as i64))
    });
    reg(d, "setrecursionlimit", |vm, args, _| {
        arg_count(vm, "setrecursionlimit", args, 1, 1)?;
        let n = vm.index_value(&args[0])?;
        if n < 1 {
            return Err(vm.value_error("recursion limit must be greater or equal than 1"));
        }
        vm.recursion_limit.set(n.min(u32::MAX as i64) as u32);
        Ok(Value::None)
    });
    reg(d, "exc_info", |vm, _, _| {
        Ok(match vm.handling.borrow().last() {
            Some(e) => Value::tuple(vec![
                Value::Class(e.class()),
                e.value(),
                vm.traceback_value(e),
            ]),
            None => Value::tuple(vec![Value::None, Value::None, Value::None]),
        })
    });
    reg(d, "exception", |vm, _, _| {
        Ok(vm
            .handling
            .borrow()
            .last()
            .map(|e| e.value())
            .unwrap_or(Value::None))
    });
    reg(d, "getsizeof", |vm, args, _| {
        arg_count(vm, "getsizeof", args, 1, 2)?;
        Ok(Value::Int(64))
    });
    Ok(())
}
