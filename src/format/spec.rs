//! Parsing of the format-spec mini-language
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//! and resolution of per-type defaults, following CPython's
//! `parse_internal_render_format_spec`.

use super::error::FormatError;
use super::unicode::decimal_value;

/// A parsed format spec.  Fields hold what was written; defaults that depend
/// on the formatted type are applied by [`FormatSpec::resolve`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only present together with `align`).
    pub fill: Option<char>,
    /// Explicit alignment, one of `< > = ^`.
    pub align: Option<char>,
    /// Sign option, one of `+ - ' '`.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width when no fill was given.
    pub zero_pad: bool,
    /// Minimum width in characters.
    pub width: Option<usize>,
    /// Thousands separator, `,` or `_`.
    pub grouping: Option<char>,
    /// Precision (digits or maximum string length).
    pub precision: Option<usize>,
    /// Presentation type character, if any (may be any character).
    pub ty: Option<char>,
}

/// A spec with type-dependent defaults applied.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resolved {
    pub fill: char,
    pub align: char,
    pub ty: char,
    /// Separator and group size (3, or 4 for `_` with `b o x X`).
    pub grouping: Option<(char, usize)>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Render a presentation type for error messages (`'z'` or `'\x1'`).
pub(crate) fn type_for_message(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

/// CPython's `%.200s` truncation of a type name.
pub(crate) fn short_type_name(name: &str) -> &str {
    match name.char_indices().nth(200) {
        Some((i, _)) => &name[..i],
        None => name,
    }
}

/// `Unknown format code 'z' for object of type 'int'` (ValueError).
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code {} for object of type '{}'",
        type_for_message(ty),
        short_type_name(type_name)
    ))
}

/// Parse a run of (Unicode) decimal digits.  Returns the value and how many
/// characters were consumed; errors like CPython on `Py_ssize_t` overflow.
fn parse_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FormatError> {
    let mut acc: u64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d as u64;
        *pos += 1;
        n += 1;
    }
    Ok((usize::try_from(acc).unwrap_or(usize::MAX), n))
}

/// Parse a format spec.  `type_name` is the Python type of the value being
/// formatted, used in the message of
/// `Invalid format specifier '...' for object of type '...'`.  All errors
/// are `ValueError`.
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();

    if end >= 2 && is_align(chars[1]) {
        out.fill = Some(chars[0]);
        out.align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        out.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && pos < end && chars[pos] == '0' {
        out.zero_pad = true;
        pos += 1;
    }
    let (width, consumed) = parse_integer(&chars, &mut pos)?;
    if consumed > 0 {
        out.width = Some(width);
    }
    if pos < end && chars[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && out.grouping == Some('_') {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (prec, consumed) = parse_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(FormatError::value("Format specifier missing precision"));
        }
        out.precision = Some(prec);
    }
    if end - pos > 1 {
        return Err(FormatError::Value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            short_type_name(type_name)
        )));
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    Ok(out)
}

impl FormatSpec {
    /// Apply the defaults of a type (`default_type` is `'d'` for int,
    /// `'\0'` for float, `'s'` for str; `default_align` is `'>'` for
    /// numbers, `'<'` for strings) and validate the grouping option.
    pub(crate) fn resolve(
        &self,
        default_type: char,
        default_align: char,
    ) -> Result<Resolved, FormatError> {
        let ty = self.ty.unwrap_or(default_type);
        let mut fill = self.fill.unwrap_or(' ');
        let mut align = self.align.unwrap_or(default_align);
        if self.zero_pad {
            fill = '0';
            if self.align.is_none() && default_align == '>' {
                align = '=';
            }
        }
        let grouping = match self.grouping {
            None => None,
            Some(sep) => match ty {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Some((sep, 3)),
                'b' | 'o' | 'x' | 'X' if sep == '_' => Some((sep, 4)),
                _ => {
                    return Err(FormatError::Value(format!(
                        "Cannot specify '{}' with {}.",
                        sep,
                        type_for_message(ty)
                    )))
                }
            },
        };
        Ok(Resolved {
            fill,
            align,
            ty,
            grouping,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_fields() {
        let s = parse_spec("*^+z#012,.3f", "float").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_zero && s.alternate);
        assert!(!s.zero_pad); // fill given: the 0 starts the width
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        let s = parse_spec("010_x", "int").unwrap();
        assert!(s.zero_pad);
        assert_eq!(s.width, Some(10));
        assert_eq!(parse_spec("", "int").unwrap(), FormatSpec::default());
        assert_eq!(parse_spec("٣", "int").unwrap().width, Some(3));
    }

    #[test]
    fn parse_errors() {
        let e = |s: &str| parse_spec(s, "int").unwrap_err().message().to_string();
        assert_eq!(
            e("xx"),
            "Invalid format specifier 'xx' for object of type 'int'"
        );
        assert_eq!(e("."), "Format specifier missing precision");
        assert_eq!(e(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(
            e("99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            e(".99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert!(parse_spec("9223372036854775807", "int").is_ok());
        assert!(parse_spec("9223372036854775808", "int").is_err());
    }
}
