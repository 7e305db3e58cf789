//! Decoding of string and bytes literal bodies: backslash escapes, raw literals and
//! escaped newlines. Errors use CPython's `(unicode error)` texts.

use super::{Loc, SynErr};

fn unicode_error(pos: usize, end: usize, what: &str, at: Loc) -> SynErr {
    let range = if end > pos + 1 {
        format!("bytes in position {}-{}", pos, end - 1)
    } else {
        format!("byte 0x5c in position {pos}")
    };
    SynErr::at(
        format!("(unicode error) 'unicodeescape' codec can't decode {range}: {what}"),
        at,
    )
}

/// Reads up to `n` hex digits starting at byte `i`; returns the value and digits read.
fn hex(body: &[u8], i: usize, n: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut k = 0;
    while k < n {
        match body.get(i + k).and_then(|b| (*b as char).to_digit(16)) {
            Some(d) => v = v.wrapping_mul(16).wrapping_add(d),
            None => break,
        }
        k += 1;
    }
    (v, k)
}

/// Decodes the body of a `str` literal. `err_at` is where errors are reported.
pub fn decode_str(body: &str, raw: bool, err_at: Loc) -> Result<String, SynErr> {
    if raw || !body.contains('\\') {
        return Ok(body.to_string());
    }
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        let Some(ch) = body.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        if ch != '\\' {
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        let Some(e) = body.get(i + 1..).and_then(|s| s.chars().next()) else {
            out.push('\\');
            break;
        };
        let mut next = i + 1 + e.len_utf8();
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0C'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0B'),
            '0'..='7' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 3 {
                    match b.get(i + 1 + k) {
                        Some(d @ b'0'..=b'7') => v = v * 8 + u32::from(d - b'0'),
                        _ => break,
                    }
                    k += 1;
                }
                next = i + 1 + k;
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (n, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, k) = hex(b, i + 2, n);
                if k < n {
                    return Err(unicode_error(i, i + 2 + k, what, err_at));
                }
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None => {
                        return Err(unicode_error(
                            i,
                            i + 2 + k,
                            "illegal Unicode character",
                            err_at,
                        ))
                    }
                }
                next = i + 2 + k;
            }
            'N' if named_char(body, i).is_some() => {
                let (c, end) = named_char(body, i).unwrap_or_default();
                out.push(c);
                next = end;
            }
            'N' => {
                let end = body
                    .get(i..)
                    .and_then(|s| s.find('}'))
                    .map_or(b.len(), |p| i + p + 1);
                let what = if b.get(i + 2) == Some(&b'{') {
                    "unknown Unicode character name"
                } else {
                    "malformed \\N character escape"
                };
                return Err(unicode_error(i, end, what, err_at));
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
        i = next;
    }
    Ok(out)
}

/// The character a `\N{NAME}` escape at byte `i` of `body` names (case-insensitively,
/// as CPython looks names up), and the offset just past the escape.
pub fn named_char(body: &str, i: usize) -> Option<(char, usize)> {
    let rest = body.get(i + 2..)?.strip_prefix('{')?;
    let close = rest.find('}')?;
    let name = &rest[..close];
    if name.is_empty() || !name.is_ascii() {
        return None;
    }
    let c = unicode_names2::character(name)?;
    Some((c, i + 3 + close + 1))
}

/// Decodes the body of a bytes literal.
pub fn decode_bytes(body: &str, raw: bool, tok_start: Loc, err_at: Loc) -> Result<Vec<u8>, SynErr> {
    if !body.is_ascii() {
        return Err(SynErr::span(
            "bytes can only contain ASCII literal characters",
            tok_start,
            err_at,
        ));
    }
    let b = body.as_bytes();
    if raw {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        let mut next = i + 2;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 3 {
                    match b.get(i + 1 + k) {
                        Some(d @ b'0'..=b'7') => v = v * 8 + u32::from(d - b'0'),
                        _ => break,
                    }
                    k += 1;
                }
                next = i + 1 + k;
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let (v, k) = hex(b, i + 2, 2);
                if k < 2 {
                    return Err(SynErr::at(
                        format!("(value error) invalid \\x escape at position {i}"),
                        err_at,
                    ));
                }
                out.push(v as u8);
                next = i + 4;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
        i = next;
    }
    Ok(out)
}
