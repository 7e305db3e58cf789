//! The layout layer: turns raw `logos` tokens into the stream the grammar reads.
//!
//! It owns line structure (NEWLINE at the end of each logical line, INDENT/DEDENT from
//! leading whitespace, implicit joining inside brackets, backslash continuation), bracket
//! matching, the nesting limits that keep later recursive passes safe, and every error
//! CPython's tokenizer reports (unterminated strings, bad numbers, invalid characters,
//! inconsistent tabs, missing indented blocks).

use super::tokens::{RawError, Tok};
use super::{bracket_char, Loc, Spanned, SynErr};
use logos::{Lexer, Logos};
use std::collections::VecDeque;

/// What kind of input is being tokenized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or interactive input: full statement layout.
    File,
    /// `eval()` input: NEWLINEs but no indentation.
    Eval,
    /// The expression inside an f-string field: newlines are insignificant.
    FString,
}

/// CPython's limit on open brackets (tokenizer MAXLEVEL).
const MAX_BRACKETS: usize = 200;
/// CPython's limit on indentation levels (tokenizer MAXINDENT).
const MAX_INDENT: usize = 100;
/// A bound on expression nesting, close to where CPython's compiler gives up.
pub const MAX_EXPR_DEPTH: u32 = 3000;

pub struct Layout<'a> {
    src: &'a str,
    lex: Lexer<'a, Tok>,
    mode: Mode,
    // Position cursor (tokens arrive in order, so conversion is linear overall).
    cur_byte: usize,
    cur_line: u32,
    cur_col: u32,
    line_start: usize,
    indents: Vec<(u32, u32)>,
    brackets: Vec<(Tok, Loc)>,
    /// Per bracket level: (depth at which the level starts, current estimated depth).
    chains: Vec<(u32, u32)>,
    out: VecDeque<Spanned>,
    look: VecDeque<Result<Spanned, SynErr>>,
    at_line_start: bool,
    last: Option<(Tok, usize, usize, Loc)>,
    prev_out: Option<Tok>,
    emitted_any: bool,
    last_was_newline: bool,
    line_first: Option<Tok>,
    line_second: Option<Tok>,
    line_no: u32,
    header: Option<(&'static str, u32)>,
    finished: bool,
}

impl<'a> Layout<'a> {
    /// Tokenize `src`, whose first character sits at `start`.
    pub fn new(src: &'a str, mode: Mode, start: Loc) -> Layout<'a> {
        Layout {
            src,
            lex: Tok::lexer(src),
            mode,
            cur_byte: 0,
            cur_line: start.line,
            cur_col: start.col,
            line_start: 0,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            chains: vec![(0, 0)],
            out: VecDeque::new(),
            look: VecDeque::new(),
            at_line_start: true,
            last: None,
            prev_out: None,
            emitted_any: false,
            last_was_newline: false,
            line_first: None,
            line_second: None,
            line_no: 0,
            header: None,
            finished: false,
        }
    }

    fn loc_at(&mut self, byte: usize) -> Loc {
        if byte > self.cur_byte {
            let text = self.src.get(self.cur_byte..byte).unwrap_or("");
            for (i, ch) in text.char_indices() {
                if ch == '\n' {
                    self.cur_line += 1;
                    self.cur_col = 0;
                    self.line_start = self.cur_byte + i + 1;
                } else {
                    self.cur_col += 1;
                }
            }
            self.cur_byte = byte;
        }
        Loc::new(self.cur_line, self.cur_col)
    }

    fn pull(&mut self) -> Option<Result<Spanned, SynErr>> {
        if let Some(x) = self.look.pop_front() {
            return Some(x);
        }
        self.produce()
    }

    fn produce(&mut self) -> Option<Result<Spanned, SynErr>> {
        loop {
            if let Some(t) = self.out.pop_front() {
                return Some(Ok(t));
            }
            if self.finished {
                return None;
            }
            if let Err(e) = self.step() {
                self.finished = true;
                self.out.clear();
                return Some(Err(e));
            }
        }
    }

    /// After `with (`: true when the matching `)` is followed by `:`, i.e. the
    /// parentheses enclose a list of with-items rather than an expression.
    fn with_parens(&mut self) -> bool {
        let mut depth = 1usize;
        let mut i = 0;
        loop {
            while self.look.len() <= i {
                match self.produce() {
                    Some(x) => self.look.push_back(x),
                    None => return false,
                }
            }
            match &self.look[i] {
                Err(_) => return false,
                Ok((_, t, _)) => match t {
                    Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                        depth -= 1;
                        if depth == 0 {
                            while self.look.len() <= i + 1 {
                                match self.produce() {
                                    Some(x) => self.look.push_back(x),
                                    None => return false,
                                }
                            }
                            return matches!(self.look[i + 1], Ok((_, Tok::Colon, _)));
                        }
                    }
                    Tok::Newline => return false,
                    _ => {}
                },
            }
            i += 1;
        }
    }

