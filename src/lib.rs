//! pyco: a small Python interpreter.

pub mod ast;
pub mod lexer;
pub mod parser;
