//! `try` statements with `except*` handlers (PEP 654), as CPython 3.11 runs them.
//!
//! The body's exception is matched against each handler in turn: a group is split
//! (`split`), a bare exception that matches is wrapped in `ExceptionGroup('', (e,))`.
//! Each handler that matches runs once with its part of the group; what no handler
//! matched, and what the handlers raised, is combined at the end as CPython's
//! `_PyExc_PrepReraiseStar` does: re-raised parts of the original group are projected back
//! onto it (keeping its structure and traceback), new exceptions are gathered with them
//! into `ExceptionGroup('', [...])`.

use super::assign::{delete_name, store_name};
use super::expr::eval_expr;
use super::frame::{Frame, Resume, TryPhase};
use super::stmt::{commit_traceback, corrupt, exec_block, run_finally, run_try_else};
use super::{Exec, Flow};
use crate::ast::{ExceptHandler, Stmt};
use crate::builtins::exception_group::{group_of, leaves, new_group, split_group, Matcher};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// Where an `except*` statement is while its handlers run (kept across a `yield`).
pub struct StarState {
    /// The exception the body raised.
    orig: PyErr,
    /// What no handler has matched yet.
    rest: Option<PyErr>,
    /// What the handlers raised, in order.
    raised: Vec<PyErr>,
    /// Parts of `orig` handed out by matching, with their traceback length then: raising
    /// one of them unchanged (a bare `raise`) is a re-raise, not a new exception.
    derived: Vec<(PyErr, usize)>,
    /// The handler to run or running, and the part it matched.
    index: usize,
    matched: Option<PyErr>,
}

