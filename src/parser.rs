//! The parser's public API: source text to `ast::Module` / `ast::Expr`, or a
//! `SyntaxError` with CPython's message and position.
//!
//! `grammar.rs` holds the generated LALRPOP parser, `build.rs` the tree-building helpers
//! its actions call, `errors.rs` the mapping of parse errors to CPython's messages and
//! `syntax_error.rs` the error value and its rendering.

pub(crate) mod build;
mod errors;
mod grammar;
pub(crate) mod patterns;
mod syntax_error;

pub use syntax_error::{decode_source, SyntaxError};

use crate::ast;
use crate::lexer::{Layout, Loc, Mode, SynErr};
use grammar::python::{EvalInputParser, ModuleParser};
use std::borrow::Cow;

/// Universal newlines: `\r\n` and `\r` become `\n`, as CPython reads source files.
fn normalize(source: &str) -> Cow<'_, str> {
    if source.contains('\r') {
        Cow::Owned(source.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(source)
    }
}

fn to_syntax_error(e: SynErr, src: &str, filename: &str) -> SyntaxError {
    let text = if e.line == 0 {
        None
    } else {
        Some(
            src.split('\n')
                .nth(e.line as usize - 1)
                .unwrap_or("")
                .to_string(),
        )
    };
    let mut end_col = e.end_col;
    if let Some(t) = &text {
        let len = t.chars().count() as u32;
        if e.end_line > e.line {
            end_col = len + 1;
        }
        end_col = end_col.min(len + 2);
    }
    SyntaxError {
        kind: e.kind,
        msg: e.msg,
        filename: filename.to_string(),
        line: e.line,
        col: e.col,
        end_col,
        text,
    }
}

fn module_inner(src: &str) -> Result<ast::Module, SynErr> {
    let start = Loc::new(1, 0);
    let lexer = Layout::new(src, Mode::File, start);
    match ModuleParser::new().parse(lexer) {
        Ok(body) => Ok(ast::Module {
            body,
            scope: ast::ScopeInfo::default(),
        }),
        Err(e) => {
            // The line of the last token the parser looked at (CPython's "current error line").
            let last_line = match &e {
                lalrpop_util::ParseError::UnrecognizedToken {
                    token: (l, _, _), ..
                }
                | lalrpop_util::ParseError::ExtraToken { token: (l, _, _) } => l.line,
                _ => 0,
            };
            let err = errors::map_error(e, src, Mode::File, start);
            // As CPython does after a generic syntax error, tokenize the whole file: a
            // bracket still open at the end is the better report.
            if err.kind == "SyntaxError" && err.msg.starts_with("invalid syntax") {
                for tok in Layout::new(src, Mode::File, start) {
                    if let Err(t) = tok {
                        // CPython prefers it only when the error is on a later line.
                        if t.msg.ends_with("was never closed") && t.line < err.line.max(last_line) {
                            return Err(t);
                        }
                        break;
                    }
                }
            }
            Err(err)
        }
    }
}

/// Parses a whole module.
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let src = normalize(source);
    module_inner(&src).map_err(|e| to_syntax_error(e, &src, filename))
}

/// Parses the input of `eval()`: one expression (leading spaces and tabs are allowed).
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, SyntaxError> {
    let src = normalize(source);
    let trimmed = src.trim_start_matches([' ', '\t']);
    let start = Loc::new(1, (src.len() - trimmed.len()) as u32);
    let lexer = Layout::new(trimmed, Mode::Eval, start);
    EvalInputParser::new()
        .parse(lexer)
        .map_err(|e| errors::map_error(e, trimmed, Mode::Eval, start))
        .map_err(|e| to_syntax_error(e, &src, filename))
}

/// Parses the expression of an f-string field, whose text starts at `start` in the file.
pub(crate) fn parse_fstring_expr(text: &str, start: Loc) -> Result<ast::Expr, SynErr> {
    let lexer = Layout::new(text, Mode::FString, start);
    EvalInputParser::new()
        .parse(lexer)
        .map_err(|e| errors::map_error(e, text, Mode::FString, start))
}

/// True when the input starts a compound statement, which the REPL ends with a blank line.
fn open_block(src: &str) -> bool {
    let first = src
        .lines()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let Some(first) = first else {
        return false;
    };
    let word = first
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    let compound = matches!(
        word,
        "if" | "while" | "for" | "try" | "with" | "def" | "class" | "async"
    ) || first.trim_start().starts_with('@')
        // `match` is a soft keyword: the layout layer decides whether it heads a statement.
        || (word == "match" && starts_match_statement(src));
    compound && !(src.ends_with("\n\n") || src.trim_end_matches([' ', '\t']).ends_with("\n\n"))
}

/// True when the input's first token is the `match` keyword of a match statement.
fn starts_match_statement(src: &str) -> bool {
    matches!(
        Layout::new(src, Mode::File, Loc::new(1, 0)).next(),
        Some(Ok((_, crate::lexer::Tok::Match, _)))
    )
}

/// For the REPL: `Ok(None)` when the input is incomplete and more lines should be read
/// (open bracket, unterminated triple-quoted string, compound statement without its
/// body or its closing blank line, trailing backslash).
pub fn parse_interactive(source: &str) -> Result<Option<ast::Module>, SyntaxError> {
    let src = normalize(source);
    match module_inner(&src) {
        Ok(m) => {
            if open_block(&src) {
                Ok(None)
            } else {
                Ok(Some(m))
            }
        }
        Err(e) if e.incomplete => Ok(None),
        Err(e) => Err(to_syntax_error(e, &src, "<stdin>")),
    }
}
