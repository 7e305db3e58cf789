//! Unicode character predicates matching CPython: printable (for repr),
//! decimal digit value and whitespace (for `int()`, `float()` and widths).

use super::tables::{DECIMAL_ZEROS, NON_PRINTABLE, WHITESPACE};

/// `c.isprintable()` as CPython 3.11 defines it.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7f {
        return cp >= 0x20;
    }
    // Find the last range starting at or before cp.
    let idx = NON_PRINTABLE.partition_point(|&(lo, _)| lo <= cp);
    idx == 0 || NON_PRINTABLE[idx - 1].1 < cp
}

/// `unicodedata.decimal(c)`: the value of a Unicode decimal digit (`Nd`).
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if cp < 0x80 {
        return c.to_digit(10);
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let d = cp - DECIMAL_ZEROS[idx - 1];
    (d < 10).then_some(d)
}

/// `c.isspace()` as CPython defines it.
pub fn is_space(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return matches!(cp, 0x09..=0x0d | 0x1c..=0x20);
    }
    WHITESPACE.binary_search(&cp).is_ok()
}

/// Replace Unicode whitespace by `' '`, decimal digits by ASCII digits and
/// any other non-ASCII character by `'?'` (CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`).
pub(crate) fn to_ascii_digits_and_spaces(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if is_space(c) {
                b' '
            } else if let Some(d) = decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable() {
        for (c, p) in [
            ('a', true),
            (' ', true),
            ('\n', false),
            ('\x7f', false),
            ('\u{a0}', false),
            ('\u{a1}', true),
            ('\u{ad}', false),
            ('中', true),
            ('\u{200b}', false),
            ('\u{2028}', false),
            ('\u{3000}', false),
            ('\u{e000}', false),
            ('\u{1f600}', true),
            ('\u{10ffff}', false),
            ('\u{378}', false),
            ('é', true),
        ] {
            assert_eq!(is_printable(c), p, "{c:?}");
        }
    }

    #[test]
    fn decimals_and_spaces() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('９'), Some(9));
        assert_eq!(decimal_value('²'), None);
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0));
        assert!(is_space('\u{3000}'));
        assert!(is_space('\x1c'));
        assert!(is_space('\u{85}'));
        assert!(!is_space('\u{200b}'));
        assert!(!is_space('a'));
        assert_eq!(to_ascii_digits_and_spaces("\u{3000}١x中"), b" 1x?".to_vec());
    }
}
