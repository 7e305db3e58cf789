//! The raw token set, recognised by `logos`: keywords, names, numbers, strings, operators,
//! plus the trivia (spaces, comments, newlines, backslash continuations) that the layout
//! layer in `layout.rs` consumes. `Newline`, `Indent` and `Dedent` are never produced here:
//! only the layout layer makes them.

use super::numbers;
use super::scan;
use logos::{Lexer, Logos};
use num_bigint::BigInt;
use std::rc::Rc;

/// What went wrong inside one raw token. Positions are byte offsets into the token's text.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RawError {
    /// No token matches here.
    #[default]
    NoMatch,
    /// A character that may not appear in an identifier (or anywhere outside strings).
    InvalidChar {
        at: usize,
        ch: char,
    },
    UnterminatedString,
    UnterminatedTriple,
    /// A numeric literal problem: message and byte offset in the token.
    BadNumber {
        msg: &'static str,
        at: usize,
    },
}

/// A numeric literal's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Num {
    Int(i64),
    Big(Rc<BigInt>),
    Float(f64),
    /// An imaginary literal (`2j`): its imaginary part.
    Imag(f64),
}

/// Which kind of string literal a prefix announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrKind {
    Str,
    Bytes,
    FStr,
}

/// One string literal token, undecoded: decoding (and f-string parsing) happens in the
/// grammar action that joins adjacent literals, so errors can point into the literal.
#[derive(Debug, Clone, PartialEq)]
pub struct StrTok {
    pub kind: StrKind,
    pub raw: bool,
    /// Characters before the body: prefix plus opening quote(s).
    pub open_len: u32,
    /// The text between the quotes.
    pub body: String,
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = RawError)]
pub enum Tok {
    // ---- trivia, consumed by the layout layer ----
    #[regex(r"[ \t\x0C]+")]
    Space,
    #[regex(r"#[^\n]*")]
    Comment,
    #[token("\n")]
    PhysNewline,
    #[regex(r"\\\n")]
    Continuation,
    /// A backslash not followed by a newline.
    #[token("\\")]
    StrayBackslash,

    // ---- layout, made by the layout layer ----
    Newline,
    Indent,
    Dedent,
    /// The `(` opening a parenthesised list of `with` items (decided by lookahead).
    WithLpar,
    /// The soft keywords `match` and `case` where they start a `match` statement or a
    /// case block (decided by lookahead; elsewhere they are names).
    Match,
    Case,

    // ---- literals and names ----
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*", name)]
    Name(Rc<str>),
    #[regex(r"[0-9](_?[0-9])*", numbers::decimal)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", numbers::radix)]
    #[regex(r"0[oO](_?[0-7])+", numbers::radix)]
    #[regex(r"0[bB](_?[01])+", numbers::radix)]
    #[regex(r"0[xXoObB]_?", numbers::bad_radix)]
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?",
        numbers::float
    )]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", numbers::float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", numbers::float)]
    #[regex(r"([0-9](_?[0-9])*|[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?|\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?|[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*)[jJ]", numbers::imaginary)]
    Number(Num),
    #[regex(r#"([rRuUfFbB]|[rR][bBfF]|[bBfF][rR])?['"]"#, scan::string)]
    Str(Rc<StrTok>),

    // ---- keywords ----
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // ---- operators and delimiters ----
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    Rarrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("!")]
    Exclamation,
}

/// Identifier callback: checks every non-ASCII character against Unicode XID rules.
fn name(lex: &mut Lexer<Tok>) -> Result<Rc<str>, RawError> {
    let s = lex.slice();
    for (i, ch) in s.char_indices() {
        if ch.is_ascii() {
            continue;
        }
        let ok = if i == 0 {
            unicode_ident::is_xid_start(ch)
        } else {
            unicode_ident::is_xid_continue(ch)
        };
        if !ok {
            return Err(RawError::InvalidChar { at: i, ch });
        }
    }
    Ok(Rc::from(s))
}

impl Tok {
    /// True for the tokens that can end an operand (used for "forgot a comma?" hints).
    pub fn ends_operand(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::Rpar
                | Tok::Rsqb
                | Tok::Rbrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
        )
    }

    /// True for the tokens that can start an operand.
    pub fn starts_operand(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::Lpar
                | Tok::Lsqb
                | Tok::Lbrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
        )
    }
}
