//! Comprehensions and generator expressions: each runs in its own scope (a new frame
//! whose slot 0 holds the iterator of the first `for`), as in CPython 3.11.

use super::expr::eval_expr;
use super::frame::{Frame, Resume, Sent};
use super::{Exec, Flow};
use crate::ast::{Comprehension, ComprehensionKind};
use crate::object::function::PyCell;
use crate::object::{PyDict, PyResult, PySet, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub fn eval_comprehension(vm: &Vm, f: &mut Frame, c: &Rc<Comprehension>) -> PyResult<Value> {
    let first = match c.generators.first() {
        Some(g) => g,
        None => return Err(vm.runtime_error("internal: comprehension without a for clause")),
    };
    let iterable = eval_expr(vm, f, &first.iter)?;
    let it = vm
        .iter(&iterable)
        .inspect_err(|e| e.note_span(first.iter.span, None))?;
    let scope = &c.scope;
    let name: Rc<str> = match c.kind {
        ComprehensionKind::List => "<listcomp>".into(),
        ComprehensionKind::Set => "<setcomp>".into(),
        ComprehensionKind::Dict => "<dictcomp>".into(),
        ComprehensionKind::Generator => "<genexpr>".into(),
    };
    let mut frame = Frame::new(f.globals.clone(), f.source.clone(), name);
    frame.slots = vec![None; scope.nslots.max(1) as usize];
    frame.slots[0] = Some(it);
    // Exactly sized: a generator expression keeps its cells while paused.
    frame
        .cells
        .reserve_exact(scope.ncells as usize + scope.freevars.len());
    for _ in 0..scope.ncells {
        frame.cells.push(PyCell::new(None));
    }
    for fv in &scope.freevars {
        frame.cells.push(f.cells[fv.outer as usize].clone());
    }
    frame.ncells = scope.ncells;
    if c.kind == ComprehensionKind::Generator {
        return Ok(crate::object::generator::new_genexpr(vm, c.clone(), frame));
    }
    let depth = vm.depth.get() + 1;
    if depth > vm.recursion_limit.get() || super::call::stack_exhausted(vm) {
        return Err(vm.recursion_error());
    }
    vm.depth.set(depth);
    let r = build(vm, &mut frame, c);
    vm.depth.set(depth - 1);
    if let Err(e) = &r {
        super::stmt::commit_traceback(&frame, e);
    }
    r
}

fn build(vm: &Vm, f: &mut Frame, c: &Comprehension) -> PyResult<Value> {
    let flow_err = |r: Exec| -> PyResult<()> {
        match r {
            Ok(()) => Ok(()),
            Err(Flow::Error(e)) => Err(e),
            Err(_) => Err(vm.runtime_error("internal: stray control flow in comprehension")),
        }
    };
    match c.kind {
        ComprehensionKind::List => {
            let mut out = Vec::new();
            flow_err(comp_loop(vm, f, c, 0, &mut |vm, f| {
                out.push(eval_expr(vm, f, &c.elt)?);
                Ok(())
            }))?;
            Ok(Value::list(out))
        }
        ComprehensionKind::Set => {
            let out = PySet::new(false);
            flow_err(comp_loop(vm, f, c, 0, &mut |vm, f| {
                let v = eval_expr(vm, f, &c.elt)?;
                out.add(vm, v)?;
                Ok(())
            }))?;
            Ok(Value::Set(Rc::new(out)))
        }
        ComprehensionKind::Dict => {
            let out = PyDict::new();
            flow_err(comp_loop(vm, f, c, 0, &mut |vm, f| {
                let k = eval_expr(vm, f, &c.elt)?;
                let v = match &c.value {
                    Some(v) => eval_expr(vm, f, v)?,
                    None => Value::None,
                };
                out.set(vm, k, v)?;
                Ok(())
            }))?;
            Ok(Value::Dict(Rc::new(out)))
        }
        ComprehensionKind::Generator => {
            Err(vm.runtime_error("internal: generator expression built eagerly"))
        }
    }
}

/// The body of a generator expression, resumable like any generator body.
pub fn run_genexpr(vm: &Vm, f: &mut Frame, c: &Comprehension) -> Exec {
    let r = comp_loop(vm, f, c, 0, &mut |vm, f| {
        if f.resuming {
            f.resuming = false;
            return match f.sent.take() {
                Some(Sent::Throw(e)) => Err(Flow::Error(e)),
                _ => Ok(()),
            };
        }
        let v = eval_expr(vm, f, &c.elt)?;
        Err(Flow::Yield(v))
    });
    if let Err(Flow::Error(e)) = &r {
        super::stmt::commit_traceback(f, e);
    }
    r
}

type Sink<'a> = dyn FnMut(&Vm, &mut Frame) -> Exec + 'a;

fn comp_loop(vm: &Vm, f: &mut Frame, c: &Comprehension, level: usize, sink: &mut Sink) -> Exec {
    if level == c.generators.len() {
        return sink(vm, f);
    }
    let g = &c.generators[level];
    let mut resume_inner = false;
    let it = if f.resuming {
        match f.resume.pop() {
            Some(Resume::For { iter: Some(it) }) => {
                resume_inner = true;
                it
            }
            _ => {
                return Err(Flow::Error(
                    vm.runtime_error("internal: bad comprehension resume state"),
                ))
            }
        }
    } else if level == 0 {
        f.slots[0].clone().unwrap_or(Value::None)
    } else {
        let v = eval_expr(vm, f, &g.iter)?;
        vm.iter(&v)
            .inspect_err(|e| e.note_span(g.iter.span, None))?
    };
    loop {
        if !resume_inner {
            match vm.next(&it)? {
                Some(x) => super::stmt::store_fast(vm, f, &g.target, x)?,
                None => break,
            }
            let mut keep = true;
            for cond in &g.ifs {
                let t = eval_expr(vm, f, cond)?;
                if !super::expr::truthy(vm, &t)? {
                    keep = false;
                    break;
                }
            }
            if !keep {
                continue;
            }
        }
        resume_inner = false;
        if let Err(flow) = comp_loop(vm, f, c, level + 1, sink) {
            if let Flow::Yield(_) = flow {
                f.resume.push(Resume::For { iter: Some(it) });
            }
            return Err(flow);
        }
    }
    Ok(())
}
