//! A borrowed integer that is either a machine `i64` or a `BigInt`, with the
//! conversions the formatters need: digits in a base (honouring the
//! `int_max_str_digits` limit for base 10), `float(int)` and `C long`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::error::FormatError;
use super::limits::{int_max_str_digits, to_str_error};

/// An integer to format.
#[derive(Debug, Clone, Copy)]
pub(crate) enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

const DIGITS_LOWER: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Digits of `m` in `base` (2..=36), lowercase.
fn u64_digits(mut m: u64, base: u32) -> String {
    let mut buf = [0u8; 64];
    let mut i = buf.len();
    let b = base as u64;
    loop {
        i -= 1;
        buf[i] = DIGITS_LOWER[(m % b) as usize];
        m /= b;
        if m == 0 {
            break;
        }
    }
    String::from_utf8_lossy(&buf[i..]).into_owned()
}

impl IntRef<'_> {
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(v) => *v < 0,
            IntRef::Big(v) => v.sign() == Sign::Minus,
        }
    }

    fn small_magnitude(&self) -> Option<u64> {
        match self {
            IntRef::Small(v) => Some(v.unsigned_abs()),
            IntRef::Big(v) => v.magnitude().to_u64(),
        }
    }

    /// Digits of `|self|` in `base` (2..=36); uppercase if `upper`.
    /// Base 10 enforces `sys.int_max_str_digits` (ValueError).
    pub fn magnitude_digits(&self, base: u32, upper: bool) -> Result<String, FormatError> {
        let base = base.clamp(2, 36);
        let mut s = match (self.small_magnitude(), self) {
            (Some(m), _) => u64_digits(m, base),
            (None, IntRef::Big(v)) => {
                let limit = int_max_str_digits();
                if base == 10 && limit > 0 {
                    // v >= 2**(bits-1) has at least floor((bits-1)*log10(2))+1
                    // digits; reject early without converting.
                    let bits = v.bits();
                    let lower = ((bits - 1) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
                    if lower > limit as u64 + 1 {
                        return Err(FormatError::Value(to_str_error(limit)));
                    }
                }
                let s = v.magnitude().to_str_radix(base);
                if base == 10 && limit > 0 && s.len() > limit {
                    return Err(FormatError::Value(to_str_error(limit)));
                }
                s
            }
            (None, IntRef::Small(_)) => String::new(),
        };
        if upper {
            s.make_ascii_uppercase();
        }
        Ok(s)
    }

    /// `PyLong_AsLong`: OverflowError when it does not fit.
    pub fn to_c_long(self) -> Result<i64, FormatError> {
        match self {
            IntRef::Small(v) => Ok(v),
            IntRef::Big(v) => v.to_i64().ok_or_else(|| {
                FormatError::Overflow("Python int too large to convert to C long".into())
            }),
        }
    }

    /// `float(int)`, correctly rounded (half to even); OverflowError when
    /// the result would be infinite.
    pub fn to_f64(self) -> Result<f64, FormatError> {
        let f = match self {
            IntRef::Small(v) => v as f64,
            IntRef::Big(v) => {
                let mag = v.magnitude();
                let bits = mag.bits();
                let m = if bits <= 64 {
                    mag.to_u64().unwrap_or(0) as f64
                } else {
                    let shift = bits - 64;
                    let top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
                    let sticky = mag.trailing_zeros().map_or(0, |tz| (tz < shift) as u64);
                    let m = (top | sticky) as f64;
                    if shift > 1000 {
                        f64::INFINITY
                    } else {
                        m * f64::from_bits((1023 + shift) << 52)
                    }
                };
                if v.sign() == Sign::Minus {
                    -m
                } else {
                    m
                }
            }
        };
        if f.is_infinite() {
            return Err(FormatError::Overflow(
                "int too large to convert to float".into(),
            ));
        }
        Ok(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn to_float_rounding() {
        // Expectations from CPython float(int).
        let cases: &[(&str, f64)] = &[
            ("9007199254740993", 9007199254740992.0),
            ("9007199254740995", 9007199254740996.0),
            ("18446744073709551617", 18446744073709551616.0),
            ("36893488147419107329", 36893488147419111424.0),
            ("-36893488147419111425", -36893488147419111424.0),
            ("73786976294838214657", 73786976294838222848.0),
            ("36893488147419107328", 36893488147419103232.0),
            ("36893488147419115520", 36893488147419119616.0),
        ];
        for &(s, want) in cases {
            let v = big(s);
            assert_eq!(IntRef::Big(&v).to_f64().unwrap(), want, "{s}");
        }
        let max = big("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368");
        assert_eq!(IntRef::Big(&max).to_f64().unwrap(), f64::MAX);
        let over = &max + (BigInt::from(1) << 970u32);
        assert!(IntRef::Big(&over).to_f64().is_err());
        let under = &over - 1;
        assert_eq!(IntRef::Big(&under).to_f64().unwrap(), f64::MAX);
    }

    #[test]
    fn digits() {
        assert_eq!(
            IntRef::Small(-255).magnitude_digits(16, false).unwrap(),
            "ff"
        );
        assert_eq!(
            IntRef::Small(i64::MIN).magnitude_digits(10, false).unwrap(),
            "9223372036854775808"
        );
        assert_eq!(IntRef::Small(0).magnitude_digits(2, false).unwrap(), "0");
        let v = BigInt::from(10).pow(4300);
        assert!(IntRef::Big(&v).magnitude_digits(10, false).is_err());
        let v = BigInt::from(10).pow(4299);
        assert_eq!(
            IntRef::Big(&v).magnitude_digits(10, false).unwrap().len(),
            4300
        );
        let v = BigInt::from(10).pow(100000);
        assert!(IntRef::Big(&v).magnitude_digits(10, false).is_err());
        assert!(IntRef::Big(&v).magnitude_digits(16, true).is_ok());
    }
}