    /// At `match`/`case` starting a statement: true when the rest of the logical line reads
    /// as the header of a `match` statement or a case block rather than an expression
    /// statement (`match = 1`, `match(x)`, `match.group()`): the next token can start an
    /// expression or pattern, and a `:` follows at bracket depth 0 with no `=` before it.
    fn soft_keyword_follows(&mut self) -> bool {
        let mut depth = 0usize;
        let mut i = 0;
        loop {
            while self.look.len() <= i {
                match self.produce() {
                    Some(x) => self.look.push_back(x),
                    None => return false,
                }
            }
            let Ok((_, t, _)) = &self.look[i] else {
                return false;
            };
            if i == 0 {
                let starts = matches!(
                    t,
                    Tok::Name(_)
                        | Tok::Number(_)
                        | Tok::Str(_)
                        | Tok::None
                        | Tok::True
                        | Tok::False
                        | Tok::Lpar
                        | Tok::Lsqb
                        | Tok::Lbrace
                        | Tok::Minus
                        | Tok::Plus
                        | Tok::Tilde
                        | Tok::Star
                        | Tok::Not
                        | Tok::Lambda
                        | Tok::Await
                        | Tok::Ellipsis
                );
                if !starts {
                    return false;
                }
            }
            match t {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                Tok::Colon if depth == 0 => return true,
                Tok::Equal if depth == 0 => return false,
                Tok::Newline => return false,
                _ => {}
            }
            i += 1;
        }
    }

    fn step(&mut self) -> Result<(), SynErr> {
        let Some(res) = self.lex.next() else {
            return self.finish();
        };
        let span = self.lex.span();
        let start = self.loc_at(span.start);
        let tok = match res {
            Ok(t) => t,
            Err(e) => return Err(self.raw_error(e, span.start, start)),
        };
        match tok {
            Tok::Space | Tok::Comment => return Ok(()),
            Tok::Continuation => {
                if span.end >= self.src.len() {
                    return Err(self.unexpected_eof(start));
                }
                self.loc_at(span.end);
                return Ok(());
            }
            Tok::StrayBackslash => {
                if span.end >= self.src.len() {
                    return Err(self.unexpected_eof(start));
                }
                return Err(SynErr::offset(
                    "SyntaxError",
                    "unexpected character after line continuation character",
                    start.line,
                    start.col + 2,
                ));
            }
            Tok::PhysNewline => {
                if self.mode == Mode::FString || !self.brackets.is_empty() || self.at_line_start {
                    return Ok(());
                }
                let end = Loc::new(start.line, start.col + 1);
                self.emit_newline(start, end);
                return Ok(());
            }
            _ => {}
        }
        if self.at_line_start && self.mode == Mode::File {
            self.indentation(span.start, start)?;
        }
        let end = self.loc_at(span.end);
        self.at_line_start = false;
        self.check_adjacent(&tok, span.start, start)?;
        self.track_brackets(&tok, start)?;
        self.track_depth(&tok)?;
        if self.line_first.is_none() {
            self.line_first = Some(tok.clone());
            self.line_no = start.line;
        } else if self.line_second.is_none() {
            self.line_second = Some(tok.clone());
        }
        self.last = Some((tok.clone(), span.start, span.end, end));
        self.out.push_back((start, tok, end));
        self.emitted_any = true;
        self.last_was_newline = false;
        Ok(())
    }

