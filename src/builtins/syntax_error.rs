//! `SyntaxError` (and its subclasses `IndentationError`, `TabError`): the location fields
//! CPython unpacks from `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
//! end_offset]))`, and its `str()`: `msg (file.py, line N)`.

use super::method;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

const FIELDS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

pub fn install(vm: &Rc<Vm>) {
    let cls = vm.exc_class("SyntaxError");
    for name in FIELDS.iter().chain(&["msg", "print_file_and_line"]) {
        cls.dict.set_str(name, Value::None);
    }
    // Built-in classes are made by `__new__` alone (`__init__` runs only for subclasses).
    method(&cls, "__new__", |vm, a, _| match a.first() {
        Some(Value::Class(c)) => {
            let exc = PyErr(vm.new_exception_instance(c.clone(), a[1..].to_vec()));
            set_fields(vm, &exc, &a[1..])?;
            Ok(Value::Instance(exc.0))
        }
        _ => Err(vm.type_error("SyntaxError.__new__(X): X is not a type object")),
    });
    method(&cls, "__init__", |vm, a, _| {
        let Some(Value::Instance(i)) = a.first() else {
            return Err(vm.type_error("SyntaxError.__init__ needs an exception object"));
        };
        let exc = PyErr(i.clone());
        exc.data().args = a[1..].to_vec();
        set_fields(vm, &exc, &a[1..])?;
        Ok(Value::None)
    });
    method(&cls, "__str__", |vm, a, _| {
        let Some(Value::Instance(i)) = a.first() else {
            return Err(vm.type_error("SyntaxError.__str__ needs an exception object"));
        };
        let field = |name: &str| i.dict.get_str(name).unwrap_or(Value::None);
        let msg = vm.to_str(&field("msg"))?;
        // Only the file's base name, as CPython shows it.
        let file = match field("filename") {
            Value::Str(s) => Some(s.as_str().rsplit('/').next().unwrap_or("").to_string()),
            _ => None,
        };
        let line = match field("lineno") {
            Value::Int(n) => Some(n),
            _ => None,
        };
        Ok(Value::string(match (file, line) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        }))
    });
}

/// Set `msg` and the location fields from the constructor's arguments, as CPython does.
pub fn set_fields(vm: &Vm, exc: &PyErr, args: &[Value]) -> PyResult<()> {
    let d = &exc.instance().dict;
    if let Some(msg) = args.first() {
        d.set_str("msg", msg.clone());
    }
    if args.len() == 2 {
        let info = vm.collect(&args[1])?;
        if info.len() < 4 {
            return Err(vm.type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(vm.type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        for (name, v) in FIELDS.iter().zip(info) {
            d.set_str(name, v);
        }
    }
    Ok(())
}
