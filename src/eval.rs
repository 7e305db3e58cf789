//! The tree-walking evaluator over the resolved tree.
//!
//! Expressions evaluate to `PyResult<Value>`. Statements return `Result<(), Flow>`, where
//! `Flow` carries `break`, `continue`, `return`, a raised exception, and `yield`: a yield
//! unwinds like the others while each compound statement records where it was in the
//! frame's resume stack, so the next `send` re-enters the same position (see
//! `docs/architecture.md`).

mod assign;
mod call;
mod comprehension;
mod dynamic;
mod expr;
mod frame;
mod fstring;
mod pattern;
mod saved_frame;
mod stmt;
pub mod suggest;
pub mod traceback;
pub mod try_star;

pub use call::stack_exhausted as call_stack_exhausted;
pub use call::{build_class, call_function, docstring, make_class_namespace_call, run_call};
pub use comprehension::run_genexpr;
pub use frame::{Frame, Resume, Sent};
pub use saved_frame::{FrameParts, SavedFrame};
pub use stmt::{exception_matches, run_frame_body};

use crate::object::{PyErr, Value};

/// Why a statement stopped early.
pub enum Flow {
    Break,
    Continue,
    Return(Value),
    Error(PyErr),
    /// A generator paused at a `yield` with this value.
    Yield(Value),
}

impl From<PyErr> for Flow {
    fn from(e: PyErr) -> Flow {
        Flow::Error(e)
    }
}

pub type Exec = Result<(), Flow>;

pub use dynamic::indirect as eval_exec_indirect;
pub use expr::{bound_locals, eval_expr, frame_locals, merge_mapping, unary};
pub use stmt::{module_frame, run_module};