    fn emit_newline(&mut self, start: Loc, end: Loc) {
        if matches!(self.last, Some((Tok::Colon, ..))) && self.mode == Mode::File {
            let desc = match (&self.line_first, &self.line_second) {
                (Some(Tok::If), _) => "'if' statement",
                (Some(Tok::Elif), _) => "'elif' statement",
                (Some(Tok::Else), _) => "'else' statement",
                (Some(Tok::While), _) => "'while' statement",
                (Some(Tok::For), _) | (Some(Tok::Async), Some(Tok::For)) => "'for' statement",
                (Some(Tok::Try), _) => "'try' statement",
                (Some(Tok::Except), _) => "'except' statement",
                (Some(Tok::Finally), _) => "'finally' statement",
                (Some(Tok::With), _) | (Some(Tok::Async), Some(Tok::With)) => "'with' statement",
                (Some(Tok::Def), _) | (Some(Tok::Async), Some(Tok::Def)) => "function definition",
                (Some(Tok::Class), _) => "class definition",
                (Some(Tok::Name(n)), _) if &**n == "match" => "'match' statement",
                (Some(Tok::Name(n)), _) if &**n == "case" => "'case' statement",
                _ => "",
            };
            if !desc.is_empty() {
                self.header = Some((desc, self.line_no));
            }
        }
        self.out.push_back((start, Tok::Newline, end));
        self.at_line_start = true;
        self.line_first = None;
        self.line_second = None;
        self.last = None;
        self.last_was_newline = true;
        self.chains.truncate(1);
        self.chains[0] = (0, 0);
    }

    /// The number of lines of the source and the text of the last one, for errors
    /// detected at the end of the input.
    fn last_line(&self) -> (u32, &'a str) {
        let src = self.src.strip_suffix('\n').unwrap_or(self.src);
        let n = src.split('\n').count() as u32;
        let text = src.rsplit('\n').next().unwrap_or("");
        (n, text)
    }

    fn unexpected_eof(&mut self, start: Loc) -> SynErr {
        SynErr::offset(
            "SyntaxError",
            "unexpected EOF while parsing",
            start.line,
            start.col + 2,
        )
        .incomplete()
    }

    fn finish(&mut self) -> Result<(), SynErr> {
        self.finished = true;
        if let Some((tok, loc)) = self.brackets.last() {
            if self.mode != Mode::FString {
                let msg = format!("'{}' was never closed", bracket_char(tok));
                return Err(SynErr::offset("SyntaxError", msg, loc.line, loc.col + 1).incomplete());
            }
        }
        let eof = self.loc_at(self.src.len());
        if self.mode != Mode::File {
            return Ok(());
        }
        if let Some((desc, line)) = self.header.take() {
            let (n, _) = self.last_line();
            let msg = format!("expected an indented block after {desc} on line {line}");
            return Err(SynErr::offset("IndentationError", msg, n, 0).incomplete());
        }
        if self.emitted_any && !self.last_was_newline {
            self.out.push_back((eof, Tok::Newline, eof));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.out.push_back((eof, Tok::Dedent, eof));
        }
        Ok(())
    }

