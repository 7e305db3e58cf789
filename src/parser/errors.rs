//! Turns LALRPOP's parse errors into CPython's messages and positions: `invalid syntax`,
//! `expected ':'`, `unexpected indent`, missing print parentheses, forgotten commas.

use crate::lexer::{Layout, Loc, Mode, SynErr, Tok};
use lalrpop_util::ParseError;

/// Maps a parser error for the input `src` (lexed in `mode` from `start`) to a `SynErr`.
pub fn map_error(e: ParseError<Loc, Tok, SynErr>, src: &str, mode: Mode, start: Loc) -> SynErr {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SynErr::at("invalid syntax", location),
        ParseError::UnrecognizedEof { location, .. } => {
            SynErr::at("invalid syntax", location).incomplete()
        }
        ParseError::ExtraToken { token: (l, _, r) } => SynErr::span("invalid syntax", l, r),
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => unrecognized(l, tok, r, &expected, src, mode, start),
    }
}

fn unrecognized(
    l: Loc,
    tok: Tok,
    r: Loc,
    expected: &[String],
    src: &str,
    mode: Mode,
    start: Loc,
) -> SynErr {
    match tok {
        Tok::Indent => {
            return SynErr::offset("IndentationError", "unexpected indent", l.line, r.col);
        }
        Tok::Newline if expected.iter().any(|x| x == "\":\"") => {
            return SynErr::at("expected ':'", l);
        }
        Tok::Newline if expected.len() == 1 && expected[0] == "\"else\"" => {
            return SynErr::at("expected 'else' after 'if' expression", l);
        }
        _ => {}
    }
    // Look at the tokens before the failing one for CPython's friendlier messages.
    let mut toks: Vec<(Loc, Tok, Loc)> = Vec::new();
    let mut depth = 0usize;
    for item in Layout::new(src, mode, start) {
        let Ok(t) = item else { break };
        if t.0 >= l && !matches!(t.1, Tok::Dedent | Tok::Indent) {
            break;
        }
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        toks.push(t);
    }
    let n = toks.len();
    if let Some((pl, prev, pr)) = toks.last() {
        let line_start = n < 2
            || matches!(
                toks[n - 2].1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi
            );
        if matches!(prev, Tok::Name(p) if &**p == "print") && line_start && tok.starts_operand() {
            // Through the end of the logical line.
            let mut end = r;
            let mut d = 0usize;
            for item in Layout::new(src, mode, start) {
                let Ok((tl, t, tr)) = item else { break };
                if tl < l {
                    continue;
                }
                match t {
                    Tok::Lpar | Tok::Lsqb | Tok::Lbrace => d += 1,
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace => d = d.saturating_sub(1),
                    Tok::Newline | Tok::Semi if d == 0 => break,
                    _ => {}
                }
                end = tr;
            }
            return SynErr::span(
                "Missing parentheses in call to 'print'. Did you mean print(...)?",
                *pl,
                end,
            );
        }
        if (depth > 0 || mode == Mode::FString) && prev.ends_operand() && tok.starts_operand() {
            return SynErr::span("invalid syntax. Perhaps you forgot a comma?", *pl, r);
        }
        let _ = pr;
    }
    if tok == Tok::Newline || tok == Tok::Dedent {
        return SynErr::at("invalid syntax", l);
    }
    SynErr::span("invalid syntax", l, r)
}
