//! pyco: a small, fast Python interpreter for learning iterators, generators, coroutines,
//! asyncio and concurrent.futures.
//!
//! Data flows one way: source -> tokens (`lexer`) -> syntax tree (`parser`, `ast`) ->
//! resolved tree (`compile`) -> evaluation (`eval`) over the object model (`object`,
//! `vm`, `builtins`, `modules`).

// `&[v.clone()]` reads better than `std::slice::from_ref(v)` at the many call sites.
#![allow(clippy::cloned_ref_to_slice_refs)]

pub mod ast;
pub mod builtins;
pub mod compile;
pub mod eval;
pub mod format;
pub mod lexer;
pub mod modules;
pub mod object;
pub mod parser;
pub mod repl;
pub mod runtime;
pub mod source;
pub mod vm;

use object::{PyDict, PyErr, PyResult, Value};
use std::rc::Rc;
use vm::Vm;

/// Parse and resolve a program, ready to run.
pub fn compile_source(
    bytes: &[u8],
    filename: &str,
) -> Result<(ast::Module, String), parser::SyntaxError> {
    let text = parser::decode_source(bytes, filename)?;
    let mut module = parser::parse_module(&text, filename)?;
    compile::compile_module(&mut module, filename, &text)?;
    Ok((module, text))
}

/// Run source code as the body of a module whose namespace is `globals`.
pub fn run_source_in(vm: &Vm, bytes: &[u8], filename: &str, globals: Rc<PyDict>) -> PyResult<()> {
    let (module, text) = match compile_source(bytes, filename) {
        Ok(m) => m,
        Err(e) => return Err(syntax_error_value(vm, &e)),
    };
    let source = source::SourceFile::new(filename, &text);
    // The tree must outlive every function made from it: keep it alive for the program's life.
    let module: &'static ast::Module = Box::leak(Box::new(module));
    eval::run_module(vm, module, source, globals)
}

/// A `SyntaxError` exception object carrying the parser's report.
pub fn syntax_error_value(vm: &Vm, e: &parser::SyntaxError) -> PyErr {
    let err = vm.error(e.kind, e.msg.clone());
    let located = e.line > 0;
    let int_or_none = |n: u32| {
        if located && n > 0 {
            Value::Int(n as i64)
        } else {
            Value::None
        }
    };
    let details = Value::tuple(vec![
        Value::str(&e.filename),
        int_or_none(e.line),
        int_or_none(e.col),
        // The tokenizer's line, which always ends in a newline.
        e.text
            .as_deref()
            .map(|t| Value::string(format!("{t}\n")))
            .unwrap_or(Value::None),
        int_or_none(if e.end_col > 0 { e.line } else { 0 }),
        int_or_none(e.end_col),
    ]);
    let args = vec![Value::str(&e.msg), details];
    // The same fields `SyntaxError(msg, details)` sets.
    let _ = builtins::syntax_error::set_fields(vm, &err, &args);
    err.data().args = args;
    err
}

/// How a program ended.
pub enum Outcome {
    Ok,
    /// `sys.exit(code)` or an uncaught exception (already reported): the exit status.
    Exit(i32),
}

/// The exit status for an exception that ended the program, printing it if needed.
pub fn report_uncaught(vm: &Vm, e: &PyErr) -> i32 {
    if e.is_instance_of(&vm.exc_class("SystemExit")) {
        let code = e.data().args.first().cloned().unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(n) => n as i32,
            Value::Bool(b) => b as i32,
            other => {
                let text = vm.to_str(&other).unwrap_or_default();
                vm.write_stderr(&format!("{text}\n"));
                1
            }
        };
    }
    let status = if e.is_instance_of(&vm.exc_class("KeyboardInterrupt")) {
        130
    } else {
        1
    };
    if let Some(hook) = user_excepthook(vm) {
        let args = [Value::Class(e.class()), e.value(), vm.traceback_value(e)];
        if let Err(failure) = vm.call(&hook, &args, &[]) {
            vm.write_stderr("Error in sys.excepthook:\n");
            vm.print_exception(&failure);
            vm.write_stderr("\nOriginal exception was:\n");
            vm.print_exception(e);
        }
        return status;
    }
    if status == 130 {
        vm.print_exception(e);
        return 130;
    }
    vm.print_exception(e);
    1
}

