//! `repr(float)`: shortest round-tripping digits, fixed notation for
//! `1e-4 <= |x| < 1e16`, otherwise `1e+16` style; integral values get `.0`.

use std::fmt::Write;

use super::float_layout::{double_to_string, DtoaFlags};

/// Exactly CPython's `repr(x)` (also `str(x)`) for a float.
pub fn float_repr(x: f64) -> String {
    if x.is_finite() && x == x.trunc() && x.abs() < 1e16 {
        // Fast path: integral values print as the integer plus ".0".
        let mut s = format!("{}", x as i64);
        if x == 0.0 && x.is_sign_negative() {
            s = "-0".to_string();
        }
        s.push_str(".0");
        return s;
    }
    let a = x.abs();
    if (1e-4..1e16).contains(&a) {
        // Fast path: Rust's Display gives the shortest digits in fixed
        // notation.  With at most 15 significant digits (16 chars incl. the
        // point) no tie between two shortest candidates is possible.
        let mut s = String::with_capacity(24);
        let _ = write!(s, "{x}");
        if s.len() - usize::from(x < 0.0) <= 16 {
            return s;
        }
    }
    let flags = DtoaFlags {
        add_dot_0: true,
        ..Default::default()
    };
    double_to_string(x, 'r', 0, flags)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    // Expectations generated with CPython 3.11.7 `repr`.
    #[test]
    fn table() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.0, "-1.0"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (1e16, "1e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (0.00012345, "0.00012345"),
            (1.5e300, "1.5e+300"),
            (-1.5e-300, "-1.5e-300"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (2.675, "2.675"),
            (1e22, "1e+22"),
            (1e23, "1e+23"),
            (123.456, "123.456"),
            (2.0f64.powi(53), "9007199254740992.0"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (0.5, "0.5"),
            (1.1, "1.1"),
            (std::f64::consts::PI, "3.141592653589793"),
            (1e100, "1e+100"),
            (12345678.9, "12345678.9"),
            (4.35, "4.35"),
            (0.001, "0.001"),
            (1234567890123456.7, "1234567890123456.8"),
            (9.999999999999999e-05, "9.999999999999999e-05"),
            (0.00010000000000000002, "0.00010000000000000002"),
            (0.1 + 0.7, "0.7999999999999999"),
            (1.0000000000000002, "1.0000000000000002"),
            (123456789.12345679, "123456789.12345679"),
            (-0.00011, "-0.00011"),
            (1098751528396216.0 + 0.25, "1098751528396216.2"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:e})");
        }
    }
}
