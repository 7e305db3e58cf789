//! `eval()` and `exec()` of source strings, in the caller's namespaces by default.

use super::expr::{eval_expr, frame_locals};
use super::frame::Frame;
use super::stmt::run_frame_body;
use super::Flow;
use crate::ast::{Module, Stmt, StmtKind};
use crate::object::function::Kwargs;
use crate::object::{PyDict, PyResult, Value};
use crate::source::SourceFile;
use crate::vm::Vm;
use std::rc::Rc;

/// `eval(source, globals=None, locals=None)` / `exec(...)` called from frame `caller`.
pub fn eval_or_exec(
    vm: &Vm,
    caller: &Frame,
    is_exec: bool,
    args: &[Value],
    kw: Kwargs,
) -> PyResult<Value> {
    let name = if is_exec { "exec" } else { "eval" };
    crate::builtins::check_kwargs(vm, name, kw, &["globals", "locals"])?;
    crate::builtins::arg_count(vm, name, args, 1, 3)?;
    let source = match &args[0] {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).to_string(),
        other => {
            return Err(vm.type_error(format!(
                "{}() arg 1 must be a string, bytes or code object, not {}",
                name,
                vm.type_name(other)
            )))
        }
    };
    let globals_arg = args
        .get(1)
        .cloned()
        .or_else(|| crate::builtins::kwarg(kw, "globals"))
        .unwrap_or(Value::None);
    let locals_arg = args
        .get(2)
        .cloned()
        .or_else(|| crate::builtins::kwarg(kw, "locals"))
        .unwrap_or(Value::None);
    let (globals, locals) = match (&globals_arg, &locals_arg) {
        (Value::None, Value::None) => {
            let locals = caller
                .namespace
                .clone()
                .unwrap_or_else(|| frame_locals(vm, caller));
            (caller.globals.clone(), locals)
        }
        (Value::Dict(g), Value::None) => (g.clone(), g.clone()),
        (Value::Dict(g), Value::Dict(l)) => (g.clone(), l.clone()),
        (Value::None, Value::Dict(l)) => (caller.globals.clone(), l.clone()),
        (Value::Dict(_), other) | (Value::None, other) => {
            return Err(vm.type_error(format!(
                "locals must be a mapping, not {}",
                vm.type_name(other)
            )))
        }
        (other, _) => {
            return Err(vm.type_error(format!(
                "globals must be a dict, not {}",
                vm.type_name(other)
            )))
        }
    };
    if globals.get_str("__builtins__").is_none() {
        globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    let filename = "<string>";
    let mut module = if is_exec {
        crate::parser::parse_module(&source, filename)
            .map_err(|e| crate::syntax_error_value(vm, &e))?
    } else {
        let expr =
            crate::parser::parse_expression(source.trim_start_matches([' ', '\t']), filename)
                .map_err(|e| crate::syntax_error_value(vm, &e))?;
        let span = expr.span;
        Module {
            body: vec![Stmt {
                kind: StmtKind::Expr(expr),
                span,
            }],
            scope: Default::default(),
        }
    };
    crate::compile::compile_module(&mut module, filename, &source)
        .map_err(|e| crate::syntax_error_value(vm, &e))?;
    // Functions defined here keep pointing into the tree, so it lives as long as the program.
    let module: &'static Module = Box::leak(Box::new(module));
    let mut frame = Frame::new(
        globals,
        SourceFile::new(filename, &source),
        "<module>".into(),
    );
    frame.namespace = Some(locals);
    frame.slots = vec![None; module.scope.nslots as usize];
    if is_exec {
        return match run_frame_body(vm, &mut frame, &module.body) {
            Ok(()) => Ok(Value::None),
            Err(Flow::Error(e)) => Err(e),
            Err(_) => Err(vm.runtime_error("internal: stray control flow in exec")),
        };
    }
    let StmtKind::Expr(e) = &module.body[0].kind else {
        return Ok(Value::None);
    };
    let r = eval_expr(vm, &mut frame, e);
    if let Err(err) = &r {
        super::stmt::commit_traceback(&frame, err);
    }
    r
}

/// The builtins `eval`/`exec` called indirectly (e.g. `f = eval; f("1")`): module globals.
pub fn indirect(vm: &Vm, is_exec: bool, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let globals = match vm.modules.get_str("__main__") {
        Some(Value::Module(m)) => m.dict.clone(),
        _ => Rc::new(PyDict::new()),
    };
    let frame = Frame::new(globals, SourceFile::new("<string>", ""), "<module>".into());
    let mut frame = frame;
    frame.namespace = Some(frame.globals.clone());
    eval_or_exec(vm, &frame, is_exec, args, kw)
}
