//! The compile pass between parsing and evaluation: scope resolution (locals to slots,
//! closures to cells, globals), generator/coroutine detection, and the compile-time errors
//! CPython raises (`'return' outside function`, `nonlocal` at module level, ...).

mod resolve;
mod symbols;

pub use resolve::resolve_module;
