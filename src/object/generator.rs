//! Generators and coroutines: a paused frame plus the resume logic for `next`, `send`,
//! `throw` and `close`, and the delegation step used by `yield from` and `await` (PEP 380).

use super::gen_names::{Defaults, GenNames};
use super::{Class, NativeObject, PyDict, PyErr, PyResult, Value};
use crate::ast::{Comprehension, FuncDef, Module};
use crate::eval::{Flow, Frame, FrameParts, SavedFrame, Sent};
use crate::source::SourceFile;
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Closed,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub enum GenBody {
    Func(Rc<FuncDef>),
    Comp(Rc<Comprehension>),
    /// Code typed at the prompt that awaits at its top level (kept for the process's life).
    Module(&'static Module),
}

pub struct Generator {
    pub body: GenBody,
    globals: Rc<PyDict>,
    source: Rc<SourceFile>,
    names: GenNames,
    /// The paused frame (absent while it runs and once it has finished).
    frame: Cell<Option<SavedFrame>>,
    /// The paused frame's current line.
    line: Cell<u32>,
    /// The frame while it runs (null otherwise), so a frame view reads its current line.
    running_frame: Cell<*const crate::eval::Frame>,
    /// How many times it has been resumed (saturating).
    resumes: Cell<u8>,
    pub state: Cell<GenState>,
    pub kind: GenKind,
    /// Set by `types.coroutine`: a generator that may be awaited.
    pub iterable_coroutine: Cell<bool>,
    /// An async generator's finalizer hook, taken at its first iteration (boxed, and
    /// absent until then: most generators never need it, and a million may be alive).
    hooks: Cell<Option<Box<AsyncGenHooks>>>,
}

/// Where an async generator stands with the hooks of `sys.set_asyncgen_hooks`.
#[derive(Clone, Default)]
enum AsyncGenHooks {
    /// Not iterated yet: the hooks are looked at on the first `__anext__`/`asend`/...
    #[default]
    Uninit,
    /// Iterated with no finalizer hook set.
    NoFinalizer,
    /// Iterated while this finalizer was set: it is called when the generator goes.
    Finalizer(Value),
    /// Its finalizer has run (an object is finalised once).
    Finalized,
}

thread_local! {
    /// `sys.set_asyncgen_hooks`: (firstiter, finalizer), None when unset.
    static ASYNCGEN_HOOKS: RefCell<(Value, Value)> = const { RefCell::new((Value::None, Value::None)) };
}

/// `sys.get_asyncgen_hooks()`: (firstiter, finalizer).
pub fn asyncgen_hooks() -> (Value, Value) {
    ASYNCGEN_HOOKS.with(|h| h.borrow().clone())
}

/// `sys.set_asyncgen_hooks()`: replace the hooks given (`None` for a hook keeps it).
pub fn set_asyncgen_hooks(firstiter: Option<Value>, finalizer: Option<Value>) {
    ASYNCGEN_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(f) = firstiter {
            h.0 = f;
        }
        if let Some(f) = finalizer {
            h.1 = f;
        }
    })
}

/// The first `__anext__`/`asend`/`athrow`/`aclose` of an async generator: remember the
/// finalizer hook set now and call the firstiter hook with it, as CPython does.
pub fn init_asyncgen_hooks(vm: &Vm, this: &Value) -> PyResult<()> {
    let Some(g) = this.as_native::<Generator>() else {
        return Ok(());
    };
    let current = g.hooks.take();
    if !matches!(current.as_deref(), None | Some(AsyncGenHooks::Uninit)) {
        g.hooks.set(current);
        return Ok(());
    }
    let (firstiter, finalizer) = asyncgen_hooks();
    g.hooks.set(Some(Box::new(if finalizer.is_none() {
        AsyncGenHooks::NoFinalizer
    } else {
        AsyncGenHooks::Finalizer(finalizer)
    })));
    if !firstiter.is_none() {
        vm.call(&firstiter, std::slice::from_ref(this), &[])?;
    }
    Ok(())
}

/// A generator resumed this many times keeps its whole frame while paused (see
/// `eval::saved_frame`).
const KEEP_WHOLE_AFTER: u8 = 2;

