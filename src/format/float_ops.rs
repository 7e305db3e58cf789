//! Float arithmetic whose Python semantics are subtle: `round(x, n)`
//! (correctly rounded through the exact decimal value), `round(x)` half to
//! even, and floor division / modulo with the divisor's sign.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use super::error::FormatError;

/// `round(x)` for a float, half to even, as a float (the caller converts to
/// int and raises for `inf`/`nan`).
pub fn float_round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - r).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// `round(x, ndigits)` for a float (ndigits already clipped to `i64`).
/// Rounds the exact binary value half to even.  Error:
/// `Overflow("rounded value too large to represent")`.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // Beyond these bounds the result is trivially x or a signed zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
    } else {
        round_to_power_of_ten(x, (-ndigits) as u32)
    };
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(rounded)
}

/// Decimal text of `x` rounded (half to even, exactly) to a multiple of
/// `10**k`, e.g. `"-12e2"`.
fn round_to_power_of_ten(x: f64, k: u32) -> String {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    // |x| = mant * 2**e = num / den.
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(10u32).pow(k);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += BigInt::one();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if q.is_zero() {
        format!("{sign}0")
    } else {
        format!("{sign}{}e{k}", q.abs())
    }
}

/// Python's `a % b` for floats (`b != 0`; the caller raises
/// `ZeroDivisionError`): the result has the sign of `b`.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python's `divmod(a, b)` = `(a // b, a % b)` for floats (`b != 0`).
pub fn float_floordiv_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expectations generated with CPython 3.11.7: round(x, n).
    const ROUND_CASES: &[(u64, i64, &str)] = &[
        (0x4005666666666666, 2, "40055c28f5c28f5c"),
        (0x3fc0000000000000, 2, "3fbeb851eb851eb8"),
        (0x3fd8000000000000, 2, "3fd851eb851eb852"),
        (0x3fe0000000000000, 0, "0000000000000000"),
        (0x3ff8000000000000, 0, "4000000000000000"),
        (0x4004000000000000, 0, "4000000000000000"),
        (0xbfe0000000000000, 0, "8000000000000000"),
        (0x40934a0000000000, -1, "4093380000000000"),
        (0x4093880000000000, -2, "4092c00000000000"),
        (0x4095180000000000, -2, "4095e00000000000"),
        (0xc093880000000000, -2, "c092c00000000000"),
        (0x7fe1ccf385ebc8a0, -308, "7fe1ccf385ebc8a0"),
        (
            0x7fefffffffffffff,
            -308,
            "OverflowError: rounded value too large to represent",
        ),
        (
            0x7fefffffffffffff,
            -307,
            "OverflowError: rounded value too large to represent",
        ),
        (0x0000000000000001, 323, "0000000000000000"),
        (0x0000000000000001, 324, "0000000000000001"),
        (0x0000000000000001, 400, "0000000000000001"),
        (0x3fb999999999999a, 1, "3fb999999999999a"),
        (0x3fc3333333333333, 1, "3fb999999999999a"),
        (0x3fd0000000000000, 1, "3fc999999999999a"),
        (0x7e37e43c8800759c, -299, "7e37e43c8800759c"),
        (0x405edd2f1a9fbe77, -400, "0000000000000000"),
        (0xc05edd2f1a9fbe77, -400, "8000000000000000"),
        (0x7ff0000000000000, 2, "7ff0000000000000"),
        (0xfff0000000000000, -2, "fff0000000000000"),
        (0x7ff8000000000000, 2, "nan"),
        (0x01aa74fe1c132c0e, 305, "01aa750112b38e8c"),
        (0x4023000000000000, 0, "4024000000000000"),
        (0x8000000000000000, 2, "8000000000000000"),
        (0x3f1a36e2eb1c432d, 2, "0000000000000000"),
        (0xbf1a36e2eb1c432d, 2, "8000000000000000"),
        (0x430c6bf526340004, 0, "430c6bf526340000"),
        (0x4016333333333333, 1, "4016000000000000"),
        (0x4004000000000000, -1, "0000000000000000"),
        (0x4039000000000000, -1, "4034000000000000"),
        (0x4041800000000000, -1, "4044000000000000"),
        (0xc041800000000000, -1, "c044000000000000"),
        (0x419d6f3454000000, -5, "419d71d780000000"),
        (0x3fd3333333333334, 15, "3fd3333333333333"),
        (0x3fd3333333333334, 16, "3fd3333333333333"),
        (0x3fd5555555555555, 10, "3fd55555554c2bb5"),
        (0x0000000000000001, -5, "0000000000000000"),
        (0x432ff973cafa8000, -16, "0000000000000000"),
        (0x4331c37937e08000, -16, "0000000000000000"),
        (0x4341c37937e08000, -16, "4341c37937e08000"),
        (0x7fe1ccf25b46d3fc, -308, "7fe1ccf385ebc8a0"),
        (
            0x7feab36d48e1acf0,
            -308,
            "OverflowError: rounded value too large to represent",
        ),
    ];
    // Expectations generated with CPython 3.11.7: divmod(a, b).
    const DIVMOD_CASES: &[(u64, u64, u64, u64)] = &[
        (
            0x401c000000000000,
            0x4000000000000000,
            0x4008000000000000,
            0x3ff0000000000000,
        ),
        (
            0xc01c000000000000,
            0x4000000000000000,
            0xc010000000000000,
            0x3ff0000000000000,
        ),
        (
            0x401c000000000000,
            0xc000000000000000,
            0xc010000000000000,
            0xbff0000000000000,
        ),
        (
            0xc01c000000000000,
            0xc000000000000000,
            0x4008000000000000,
            0xbff0000000000000,
        ),
        (
            0x0000000000000000,
            0x4014000000000000,
            0x0000000000000000,
            0x0000000000000000,
        ),
        (
            0x8000000000000000,
            0x4014000000000000,
            0x8000000000000000,
            0x0000000000000000,
        ),
        (
            0x0000000000000000,
            0xc014000000000000,
            0x8000000000000000,
            0x8000000000000000,
        ),
        (
            0x8000000000000000,
            0xc014000000000000,
            0x0000000000000000,
            0x8000000000000000,
        ),
        (
            0x4014000000000000,
            0x7ff0000000000000,
            0x0000000000000000,
            0x4014000000000000,
        ),
        (
            0xc014000000000000,
            0x7ff0000000000000,
            0xbff0000000000000,
            0x7ff0000000000000,
        ),
        (
            0x4014000000000000,
            0xfff0000000000000,
            0xbff0000000000000,
            0xfff0000000000000,
        ),
        (
            0x7ff0000000000000,
            0x4014000000000000,
            0xffffffffffffffff,
            0xffffffffffffffff,
        ),
        (
            0x7ff8000000000000,
            0x3ff0000000000000,
            0xffffffffffffffff,
            0xffffffffffffffff,
        ),
        (
            0x3ff0000000000000,
            0x7ff8000000000000,
            0xffffffffffffffff,
            0xffffffffffffffff,
        ),
        (
            0x3fb999999999999a,
            0x3f847ae147ae147b,
            0x4024000000000000,
            0x3c50000000000000,
        ),
        (
            0x7fe1ccf385ebc8a0,
            0x000730d67819e8d2,
            0x7ff0000000000000,
            0x00028401cf53d610,
        ),
        (
            0x81a56e1fc2f8f359,
            0x7e37e43c8800759c,
            0xbff0000000000000,
            0x7e37e43c8800759c,
        ),
        (
            0x400c000000000000,
            0x3fe0000000000000,
            0x401c000000000000,
            0x0000000000000000,
        ),
        (
            0xc00c000000000000,
            0x3fe0000000000000,
            0xc01c000000000000,
            0x0000000000000000,
        ),
        (
            0x3ff0000000000000,
            0x3fb999999999999a,
            0x4022000000000000,
            0x3fb9999999999996,
        ),
        (
            0x0000000000000001,
            0x3ff0000000000000,
            0x0000000000000000,
            0x0000000000000001,
        ),
        (
            0x8000000000000001,
            0x3ff0000000000000,
            0xbff0000000000000,
            0x3ff0000000000000,
        ),
        (
            0x4341c37937e08000,
            0x4008000000000000,
            0x4327af4c4a80aaaa,
            0x3ff0000000000000,
        ),
        (
            0xc341c37937e08000,
            0x4008000000000000,
            0xc327af4c4a80aaae,
            0x4000000000000000,
        ),
        (
            0x3fd3333333333333,
            0x3fb999999999999a,
            0x4000000000000000,
            0x3fb9999999999998,
        ),
        (
            0xc000000000000000,
            0x4000000000000000,
            0xbff0000000000000,
            0x0000000000000000,
        ),
        (
            0x4000000000000000,
            0xc000000000000000,
            0xbff0000000000000,
            0x8000000000000000,
        ),
        (
            0x00000000000007e8,
            0x000000000000025f,
            0x4008000000000000,
            0x00000000000000cb,
        ),
    ];

    fn show(r: Result<f64, FormatError>) -> String {
        match r {
            Ok(v) if v.is_nan() => "nan".into(),
            Ok(v) => format!("{:016x}", v.to_bits()),
            Err(e) => format!("{}: {}", e.exception_name(), e.message()),
        }
    }

    #[test]
    fn round_table() {
        for &(x, n, want) in ROUND_CASES {
            let xf = f64::from_bits(x);
            assert_eq!(show(float_round(xf, n)), want, "round({xf:e}, {n})");
        }
        assert!(ROUND_CASES.len() > 30);
    }

    #[test]
    fn divmod_table() {
        let key = |v: f64| if v.is_nan() { u64::MAX } else { v.to_bits() };
        for &(a, b, q, m) in DIVMOD_CASES {
            let (af, bf) = (f64::from_bits(a), f64::from_bits(b));
            let (gq, gm) = float_floordiv_mod(af, bf);
            assert_eq!((key(gq), key(gm)), (q, m), "divmod({af:e}, {bf:e})");
            assert_eq!(key(float_mod(af, bf)), m);
        }
        assert!(DIVMOD_CASES.len() > 20);
    }

    #[test]
    fn half_even() {
        for (x, want) in [
            (0.5, 0.0),
            (1.5, 2.0),
            (2.5, 2.0),
            (-0.5, -0.0),
            (-2.5, -2.0),
            (0.49999999999999994, 0.0),
            (4503599627370497.0, 4503599627370497.0),
            (-3.7, -4.0),
        ] {
            let got = float_round_half_even(x);
            assert_eq!(got.to_bits(), f64::to_bits(want), "round({x})");
        }
    }
}
