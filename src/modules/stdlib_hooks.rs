//! `_pyco_lib`: interpreter access for the Python-source standard-library modules
//! (`types`, `inspect`, `traceback`, `builtins`).

use crate::builtins::{arg_count, reg};
use crate::object::generator::{GenKind, GenState, Generator};
use crate::object::{PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn as_err(v: &Value) -> Option<PyErr> {
    match v {
        Value::Instance(i) if i.exc.is_some() => Some(PyErr(i.clone())),
        _ => None,
    }
}

/// Formatted traceback text cut into its entries (each `File` line with what follows it;
/// a `[Previous line repeated ...]` line is an entry of its own).
fn split_entries(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        let next = i + 1;
        let rest = &text[next..];
        if rest.starts_with("  File ") || rest.starts_with("  [Previous") || rest.is_empty() {
            parts.push(&text[start..next]);
            start = next;
        }
    }
    parts
}

/// A `FrameSummary`'s fields: `(filename, lineno, name, stripped source line)`.
fn summary_row(source: &crate::source::SourceFile, line: u32, name: &str) -> Value {
    Value::tuple(vec![
        Value::str(&source.name),
        Value::Int(line as i64),
        Value::str(name),
        Value::str(source.line(line).unwrap_or("").trim()),
    ])
}

/// A traceback `limit` argument: absent or None means no limit.
fn limit_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => vm.index_value(v).map(Some),
    }
}

