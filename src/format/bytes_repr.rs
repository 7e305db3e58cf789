//! `repr(bytes)`: `b'...'` with CPython's quote choice and escapes.

use std::fmt::Write;

/// CPython's `repr()` of a bytes object (`b'\x00abc\n'`).
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            b' '..=b'~' => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expectations generated with CPython 3.11.7 repr(bytes).
    #[test]
    fn table() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "b''"),
            (b"\x00abc\n", "b'\\x00abc\\n'"),
            (b"it's", "b\"it's\""),
            (b"it's \"x\"", "b'it\\'s \"x\"'"),
            (b"\"", "b'\"'"),
            (b"\\", "b'\\\\'"),
            (b"\t\r\x7f\x80\xff", "b'\\t\\r\\x7f\\x80\\xff'"),
            (b"~ ", "b'~ '"),
            (b"\x1b[0m", "b'\\x1b[0m'"),
        ];
        for &(b, want) in cases {
            assert_eq!(bytes_repr(b), want, "{b:?}");
        }
    }
}