    fn indentation(&mut self, tok_byte: usize, start: Loc) -> Result<(), SynErr> {
        let ws = self.src.get(self.line_start..tok_byte).unwrap_or("");
        let (mut col, mut alt) = (0u32, 0u32);
        for ch in ws.chars() {
            match ch {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0C' => {
                    col = 0;
                    alt = 0;
                }
                _ => {}
            }
        }
        let tab_error = || {
            SynErr::offset(
                "TabError",
                "inconsistent use of tabs and spaces in indentation",
                start.line,
                1,
            )
        };
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if (col == top && alt != top_alt) || (col > top && alt <= top_alt) {
            return Err(tab_error());
        }
        if let Some((desc, line)) = self.header.take() {
            if col <= top {
                let msg = format!("expected an indented block after {desc} on line {line}");
                return Err(SynErr::offset(
                    "IndentationError",
                    msg,
                    start.line,
                    start.col + 1,
                ));
            }
        }
        let line_begin = Loc::new(start.line, 0);
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(SynErr::offset(
                    "IndentationError",
                    "too many levels of indentation",
                    start.line,
                    1,
                ));
            }
            self.indents.push((col, alt));
            self.out.push_back((line_begin, Tok::Indent, start));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |i| i.0) {
                self.indents.pop();
                self.out.push_back((start, Tok::Dedent, start));
            }
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                let rest = self.src.get(self.line_start..).unwrap_or("");
                let text = rest.split('\n').next().unwrap_or("");
                return Err(SynErr::offset(
                    "IndentationError",
                    "unindent does not match any outer indentation level",
                    start.line,
                    text.chars().count() as u32 + 1,
                ));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// Numbers glued to names or digits (`1abc`, `0x`, `0b12`).
    fn check_adjacent(&self, tok: &Tok, start_byte: usize, start: Loc) -> Result<(), SynErr> {
        let Some((Tok::Number(_), nstart, nend, nend_loc)) = &self.last else {
            return Ok(());
        };
        if *nend != start_byte {
            return Ok(());
        }
        let num = self.src.get(*nstart..*nend).unwrap_or("");
        match tok {
            Tok::Name(n) => {
                let radix = match n.chars().next() {
                    Some('x' | 'X') if num == "0" => Some("hexadecimal"),
                    Some('o' | 'O') if num == "0" => Some("octal"),
                    Some('b' | 'B') if num == "0" => Some("binary"),
                    _ => None,
                };
                if let Some(r) = radix {
                    return Err(SynErr::at(format!("invalid {r} literal"), start));
                }
                if n.starts_with('_') {
                    return Err(SynErr::at("invalid decimal literal", start));
                }
                let at = Loc::new(nend_loc.line, nend_loc.col.saturating_sub(1));
                Err(SynErr::at("invalid decimal literal", at))
            }
            Tok::Number(_) => {
                let lower = num.to_ascii_lowercase();
                let digit = self
                    .src
                    .get(start_byte..)
                    .and_then(|s| s.chars().next())
                    .unwrap_or('0');
                if lower.starts_with("0b") {
                    Err(SynErr::at(
                        format!("invalid digit '{digit}' in binary literal"),
                        start,
                    ))
                } else if lower.starts_with("0o") {
                    Err(SynErr::at(
                        format!("invalid digit '{digit}' in octal literal"),
                        start,
                    ))
                } else {
                    Ok(())
                }
            }
            _ => Ok(()),
        }
    }

    fn track_brackets(&mut self, tok: &Tok, start: Loc) -> Result<(), SynErr> {
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(SynErr::at("too many nested parentheses", start));
                }
                self.brackets.push((tok.clone(), start));
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                let close = bracket_char(tok);
                let Some((open, oloc)) = self.brackets.pop() else {
                    return Err(SynErr::at(format!("unmatched '{close}'"), start));
                };
                let open_c = bracket_char(&open);
                let ok = matches!((open_c, close), ('(', ')') | ('[', ']') | ('{', '}'));
                if !ok {
                    let mut msg = format!(
                        "closing parenthesis '{close}' does not match opening parenthesis '{open_c}'"
                    );
                    if oloc.line != start.line {
                        msg.push_str(&format!(" on line {}", oloc.line));
                    }
                    return Err(SynErr::at(msg, start));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Keeps an upper bound of the tree depth the current expression can reach, so that
    /// pathological nesting is refused here instead of overflowing a recursive pass later.
    fn track_depth(&mut self, tok: &Tok) -> Result<(), SynErr> {
        let levels = self.chains.len();
        let Some(top) = self.chains.last_mut() else {
            return Ok(());
        };
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                top.1 += 1;
                let d = top.1;
                self.chains.push((d, d));
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace if levels > 1 => {
                self.chains.pop();
            }
            Tok::Comma
            | Tok::Semi
            | Tok::Equal
            | Tok::PlusEqual
            | Tok::MinusEqual
            | Tok::StarEqual
            | Tok::SlashEqual
            | Tok::PercentEqual
            | Tok::AmperEqual
            | Tok::VbarEqual
            | Tok::CircumflexEqual
            | Tok::LeftShiftEqual
            | Tok::RightShiftEqual
            | Tok::DoubleStarEqual
            | Tok::DoubleSlashEqual
            | Tok::AtEqual => top.1 = top.0,
            Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::Vbar
            | Tok::Amper
            | Tok::Less
            | Tok::Greater
            | Tok::Dot
            | Tok::Percent
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::Tilde
            | Tok::Circumflex
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::DoubleStar
            | Tok::DoubleSlash
            | Tok::At
            | Tok::ColonEqual
            | Tok::Not
            | Tok::And
            | Tok::Or
            | Tok::Await
            | Tok::Lambda
            | Tok::If
            | Tok::Yield
            | Tok::Is
            | Tok::In => top.1 += 1,
            _ => {}
        }
        if self.chains.last().is_some_and(|c| c.1 > MAX_EXPR_DEPTH) {
            return Err(SynErr::offset(
                "RecursionError",
                "maximum recursion depth exceeded during compilation",
                0,
                0,
            ));
        }
        Ok(())
    }

    fn raw_error(&mut self, e: RawError, start_byte: usize, start: Loc) -> SynErr {
        let rest = self.src.get(start_byte..).unwrap_or("");
        match e {
            RawError::NoMatch => {
                let ch = rest.chars().next().unwrap_or(' ');
                if ch == '\0' {
                    SynErr::at("source code cannot contain null bytes", start)
                } else if ch.is_control() {
                    SynErr::at(
                        format!("invalid non-printable character U+{:04X}", ch as u32),
                        start,
                    )
                } else {
                    SynErr::span("invalid syntax", start, Loc::new(start.line, start.col + 1))
                }
            }
            RawError::InvalidChar { at, ch } => {
                let n = rest.get(..at).map_or(0, |s| s.chars().count()) as u32;
                let loc = Loc::new(start.line, start.col + n);
                let msg = if is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                SynErr::span(msg, loc, Loc::new(loc.line, loc.col + 1))
            }
            RawError::UnterminatedString => {
                // The literal may continue over escaped newlines before it fails.
                let mut line = start.line;
                let bytes = rest.as_bytes();
                let mut i = 0;
                while i < bytes.len() && bytes[i] != b'\n' {
                    if bytes[i] == b'\\' && bytes.get(i + 1) == Some(&b'\n') {
                        line += 1;
                        i += 2;
                        continue;
                    }
                    i += 1 + usize::from(bytes[i] == b'\\');
                }
                let line = line.min(self.last_line().0.max(start.line));
                SynErr::at(
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                )
            }
            RawError::UnterminatedTriple => {
                let (n, _) = self.last_line();
                let n = n.max(start.line);
                SynErr::at(
                    format!("unterminated triple-quoted string literal (detected at line {n})"),
                    start,
                )
                .incomplete()
            }
            RawError::BadNumber { msg, at } => {
                let loc = Loc::new(start.line, start.col + at as u32);
                SynErr::span(msg, loc, Loc::new(loc.line, loc.col + 1))
            }
        }
    }
}

