//! Statement execution, resumable for generators.
//!
//! A `yield` travels up as `Flow::Yield`; every compound statement it passes pushes a
//! `Resume` record saying where it was (innermost first). Resuming sets `frame.resuming`
//! and runs the body again: each statement pops its record (outermost first) and jumps
//! straight back, until the paused `yield` statement takes the sent value. Frames that
//! never yield only pay for a `resuming` flag check per compound statement.

use super::assign::{aug_assign, delete_name, delete_target, store_name, store_target};
use super::call::{make_class, make_function};
use super::expr::eval_expr;
use super::frame::{Frame, Resume, Sent, TryPhase};
use super::{Exec, Flow};
use crate::ast::*;
use crate::object::exception::TbEntry;
use crate::object::{PyDict, PyErr, PyResult, Value};
use crate::source::SourceFile;
use crate::vm::Vm;
use std::rc::Rc;

/// Run a module's top-level code in `globals`.
pub fn run_module(
    vm: &Vm,
    module: &Module,
    source: Rc<SourceFile>,
    globals: Rc<PyDict>,
) -> PyResult<()> {
    let mut frame = module_frame(module, source, globals);
    match run_frame_body(vm, &mut frame, &module.body) {
        Ok(()) => Ok(()),
        Err(Flow::Error(e)) => Err(e),
        Err(_) => Err(vm.runtime_error("internal: stray control flow at module level")),
    }
}

/// The frame a module body runs in, with `__doc__` set from its docstring.
pub fn module_frame(module: &Module, source: Rc<SourceFile>, globals: Rc<PyDict>) -> Frame {
    let doc = super::call::docstring(&module.body);
    if !doc.is_none() || globals.get_str("__doc__").is_none() {
        globals.set_str("__doc__", doc);
    }
    let mut frame = Frame::new(globals.clone(), source, "<module>".into());
    frame.namespace = Some(globals);
    frame.slots = vec![None; module.scope.nslots as usize];
    frame
}

/// Run a frame's body; an exception leaving it gets this frame's traceback entry.
pub fn run_frame_body(vm: &Vm, f: &mut Frame, body: &[Stmt]) -> Exec {
    vm.frame_stack.borrow_mut().push(crate::vm::FrameMark {
        frame: f as *const Frame,
    });
    let r = exec_block(vm, f, body);
    vm.frame_stack.borrow_mut().pop();
    if let Err(Flow::Error(e)) = &r {
        commit_traceback(f, e);
    }
    r
}

/// Record the exception's position in frame `f` in its traceback.
pub fn commit_traceback(f: &Frame, e: &PyErr) {
    let mut d = e.data();
    if d.reraised {
        d.reraised = false;
        d.pending = None;
        return;
    }
    if let Some((span, anchor)) = d.pending.take() {
        d.traceback.push(TbEntry {
            source: f.source.clone(),
            func_name: f.name.clone(),
            span,
            anchor,
        });
    }
}

#[cold]
pub(super) fn corrupt(vm: &Vm) -> Flow {
    Flow::Error(vm.runtime_error("internal error: generator resume state is inconsistent"))
}

pub fn exec_block(vm: &Vm, f: &mut Frame, stmts: &[Stmt]) -> Exec {
    let mut i = 0;
    if f.resuming {
        match f.resume.last() {
            Some(&Resume::Block(k)) => {
                i = k;
                f.pop_plain_record();
            }
            _ => return Err(corrupt(vm)),
        }
    }
    while i < stmts.len() {
        let s = &stmts[i];
        f.line.set(s.span.line);
        let mut r = exec_stmt(vm, f, s);
        if crate::object::generator::has_pending_closes() {
            crate::object::generator::run_pending_closes_at(vm, Some((&f.source, s.span.line)));
        }
        // Ctrl-C (SIGINT) raises KeyboardInterrupt between statements, as in CPython.
        if r.is_ok() && crate::repl::interrupt::take() {
            r = Err(Flow::Error(
                vm.raise_new(vm.exc_class("KeyboardInterrupt"), vec![]),
            ));
        }
        if let Err(flow) = r {
            match &flow {
                Flow::Yield(_) => f.resume.push(Resume::Block(i)),
                Flow::Error(e) => e.note_span(s.span, None),
                _ => {}
            }
            return Err(flow);
        }
        i += 1;
    }
    Ok(())
}

