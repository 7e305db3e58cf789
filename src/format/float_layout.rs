//! Turning digits into text: a port of CPython's `PyOS_double_to_string`
//! / `format_float_short` (format codes `e E f F g G r`, the "add .0",
//! alternate-form and negative-zero-coercion flags, `inf`/`nan`).

use super::digits::{fixed, shortest, significant};

/// Options of [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DtoaFlags {
    /// `Py_DTSF_ADD_DOT_0`: integral fixed output gets `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: keep trailing zeros / decimal point (`#`).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: `-0.00` becomes `0.00` (`z`).
    pub no_neg_0: bool,
}

/// Format `x` with `code` in `e E f F g G r` and `precision` exactly like
/// `PyOS_double_to_string` (for `r` the precision is ignored).
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut sign = x.is_sign_negative();
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if sign { format!("-{s}") } else { s.to_string() };
    }
    // Gay's mode and digit count.
    let precision = match code {
        'e' => precision.saturating_add(1),
        'g' => precision.max(1),
        _ => precision,
    };
    let d = match code {
        'e' | 'g' => significant(x, precision),
        'f' => fixed(x, precision),
        _ => shortest(x),
    };
    if flags.no_neg_0 && sign && d.digits == "0" {
        sign = false;
    }
    let digits = d.digits.as_bytes();
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = d.decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let cap = (vdigits_end - vdigits_start).max(0) as usize + 8;
    let mut out: Vec<u8> = Vec::with_capacity(cap);
    let zeros = |out: &mut Vec<u8>, n: i64| {
        if n > 0 {
            out.resize(out.len() + n as usize, b'0');
        }
    };
    if sign {
        out.push(b'-');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push(b'.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let k = decpt as usize;
        out.extend_from_slice(&digits[..k]);
        out.push(b'.');
        out.extend_from_slice(&digits[k..]);
    } else {
        out.extend_from_slice(digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push(b'.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.last() == Some(&b'.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { b'E' } else { b'e' });
        out.push(if exp < 0 { b'-' } else { b'+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push(b'0');
        }
        out.extend_from_slice(a.to_string().as_bytes());
    }
    // Only ASCII bytes were pushed.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, code: char, p: usize) -> String {
        double_to_string(x, code, p, DtoaFlags::default())
    }

    #[test]
    fn basic_codes() {
        assert_eq!(f(1.5, 'e', 3), "1.500e+00");
        assert_eq!(f(0.0, 'E', 0), "0E+00");
        assert_eq!(f(-0.0, 'f', 2), "-0.00");
        assert_eq!(f(123456.0, 'g', 3), "1.23e+05");
        assert_eq!(f(0.0001, 'g', 6), "0.0001");
        assert_eq!(f(0.00001, 'g', 6), "1e-05");
        assert_eq!(f(f64::INFINITY, 'F', 2), "INF");
        assert_eq!(f(-f64::NAN, 'f', 2), "nan");
        let alt = DtoaFlags {
            alt: true,
            ..Default::default()
        };
        assert_eq!(double_to_string(1.0, 'g', 3, alt), "1.00");
        assert_eq!(double_to_string(1.0, 'f', 0, alt), "1.");
        let nz = DtoaFlags {
            no_neg_0: true,
            ..Default::default()
        };
        assert_eq!(double_to_string(-0.001, 'f', 2, nz), "0.00");
        assert_eq!(double_to_string(-0.001, 'e', 2, nz), "-1.00e-03");
    }
}
