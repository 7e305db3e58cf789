//! Exceptions: `PyErr` is the pointer-wide error of every `PyResult`; the exception state
//! (args, traceback entries, chaining) lives in the instance's `ExcData`.

use super::{Class, Instance, Value};
use crate::ast::Span;
use crate::source::SourceFile;
use std::cell::RefCell;
use std::rc::Rc;

/// Columns that let a traceback underline a binary operator or subscript as CPython does.
#[derive(Clone, Copy, Debug)]
pub enum Anchor {
    BinOp { left_end: u32, right_start: u32 },
    Subscript { value_end: u32, index_end: u32 },
}

/// One line of a traceback.
#[derive(Clone)]
pub struct TbEntry {
    pub source: Rc<SourceFile>,
    pub func_name: Rc<str>,
    pub span: Span,
    /// The failing expression's node shape, for CPython's `~~^^` anchors.
    pub anchor: Option<Anchor>,
}

#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Innermost entry last, as printed.
    pub traceback: Vec<TbEntry>,
    pub context: Option<PyErr>,
    pub cause: Option<PyErr>,
    pub suppress_context: bool,
    /// Where in the current frame the error arose, until the frame records it.
    pub pending: Option<(Span, Option<Anchor>)>,
    /// Set by a bare `raise`: the current frame adds no traceback entry.
    pub reraised: bool,
    /// The `__traceback__` object handed out, with the entry count it was made for.
    pub tb_value: Option<(usize, Value)>,
    /// For `BaseExceptionGroup`s: the message and the tuple of sub-exceptions.
    pub group: Option<(Value, Value)>,
    /// For `OSError(errno, strerror, filename[, winerror, filename2])`: `filename` and
    /// `filename2` (its `args` keep only errno and strerror, as in CPython).
    pub filenames: Option<(Value, Value)>,
    /// For an `OSError`: `errno` and `strerror` as given to `__init__` (they stay when
    /// `args` is reassigned later, as in CPython); the outer `None` when no `__init__`
    /// of OSError ran (an instance made natively from its args).
    pub os_error: Option<Option<(Value, Value)>>,
}

/// A raised exception: a pointer to an exception instance.
#[derive(Clone)]
pub struct PyErr(pub Rc<Instance>);

impl PyErr {
    pub fn instance(&self) -> &Rc<Instance> {
        &self.0
    }
    pub fn class(&self) -> Rc<Class> {
        self.0.class()
    }
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }
    pub fn data(&self) -> std::cell::RefMut<'_, ExcData> {
        match &self.0.exc {
            Some(d) => d.borrow_mut(),
            None => unreachable_exc(),
        }
    }
    pub fn is_instance_of(&self, cls: &Rc<Class>) -> bool {
        self.class().is_subclass(cls)
    }
    /// Remember the failing expression if no deeper one was recorded for this frame.
    pub fn note_span(&self, span: Span, anchor: Option<Anchor>) {
        if let Some(d) = &self.0.exc {
            let mut d = d.borrow_mut();
            if d.pending.is_none() && !d.reraised {
                d.pending = Some((span, anchor));
            }
        }
    }
    pub fn same(&self, other: &PyErr) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[cold]
fn unreachable_exc() -> ! {
    // Every PyErr is built by `Vm::new_exception`, which always attaches ExcData.
    panic!("exception instance without exception state")
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.class().name())
    }
}

pub type ExcCell = RefCell<ExcData>;
