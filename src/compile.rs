//! The compile pass between parsing and evaluation: scope resolution (locals to slots,
//! closures to cells, globals), generator/coroutine detection, and the compile-time errors
//! CPython raises (`'return' outside function`, `nonlocal` at module level, ...).

mod future;
mod lower;
mod resolve;
mod symbols;
mod unparse;

use future::apply_future_imports;
use lower::lower_module;
use resolve::resolve_module;

/// Prepare a parsed module for evaluation: lower yields out of expressions, then resolve
/// every name.
pub fn compile_module(
    module: &mut crate::ast::Module,
    filename: &str,
    source: &str,
) -> Result<(), crate::parser::SyntaxError> {
    apply_future_imports(module, filename, source)?;
    lower_module(module, false);
    resolve_module(module, filename, source, false)
}

/// The same for code typed at the prompt, where `await`, `async for`, `async with` and
/// async comprehensions may stand at the top level (as in `python -m asyncio`). When they
/// do, the module's scope is marked a coroutine: the prompt runs it as one.
pub fn compile_interactive(
    module: &mut crate::ast::Module,
    filename: &str,
    source: &str,
) -> Result<(), crate::parser::SyntaxError> {
    apply_future_imports(module, filename, source)?;
    lower_module(module, true);
    resolve_module(module, filename, source, true)
}
