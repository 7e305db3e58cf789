//! Text codecs for `str.encode`, `bytes.decode`, `bytes(s, enc)` and `str(b, enc)`:
//! UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (with and without a byte order), with the
//! `strict`, `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace` handlers and
//! CPython's `UnicodeEncodeError`/`UnicodeDecodeError` messages.

use crate::object::{PyResult, Value};
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// Byte order: `None` writes a BOM (and reads one if present, else little-endian).
    Utf16(Option<bool>),
    Utf32(Option<bool>),
}

fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let norm = encoding
        .trim()
        .to_ascii_lowercase()
        .replace(['_', ' '], "-");
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Codec::Latin1,
        "utf-16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf-16-le" | "utf-16le" => Codec::Utf16(Some(false)),
        "utf-16-be" | "utf-16be" => Codec::Utf16(Some(true)),
        "utf-32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf-32-le" | "utf-32le" => Codec::Utf32(Some(false)),
        "utf-32-be" | "utf-32be" => Codec::Utf32(Some(true)),
        _ => return Err(vm.error("LookupError", format!("unknown encoding: {encoding}"))),
    })
}

fn unknown_handler(vm: &Vm, errors: &str) -> crate::object::PyErr {
    vm.error(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

/// `'\xe9'`, `'\u20ac'` or `'\U0001f600'`: how CPython's codec errors show a character.
fn escaped(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// `s` encoded; `errors` is the error handler's name.
pub fn encode(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    let (name, limit) = match codec {
        Codec::Ascii => ("ascii", 0x80),
        Codec::Latin1 => ("latin-1", 0x100),
        _ => ("", u32::MAX),
    };
    let mut out = Vec::with_capacity(s.len());
    match codec {
        Codec::Utf8 => out.extend_from_slice(s.as_bytes()),
        Codec::Utf16(order) => {
            let big = order.unwrap_or(false);
            let mut push = |u: u16| {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                })
            };
            if order.is_none() {
                push(0xFEFF);
            }
            for u in s.encode_utf16() {
                push(u);
            }
        }
        Codec::Utf32(order) => {
            let big = order.unwrap_or(false);
            let mut push = |u: u32| {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                })
            };
            if order.is_none() {
                push(0xFEFF);
            }
            for c in s.chars() {
                push(c as u32);
            }
        }
        Codec::Ascii | Codec::Latin1 => {
            let chars: Vec<char> = s.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if (c as u32) < limit {
                    out.push(c as u8);
                    i += 1;
                    continue;
                }
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                match errors {
                    "strict" => {
                        let reason = format!("ordinal not in range({limit})");
                        return Err(vm.raise_new(
                            vm.exc_class("UnicodeEncodeError"),
                            vec![
                                Value::str(name),
                                Value::str(s),
                                Value::Int(i as i64),
                                Value::Int(end as i64),
                                Value::string(reason),
                            ],
                        ));
                    }
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
                    "backslashreplace" => {
                        for &c in &chars[i..end] {
                            out.extend_from_slice(escaped(c).as_bytes());
                        }
                    }
                    "xmlcharrefreplace" => {
                        for &c in &chars[i..end] {
                            out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                        }
                    }
                    _ => return Err(unknown_handler(vm, errors)),
                }
                i = end;
            }
        }
    }
    Ok(out)
}

