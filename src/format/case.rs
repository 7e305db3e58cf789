//! Unicode case mapping and numeric predicates as CPython's `str` methods apply them:
//! `title`, `capitalize`, `casefold`, `isdigit`, `isdecimal`, `isnumeric`.

use super::case_tables::{CASEFOLD, DIGIT, NUMERIC, TITLE};

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    let idx = table.partition_point(|&(lo, _)| lo <= cp);
    idx > 0 && table[idx - 1].1 >= cp
}

fn special(table: &[(char, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// `c.isdigit()`: decimal digits and other digits (superscripts, circled digits, ...).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(DIGIT, c)
}

/// `c.isdecimal()`: the Unicode decimal digits (category `Nd`).
pub fn is_decimal(c: char) -> bool {
    super::unicode::decimal_value(c).is_some()
}

/// `c.isnumeric()`: any character with a numeric value (fractions, CJK numerals, ...).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(NUMERIC, c)
}

/// Whether `c` is cased (upper, lower or title case), as `title` and `istitle` see it.
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Whether `c` is a title-case letter (category `Lt`, such as `ǅ`).
pub fn is_titlecase(c: char) -> bool {
    !c.is_uppercase()
        && !c.is_lowercase()
        && special(TITLE, c).is_some_and(|t| t.chars().eq(std::iter::once(c)))
}

/// Append the title case of `c` (`'ß'` gives `"Ss"`).
pub fn push_title(out: &mut String, c: char) {
    match special(TITLE, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// Append the case folding of `c` (`'ß'` gives `"ss"`).
pub fn push_casefold(out: &mut String, c: char) {
    match special(CASEFOLD, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_lowercase()),
    }
}

/// `s.title()`: title-case the first cased letter of each run, lower-case the rest.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character title-cased, the rest lower-cased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    if let Some(first) = chars.next() {
        push_title(&mut out, first);
    }
    for c in chars {
        out.extend(c.to_lowercase());
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(&mut out, c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mappings() {
        assert_eq!(title("ß x"), "Ss X");
        assert_eq!(capitalize("ßA"), "Ssa");
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(title("ǆemal"), "ǅemal");
        assert!(is_titlecase('ǅ'));
        assert!(!is_titlecase('A'));
    }

    #[test]
    fn numeric() {
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('²'));
        assert!(!is_digit('½') && is_numeric('½'));
        assert!(is_numeric('三') && !is_digit('三'));
        assert!(is_decimal('٣') && is_digit('٣'));
        assert!(!is_numeric('a'));
    }
}
