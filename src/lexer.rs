//! The lexer: source text to the token stream the grammar consumes.
//!
//! `tokens.rs` holds the `logos` token set (with `numbers.rs` and `scan.rs` as its
//! callbacks); `layout.rs` adds NEWLINE/INDENT/DEDENT, joins lines inside brackets and
//! reports tokenizer errors; `strings.rs` decodes literals and `fstring.rs` splits
//! f-strings into literal text and embedded expressions.

pub mod fstring;
pub mod layout;
mod numbers;
mod scan;
pub mod strings;
pub mod tokens;

pub use layout::{Layout, Mode};
pub use tokens::Tok;

/// A position: 1-based line, 0-based column in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
}

impl Loc {
    pub fn new(line: u32, col: u32) -> Loc {
        Loc { line, col }
    }
}

/// A token with its start and end.
pub type Spanned = (Loc, Tok, Loc);

/// A syntax error found while lexing or building the tree, before the file name and
/// source line are attached. `col`/`end_col` are 1-based like CPython's `offset`.
#[derive(Debug, Clone, PartialEq)]
pub struct SynErr {
    pub kind: &'static str,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// More input could make this valid (open bracket, unfinished block ...): the REPL
    /// reads another line instead of reporting it.
    pub incomplete: bool,
}

impl SynErr {
    /// A `SyntaxError` covering `start..end` (0-based columns).
    pub fn span(msg: impl Into<String>, start: Loc, end: Loc) -> SynErr {
        SynErr {
            kind: "SyntaxError",
            msg: msg.into(),
            line: start.line,
            col: start.col + 1,
            end_line: end.line,
            end_col: end.col + 1,
            incomplete: false,
        }
    }

    /// A `SyntaxError` pointing at one position (0-based column).
    pub fn at(msg: impl Into<String>, loc: Loc) -> SynErr {
        SynErr::span(msg, loc, loc)
    }

    /// An error of the given kind with a raw 1-based offset and no end.
    pub fn offset(kind: &'static str, msg: impl Into<String>, line: u32, col: u32) -> SynErr {
        SynErr {
            kind,
            msg: msg.into(),
            line,
            col,
            end_line: line,
            end_col: 0,
            incomplete: false,
        }
    }

    pub fn incomplete(mut self) -> SynErr {
        self.incomplete = true;
        self
    }
}

/// The spelling of a bracket token, for messages.
pub fn bracket_char(tok: &Tok) -> char {
    match tok {
        Tok::Lpar | Tok::WithLpar => '(',
        Tok::Rpar => ')',
        Tok::Lsqb => '[',
        Tok::Rsqb => ']',
        Tok::Lbrace => '{',
        _ => '}',
    }
}