/// `str()` of a `UnicodeEncodeError` (`encode`) or `UnicodeDecodeError` made from
/// CPython's five arguments `(encoding, object, start, end, reason)`; `None` for other
/// argument shapes.
pub fn unicode_error_str(args: &[Value], encode: bool) -> Option<String> {
    let [Value::Str(enc), object, Value::Int(start), Value::Int(end), Value::Str(reason)] = args
    else {
        return None;
    };
    let (enc, reason, start, end) = (enc.as_str(), reason.as_str(), *start, *end);
    let single = end == start + 1 && start >= 0;
    if encode {
        let Value::Str(obj) = object else { return None };
        let bad = usize::try_from(start)
            .ok()
            .and_then(|i| obj.as_str().chars().nth(i));
        Some(match bad {
            Some(c) if single => format!(
                "'{enc}' codec can't encode character '{}' in position {start}: {reason}",
                escaped(c)
            ),
            _ => format!(
                "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            ),
        })
    } else {
        let Value::Bytes(obj) = object else {
            return None;
        };
        let bad = usize::try_from(start).ok().and_then(|i| obj.get(i));
        Some(match bad {
            Some(x) if single => {
                format!("'{enc}' codec can't decode byte 0x{x:02x} in position {start}: {reason}")
            }
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        })
    }
}

/// One undecodable stretch `b[start..end]` and why.
struct Bad {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// `b` decoded; `errors` is the error handler's name.
pub fn decode(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    let name = match codec {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Utf16(Some(true)) => "utf-16-be",
        Codec::Utf16(_) => "utf-16-le",
        Codec::Utf32(Some(true)) => "utf-32-be",
        Codec::Utf32(_) => "utf-32-le",
    };
    let (codec, name) = match codec {
        Codec::Utf16(None) if b.starts_with(&[0xFE, 0xFF]) => {
            pos = 2;
            (Codec::Utf16(Some(true)), "utf-16-be")
        }
        Codec::Utf16(None) if b.starts_with(&[0xFF, 0xFE]) => {
            pos = 2;
            (Codec::Utf16(Some(false)), name)
        }
        Codec::Utf32(None) if b.starts_with(&[0, 0, 0xFE, 0xFF]) => {
            pos = 4;
            (Codec::Utf32(Some(true)), "utf-32-be")
        }
        Codec::Utf32(None) if b.starts_with(&[0xFF, 0xFE, 0, 0]) => {
            pos = 4;
            (Codec::Utf32(Some(false)), name)
        }
        other => (other, name),
    };
    while pos < b.len() {
        let bad = match codec {
            Codec::Utf8 => utf8_step(b, &mut pos, &mut out),
            Codec::Ascii => {
                if b[pos] < 0x80 {
                    out.push(b[pos] as char);
                    pos += 1;
                    None
                } else {
                    Some(Bad {
                        start: pos,
                        end: pos + 1,
                        reason: "ordinal not in range(128)",
                    })
                }
            }
            Codec::Latin1 => {
                out.push(b[pos] as char);
                pos += 1;
                None
            }
            Codec::Utf16(order) => utf16_step(b, &mut pos, &mut out, order.unwrap_or(false)),
            Codec::Utf32(order) => utf32_step(b, &mut pos, &mut out, order.unwrap_or(false)),
        };
        let Some(bad) = bad else { continue };
        match errors {
            "strict" => {
                return Err(vm.raise_new(
                    vm.exc_class("UnicodeDecodeError"),
                    vec![
                        Value::str(name),
                        Value::Bytes(b.into()),
                        Value::Int(bad.start as i64),
                        Value::Int(bad.end as i64),
                        Value::str(bad.reason),
                    ],
                ));
            }
            "ignore" => {}
            "replace" => out.push('\u{FFFD}'),
            "backslashreplace" => {
                for x in &b[bad.start..bad.end] {
                    out.push_str(&format!("\\x{x:02x}"));
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        pos = bad.end;
    }
    Ok(out)
}

/// Decode one UTF-8 sequence (or a run of valid ones) at `*pos`.
fn utf8_step(b: &[u8], pos: &mut usize, out: &mut String) -> Option<Bad> {
    match std::str::from_utf8(&b[*pos..]) {
        Ok(s) => {
            out.push_str(s);
            *pos = b.len();
            None
        }
        Err(e) => {
            let valid = e.valid_up_to();
            out.push_str(std::str::from_utf8(&b[*pos..*pos + valid]).unwrap_or_default());
            let start = *pos + valid;
            *pos = start;
            let first = b[start];
            let invalid_start = matches!(first, 0x80..=0xC1 | 0xF5..=0xFF);
            Some(match e.error_len() {
                None => Bad {
                    start,
                    end: b.len(),
                    reason: "unexpected end of data",
                },
                Some(n) => Bad {
                    start,
                    end: start + n,
                    reason: if invalid_start {
                        "invalid start byte"
                    } else {
                        "invalid continuation byte"
                    },
                },
            })
        }
    }
}

fn utf16_step(b: &[u8], pos: &mut usize, out: &mut String, big: bool) -> Option<Bad> {
    let unit = |i: usize| -> Option<u16> {
        let pair = [*b.get(i)?, *b.get(i + 1)?];
        Some(if big {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        })
    };
    let start = *pos;
    let Some(u) = unit(start) else {
        return Some(Bad {
            start,
            end: b.len(),
            reason: "truncated data",
        });
    };
    let bad = |end, reason| Some(Bad { start, end, reason });
    match u {
        0xD800..=0xDBFF => match unit(start + 2) {
            Some(lo @ 0xDC00..=0xDFFF) => {
                let c = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(lo) - 0xDC00);
                out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                *pos = start + 4;
                None
            }
            Some(_) => bad(start + 2, "illegal UTF-16 surrogate"),
            None => bad(b.len(), "unexpected end of data"),
        },
        0xDC00..=0xDFFF => bad(start + 2, "illegal encoding"),
        _ => {
            out.push(char::from_u32(u32::from(u)).unwrap_or('\u{FFFD}'));
            *pos = start + 2;
            None
        }
    }
}

fn utf32_step(b: &[u8], pos: &mut usize, out: &mut String, big: bool) -> Option<Bad> {
    let start = *pos;
    let Some(quad) = b.get(start..start + 4) else {
        return Some(Bad {
            start,
            end: b.len(),
            reason: "truncated data",
        });
    };
    let quad = [quad[0], quad[1], quad[2], quad[3]];
    let c = if big {
        u32::from_be_bytes(quad)
    } else {
        u32::from_le_bytes(quad)
    };
    let reason = match c {
        0xD800..=0xDFFF => "code point in surrogate code point range(0xd800, 0xe000)",
        _ => match char::from_u32(c) {
            Some(ch) => {
                out.push(ch);
                *pos = start + 4;
                return None;
            }
            None => "code point not in range(0x110000)",
        },
    };
    Some(Bad {
        start,
        end: start + 4,
        reason,
    })
}

/// The `encoding` and `errors` arguments of `fname` (positional from `pos`, or by
/// keyword), defaulting to `'utf-8'` and `'strict'`.
pub fn codec_args(
    vm: &Vm,
    fname: &str,
    pos: &[crate::object::Value],
    kw: crate::object::function::Kwargs,
) -> PyResult<(String, String)> {
    let mut out = [String::from("utf-8"), String::from("strict")];
    for (i, name) in ["encoding", "errors"].into_iter().enumerate() {
        let Some(v) = pos.get(i).cloned().or_else(|| super::kwarg(kw, name)) else {
            continue;
        };
        out[i] = v
            .as_str()
            .ok_or_else(|| {
                vm.type_error(format!(
                    "{fname}() argument '{name}' must be str, not {}",
                    vm.type_name(&v)
                ))
            })?
            .to_string();
    }
    let [encoding, errors] = out;
    Ok((encoding, errors))
}