pub fn exec_try_star(
    vm: &Vm,
    f: &mut Frame,
    body: &[Stmt],
    handlers: &[ExceptHandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
) -> Exec {
    let phase = if f.resuming {
        match f.resume.pop() {
            Some(Resume::Try(p)) => p,
            Some(Resume::TryStar(state)) => {
                let outcome = run_handlers(vm, f, handlers, *state);
                return finish(vm, f, finalbody, outcome);
            }
            _ => return Err(corrupt(vm)),
        }
    } else {
        TryPhase::Body
    };
    let outcome: Exec = match phase {
        TryPhase::Body => match exec_block(vm, f, body) {
            Ok(()) => run_try_else(vm, f, orelse),
            Err(Flow::Yield(v)) => {
                f.resume.push(Resume::Try(TryPhase::Body));
                return Err(Flow::Yield(v));
            }
            Err(Flow::Error(e)) => {
                commit_traceback(f, &e);
                let state = StarState {
                    orig: e.clone(),
                    rest: Some(e),
                    raised: Vec::new(),
                    derived: Vec::new(),
                    index: 0,
                    matched: None,
                };
                run_handlers(vm, f, handlers, state)
            }
            Err(other) => Err(other),
        },
        TryPhase::Else => run_try_else(vm, f, orelse),
        TryPhase::Finally(pending) => return run_finally(vm, f, finalbody, pending),
        TryPhase::Handler { .. } => return Err(corrupt(vm)),
    };
    finish(vm, f, finalbody, outcome)
}

fn finish(vm: &Vm, f: &mut Frame, finalbody: &[Stmt], outcome: Exec) -> Exec {
    if let Err(Flow::Yield(v)) = outcome {
        return Err(Flow::Yield(v));
    }
    if finalbody.is_empty() {
        return outcome;
    }
    run_finally(vm, f, finalbody, outcome.err())
}

/// CPython's `check_except_star_type_valid`.
fn check_type(vm: &Vm, t: &Value) -> PyResult<()> {
    let items = match t {
        Value::Tuple(items) => items.as_slice().to_vec(),
        other => vec![other.clone()],
    };
    let beg = vm.exc_class("BaseExceptionGroup");
    for item in &items {
        match item {
            Value::Class(c) if c.is_subclass(&vm.types.base_exception) => {
                if c.is_subclass(&beg) {
                    return Err(vm.type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
            }
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    Ok(())
}

/// CPython's `exception_group_match`: the part of `exc` matching `t`, and the rest.
fn star_match(vm: &Vm, exc: &PyErr, t: &Value) -> PyResult<(Option<PyErr>, Option<PyErr>)> {
    if super::stmt::exception_matches(vm, exc, t)? {
        if group_of(exc).is_some() {
            return Ok((Some(exc.clone()), None));
        }
        // A bare exception is wrapped in a group, which shares its traceback.
        let beg = vm.exc_class("BaseExceptionGroup");
        let wrapped = new_group(vm, &beg, &[Value::str(""), Value::tuple(vec![exc.value()])])?;
        let tb = exc.data().traceback.clone();
        wrapped.data().traceback = tb;
        return Ok((Some(wrapped), None));
    }
    if group_of(exc).is_some() {
        let split = vm.getattr(&exc.value(), "split")?;
        let pair = vm.call(&split, &[t.clone()], &[])?;
        let parts = match &pair {
            Value::Tuple(p) if p.len() == 2 => p.as_slice().to_vec(),
            _ => return Err(vm.type_error("X.split(T) must return a tuple")),
        };
        let as_exc = |v: &Value| -> PyResult<Option<PyErr>> {
            match v {
                Value::None => Ok(None),
                Value::Instance(i) if i.exc.is_some() => Ok(Some(PyErr(i.clone()))),
                _ => Err(vm.type_error("X.split(T) must return a tuple")),
            }
        };
        return Ok((as_exc(&parts[0])?, as_exc(&parts[1])?));
    }
    Ok((None, Some(exc.clone())))
}

/// Run the handlers with the body's exception as the one being handled (the context of
/// an error while matching, as in CPython).
fn run_handlers(vm: &Vm, f: &mut Frame, handlers: &[ExceptHandler], st: StarState) -> Exec {
    vm.handling.borrow_mut().push(st.orig.clone());
    let r = run_handlers_inner(vm, f, handlers, st);
    vm.handling.borrow_mut().pop();
    r
}

fn run_handlers_inner(
    vm: &Vm,
    f: &mut Frame,
    handlers: &[ExceptHandler],
    mut st: StarState,
) -> Exec {
    // Set when resuming inside a handler's body after a `yield`.
    let mut resumed = st.matched.take();
    while st.index < handlers.len() {
        let h = &handlers[st.index];
        let matched = match resumed.take() {
            Some(m) => m,
            None => {
                let t = match &h.typ {
                    Some(t) => eval_expr(vm, f, t)?,
                    None => Value::Tuple(std::rc::Rc::new(crate::object::PyTuple::new(vec![]))),
                };
                check_type(vm, &t).map_err(|e| {
                    if let Some(t) = &h.typ {
                        e.note_span(t.span, None);
                    }
                    Flow::Error(e)
                })?;
                let Some(rest) = st.rest.take() else {
                    st.index += 1;
                    continue;
                };
                let (m, r) = star_match(vm, &rest, &t)?;
                st.rest = r;
                for x in m.iter().chain(st.rest.iter()) {
                    st.derived.push((x.clone(), x.data().traceback.len()));
                }
                let Some(m) = m else {
                    st.index += 1;
                    continue;
                };
                if let Some(n) = &h.name {
                    store_name(vm, f, n, m.value())?;
                }
                m
            }
        };
        vm.handling.borrow_mut().push(matched.clone());
        let r = exec_block(vm, f, &h.body);
        vm.handling.borrow_mut().pop();
        match r {
            Ok(()) => {}
            Err(Flow::Yield(v)) => {
                st.matched = Some(matched);
                f.resume.push(Resume::TryStar(Box::new(st)));
                return Err(Flow::Yield(v));
            }
            Err(Flow::Error(e)) => {
                commit_traceback(f, &e);
                st.raised.push(e);
            }
            Err(other) => return Err(other),
        }
        if let Some(n) = &h.name {
            let _ = delete_name(vm, f, n);
        }
        st.index += 1;
    }
    match reraise_star(vm, &st)? {
        None => Ok(()),
        Some(e) => {
            // Raised from where the body raised: no second entry for this frame.
            let mut d = e.data();
            d.reraised = true;
            d.pending = None;
            drop(d);
            Err(Flow::Error(e))
        }
    }
}

/// CPython's `_PyExc_PrepReraiseStar`: what leaves the statement.
fn reraise_star(vm: &Vm, st: &StarState) -> PyResult<Option<PyErr>> {
    let mut excs: Vec<PyErr> = st.raised.clone();
    excs.extend(st.rest.clone());
    if excs.is_empty() {
        return Ok(None);
    }
    if group_of(&st.orig).is_none() {
        // A bare exception: at most one handler ran, so there is one exception.
        return Ok(excs.into_iter().next());
    }
    let is_reraise = |e: &PyErr| {
        st.derived
            .iter()
            .any(|(d, n)| d.same(e) && e.data().traceback.len() == *n)
    };
    let (reraised, mut raised): (Vec<PyErr>, Vec<PyErr>) =
        excs.into_iter().partition(|e| is_reraise(e));
    let mut ids = Vec::new();
    for e in &reraised {
        leaves(e, &mut ids);
    }
    if !ids.is_empty() {
        if let (Some(projection), _) = split_group(vm, &st.orig, &Matcher::Leaves(ids), false)? {
            raised.push(projection);
        }
    }
    if raised.len() > 1 {
        let beg = vm.exc_class("BaseExceptionGroup");
        let list = Value::list(raised.iter().map(|e| e.value()).collect());
        return Ok(Some(new_group(vm, &beg, &[Value::str(""), list])?));
    }
    Ok(raised.pop())
}
