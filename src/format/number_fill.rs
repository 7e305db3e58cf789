//! Laying out a formatted number inside its field: sign, prefix, padding,
//! thousands grouping (including zero padding that is itself grouped) —
//! a port of CPython's `calc_number_widths`, `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping`.

use super::error::{check_alloc, FormatError};
use super::spec::Resolved;

/// The pieces of a number to lay out.
pub(crate) struct NumberParts<'a> {
    /// `Some('-')` when the number is negative.
    pub negative: bool,
    /// Base prefix such as `0x` (already in the right case).
    pub prefix: &'a str,
    /// Integer digits (ASCII, may be empty for `c`).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Text after the decimal point (fraction, exponent, `%`, `inf`...).
    pub remainder: &'a str,
}

/// Group `digits` from the right, zero-padding up to `min_width`
/// characters (separators included).
fn group_digits(digits: &[u8], min_width: i64, grouping: Option<(char, usize)>) -> Vec<char> {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut pos = digits.len();
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + digits.len() / 3 + 2);
    let emit =
        |rev: &mut Vec<char>, sep: Option<char>, n_chars: i64, n_zeros: i64, pos: &mut usize| {
            if let Some(c) = sep {
                rev.push(c);
            }
            for _ in 0..n_chars {
                *pos -= 1;
                rev.push(digits[*pos] as char);
            }
            for _ in 0..n_zeros {
                rev.push('0');
            }
        };
    let mut use_sep = false;
    let mut done = false;
    if let Some((sep, glen)) = grouping {
        let glen = glen as i64;
        loop {
            let len = glen.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, use_sep.then_some(sep), n_chars, n_zeros, &mut pos);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !done {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = grouping.map(|g| g.0).filter(|_| use_sep);
        emit(&mut rev, sep, n_chars, n_zeros, &mut pos);
    }
    rev.reverse();
    rev
}

/// Lay out a number per the resolved spec, `width` and `sign` option.
pub(crate) fn fill_number(
    parts: &NumberParts<'_>,
    spec: &Resolved,
    width: Option<usize>,
    sign_opt: Option<char>,
) -> Result<String, FormatError> {
    let width: i64 = width.map_or(-1, |w| w.min(i64::MAX as usize) as i64);
    if width > 0 {
        check_alloc(width as usize)?;
    }
    let sign = match (sign_opt, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit = sign.is_some() as i64 + n_prefix + parts.has_decimal as i64 + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        Vec::new()
    } else {
        group_digits(parts.digits.as_bytes(), min_width, spec.grouping)
    };
    let n_padding = width - (n_non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let total = (n_padding.max(0) + n_non_digit + grouped.len() as i64) as usize;
    let mut out = String::with_capacity(total + 8);
    let pad = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(spec.fill);
        }
    };
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    pad(&mut out, spad);
    out.extend(grouped.iter());
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(&mut out, rpad);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::group_digits;

    fn g(d: &str, w: i64, grp: Option<(char, usize)>) -> String {
        group_digits(d.as_bytes(), w, grp).into_iter().collect()
    }

    #[test]
    fn grouping() {
        assert_eq!(g("1234567", 0, Some((',', 3))), "1,234,567");
        assert_eq!(g("123", 0, Some((',', 3))), "123");
        assert_eq!(g("12345", 8, Some((',', 3))), "0,012,345");
        assert_eq!(g("12345", 10, Some((',', 3))), "00,012,345");
        assert_eq!(g("ff", 6, Some(('_', 4))), "0_00ff");
        assert_eq!(g("5", 4, None), "0005");
        assert_eq!(g("12345", 0, None), "12345");
    }
}
