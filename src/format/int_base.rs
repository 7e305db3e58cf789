//! `bin()`, `oct()`, `hex()` and general base conversion of ints.

use num_bigint::BigInt;

use super::int_value::IntRef;

/// Digits of `v` in `base` (2..=36, clamped), lowercase, with a leading `-`
/// for negatives.  With `prefix`, bases 2, 8 and 16 get `0b`, `0o`, `0x`
/// after the sign (`hex(-31) == "-0x1f"`).  No digit limit is applied; use
/// [`super::int_str`] for `str(int)`.
pub fn int_to_base(v: &BigInt, base: u32, prefix: bool) -> String {
    let r = IntRef::Big(v);
    let digits = if base == 10 {
        v.magnitude().to_str_radix(10)
    } else {
        r.magnitude_digits(base, false).unwrap_or_default()
    };
    let p = match (prefix, base) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if r.is_negative() { "-" } else { "" };
    format!("{sign}{p}{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases() {
        let b = |s: &str| s.parse::<BigInt>().unwrap();
        assert_eq!(int_to_base(&b("-31"), 16, true), "-0x1f");
        assert_eq!(int_to_base(&b("0"), 2, true), "0b0");
        assert_eq!(int_to_base(&b("8"), 8, true), "0o10");
        assert_eq!(int_to_base(&b("-5"), 2, true), "-0b101");
        assert_eq!(int_to_base(&b("35"), 36, false), "z");
        assert_eq!(
            int_to_base(&b("340282366920938463463374607431768211455"), 16, true),
            "0xffffffffffffffffffffffffffffffff"
        );
        assert_eq!(
            int_to_base(&b("-18446744073709551616"), 8, true),
            "-0o2000000000000000000000"
        );
    }
}
