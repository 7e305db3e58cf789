//! The compile pass between parsing and evaluation: scope resolution (locals to slots,
//! closures to cells, globals), generator/coroutine detection, and the compile-time errors
//! CPython raises (`'return' outside function`, `nonlocal` at module level, ...).

mod lower;
mod resolve;
mod symbols;

pub use lower::lower_module;
pub use resolve::resolve_module;

/// Prepare a parsed module for evaluation: lower yields out of expressions, then resolve
/// every name.
pub fn compile_module(
    module: &mut crate::ast::Module,
    filename: &str,
    source: &str,
) -> Result<(), crate::parser::SyntaxError> {
    lower_module(module);
    resolve_module(module, filename, source)
}
