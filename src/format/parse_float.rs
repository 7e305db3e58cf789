//! `float(str)`: whitespace, underscores between digits, Unicode digits,
//! `inf`/`infinity`/`nan` in any case with an optional sign; a port of
//! CPython's `PyFloat_FromString`.  Conversion is correctly rounded.

use super::error::FormatError;
use super::parse_int::is_c_space;
use super::str_repr::str_repr;
use super::unicode::to_ascii_digits_and_spaces;

/// Remove underscores that sit between two digits; `None` if any
/// underscore is misplaced (CPython's `_Py_string_to_number_with_underscores`).
fn strip_underscores(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == 0 {
            return None;
        }
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// Whether `b` is `digits[.digits][e[sign]digits]` with at least one
/// mantissa digit (no sign).
fn is_decimal_literal(b: &[u8]) -> bool {
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == b.len()
}

/// `float(s)`.  The only error is `ValueError("could not convert string to
/// float: <repr of s>")`.
pub fn parse_float(s: &str) -> Result<f64, FormatError> {
    let invalid = || {
        FormatError::Value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    };
    let mut b = to_ascii_digits_and_spaces(s);
    if b.contains(&b'_') {
        b = strip_underscores(&b).ok_or_else(invalid)?;
    }
    let start = b.iter().position(|&c| !is_c_space(c)).ok_or_else(invalid)?;
    let end = b
        .iter()
        .rposition(|&c| !is_c_space(c))
        .map_or(start, |e| e + 1);
    let t = &b[start..end];
    let (negative, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = if lower == b"inf" || lower == b"infinity" {
        f64::INFINITY
    } else if lower == b"nan" {
        f64::NAN
    } else if is_decimal_literal(body) {
        std::str::from_utf8(body)
            .ok()
            .and_then(|x| x.parse::<f64>().ok())
            .ok_or_else(invalid)?
    } else {
        return Err(invalid());
    };
    Ok(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expectations generated with CPython 3.11.7: float(s).hex() / repr,
    // or the error message.
    const CASES: &[(&str, &str)] = &[
        ("1.5", "3ff8000000000000"),
        (" 1.5 ", "3ff8000000000000"),
        ("1e5", "40f86a0000000000"),
        ("1E-5", "3ee4f8b588e368f1"),
        ("inf", "7ff0000000000000"),
        ("-Infinity", "fff0000000000000"),
        ("+INF", "7ff0000000000000"),
        ("nan", "nan"),
        ("-nan", "nan"),
        ("NaN", "nan"),
        ("infinit", "ValueError: could not convert string to float: 'infinit'"),
        ("in", "ValueError: could not convert string to float: 'in'"),
        ("1_000.5", "408f440000000000"),
        ("1__0", "ValueError: could not convert string to float: '1__0'"),
        ("_1", "ValueError: could not convert string to float: '_1'"),
        ("1_", "ValueError: could not convert string to float: '1_'"),
        ("1_e5", "ValueError: could not convert string to float: '1_e5'"),
        ("1e_5", "ValueError: could not convert string to float: '1e_5'"),
        ("1e5_", "ValueError: could not convert string to float: '1e5_'"),
        ("1._5", "ValueError: could not convert string to float: '1._5'"),
        ("1_.5", "ValueError: could not convert string to float: '1_.5'"),
        (".5", "3fe0000000000000"),
        ("5.", "4014000000000000"),
        (".", "ValueError: could not convert string to float: '.'"),
        ("e5", "ValueError: could not convert string to float: 'e5'"),
        ("1e", "ValueError: could not convert string to float: '1e'"),
        ("1e+", "ValueError: could not convert string to float: '1e+'"),
        ("1e+5", "40f86a0000000000"),
        ("-.5e-3", "bf40624dd2f1a9fc"),
        ("abc", "ValueError: could not convert string to float: 'abc'"),
        ("", "ValueError: could not convert string to float: ''"),
        ("   ", "ValueError: could not convert string to float: '   '"),
        ("1.5.", "ValueError: could not convert string to float: '1.5.'"),
        ("0x1p3", "ValueError: could not convert string to float: '0x1p3'"),
        ("١٢٣.٥", "405ee00000000000"),
        ("\u{3000} 2.5\u{2003}", "4004000000000000"),
        ("1\u{0}", "ValueError: could not convert string to float: '1\\x00'"),
        ("1e400", "7ff0000000000000"),
        ("-1e400", "fff0000000000000"),
        ("1e-400", "0000000000000000"),
        ("2.2250738585072011e-308", "000fffffffffffff"),
        ("4.9e-324", "0000000000000001"),
        ("2.4703282292062327e-324", "0000000000000000"),
        ("2.4703282292062328e-324", "0000000000000001"),
        ("0.1", "3fb999999999999a"),
        ("9007199254740993", "4340000000000000"),
        ("1.7976931348623158e308", "7fefffffffffffff"),
        ("1.7976931348623159e308", "7ff0000000000000"),
        ("1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", "7ff0000000000000"),
        ("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "0000000000000000"),
        ("1e-99999999999999999999", "0000000000000000"),
        ("1e99999999999999999999", "7ff0000000000000"),
        ("+1.0", "3ff0000000000000"),
        ("- 1", "ValueError: could not convert string to float: '- 1'"),
        ("++1", "ValueError: could not convert string to float: '++1'"),
        ("1 2", "ValueError: could not convert string to float: '1 2'"),
        ("\t3.25\n", "400a000000000000"),
        ("1,5", "ValueError: could not convert string to float: '1,5'"),
        ("é", "ValueError: could not convert string to float: 'é'"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ValueError: could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'"),
        ("1.5 a", "ValueError: could not convert string to float: '1.5 a'"),
        ("0012.50", "4029000000000000"),
        ("1_2.3_4e1_0", "423cbb3692000000"),
    ];

    #[test]
    fn table() {
        for &(s, want) in CASES {
            let got = match parse_float(s) {
                Ok(v) if v.is_nan() => "nan".to_string(),
                Ok(v) => format!("{:016x}", v.to_bits()),
                Err(e) => format!("{}: {}", e.exception_name(), e.message()),
            };
            assert_eq!(got, want, "float({s:?})");
        }
        assert!(CASES.len() > 40);
    }

    #[test]
    fn negative_nan_has_sign() {
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert!(parse_float("nan").unwrap().is_sign_positive());
    }
}