/// The program's own `sys.excepthook`, when it replaced the default one.
fn user_excepthook(vm: &Vm) -> Option<Value> {
    let Some(Value::Module(sys)) = vm.modules.get_str("sys") else {
        return None;
    };
    let hook = sys.dict.get_str("excepthook")?;
    match sys.dict.get_str("__excepthook__") {
        Some(default) if default.is(&hook) => None,
        _ => Some(hook),
    }
}

/// Run a whole program as `__main__`.
pub fn run_main(vm: &Vm, bytes: &[u8], filename: &str) -> Outcome {
    let (main, globals) = modules::new_module("__main__");
    for name in ["__package__", "__loader__", "__spec__"] {
        globals.set_str(name, Value::None);
    }
    globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    globals.set_str("__file__", Value::str(filename));
    vm.modules.set_str("__main__", main);
    // The module's own frame counts towards the recursion limit, as in CPython.
    vm.depth.set(1);
    let r = match compile_source(bytes, filename) {
        Ok((module, text)) => {
            let source = source::SourceFile::new(filename, &text);
            let module: &'static ast::Module = Box::leak(Box::new(module));
            eval::run_module(vm, module, source, globals.clone())
        }
        Err(e) => {
            vm.write_stderr(&e.render());
            vm.flush_stdout();
            return Outcome::Exit(1);
        }
    };
    let mut outcome = match r {
        Ok(()) => Outcome::Ok,
        Err(e) => Outcome::Exit(report_uncaught(vm, &e)),
    };
    if let Err(e) = shutdown(vm) {
        let code = report_uncaught(vm, &e);
        if matches!(outcome, Outcome::Ok) {
            outcome = Outcome::Exit(code);
        }
    }
    clear_module_dict(vm, &globals);
    vm.flush_stdout();
    outcome
}

/// What CPython does to `__main__` as the interpreter finalises (`_PyModule_ClearDict`):
/// every name is set to `None`, first those with one leading underscore, then the others
/// except `__builtins__`, each in the dict's order. Objects only the module held are
/// finalised as their name goes: a suspended generator is closed (its `finally` blocks
/// run), a coroutine that never ran is reported as never awaited.
fn clear_module_dict(vm: &Vm, globals: &Rc<PyDict>) {
    let private = |k: &str| k.starts_with('_') && !k.starts_with("__");
    for first_pass in [true, false] {
        for key in globals.keys() {
            let Value::Str(name) = &key else { continue };
            let name = name.as_str();
            if (first_pass && !private(name)) || name == "__builtins__" {
                continue;
            }
            if matches!(globals.get_str(name), Some(Value::None) | None) {
                continue;
            }
            globals.set_str(name, Value::None);
            if object::generator::has_pending_closes() {
                object::generator::run_pending_closes_at(vm, None);
            }
        }
    }
}

/// What the interpreter does before it exits, after the program (or the prompt) ends, in
/// CPython's order: wait for the non-daemon threads (through `threading._shutdown`, which
/// also runs its exit hooks), run the `atexit` functions (`logging` registers its
/// `shutdown` there), then let asyncio report tasks left pending on a closed loop (what
/// CPython prints when it collects them).
pub fn shutdown(vm: &Vm) -> Result<(), PyErr> {
    if let Some(m) = vm.modules.get_str("threading") {
        let f = vm.getattr(&m, "_shutdown")?;
        vm.call(&f, &[], &[])?;
    }
    vm.join_non_daemon_threads()?;
    crate::modules::atexit::run_exit_functions(vm);
    if let Some(m) = vm.modules.get_str("asyncio") {
        let f = vm.getattr(&m, "_at_exit")?;
        vm.call(&f, &[], &[])?;
    }
    Ok(())
}
