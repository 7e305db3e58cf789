//! Frames: the slots, cells and namespaces of one running function, class body or module,
//! plus the resume stack a paused generator keeps.

use crate::ast::FuncDef;
use crate::object::function::PyCell;
use crate::object::{PyDict, PyErr, Value};
use crate::source::SourceFile;
use std::rc::Rc;

/// What `send`/`throw` deliver to a paused frame.
pub enum Sent {
    Value(Value),
    Throw(PyErr),
    /// For a frame paused at `yield from`/`await`: what its delegate did with the value
    /// sent, when the delegate was resumed directly (see `Generator::resume`).
    Delegated(crate::object::PyResult<crate::object::generator::Step>),
}

/// Where a compound statement was when its frame paused (see `eval::stmt`).
pub enum Resume {
    /// Index of the statement to continue at.
    Block(usize),
    /// Inside the `if` body (true) or the `else` (false).
    If(bool),
    /// Inside a `while` body; `else` branch when the flag is set.
    While { in_else: bool },
    /// Inside a `for` body with its iterator; or in the `else` branch.
    For { iter: Option<Value> },
    /// Inside a `try`: which part, and the exception handled or the pending outcome.
    Try(TryPhase),
    /// Inside a `with` body: the context manager's bound `__exit__`.
    With { exit: Value },
    /// At a `yield from`/`await` with its delegate.
    Delegate(Value),
    /// Inside an `except*` handler, with the state of its statement.
    TryStar(Box<crate::eval::try_star::StarState>),
}

pub enum TryPhase {
    Body,
    Handler {
        index: usize,
        exc: PyErr,
    },
    Else,
    /// In `finally`, with what was happening before it (None: normal completion).
    Finally(Option<crate::eval::Flow>),
}

pub struct Frame {
    pub slots: Vec<Option<Value>>,
    pub cells: Vec<Rc<PyCell>>,
    pub ncells: u32,
    pub globals: Rc<PyDict>,
    /// The module or class-body namespace that `NameLoc::Namespace` names live in.
    pub namespace: Option<Rc<PyDict>>,
    pub source: Rc<SourceFile>,
    /// Shown in tracebacks: the function's name, `<module>`, or a class name.
    pub name: Rc<str>,
    /// The function this frame runs, if any.
    pub def: Option<Rc<FuncDef>>,
    pub resume: Vec<Resume>,
    pub resuming: bool,
    pub sent: Option<Sent>,
    /// The line of the statement running now (for `warnings` and `_pyco.caller`).
    pub line: std::cell::Cell<u32>,
}

impl Frame {
    /// Drop the innermost resume record, which the caller has seen to be a `Block`, `If`
    /// or `While`: those own nothing, so no drop code needs to run (resuming pops one
    /// record per nesting level, on every `next`).
    #[inline(always)]
    pub fn pop_plain_record(&mut self) {
        if let Some(r) = self.resume.pop() {
            debug_assert!(matches!(
                r,
                Resume::Block(_) | Resume::If(_) | Resume::While { .. }
            ));
            std::mem::forget(r);
        }
    }
    pub fn new(globals: Rc<PyDict>, source: Rc<SourceFile>, name: Rc<str>) -> Frame {
        Frame {
            slots: Vec::new(),
            cells: Vec::new(),
            ncells: 0,
            globals,
            namespace: None,
            source,
            name,
            def: None,
            resume: Vec::new(),
            resuming: false,
            sent: None,
            line: std::cell::Cell::new(0),
        }
    }
}
