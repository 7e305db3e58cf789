//! The string-literal callback for the raw lexer: finds where a (possibly triple-quoted)
//! literal ends. Escapes are only skipped here; `strings.rs` decodes them later.

use super::tokens::{RawError, StrKind, StrTok, Tok};
use logos::Lexer;
use std::rc::Rc;

pub fn string(lex: &mut Lexer<Tok>) -> Result<Rc<StrTok>, RawError> {
    let head = lex.slice();
    let quote = head.as_bytes()[head.len() - 1];
    let prefix = head[..head.len() - 1].to_ascii_lowercase();
    let kind = if prefix.contains('b') {
        StrKind::Bytes
    } else if prefix.contains('f') {
        StrKind::FStr
    } else {
        StrKind::Str
    };
    let raw = prefix.contains('r');
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let start = if triple { 2 } else { 0 };
    let mut i = start;
    while i < rest.len() {
        let c = rest[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == quote {
            if !triple {
                let body = lex.remainder()[start..i].to_string();
                lex.bump(i + 1);
                return Ok(Rc::new(StrTok {
                    kind,
                    raw,
                    open_len: head.len() as u32,
                    body,
                }));
            }
            if rest.len() >= i + 3 && rest[i + 1] == quote && rest[i + 2] == quote {
                let body = lex.remainder()[start..i].to_string();
                lex.bump(i + 3);
                return Ok(Rc::new(StrTok {
                    kind,
                    raw,
                    open_len: head.len() as u32 + 2,
                    body,
                }));
            }
        }
        if c == b'\n' && !triple {
            return Err(RawError::UnterminatedString);
        }
        i += 1;
    }
    if triple {
        Err(RawError::UnterminatedTriple)
    } else {
        Err(RawError::UnterminatedString)
    }
}