/// `store_target`, with a plain local variable stored inline.
#[inline(always)]
pub(super) fn store_fast(vm: &Vm, f: &mut Frame, t: &Expr, v: Value) -> PyResult<()> {
    if let ExprKind::Name(Name {
        loc: NameLoc::Local(i),
        ..
    }) = &t.kind
    {
        f.slots[*i as usize] = Some(v);
        return Ok(());
    }
    store_target(vm, f, t, v)
}

fn exec_stmt(vm: &Vm, f: &mut Frame, stmt: &Stmt) -> Exec {
    match &stmt.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Yield(v) => {
                yield_stmt(vm, f, v.as_deref(), &[]).map_err(|fl| note_flow(fl, e.span))
            }
            ExprKind::YieldFrom(inner) => {
                delegate_stmt(vm, f, inner, false, &[]).map_err(|fl| note_flow(fl, e.span))
            }
            ExprKind::Await(inner) => {
                delegate_stmt(vm, f, inner, true, &[]).map_err(|fl| note_flow(fl, e.span))
            }
            _ => {
                eval_expr(vm, f, e)?;
                Ok(())
            }
        },
        StmtKind::Assign { targets, value } => {
            match &value.kind {
                ExprKind::Yield(v) => {
                    return yield_stmt(vm, f, v.as_deref(), targets)
                        .map_err(|fl| note_flow(fl, value.span))
                }
                ExprKind::YieldFrom(inner) => {
                    return delegate_stmt(vm, f, inner, false, targets)
                        .map_err(|fl| note_flow(fl, value.span))
                }
                ExprKind::Await(inner) => {
                    return delegate_stmt(vm, f, inner, true, targets)
                        .map_err(|fl| note_flow(fl, value.span))
                }
                _ => {}
            }
            let v = eval_expr(vm, f, value)?;
            if targets.len() == 1 {
                store_fast(vm, f, &targets[0], v)?;
            } else {
                for t in targets {
                    store_target(vm, f, t, v.clone())?;
                }
            }
            Ok(())
        }
        StmtKind::AugAssign { target, op, value } => {
            aug_assign(vm, f, target, *op, value)?;
            Ok(())
        }
        StmtKind::AnnAssign {
            target,
            value,
            annotation,
        } => {
            if let Some(v) = value {
                let v = eval_expr(vm, f, v)?;
                store_target(vm, f, target, v)?;
            }
            // Module and class bodies record simple names' annotations in `__annotations__`.
            if let (Some(ns), ExprKind::Name(n)) = (f.namespace.clone(), &target.kind) {
                let ann = eval_expr(vm, f, annotation)?;
                let table = match ns.get_str("__annotations__") {
                    Some(t) => t,
                    None => {
                        let t = Value::Dict(Rc::new(PyDict::new()));
                        ns.set_str("__annotations__", t.clone());
                        t
                    }
                };
                vm.setitem(&table, &Value::str(&n.id), ann)?;
            }
            Ok(())
        }
        StmtKind::Del(targets) => {
            for t in targets {
                delete_target(vm, f, t)?;
            }
            Ok(())
        }
        StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
        StmtKind::Break => Err(Flow::Break),
        StmtKind::Continue => Err(Flow::Continue),
        StmtKind::Return(v) => {
            let v = match v {
                Some(e) => eval_expr(vm, f, e)?,
                None => Value::None,
            };
            Err(Flow::Return(v))
        }
        StmtKind::Raise { exc, cause } => Err(Flow::Error(raise_stmt(
            vm,
            f,
            exc.as_ref(),
            cause.as_ref(),
        )?)),
        StmtKind::If { test, body, orelse } => exec_if(vm, f, test, body, orelse),
        StmtKind::While { test, body, orelse } => exec_while(vm, f, test, body, orelse),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => exec_for(vm, f, target, iter, body, orelse),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => exec_try(vm, f, body, handlers, orelse, finalbody),
        StmtKind::With { items, body, .. } => {
            // Protocol errors point at the whole statement, body included (as CPython's).
            let whole = body.last().map_or(stmt.span, |b| stmt.span.to(b.span));
            exec_with(vm, f, whole, items, 0, body)
        }
        _ => exec_rare(vm, f, stmt),
    }
}

