//! `format(str, spec)`: only type `s` (or none), precision truncates,
//! default left alignment; a port of CPython's `format_string_internal`.

use super::error::{check_alloc, FormatError};
use super::spec::{parse_spec, unknown_code, FormatSpec};

/// `format(v, spec)` for a str whose Python type is `type_name`.  All errors
/// are `ValueError` (`'=' alignment not allowed in string format specifier`,
/// `Sign not allowed in string format specifier`, ...).
pub fn format_str(v: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let r = spec.resolve('s', '<')?;
    if r.ty != 's' {
        return Err(unknown_code(r.ty, type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if r.align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    // Truncate to `precision` characters.
    let text = match spec.precision {
        Some(p) => match v.char_indices().nth(p) {
            Some((i, _)) => &v[..i],
            None => v,
        },
        None => v,
    };
    let width = match spec.width {
        Some(w) => w,
        None => return Ok(text.to_string()),
    };
    let len = text.chars().count();
    if width <= len {
        return Ok(text.to_string());
    }
    check_alloc(width)?;
    let pad = width - len;
    let left = match r.align {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + pad * r.fill.len_utf8());
    out.extend(std::iter::repeat_n(r.fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(r.fill, pad - left));
    Ok(out)
}

/// Parse `spec` and format `v` (`str.__format__`).
pub fn format_str_spec(v: &str, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    format_str(v, &parse_spec(spec, type_name)?, type_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(v: &str, spec: &str) -> String {
        match format_str_spec(v, spec, "str") {
            Ok(s) => s,
            Err(e) => format!("{}: {}", e.exception_name(), e.message()),
        }
    }

    // Expectations generated with CPython 3.11.7: format(v, spec).
    const CASES: &[(&str, &str, &str)] = &[
        ("abc", "", "abc"),
        ("héllo", "", "héllo"),
        ("", "s", ""),
        ("中文字", "s", "中文字"),
        ("héllo", "10", "héllo     "),
        ("a\tb", "10", "a\tb       "),
        ("中文字", "<10", "中文字       "),
        ("abc", "<10", "abc       "),
        ("a\tb", ">10", "       a\tb"),
        ("", ">10", "          "),
        ("abc", "^10", "   abc    "),
        ("héllo", "^10", "  héllo   "),
        ("", "*^9", "*********"),
        ("中文字", "*^9", "***中文字***"),
        ("héllo", ".2", "hé"),
        ("a\tb", ".2", "a\t"),
        ("中文字", "10.2", "中文        "),
        ("abc", "10.2", "ab        "),
        (
            "a\tb",
            "=10",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "",
            "=10",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "abc",
            "+",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "héllo",
            "+",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "",
            " ",
            "ValueError: Space not allowed in string format specifier",
        ),
        (
            "中文字",
            " ",
            "ValueError: Space not allowed in string format specifier",
        ),
        (
            "héllo",
            "-",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a\tb",
            "-",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "中文字",
            "#",
            "ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "abc",
            "#",
            "ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "a\tb",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("abc", ",", "ValueError: Cannot specify ',' with 's'."),
        ("héllo", ",", "ValueError: Cannot specify ',' with 's'."),
        ("", "_", "ValueError: Cannot specify '_' with 's'."),
        ("中文字", "_", "ValueError: Cannot specify '_' with 's'."),
        (
            "héllo",
            "d",
            "ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        (
            "a\tb",
            "d",
            "ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("中文字", "05", "中文字00"),
        ("abc", "05", "abc00"),
        ("a\tb", "0>5", "00a\tb"),
        ("", "0>5", "00000"),
        (
            "abc",
            "x",
            "ValueError: Unknown format code 'x' for object of type 'str'",
        ),
        (
            "héllo",
            "x",
            "ValueError: Unknown format code 'x' for object of type 'str'",
        ),
        ("", "^", ""),
        ("中文字", "^", "中文字"),
        ("héllo", ".0", ""),
        ("a\tb", ".0", ""),
        ("中文字", "\u{3000}<6", "中文字\u{3000}\u{3000}\u{3000}"),
        ("abc", "\u{3000}<6", "abc\u{3000}\u{3000}\u{3000}"),
        ("a\tb", "^7s", "  a\tb  "),
        ("", "^7s", "       "),
        ("abc", ".10", "abc"),
        ("héllo", ".10", "héllo"),
        ("", "2", "  "),
        ("中文字", "2", "中文字"),
        ("héllo", "3.1s", "h  "),
        ("a\tb", "3.1s", "a  "),
        ("中文字", "<", "中文字"),
        ("abc", "<", "abc"),
        ("a\tb", ">0", "a\tb"),
        ("", ">0", ""),
        ("abc", "!^1", "abc"),
        ("héllo", "!^1", "héllo"),
    ];

    #[test]
    fn table() {
        for &(v, spec, want) in CASES {
            assert_eq!(fmt(v, spec), want, "format({v:?}, {spec:?})");
        }
        assert!(CASES.len() > 30);
    }
}
