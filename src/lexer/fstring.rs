//! f-string bodies: splits `f"a{x!r:>{w}}b"` into literal text and fields, finds each
//! field's expression text, conversion, format spec and `=` debug text, and hands the
//! expression text (with its position in the file) to the caller's expression parser.

use super::strings::decode_str;
use super::{Loc, SynErr};
use crate::ast::{Expr, FStringPart};
use std::rc::Rc;

/// Parses an expression's source text that starts at the given file position.
pub type ExprParser<'p> = &'p dyn Fn(&str, Loc) -> Result<Expr, SynErr>;

struct Scan<'s, 'p> {
    body: &'s str,
    pos: usize,
    loc: Loc,
    raw: bool,
    /// Where CPython reports most f-string errors: the end of the literal.
    err_at: Loc,
    parse_expr: ExprParser<'p>,
}

/// Splits an f-string body (the text between the quotes) into parts.
pub fn parse(
    body: &str,
    raw: bool,
    start: Loc,
    tok_end: Loc,
    parse_expr: ExprParser,
) -> Result<Vec<FStringPart>, SynErr> {
    let mut s = Scan {
        body,
        pos: 0,
        loc: start,
        raw,
        err_at: tok_end,
        parse_expr,
    };
    s.parts(false, 0)
}

impl Scan<'_, '_> {
    fn peek(&self) -> Option<char> {
        self.body.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn peek2(&self) -> Option<char> {
        let mut it = self.body.get(self.pos..)?.chars();
        it.next();
        it.next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.loc.line += 1;
            self.loc.col = 0;
        } else {
            self.loc.col += 1;
        }
        Some(c)
    }

    fn err(&self, msg: &str) -> SynErr {
        SynErr::at(format!("f-string: {msg}"), self.err_at)
    }

    fn flush(&self, lit: &mut String, parts: &mut Vec<FStringPart>) -> Result<(), SynErr> {
        if !lit.is_empty() {
            let text = decode_str(lit, self.raw, self.err_at)?;
            lit.clear();
            if !text.is_empty() {
                parts.push(FStringPart::Literal(Rc::from(text)));
            }
        }
        Ok(())
    }

    /// Literal text and fields up to the end of the body, or (in a format spec) up to the
    /// `}` closing the field.
    fn parts(&mut self, in_spec: bool, nest: u32) -> Result<Vec<FStringPart>, SynErr> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        while let Some(c) = self.peek() {
            match c {
                '{' if self.peek2() == Some('{') => {
                    self.bump();
                    self.bump();
                    lit.push('{');
                }
                '{' => {
                    self.flush(&mut lit, &mut parts)?;
                    self.bump();
                    parts.push(self.field(nest)?);
                }
                '}' if in_spec => break,
                '}' if self.peek2() == Some('}') => {
                    self.bump();
                    self.bump();
                    lit.push('}');
                }
                '}' => return Err(self.err("single '}' is not allowed")),
                '\\' if !self.raw => {
                    self.bump();
                    lit.push('\\');
                    if self.peek() == Some('N') && self.peek2() == Some('{') {
                        while let Some(c) = self.bump() {
                            lit.push(c);
                            if c == '}' {
                                break;
                            }
                        }
                    } else if let Some(c) = self.bump() {
                        lit.push(c);
                    }
                }
                _ => {
                    self.bump();
                    lit.push(c);
                }
            }
        }
        self.flush(&mut lit, &mut parts)?;
        Ok(parts)
    }

    /// One `{...}` field; the opening brace is already consumed.
    fn field(&mut self, nest: u32) -> Result<FStringPart, SynErr> {
        if nest >= 2 {
            return Err(self.err("expressions nested too deeply"));
        }
        let start = self.pos;
        let start_loc = self.loc;
        let mut depth = 0u32;
        let mut prev = ' ';
        loop {
            let Some(c) = self.peek() else {
                return Err(self.err("expecting '}'"));
            };
            match c {
                '\'' | '"' => {
                    self.skip_string(c)?;
                    prev = c;
                    continue;
                }
                '\\' => return Err(self.err("expression part cannot include a backslash")),
                '#' => return Err(self.err("expression part cannot include '#'")),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => {
                    if depth == 0 {
                        if c == '}' {
                            break;
                        }
                        return Err(self.err(&format!("unmatched '{c}'")));
                    }
                    depth -= 1;
                }
                '!' if depth == 0 && self.peek2() != Some('=') => break,
                ':' if depth == 0 => break,
                '=' if depth == 0 => {
                    if self.peek2() == Some('=') {
                        self.bump();
                        self.bump();
                        prev = '=';
                        continue;
                    }
                    if !matches!(prev, '=' | '!' | '<' | '>') {
                        break;
                    }
                }
                _ => {}
            }
            prev = c;
            self.bump();
        }
        let text = self.body.get(start..self.pos).unwrap_or("");
        if text.trim().is_empty() {
            return Err(self.err("empty expression not allowed"));
        }
        let value = (self.parse_expr)(text, start_loc).map_err(|mut e| {
            if e.kind == "SyntaxError" && !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        })?;
        let mut debug_text = None;
        if self.peek() == Some('=') {
            self.bump();
            while matches!(self.peek(), Some(' ' | '\t' | '\n')) {
                self.bump();
            }
            debug_text = Some(Rc::from(self.body.get(start..self.pos).unwrap_or("")));
        }
        let mut conversion = None;
        if self.peek() == Some('!') {
            self.bump();
            match self.bump() {
                Some(c @ ('s' | 'r' | 'a')) => conversion = Some(c),
                Some('}' | ':') | None => return Err(self.err("missing conversion character")),
                Some(_) => {
                    return Err(self.err("invalid conversion character: expected 's', 'r', or 'a'"))
                }
            }
        }
        let mut spec = None;
        if self.peek() == Some(':') {
            self.bump();
            spec = Some(self.parts(true, nest + 1)?);
        }
        if self.peek() != Some('}') {
            return Err(self.err("expecting '}'"));
        }
        self.bump();
        if debug_text.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        Ok(FStringPart::Expr {
            value: Box::new(value),
            conversion,
            spec,
            debug_text,
        })
    }

    /// Skips a string literal inside a field's expression.
    fn skip_string(&mut self, q: char) -> Result<(), SynErr> {
        let rest = self.body.get(self.pos..).unwrap_or("");
        let triple: String = std::iter::repeat_n(q, 3).collect();
        let closer = if rest.starts_with(&triple) {
            triple
        } else {
            q.to_string()
        };
        for _ in 0..closer.len() {
            self.bump();
        }
        loop {
            if self
                .body
                .get(self.pos..)
                .is_some_and(|r| r.starts_with(&closer))
            {
                for _ in 0..closer.len() {
                    self.bump();
                }
                return Ok(());
            }
            match self.bump() {
                Some('\\') => return Err(self.err("expression part cannot include a backslash")),
                Some(_) => {}
                None => return Err(self.err("unterminated string")),
            }
        }
    }
}