/// Statements that run rarely (definitions, imports, `assert`), kept out of the hot
/// statement loop.
#[inline(never)]
fn exec_rare(vm: &Vm, f: &mut Frame, stmt: &Stmt) -> Exec {
    match &stmt.kind {
        StmtKind::FunctionDef(def) => {
            let mut decorators = Vec::with_capacity(def.decorators.len());
            for d in &def.decorators {
                decorators.push(eval_expr(vm, f, d)?);
            }
            let mut v = make_function(vm, f, def, Vec::new(), Vec::new())?;
            for d in decorators.iter().rev() {
                v = vm.call(d, &[v], &[])?;
            }
            store_name(
                vm,
                f,
                &Name {
                    loc: def.name_loc,
                    ..Name::new(def.bound_name.clone().unwrap_or_else(|| def.name.clone()))
                },
                v,
            )?;
            Ok(())
        }
        StmtKind::ClassDef(def) => {
            let mut decorators = Vec::with_capacity(def.decorators.len());
            for d in &def.decorators {
                decorators.push(eval_expr(vm, f, d)?);
            }
            let mut v = make_class(vm, f, def)?;
            for d in decorators.iter().rev() {
                v = vm.call(d, &[v], &[])?;
            }
            store_name(
                vm,
                f,
                &Name {
                    loc: def.name_loc,
                    ..Name::new(def.bound_name.clone().unwrap_or_else(|| def.name.clone()))
                },
                v,
            )?;
            Ok(())
        }
        StmtKind::Assert { test, msg } => {
            let t = eval_expr(vm, f, test)?;
            if !vm.truthy(&t)? {
                let args = match msg {
                    Some(m) => vec![eval_expr(vm, f, m)?],
                    None => vec![],
                };
                let e = vm.raise_new(vm.exc_class("AssertionError"), args);
                e.note_span(test.span, None);
                return Err(Flow::Error(e));
            }
            Ok(())
        }
        StmtKind::Import(names) => {
            for n in names {
                let dotted: Vec<&str> = n.module.iter().map(|s| &**s).collect();
                let full = dotted.join(".");
                let module = vm.import_module(&full)?;
                let bound = if n.asname.is_some() {
                    module
                } else {
                    vm.import_module(dotted[0])?
                };
                store_name(vm, f, &n.target, bound)?;
            }
            Ok(())
        }
        StmtKind::ImportFrom {
            module,
            level,
            names,
        } => {
            if *level > 0 {
                return Err(Flow::Error(vm.error(
                    "ImportError",
                    "attempted relative import with no known parent package",
                )));
            }
            let full = module.iter().map(|s| &**s).collect::<Vec<_>>().join(".");
            let m = vm.import_module(&full)?;
            match names {
                Some(names) => {
                    for a in names {
                        let v = vm.import_from(&m, &full, &a.name)?;
                        store_name(vm, f, &a.target, v)?;
                    }
                }
                None => {
                    if let Value::Module(md) = &m {
                        let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                        let all = md.dict.get_str("__all__");
                        let names: Vec<Value> = match all {
                            Some(a) => vm.collect(&a)?,
                            None => md
                                .dict
                                .keys()
                                .into_iter()
                                .filter(|k| !k.as_str().map(|s| s.starts_with('_')).unwrap_or(true))
                                .collect(),
                        };
                        for k in names {
                            if let Some(name) = k.as_str() {
                                let v = vm.getattr(&m, name)?;
                                ns.set_str(name, v);
                            }
                        }
                    }
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

// ---- yield ----

/// An exception coming out of a `yield`/`yield from`/`await` points at that expression.
fn note_flow(flow: Flow, span: Span) -> Flow {
    if let Flow::Error(e) = &flow {
        e.note_span(span, None);
    }
    flow
}

fn store_all(vm: &Vm, f: &mut Frame, targets: &[Expr], v: Value) -> Exec {
    for t in targets {
        store_target(vm, f, t, v.clone())?;
    }
    Ok(())
}

#[inline(never)]
fn yield_stmt(vm: &Vm, f: &mut Frame, value: Option<&Expr>, targets: &[Expr]) -> Exec {
    if f.resuming {
        f.resuming = false;
        return match f.sent.take() {
            Some(Sent::Throw(e)) => Err(Flow::Error(e)),
            Some(Sent::Value(v)) => store_all(vm, f, targets, v),
            None => store_all(vm, f, targets, Value::None),
            Some(Sent::Delegated(_)) => Err(corrupt(vm)),
        };
    }
    let v = match value {
        Some(e) => eval_expr(vm, f, e)?,
        None => Value::None,
    };
    // In an async generator a `yield` hands a value to `async for`; awaits also suspend the
    // frame, so the yielded value is marked to tell the two apart (as CPython does).
    if f.def
        .as_ref()
        .map(|d| d.scope.is_coroutine && d.scope.is_generator)
        .unwrap_or(false)
    {
        return Err(Flow::Yield(Value::Native(Rc::new(
            crate::object::asyncgen::Yielded(v),
        ))));
    }
    Err(Flow::Yield(v))
}

#[inline(never)]
fn delegate_stmt(vm: &Vm, f: &mut Frame, inner: &Expr, is_await: bool, targets: &[Expr]) -> Exec {
    use crate::object::generator::{delegate_step, Step};
    let (delegate, step) = if f.resuming {
        f.resuming = false;
        let d = match f.resume.pop() {
            Some(Resume::Delegate(d)) => d,
            _ => return Err(corrupt(vm)),
        };
        let sent = f.sent.take().unwrap_or(Sent::Value(Value::None));
        let step = delegate_step(vm, &d, sent);
        (d, step)
    } else {
        let v = eval_expr(vm, f, inner)?;
        let d = if is_await {
            crate::object::generator::await_iter(vm, &v)
        } else {
            crate::object::generator::yield_from_iter(vm, &v)
        }
        .inspect_err(|e| e.note_span(inner.span, None))?;
        let step = delegate_step(vm, &d, Sent::Value(Value::None));
        (d, step)
    };
    match step? {
        Step::Yielded(y) => {
            f.resume.push(Resume::Delegate(delegate));
            Err(Flow::Yield(y))
        }
        Step::Returned(v) => store_all(vm, f, targets, v),
    }
}

// ---- raise ----

/// Build the exception a `raise` statement raises.
#[inline(never)]
fn raise_stmt(vm: &Vm, f: &mut Frame, exc: Option<&Expr>, cause: Option<&Expr>) -> PyResult<PyErr> {
    let Some(exc) = exc else {
        let current = vm.handling.borrow().last().cloned();
        return match current {
            Some(e) => {
                let mut d = e.data();
                d.reraised = true;
                d.pending = None;
                drop(d);
                Ok(e)
            }
            None => Err(vm.runtime_error("No active exception to reraise")),
        };
    };
    let v = eval_expr(vm, f, exc)?;
    let e = vm.make_exception(v, "exceptions must derive from BaseException")?;
    if let Some(c) = cause {
        let cv = eval_expr(vm, f, c)?;
        let cause = if cv.is_none() {
            None
        } else {
            Some(vm.make_exception(cv, "exception causes must derive from BaseException")?)
        };
        let mut d = e.data();
        d.cause = cause;
        d.suppress_context = true;
    }
    vm.set_context(&e);
    Ok(e)
}

impl Vm {
    /// Turn a raised value (class or instance) into an exception.
    pub fn make_exception(&self, v: Value, msg: &str) -> PyResult<PyErr> {
        match &v {
            Value::Class(c) if c.is_subclass(&self.types.base_exception) => {
                let inst = self.call(&v, &[], &[])?;
                match inst {
                    Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i)),
                    other => Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        self.repr(&v)?,
                        self.type_name(&other)
                    ))),
                }
            }
            Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i.clone())),
            _ => Err(self.type_error(msg.to_string())),
        }
    }
}