thread_local! {
    static GENEXPR: Rc<str> = Rc::from("<genexpr>");
    static MODULE: Rc<str> = Rc::from("<module>");
}

/// The `__name__` `body` implies (also its frame's name).
fn default_name(body: &GenBody) -> Rc<str> {
    match body {
        GenBody::Func(d) => d.name.clone(),
        GenBody::Comp(_) => GENEXPR.with(Rc::clone),
        GenBody::Module(_) => MODULE.with(Rc::clone),
    }
}

/// The names `body` implies.
fn defaults(body: &GenBody) -> Defaults {
    let qualname = match body {
        GenBody::Func(d) => d.scope.qualname.clone(),
        GenBody::Comp(c) => c.scope.qualname.clone(),
        GenBody::Module(_) => MODULE.with(Rc::clone),
    };
    Defaults {
        name: default_name(body),
        qualname,
    }
}

/// What an unreachable generator or coroutine leaves to do at the next safe point.
enum PendingClose {
    /// A suspended generator to close (its `finally`/`with` exits run).
    Close(Generator),
    /// A coroutine that never ran: CPython's "never awaited" warning.
    NeverAwaited(Rc<str>),
    /// An unfinished async generator to hand to its finalizer hook.
    Finalize(Generator, Value),
}

thread_local! {
    static WARNED: RefCell<std::collections::HashSet<String>> = RefCell::new(std::collections::HashSet::new());
    static PENDING_CLOSE: RefCell<Vec<PendingClose>> = const { RefCell::new(Vec::new()) };
}