/// The `(tb, limit)` arguments of `format_tb`/`extract_tb`: the entries the traceback
/// reaches (none for `None`), cut to `limit`.
fn tb_arguments(vm: &Vm, args: &[Value]) -> PyResult<Vec<crate::object::exception::TbEntry>> {
    let limit = limit_arg(vm, Some(&args[1]))?;
    let entries = match crate::eval::traceback::traceback_entries(&args[0]) {
        Some(e) => e,
        None if args[0].is_none() => Vec::new(),
        None => return Err(vm.attribute_error(&args[0], "tb_frame")),
    };
    Ok(crate::eval::traceback::limit_entries(entries, limit))
}

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    reg(d, "new_module", |vm, args, _| {
        arg_count(vm, "new_module", args, 1, 2)?;
        let Some(name) = args[0].as_str() else {
            return Err(vm.type_error(format!(
                "module.__init__() argument 'name' must be str, not {}",
                vm.type_name(&args[0])
            )));
        };
        let (m, dict) = super::new_module(name);
        if let Some(doc) = args.get(1) {
            dict.set_str("__doc__", doc.clone());
        }
        Ok(m)
    });
    reg(d, "builtins_dict", |vm, _, _| {
        Ok(Value::Dict(vm.builtins.clone()))
    });
    // (kind, state) of a generator, coroutine or async generator; None for other objects.
    reg(d, "gen_info", |vm, args, _| {
        arg_count(vm, "gen_info", args, 1, 1)?;
        let Some(g) = args[0].as_native::<Generator>() else {
            return Ok(Value::None);
        };
        let kind = match g.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        };
        let state = match g.state.get() {
            GenState::Created => "CREATED",
            GenState::Running => "RUNNING",
            GenState::Suspended => "SUSPENDED",
            GenState::Closed => "CLOSED",
        };
        Ok(Value::tuple(vec![Value::str(kind), Value::str(state)]))
    });
    // 'generator', 'coroutine', 'async_generator' or 'function' for a Python function;
    // None for other objects.
    reg(d, "func_kind", |vm, args, _| {
        arg_count(vm, "func_kind", args, 1, 1)?;
        Ok(match &args[0] {
            Value::Function(f) => {
                let s = &f.def.scope;
                Value::str(match (s.is_generator, s.is_coroutine) {
                    (true, true) => "async_generator",
                    (true, false) => "generator",
                    (false, true) => "coroutine",
                    (false, false) => "function",
                })
            }
            _ => Value::None,
        })
    });
    // `inspect.getsource`: (file name, the file's lines, the line where the function's
    // definition starts, its decorators included), or None for other objects.
    reg(d, "function_source", |vm, args, _| {
        arg_count(vm, "function_source", args, 1, 1)?;
        let Value::Function(f) = &args[0] else {
            return Ok(Value::None);
        };
        let first = f
            .def
            .decorators
            .iter()
            .map(|d| d.span.line)
            .chain([f.def.span.line])
            .min()
            .unwrap_or(1);
        let lines = (1..)
            .map_while(|n| f.source.line(n))
            .map(Value::str)
            .collect();
        Ok(Value::tuple(vec![
            Value::str(&f.source.name),
            Value::list(lines),
            Value::Int(first as i64),
        ]))
    });
    // The exception being handled (innermost), or None.
    reg(d, "handled_exception", |vm, _, _| {
        Ok(vm
            .handling
            .borrow()
            .last()
            .map(|e| e.value())
            .unwrap_or(Value::None))
    });
    // The text CPython prints for an uncaught exception (traceback, chaining, message),
    // with `traceback.format_exception`'s `limit`, `chain` and replacement `tb`.
    reg(d, "format_exception", |vm, args, kw| {
        arg_count(vm, "format_exception", args, 1, 1)?;
        let limit = limit_arg(vm, crate::builtins::kwarg(kw, "limit").as_ref())?;
        let chain = match crate::builtins::kwarg(kw, "chain") {
            Some(v) => vm.truthy(&v)?,
            None => true,
        };
        let entries = crate::builtins::kwarg(kw, "tb")
            .map(|tb| crate::eval::traceback::traceback_entries(&tb).unwrap_or_default());
        let opts = crate::eval::traceback::FormatOptions {
            limit,
            chain,
            entries,
            module_style: true,
        };
        match as_err(&args[0]) {
            Some(e) => Ok(Value::str(&crate::eval::traceback::format_exception_with(
                vm, &e, opts,
            ))),
            None if args[0].is_none() => Ok(Value::str("NoneType: None\n")),
            None => Err(vm.type_error("format_exception() expects an exception")),
        }
    });
    // `traceback.format_tb`: one string per entry of a traceback object's chain.
    reg(d, "format_tb", |vm, args, _| {
        arg_count(vm, "format_tb", args, 2, 2)?;
        let entries = tb_arguments(vm, args)?;
        let text = crate::eval::traceback::format_entries(&entries);
        Ok(Value::list(
            split_entries(&text).into_iter().map(Value::str).collect(),
        ))
    });
    // The running frames as (filename, lineno, name, line), outermost first.
    reg(d, "stack", |vm, args, _| {
        arg_count(vm, "stack", args, 0, 0)?;
        let rows = vm
            .stack_locations()
            .into_iter()
            .filter(|(source, _, _)| !source.hidden_in_tracebacks())
            .map(|(source, line, name)| summary_row(&source, line, &name))
            .collect();
        Ok(Value::list(rows))
    });
    // `traceback.extract_tb`: (filename, lineno, name, line) per entry.
    reg(d, "extract_tb", |vm, args, _| {
        arg_count(vm, "extract_tb", args, 2, 2)?;
        let entries = tb_arguments(vm, args)?;
        let rows = entries
            .into_iter()
            .map(|en| summary_row(&en.source, en.span.line, &en.func_name))
            .collect();
        Ok(Value::list(rows))
    });
    // Just the `Type: message` line of an exception.
    reg(d, "format_exception_only", |vm, args, _| {
        arg_count(vm, "format_exception_only", args, 1, 1)?;
        match as_err(&args[0]) {
            Some(e) => Ok(Value::str(&crate::eval::traceback::exception_only(
                vm, &e, true,
            ))),
            None if args[0].is_none() => Ok(Value::str("NoneType: None\n")),
            None => Err(vm.type_error("format_exception_only() expects an exception")),
        }
    });
    Ok(())
}

/// The `builtins` module: a namespace holding the interpreter's built-in names.
pub fn init_builtins(vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    for (k, v) in vm.builtins.items() {
        if let Some(name) = k.as_str() {
            if name != "__name__" && name != "__doc__" {
                d.set_str(name, v);
            }
        }
    }
    Ok(())
}