/// An approximation of `str.isprintable` for the characters that reach error messages.
fn is_printable(ch: char) -> bool {
    !(ch.is_control()
        || ch.is_whitespace()
        || matches!(ch, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'))
}

impl Iterator for Layout<'_> {
    type Item = Result<Spanned, SynErr>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut item = self.pull()?;
        if let Ok((l, Tok::Name(n), r)) = &item {
            let at_statement_start = matches!(
                self.prev_out,
                None | Some(Tok::Newline | Tok::Indent | Tok::Dedent)
            );
            if at_statement_start && matches!(&**n, "match" | "case") && self.soft_keyword_follows()
            {
                let kw = if &**n == "match" {
                    Tok::Match
                } else {
                    Tok::Case
                };
                item = Ok((*l, kw, *r));
            }
        }
        if let Ok((l, Tok::Lpar, r)) = &item {
            if matches!(self.prev_out, Some(Tok::With)) {
                let (l, r) = (*l, *r);
                if self.with_parens() {
                    item = Ok((l, Tok::WithLpar, r));
                }
            }
        }
        self.prev_out = item.as_ref().ok().map(|t| t.1.clone());
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        Layout::new(src, Mode::File, Loc::new(1, 0))
            .map(|t| match t {
                Ok((_, Tok::Newline, _)) => "NL".to_string(),
                Ok((_, Tok::Indent, _)) => "IN".to_string(),
                Ok((_, Tok::Dedent, _)) => "DE".to_string(),
                Ok((_, Tok::Name(n), _)) => n.to_string(),
                Ok((_, t, _)) => format!("{t:?}"),
                Err(e) => format!("ERR {}", e.msg),
            })
            .collect()
    }

    #[test]
    fn indentation_tokens() {
        assert_eq!(
            kinds("if a:\n    b\n\n  # c\n    c\nd"),
            ["If", "a", "Colon", "NL", "IN", "b", "NL", "c", "NL", "DE", "d", "NL"]
        );
        assert_eq!(kinds("a\n\tb\n"), ["a", "NL", "IN", "b", "NL", "DE"]);
        assert_eq!(
            kinds("x = (1,\n   2)\n"),
            [
                "x",
                "Equal",
                "Lpar",
                "Number(Int(1))",
                "Comma",
                "Number(Int(2))",
                "Rpar",
                "NL"
            ]
        );
        assert_eq!(
            kinds("x = 1 + \\\n  2"),
            [
                "x",
                "Equal",
                "Number(Int(1))",
                "Plus",
                "Number(Int(2))",
                "NL"
            ]
        );
        assert!(kinds("").is_empty());
    }

    #[test]
    fn with_parens_lookahead() {
        assert_eq!(kinds("with (a as b):\n  x")[1], "WithLpar");
        assert_eq!(kinds("with (a, b) as c:\n  x")[1], "Lpar");
    }

    #[test]
    fn positions_count_characters() {
        let toks: Vec<_> = Layout::new("é = 'ü'\nb", Mode::File, Loc::new(1, 0))
            .filter_map(Result::ok)
            .collect();
        assert_eq!((toks[2].0, toks[2].2), (Loc::new(1, 4), Loc::new(1, 7)));
        assert_eq!(toks[4].0, Loc::new(2, 0));
    }

    #[test]
    fn tokenizer_errors() {
        assert_eq!(
            kinds("if 1:\n\tx\n        y\n").last().unwrap(),
            "ERR inconsistent use of tabs and spaces in indentation"
        );
        assert_eq!(
            kinds("x = 'abc").last().unwrap(),
            "ERR unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            kinds("x = (]").last().unwrap(),
            "ERR closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(
            kinds("x = 1abc").last().unwrap(),
            "ERR invalid decimal literal"
        );
        assert_eq!(kinds("x = a$").last().unwrap(), "ERR invalid syntax");
        assert_eq!(
            kinds("x = a€").last().unwrap(),
            "ERR invalid character '€' (U+20AC)"
        );
    }
}