/// CPython's "coroutine 'name' was never awaited" warning, given at the next safe point:
/// for a coroutine (or a native coroutine-like object) dropped before it ever ran.
pub fn warn_never_awaited(name: Rc<str>) {
    let _ = PENDING_CLOSE.try_with(|q| q.borrow_mut().push(PendingClose::NeverAwaited(name)));
    HAS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Set by `Drop` when a generator waits to be closed; one plain load per statement.
static HAS_PENDING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// True when unreachable generators wait to be closed (checked after each statement).
#[inline]
pub fn has_pending_closes() -> bool {
    HAS_PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

/// Close the generators that became unreachable while suspended, as CPython does when
/// their last reference goes: their `finally` blocks and `with` exits run now. `at` is the
/// running frame's file and line (where warnings point).
pub fn run_pending_closes_at(vm: &Vm, at: Option<(&crate::source::SourceFile, u32)>) {
    HAS_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
    loop {
        let next = PENDING_CLOSE.with(|q| q.borrow_mut().pop());
        let Some(p) = next else { break };
        let gen = match p {
            PendingClose::Close(g) => g,
            PendingClose::Finalize(g, finalizer) => {
                let this = Value::Native(Rc::new(g));
                if let Err(e) = vm.call(&finalizer, std::slice::from_ref(&this), &[]) {
                    let what = vm.repr(&this).unwrap_or_default();
                    vm.write_unraisable(&format!("Exception ignored in: {what}"), &e, at.is_none());
                }
                continue;
            }
            PendingClose::NeverAwaited(name) => {
                // Like CPython's default warning filter: once per location.
                let key = at
                    .map(|(s, l)| format!("{}:{}:{}", s.name, l, name))
                    .unwrap_or_default();
                if !WARNED.with(|w| w.borrow_mut().insert(key)) {
                    continue;
                }
                let text = match at {
                    Some((src, line)) => {
                        let code = src
                            .line(line)
                            .map(|l| format!("  {}\n", l.trim()))
                            .unwrap_or_default();
                        format!(
                            "{}:{}: RuntimeWarning: coroutine '{}' was never awaited\n{}\
                             RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                            src.name, line, name, code
                        )
                    }
                    // At exit, where CPython can no longer import tracemalloc for the hint.
                    None => {
                        format!("sys:1: RuntimeWarning: coroutine '{name}' was never awaited\n")
                    }
                };
                vm.write_stderr(&text);
                continue;
            }
        };
        let gen = Rc::new(gen);
        let this = Value::Native(gen.clone());
        if let Err(e) = gen.close(vm) {
            let what = vm.repr(&this).unwrap_or_default();
            vm.write_unraisable(&format!("Exception ignored in: {what}"), &e, at.is_none());
        }
        // An object is finalised once (PEP 442): a generator that ignored GeneratorExit is
        // still suspended, and is dropped now without being closed again.
        drop(gen.frame.take());
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        if self.state.get() == GenState::Created && self.kind == GenKind::Coroutine {
            warn_never_awaited(self.qualname());
            return;
        }
        let hooks = self.hooks.take().map(|h| *h).unwrap_or_default();
        let finalized = matches!(hooks, AsyncGenHooks::Finalized);
        if let AsyncGenHooks::Finalizer(f) = hooks {
            if self.state.get() != GenState::Closed {
                let state = self.state.get();
                let frame = self.frame.take();
                let gen = self.revive(frame, state);
                let _ =
                    PENDING_CLOSE.try_with(|q| q.borrow_mut().push(PendingClose::Finalize(gen, f)));
                HAS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
                return;
            }
        }
        if self.state.get() != GenState::Suspended || finalized {
            return;
        }
        let Some(frame) = self.frame.take() else {
            return;
        };
        // A delegate (`yield from`) is closed with its delegator, as CPython's close does.
        let needs_close = frame.unpacked_records().iter().any(|r| {
            matches!(
                r,
                crate::eval::Resume::Try(_)
                    | crate::eval::Resume::TryStar(_)
                    | crate::eval::Resume::With { .. }
                    | crate::eval::Resume::Delegate(_)
            )
        });
        if !needs_close {
            return;
        }
        let gen = self.revive(Some(frame), GenState::Suspended);
        // Thread-local storage may already be gone at thread exit: then nothing can run anyway.
        let _ = PENDING_CLOSE.try_with(|q| q.borrow_mut().push(PendingClose::Close(gen)));
        HAS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

impl Generator {
    /// A generator going away, rebuilt from its parts so it can still be closed or handed
    /// to a finalizer (marked finalised: that happens once).
    fn revive(&mut self, frame: Option<SavedFrame>, state: GenState) -> Generator {
        let body = match &self.body {
            GenBody::Func(d) => GenBody::Func(d.clone()),
            GenBody::Comp(c) => GenBody::Comp(c.clone()),
            GenBody::Module(m) => GenBody::Module(m),
        };
        Generator {
            body,
            globals: self.globals.clone(),
            source: self.source.clone(),
            names: std::mem::take(&mut self.names),
            frame: Cell::new(frame),
            line: Cell::new(self.line.get()),
            running_frame: Cell::new(std::ptr::null()),
            resumes: Cell::new(self.resumes.get()),
            state: Cell::new(state),
            kind: self.kind,
            iterable_coroutine: Cell::new(self.iterable_coroutine.get()),
            hooks: Cell::new(Some(Box::new(AsyncGenHooks::Finalized))),
        }
    }
}

/// The call depth one level in, or `None` when entering it would exceed the recursion
/// limit or the native stack.
fn next_depth(vm: &Vm) -> Option<u32> {
    let depth = vm.depth.get() + 1;
    (depth <= vm.recursion_limit.get() && !crate::eval::call_stack_exhausted(vm)).then_some(depth)
}

/// The result of one resume: a yielded value, or the value it returned.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

pub fn new_generator(_vm: &Vm, func: &Rc<super::Function>, frame: Frame) -> Value {
    let scope = &func.def.scope;
    let kind = match (scope.is_coroutine, scope.is_generator) {
        (true, true) => GenKind::AsyncGenerator,
        (true, false) => GenKind::Coroutine,
        _ => GenKind::Generator,
    };
    let body = GenBody::Func(func.def.clone());
    let names = GenNames::new(
        &func.name.borrow(),
        &func.qualname.borrow(),
        defaults(&body),
    );
    Value::Native(Rc::new(Generator::paused(body, kind, names, frame)))
}

pub fn new_genexpr(_vm: &Vm, c: Rc<Comprehension>, frame: Frame) -> Value {
    let kind = if c.scope.is_coroutine {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let body = GenBody::Comp(c);
    Value::Native(Rc::new(Generator::paused(
        body,
        kind,
        GenNames::default(),
        frame,
    )))
}

/// The coroutine `<module>` that runs an input typed at the prompt which awaits at its
/// top level, in `frame` (a module frame: its namespace is its globals).
pub fn new_module_coroutine(module: &'static Module, frame: Frame) -> Value {
    debug_assert!(frame
        .namespace
        .as_ref()
        .is_some_and(|ns| Rc::ptr_eq(ns, &frame.globals)));
    let body = GenBody::Module(module);
    Value::Native(Rc::new(Generator::paused(
        body,
        GenKind::Coroutine,
        GenNames::default(),
        frame,
    )))
}

impl Generator {
    /// A generator that has not started, to run `body` in `frame`.
    fn paused(body: GenBody, kind: GenKind, names: GenNames, frame: Frame) -> Generator {
        let Frame {
            slots,
            cells,
            globals,
            source,
            line,
            ..
        } = frame;
        Generator {
            body,
            globals,
            source,
            names,
            frame: Cell::new(Some(SavedFrame::new(slots, cells))),
            line,
            running_frame: Cell::new(std::ptr::null()),
            resumes: Cell::new(0),
            state: Cell::new(GenState::Created),
            kind,
            iterable_coroutine: Cell::new(false),
            hooks: Cell::new(None),
        }
    }

    pub fn name(&self) -> Rc<str> {
        self.names.name(|| defaults(&self.body))
    }

    pub fn qualname(&self) -> Rc<str> {
        self.names.qualname(|| defaults(&self.body))
    }

    /// Assign `__name__` (`qual` false) or `__qualname__` (`qual` true).
    pub fn set_name(&self, qual: bool, value: Rc<str>) {
        self.names.set(qual, value, || defaults(&self.body))
    }

    /// The source file, for `gi_code.co_filename`.
    pub fn filename(&self) -> Rc<str> {
        self.source.name.clone()
    }

    /// The line the frame is at: the statement running now while it runs, else where it
    /// paused (0 before it has run).
    pub fn current_line(&self) -> u32 {
        let running = self.running_frame.get();
        if running.is_null() {
            return self.line.get();
        }
        // Safety: the pointer is set only while `resume` runs the frame, which stays in
        // place (borrowed) until it is reset.
        unsafe { (*running).line.get() }
    }

    /// The globals its frame runs with.
    pub fn globals(&self) -> &Rc<PyDict> {
        &self.globals
    }

    /// A snapshot of the paused frame's local variables (None while it runs or once it
    /// has finished).
    pub fn paused_locals(&self) -> Option<PyDict> {
        let saved = self.frame.take()?;
        let locals = match &self.body {
            GenBody::Func(def) => {
                let (slots, cells) = saved.variables();
                crate::eval::bound_locals(def, slots, cells)
            }
            GenBody::Comp(_) => PyDict::new(),
            GenBody::Module(_) => self.globals.copy(),
        };
        self.frame.set(Some(saved));
        Some(locals)
    }

    /// What the paused frame does not keep: its body's globals, names and definition.
    #[inline]
    fn frame_parts(&self) -> FrameParts {
        let (namespace, def, ncells) = match &self.body {
            GenBody::Func(d) => (None, Some(d.clone()), d.scope.ncells),
            GenBody::Comp(c) => (None, None, c.scope.ncells),
            GenBody::Module(_) => (Some(self.globals.clone()), None, 0),
        };
        FrameParts {
            globals: self.globals.clone(),
            namespace,
            source: self.source.clone(),
            name: self.names.frame_name(|| default_name(&self.body)),
            def,
            ncells,
        }
    }

    fn what(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    /// Run the frame until its next yield or its end.
    pub fn resume(&self, vm: &Vm, sent: Sent) -> PyResult<Step> {
        match self.state.get() {
            GenState::Running => {
                return Err(vm.value_error(format!("{} already executing", self.what())))
            }
            GenState::Closed => {
                return match sent {
                    Sent::Throw(e) => Err(e),
                    Sent::Value(_) if self.kind == GenKind::Coroutine => {
                        Err(vm.runtime_error("cannot reuse already awaited coroutine"))
                    }
                    Sent::Value(_) | Sent::Delegated(_) => Ok(Step::Returned(Value::None)),
                }
            }
            GenState::Created => match &sent {
                Sent::Value(v) if !v.is_none() => {
                    return Err(vm.type_error(format!(
                        "can't send non-None value to a just-started {}",
                        self.what()
                    )))
                }
                Sent::Throw(e) => {
                    // Raised at the generator's first line: PEP 479 applies as usual, and
                    // the traceback shows the frame there, at its `def` line.
                    self.state.set(GenState::Closed);
                    self.frame.take();
                    if let GenBody::Func(d) = &self.body {
                        let line = d.first_line();
                        e.data().traceback.push(crate::object::exception::TbEntry {
                            source: self.source.clone(),
                            func_name: Rc::from(&*d.name),
                            // The whole line, so no carets are drawn under it.
                            span: crate::ast::Span::new(line, 0, line + 1, 0),
                            anchor: None,
                        });
                    }
                    return Err(self.pep479(vm, e.clone()));
                }
                _ => {}
            },
            GenState::Suspended => {}
        }
        let sent = match self.pass_to_delegate(vm, sent) {
            Ok(step) => return step,
            Err(sent) => sent,
        };
        let Some(saved) = self.frame.take() else {
            return Err(vm.runtime_error("internal: generator without a frame"));
        };
        let resuming = self.state.get() == GenState::Suspended;
        self.state.set(GenState::Running);
        let Some(depth) = next_depth(vm) else {
            self.state.set(GenState::Suspended);
            self.frame.set(Some(saved));
            return Err(vm.recursion_error());
        };
        let mut frame = saved.restore(vm, || self.frame_parts(), self.line.get());
        self.resumes.set(self.resumes.get().saturating_add(1));
        frame.resuming = resuming;
        frame.sent = Some(sent);
        vm.depth.set(depth);
        let outer = self
            .running_frame
            .replace(&*frame as *const crate::eval::Frame);
        let r = match &self.body {
            GenBody::Func(def) => crate::eval::run_frame_body(vm, &mut frame, &def.body),
            GenBody::Comp(c) => crate::eval::run_genexpr(vm, &mut frame, c),
            GenBody::Module(m) => crate::eval::run_frame_body(vm, &mut frame, &m.body),
        };
        self.running_frame.set(outer);
        vm.depth.set(depth - 1);
        let r = match r {
            Err(Flow::Yield(v)) => {
                self.line.set(frame.line.get());
                let hot = self.resumes.get() >= KEEP_WHOLE_AFTER;
                self.frame.set(Some(SavedFrame::save(vm, frame, hot)));
                self.state.set(GenState::Suspended);
                return Ok(Step::Yielded(v));
            }
            r => r,
        };
        vm.recycle_resume(std::mem::take(&mut frame.resume));
        match r {
            Ok(()) => {
                self.state.set(GenState::Closed);
                Ok(Step::Returned(Value::None))
            }
            Err(Flow::Return(v)) => {
                self.state.set(GenState::Closed);
                Ok(Step::Returned(v))
            }
            Err(Flow::Error(e)) => {
                self.state.set(GenState::Closed);
                Err(self.pep479(vm, e))
            }
            Err(_) => {
                self.state.set(GenState::Closed);
                Err(vm.runtime_error("internal: stray control flow in generator"))
            }
        }
    }

    /// A hot generator paused at `yield from`/`await` on another generator hands a sent
    /// value straight to that delegate, and its own frame runs again only once the
    /// delegate has finished (`Err` gives what to resume the frame with). While the
    /// delegate runs, this generator is running and its frame is on the frame stack, as
    /// if it had forwarded the value itself.
    fn pass_to_delegate(&self, vm: &Vm, sent: Sent) -> Result<PyResult<Step>, Sent> {
        if !matches!(sent, Sent::Value(_)) {
            return Err(sent);
        }
        let saved = self.frame.take();
        let found =
            saved
                .as_ref()
                .and_then(SavedFrame::whole)
                .and_then(|f| match f.resume.first() {
                    Some(crate::eval::Resume::Delegate(d))
                        if d.as_native::<Generator>().is_some() =>
                    {
                        Some((f as *const crate::eval::Frame, d.clone()))
                    }
                    _ => None,
                });
        let Some((frame, delegate)) = found else {
            self.frame.set(saved);
            return Err(sent);
        };
        let Some(depth) = next_depth(vm) else {
            self.frame.set(saved);
            return Ok(Err(vm.recursion_error()));
        };
        let mark = crate::vm::FrameMark { frame };
        self.state.set(GenState::Running);
        vm.frame_stack.borrow_mut().push(mark);
        vm.depth.set(depth);
        let outer = self.running_frame.replace(frame);
        let step = delegate_step(vm, &delegate, sent);
        self.running_frame.set(outer);
        vm.depth.set(depth - 1);
        vm.frame_stack.borrow_mut().pop();
        self.frame.set(saved);
        self.state.set(GenState::Suspended);
        match step {
            Ok(Step::Yielded(v)) => Ok(Ok(Step::Yielded(v))),
            outcome => Err(Sent::Delegated(outcome)),
        }
    }

    /// PEP 479: a StopIteration escaping the generator's body becomes a RuntimeError.
    fn pep479(&self, vm: &Vm, e: PyErr) -> PyErr {
        let (stop, what) = if self.kind == GenKind::AsyncGenerator {
            (vm.exc_class("StopAsyncIteration"), "StopAsyncIteration")
        } else {
            (vm.exc_class("StopIteration"), "StopIteration")
        };
        let async_stop = self.kind == GenKind::AsyncGenerator
            && e.is_instance_of(&vm.exc_class("StopIteration"));
        if !(e.is_instance_of(&stop) || async_stop) {
            return e;
        }
        let what = if e.is_instance_of(&stop) {
            what
        } else {
            "StopIteration"
        };
        let new = vm.runtime_error(format!("{} raised {}", self.what(), what));
        let mut d = new.data();
        d.cause = Some(e.clone());
        d.context = Some(e);
        d.suppress_context = true;
        drop(d);
        new
    }

    /// `close()`: throw GeneratorExit in and expect the generator to finish.
    pub fn close(&self, vm: &Vm) -> PyResult<Value> {
        match self.state.get() {
            GenState::Created => {
                self.state.set(GenState::Closed);
                self.frame.take();
                return Ok(Value::None);
            }
            GenState::Closed => return Ok(Value::None),
            _ => {}
        }
        let exit = vm.raise_new(vm.exc_class("GeneratorExit"), vec![]);
        match self.resume(vm, Sent::Throw(exit)) {
            Ok(Step::Yielded(_)) => {
                Err(vm.runtime_error(format!("{} ignored GeneratorExit", self.what())))
            }
            Ok(Step::Returned(_)) => Ok(Value::None),
            Err(e)
                if e.is_instance_of(&vm.exc_class("GeneratorExit"))
                    || e.is_instance_of(&vm.exc_class("StopIteration")) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// The delegate of a paused `yield from`/`await`, if any.
    pub fn yield_from(&self) -> Value {
        let frame = self.frame.take();
        let d = match frame.as_ref().and_then(|f| f.unpacked_records().first()) {
            Some(crate::eval::Resume::Delegate(d)) => d.clone(),
            _ => Value::None,
        };
        self.frame.set(frame);
        d
    }
}

impl NativeObject for Generator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class(match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        let type_name = match self.kind {
            GenKind::AsyncGenerator => "async_generator",
            _ => self.what(),
        };
        Ok(format!(
            "<{} object {} at {:#x}>",
            type_name,
            self.qualname(),
            this.heap_ptr().unwrap_or(0)
        ))
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        if self.kind != GenKind::Generator {
            return None;
        }
        Some(match self.resume(vm, Sent::Value(Value::None)) {
            Ok(Step::Yielded(v)) => Ok(Some(v)),
            Ok(Step::Returned(_)) => Ok(None),
            Err(e) => Err(e),
        })
    }
    fn is_iterator(&self) -> bool {
        self.kind == GenKind::Generator
    }
}

/// The iterator `yield from v` delegates to.
pub fn yield_from_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.as_native::<Generator>().is_some() {
        // Coroutines are accepted too: generator-based coroutines (`@asyncio.coroutine`,
        // `@types.coroutine`) delegate to them with `yield from`.
        return Ok(v.clone());
    }
    vm.iter(v)
}

/// The iterator `await v` delegates to.
pub fn await_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(g) = v.as_native::<Generator>() {
        if g.kind == GenKind::Coroutine || g.iterable_coroutine.get() {
            return Ok(v.clone());
        }
    }
    if let Value::Native(n) = v {
        if n.awaits_itself() {
            return Ok(v.clone());
        }
    }
    match vm.type_of(v).lookup("__await__") {
        Some(f) => {
            let it = vm.call(&f, &[v.clone()], &[])?;
            if let Some(g) = it.as_native::<Generator>() {
                if g.kind == GenKind::Coroutine {
                    return Err(vm.type_error("__await__() returned a coroutine"));
                }
            }
            if !vm.is_iterator(&it) {
                return Err(vm.type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    vm.type_name(&it)
                )));
            }
            Ok(it)
        }
        None => Err(vm.type_error(format!(
            "object {} can't be used in 'await' expression",
            vm.type_name(v)
        ))),
    }
}

fn stop_value(vm: &Vm, e: &PyErr) -> Option<Value> {
    if e.is_instance_of(&vm.exc_class("StopIteration")) {
        Some(e.data().args.first().cloned().unwrap_or(Value::None))
    } else {
        None
    }
}

/// One step of `yield from`/`await`: forward what was sent to the delegate.
pub fn delegate_step(vm: &Vm, d: &Value, sent: Sent) -> PyResult<Step> {
    if let Sent::Delegated(step) = sent {
        return step;
    }
    if let Some(g) = d.as_native::<Generator>() {
        if let Sent::Throw(e) = &sent {
            if e.is_instance_of(&vm.exc_class("GeneratorExit")) {
                g.close(vm)?;
                return Err(e.clone());
            }
        }
        return g.resume(vm, sent);
    }
    let call_catching = |r: PyResult<Value>| -> PyResult<Step> {
        match r {
            Ok(v) => Ok(Step::Yielded(v)),
            Err(e) => match stop_value(vm, &e) {
                Some(v) => Ok(Step::Returned(v)),
                None => Err(e),
            },
        }
    };
    match sent {
        Sent::Delegated(step) => step,
        Sent::Value(Value::None) => {
            if let Value::Native(n) = d {
                if let Some(r) = n.send_none(vm) {
                    return r;
                }
                if let Some(r) = n.next(vm) {
                    return match r {
                        Ok(Some(v)) => Ok(Step::Yielded(v)),
                        Ok(None) => Ok(Step::Returned(Value::None)),
                        // Awaitables written in Rust finish by raising StopIteration(value).
                        Err(e) => match stop_value(vm, &e) {
                            Some(v) => Ok(Step::Returned(v)),
                            None => Err(e),
                        },
                    };
                }
            }
            match vm.type_of(d).lookup("__next__") {
                Some(f) => call_catching(vm.call(&f, &[d.clone()], &[])),
                None => {
                    Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(d))))
                }
            }
        }
        Sent::Value(v) => {
            let send = vm.getattr(d, "send")?;
            call_catching(vm.call(&send, &[v], &[]))
        }
        Sent::Throw(e) => {
            if e.is_instance_of(&vm.exc_class("GeneratorExit")) {
                if let Some(close) = vm.getattr_opt(d, "close")? {
                    vm.call(&close, &[], &[])?;
                }
                return Err(e);
            }
            match vm.getattr_opt(d, "throw")? {
                Some(throw) => call_catching(vm.call(&throw, &[e.value()], &[])),
                None => Err(e),
            }
        }
    }
}