// ---- compound statements ----

fn exec_if(vm: &Vm, f: &mut Frame, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Exec {
    let branch = if f.resuming {
        match f.resume.last() {
            Some(&Resume::If(b)) => {
                f.pop_plain_record();
                b
            }
            _ => return Err(corrupt(vm)),
        }
    } else {
        let t = eval_expr(vm, f, test)?;
        super::expr::truthy(vm, &t).inspect_err(|e| e.note_span(test.span, None))?
    };
    let r = if branch {
        exec_block(vm, f, body)
    } else {
        exec_block(vm, f, orelse)
    };
    if let Err(Flow::Yield(_)) = &r {
        f.resume.push(Resume::If(branch));
    }
    r
}

#[inline(never)]
fn exec_while(vm: &Vm, f: &mut Frame, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Exec {
    let mut resume_body = false;
    if f.resuming {
        match f.resume.last() {
            Some(&Resume::While { in_else: false }) => {
                f.pop_plain_record();
                resume_body = true
            }
            Some(&Resume::While { in_else: true }) => {
                f.pop_plain_record();
                return run_loop_else(vm, f, orelse, Resume::While { in_else: true });
            }
            _ => return Err(corrupt(vm)),
        }
    }
    loop {
        if !resume_body {
            let t = eval_expr(vm, f, test)?;
            if !super::expr::truthy(vm, &t)? {
                break;
            }
        }
        resume_body = false;
        match exec_block(vm, f, body) {
            Ok(()) | Err(Flow::Continue) => {}
            Err(Flow::Break) => return Ok(()),
            Err(Flow::Yield(v)) => {
                f.resume.push(Resume::While { in_else: false });
                return Err(Flow::Yield(v));
            }
            Err(other) => return Err(other),
        }
    }
    run_loop_else(vm, f, orelse, Resume::While { in_else: true })
}

fn run_loop_else(vm: &Vm, f: &mut Frame, orelse: &[Stmt], record: Resume) -> Exec {
    if orelse.is_empty() {
        return Ok(());
    }
    let r = exec_block(vm, f, orelse);
    if let Err(Flow::Yield(_)) = &r {
        f.resume.push(record);
    }
    r
}

#[inline(never)]
fn exec_for(
    vm: &Vm,
    f: &mut Frame,
    target: &Expr,
    iter: &Expr,
    body: &[Stmt],
    orelse: &[Stmt],
) -> Exec {
    let mut resume_body = false;
    let it = if f.resuming {
        match f.resume.pop() {
            Some(Resume::For { iter: Some(it) }) => {
                resume_body = true;
                it
            }
            Some(Resume::For { iter: None }) => {
                return run_loop_else(vm, f, orelse, Resume::For { iter: None })
            }
            _ => return Err(corrupt(vm)),
        }
    } else {
        let v = eval_expr(vm, f, iter)?;
        vm.iter(&v).inspect_err(|e| e.note_span(iter.span, None))?
    };
    // A range is stepped here, without a call through the iterator protocol (a resumed
    // generator usually runs one pass before it yields again: not worth the check).
    let range = if resume_body {
        None
    } else {
        it.as_native::<crate::object::iter::RangeIter>()
    };
    loop {
        if !resume_body {
            let item = match range {
                Some(r) => r.next_int().map(Value::Int),
                None => vm.next(&it).map_err(Flow::Error)?,
            };
            match item {
                Some(x) => store_fast(vm, f, target, x)?,
                None => break,
            }
        }
        resume_body = false;
        match exec_block(vm, f, body) {
            Ok(()) | Err(Flow::Continue) => {}
            Err(Flow::Break) => return Ok(()),
            Err(Flow::Yield(v)) => {
                f.resume.push(Resume::For { iter: Some(it) });
                return Err(Flow::Yield(v));
            }
            Err(other) => return Err(other),
        }
    }
    run_loop_else(vm, f, orelse, Resume::For { iter: None })
}

#[inline(never)]
fn exec_try(
    vm: &Vm,
    f: &mut Frame,
    body: &[Stmt],
    handlers: &[ExceptHandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
) -> Exec {
    if handlers.first().is_some_and(|h| h.star) {
        return super::try_star::exec_try_star(vm, f, body, handlers, orelse, finalbody);
    }
    let phase = if f.resuming {
        match f.resume.pop() {
            Some(Resume::Try(p)) => p,
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
            Err(Flow::Error(e)) => handle_exception(vm, f, handlers, e),
            Err(other) => Err(other),
        },
        TryPhase::Handler { index, exc } => run_handler(vm, f, handlers, index, exc),
        TryPhase::Else => run_try_else(vm, f, orelse),
        TryPhase::Finally(pending) => return run_finally(vm, f, finalbody, pending),
    };
    if let Err(Flow::Yield(v)) = outcome {
        return Err(Flow::Yield(v));
    }
    if finalbody.is_empty() {
        return outcome;
    }
    run_finally(vm, f, finalbody, outcome.err())
}

pub(super) fn run_try_else(vm: &Vm, f: &mut Frame, orelse: &[Stmt]) -> Exec {
    let r = exec_block(vm, f, orelse);
    if let Err(Flow::Yield(_)) = &r {
        f.resume.push(Resume::Try(TryPhase::Else));
    }
    r
}

/// Does exception `e` match the `except` clause's type value?
pub fn exception_matches(vm: &Vm, e: &PyErr, typ: &Value) -> PyResult<bool> {
    match typ {
        Value::Class(c) if c.is_subclass(&vm.types.base_exception) => Ok(e.is_instance_of(c)),
        Value::Tuple(t) => {
            for item in t.as_slice() {
                if exception_matches(vm, e, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        ),
    }
}

#[inline(never)]
fn handle_exception(vm: &Vm, f: &mut Frame, handlers: &[ExceptHandler], e: PyErr) -> Exec {
    for (index, h) in handlers.iter().enumerate() {
        let matched = match &h.typ {
            None => true,
            Some(t) => {
                let tv = eval_expr(vm, f, t)?;
                exception_matches(vm, &e, &tv)?
            }
        };
        if matched {
            commit_traceback(f, &e);
            if let Some(n) = &h.name {
                store_name(vm, f, n, e.value())?;
            }
            return run_handler(vm, f, handlers, index, e);
        }
    }
    Err(Flow::Error(e))
}

fn run_handler(vm: &Vm, f: &mut Frame, handlers: &[ExceptHandler], index: usize, e: PyErr) -> Exec {
    let h = &handlers[index];
    vm.handling.borrow_mut().push(e.clone());
    let r = exec_block(vm, f, &h.body);
    vm.handling.borrow_mut().pop();
    if let Err(Flow::Yield(v)) = r {
        f.resume
            .push(Resume::Try(TryPhase::Handler { index, exc: e }));
        return Err(Flow::Yield(v));
    }
    if let Some(n) = &h.name {
        // `except E as e` unbinds e at the end of the handler.
        let _ = delete_name(vm, f, n);
    }
    r
}

#[inline(never)]
pub(super) fn run_finally(
    vm: &Vm,
    f: &mut Frame,
    finalbody: &[Stmt],
    pending: Option<Flow>,
) -> Exec {
    let handled = match &pending {
        Some(Flow::Error(e)) => {
            vm.handling.borrow_mut().push(e.clone());
            true
        }
        _ => false,
    };
    let r = exec_block(vm, f, finalbody);
    if handled {
        vm.handling.borrow_mut().pop();
    }
    match r {
        Ok(()) => match pending {
            None => Ok(()),
            Some(flow) => Err(flow),
        },
        Err(Flow::Yield(v)) => {
            f.resume.push(Resume::Try(TryPhase::Finally(pending)));
            Err(Flow::Yield(v))
        }
        Err(Flow::Error(new)) => {
            // A new exception replaces the pending one, which becomes its context: the
            // pending one's traceback keeps its position in this frame.
            if let Some(Flow::Error(old)) = &pending {
                if !old.same(&new) {
                    commit_traceback(f, old);
                }
            }
            Err(Flow::Error(new))
        }
        Err(other) => Err(other),
    }
}

#[inline(never)]
/// `with` over `items[k..]`; `span` is the whole statement's (where protocol errors point).
fn exec_with(
    vm: &Vm,
    f: &mut Frame,
    span: Span,
    items: &[WithItem],
    k: usize,
    body: &[Stmt],
) -> Exec {
    if k == items.len() {
        return exec_block(vm, f, body);
    }
    let (exit, stored) = if f.resuming {
        match f.resume.pop() {
            Some(Resume::With { exit }) => (exit, Ok(())),
            _ => return Err(corrupt(vm)),
        }
    } else {
        let item = &items[k];
        let mgr = eval_expr(vm, f, &item.context)?;
        let cls = vm.type_of(&mgr);
        let (enter, exit) = match (cls.lookup("__enter__"), cls.lookup("__exit__")) {
            (Some(en), Some(ex)) => (en, ex),
            (None, _) => {
                let e = vm.type_error(format!(
                    "'{}' object does not support the context manager protocol",
                    vm.type_name(&mgr)
                ));
                // Located at the whole statement, as CPython does.
                e.note_span(span, None);
                return Err(Flow::Error(e));
            }
            (Some(_), None) => {
                let e = vm.type_error(format!(
                    "'{}' object does not support the context manager protocol (missed __exit__ method)",
                    vm.type_name(&mgr)
                ));
                e.note_span(span, None);
                return Err(Flow::Error(e));
            }
        };
        let exit = Value::BoundMethod(Rc::new(crate::object::BoundMethod {
            func: exit,
            receiver: mgr.clone(),
        }));
        let v = vm.call(&enter, &[mgr], &[])?;
        // Binding the `as` target is part of the block: `__exit__` sees its failure.
        let stored = match &item.target {
            Some(t) => store_target(vm, f, t, v)
                .inspect_err(|e| e.note_span(t.span, None))
                .map_err(Flow::from),
            None => Ok(()),
        };
        (exit, stored)
    };
    let r = stored.and_then(|()| exec_with(vm, f, span, items, k + 1, body));
    match r {
        Err(Flow::Yield(v)) => {
            f.resume.push(Resume::With { exit });
            Err(Flow::Yield(v))
        }
        Err(Flow::Error(e)) => {
            commit_traceback(f, &e);
            vm.handling.borrow_mut().push(e.clone());
            let tb = vm.traceback_value(&e);
            let res = vm.call(&exit, &[Value::Class(e.class()), e.value(), tb], &[]);
            vm.handling.borrow_mut().pop();
            let suppress = vm.truthy(&res?)?;
            if suppress {
                Ok(())
            } else {
                // Re-raised as is: no second traceback entry for this frame.
                e.data().reraised = true;
                Err(Flow::Error(e))
            }
        }
        other => {
            vm.call(&exit, &[Value::None, Value::None, Value::None], &[])?;
            other
        }
    }
}
