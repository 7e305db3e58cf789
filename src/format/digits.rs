//! Decimal digit generation for finite doubles, in the shape David Gay's
//! `dtoa` returns (`digits` without trailing zeros, decimal point position
//! `decpt`, value = 0.d1d2d3... * 10**decpt).
//!
//! Rust's float formatting is exact and correctly rounded with
//! round-half-even on the exact binary value (like glibc and Gay's code), so
//! we reuse it and only reshape the output.

use std::fmt::Write;

/// Digits of `|x|` plus the decimal point position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    /// ASCII digits, no leading or trailing zeros except `"0"` for zero.
    pub digits: String,
    /// Position of the decimal point relative to the start of `digits`.
    pub decpt: i64,
}

/// Parse Rust's `{:e}`-style output (`"1.25e-3"`) of a non-negative value.
fn from_exp_notation(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed);
    if digits.is_empty() {
        return zero();
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

fn zero() -> Digits {
    Digits {
        digits: "0".to_string(),
        decpt: 1,
    }
}

/// Shortest digits that round-trip (Gay mode 0, used by `repr`).
pub(crate) fn shortest(x: f64) -> Digits {
    if x == 0.0 {
        return zero();
    }
    let mut s = String::with_capacity(32);
    let _ = write!(s, "{:e}", x.abs());
    let d = from_exp_notation(&s);
    // Rust picks the upper candidate when two shortest strings are equally
    // close to x; Gay's dtoa rounds half to even.  Such ties need 16+ digits
    // (shorter decimals are spaced wider than doubles), so only then compare
    // with the correctly rounded string of the same length.
    if d.digits.len() >= 16 && tie_possible(x) {
        let c = significant(x, d.digits.len());
        if c != d && round_trips(&c, x.abs()) {
            return c;
        }
    }
    d
}

/// Whether `x` could lie exactly halfway between two 16- or 17-digit
/// decimals, i.e. its exact decimal expansion has at most 18 significant
/// digits.  Cheap filter for [`shortest`].
fn tie_possible(x: f64) -> bool {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if mant == 0 {
        return false;
    }
    let tz = mant.trailing_zeros();
    let (m, e) = (mant >> tz, e + tz as i64);
    if e >= 0 {
        return true;
    }
    // x = m * 5**k / 10**k: m * 5**k must have at most 18 digits.
    let k = (-e) as u32;
    k <= 26 && (m as u128) * 5u128.pow(k) < 10u128.pow(18)
}

/// Whether the decimal `d` reads back as `x`.
fn round_trips(d: &Digits, x: f64) -> bool {
    let text = format!("{}e{}", d.digits, d.decpt - d.digits.len() as i64);
    text.parse::<f64>() == Ok(x)
}

/// At most `n >= 1` significant digits, correctly rounded (Gay mode 2).
pub(crate) fn significant(x: f64, n: usize) -> Digits {
    if x == 0.0 {
        return zero();
    }
    // A double has at most 767 significant decimal digits; more are zeros.
    let n = n.min(800);
    let mut s = String::with_capacity(n + 8);
    let _ = write!(s, "{:.*e}", n.saturating_sub(1), x.abs());
    from_exp_notation(&s)
}

/// Digits up to `p` places after the decimal point, correctly rounded
/// (Gay mode 3).  A value that rounds to zero gives `"0"`, `decpt == 1`.
pub(crate) fn fixed(x: f64, p: usize) -> Digits {
    // A double has at most 1074 digits after the point; more are zeros.
    let p = p.min(1100);
    let mut s = String::with_capacity(p + 32);
    let _ = write!(s, "{:.*}", p, x.abs());
    let int_part = s.split('.').next().unwrap_or("");
    let mut decpt = int_part.len() as i64;
    let all = s.as_bytes();
    let mut digits = String::with_capacity(all.len());
    let mut leading = true;
    for &b in all {
        if b == b'.' {
            continue;
        }
        if leading && b == b'0' {
            decpt -= 1;
            continue;
        }
        leading = false;
        digits.push(b as char);
    }
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed);
    if digits.is_empty() {
        return zero();
    }
    Digits { digits, decpt }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str, p: i64) -> Digits {
        Digits {
            digits: s.into(),
            decpt: p,
        }
    }

    #[test]
    fn shapes() {
        assert_eq!(shortest(0.1), d("1", 0));
        assert_eq!(shortest(-1234.5), d("12345", 4));
        assert_eq!(shortest(1e16), d("1", 17));
        assert_eq!(shortest(5e-324), d("5", -323));
        assert_eq!(shortest(0.0), d("0", 1));
        // Ties between two shortest candidates go to the even digit.
        assert_eq!(
            shortest(1098751528396216.0 + 0.25),
            d("10987515283962162", 16)
        );
        assert_eq!(
            shortest(134952995574088.0 + 0.125),
            d("13495299557408812", 15)
        );
        assert_eq!(significant(2.675, 3), d("267", 1));
        assert_eq!(significant(1.0, 5), d("1", 1));
        assert_eq!(significant(9.99, 2), d("1", 2));
        assert_eq!(fixed(0.125, 2), d("12", 0));
        assert_eq!(fixed(0.0012, 4), d("12", -2));
        assert_eq!(fixed(0.0001, 2), d("0", 1));
        assert_eq!(fixed(100.0, 0), d("1", 3));
        assert_eq!(fixed(0.5, 0), d("0", 1));
        assert_eq!(fixed(1.5, 0), d("2", 1));
    }
}
