//! The `math` functions that take a float apart or compare floats: `fmod`, `modf`,
//! `frexp`, `ldexp`, `isclose`, `ulp`, `nextafter`, `remainder`, the inverse hyperbolic
//! and `*1p`/`*m1` ones, `cbrt`, `exp2`, and the special functions `erf`, `erfc`, `gamma`
//! and `lgamma` (from the C library, as CPython uses it).

use crate::builtins::{arg_count, kwarg, reg, to_f64};
use crate::object::{PyDict, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// A one-argument float function that is undefined outside `domain`.
fn domain_fn(d: &Rc<PyDict>, name: &'static str, f: fn(f64) -> f64, domain: fn(f64) -> bool) {
    reg(d, name, move |vm, args, _| {
        arg_count(vm, name, args, 1, 1)?;
        let x = to_f64(vm, &args[0])?;
        if !x.is_nan() && !domain(x) {
            return Err(vm.value_error("math domain error"));
        }
        let r = f(x);
        if r.is_infinite() && x.is_finite() {
            return Err(vm.overflow_error("math range error"));
        }
        Ok(Value::Float(r))
    });
}

extern "C" {
    // The plain `cbrt` symbol is taken by Rust's own builtins, which round differently
    // from the C library CPython calls; glibc exports the same function as `cbrtf64`.
    #[cfg(target_env = "gnu")]
    #[link_name = "cbrtf64"]
    fn cbrt(x: f64) -> f64;
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma(x: f64) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
    fn remainder(x: f64, y: f64) -> f64;
}

/// `math.gamma`: undefined at zero and the negative integers.
fn gamma(x: f64) -> f64 {
    // SAFETY: a pure function of the C library on a plain float.
    unsafe { tgamma(x) }
}

/// `math.lgamma`: the log of |gamma(x)|, undefined where gamma has its poles.
fn log_gamma(x: f64) -> f64 {
    // SAFETY: as above (glibc's `lgamma` also sets `signgam`, which nothing reads).
    unsafe { lgamma(x) }
}

fn not_a_pole(x: f64) -> bool {
    !(x <= 0.0 && x == x.floor())
}

pub fn init(_vm: &Vm, d: &Rc<PyDict>) {
    #[cfg(target_env = "gnu")]
    // SAFETY: pure C library functions of a float.
    domain_fn(d, "cbrt", |x| unsafe { cbrt(x) }, |_| true);
    #[cfg(not(target_env = "gnu"))]
    domain_fn(d, "cbrt", f64::cbrt, |_| true);
    domain_fn(d, "exp2", f64::exp2, |_| true);
    domain_fn(d, "erf", |x| unsafe { erf(x) }, |_| true);
    domain_fn(d, "erfc", |x| unsafe { erfc(x) }, |_| true);
    domain_fn(d, "gamma", gamma, not_a_pole);
    domain_fn(d, "lgamma", log_gamma, not_a_pole);
    reg(d, "nextafter", |vm, args, _| {
        arg_count(vm, "nextafter", args, 2, 2)?;
        let (x, y) = (to_f64(vm, &args[0])?, to_f64(vm, &args[1])?);
        // SAFETY: a pure C library function of two floats.
        Ok(Value::Float(unsafe { nextafter(x, y) }))
    });
    reg(d, "remainder", |vm, args, _| {
        arg_count(vm, "remainder", args, 2, 2)?;
        let (x, y) = (to_f64(vm, &args[0])?, to_f64(vm, &args[1])?);
        if x.is_nan() || y.is_nan() {
            return Ok(Value::Float(f64::NAN));
        }
        if x.is_infinite() || y == 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        // SAFETY: a pure C library function of two floats.
        Ok(Value::Float(unsafe { remainder(x, y) }))
    });
    domain_fn(d, "asinh", f64::asinh, |_| true);
    domain_fn(d, "acosh", f64::acosh, |x| x >= 1.0);
    domain_fn(d, "atanh", f64::atanh, |x| x > -1.0 && x < 1.0);
    domain_fn(d, "expm1", f64::exp_m1, |_| true);
    domain_fn(d, "log1p", f64::ln_1p, |x| x > -1.0);
    reg(d, "fmod", |vm, args, _| {
        arg_count(vm, "fmod", args, 2, 2)?;
        let (x, y) = (to_f64(vm, &args[0])?, to_f64(vm, &args[1])?);
        if y.is_infinite() && x.is_finite() {
            return Ok(Value::Float(x));
        }
        let r = x % y;
        if r.is_nan() && !x.is_nan() && !y.is_nan() {
            return Err(vm.value_error("math domain error"));
        }
        Ok(Value::Float(r))
    });
    reg(d, "modf", |vm, args, _| {
        arg_count(vm, "modf", args, 1, 1)?;
        let x = to_f64(vm, &args[0])?;
        let (frac, int) = if x.is_infinite() {
            (0.0f64.copysign(x), x)
        } else {
            ((x - x.trunc()).copysign(x), x.trunc())
        };
        Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
    });
    reg(d, "frexp", |vm, args, _| {
        arg_count(vm, "frexp", args, 1, 1)?;
        let (m, e) = frexp(to_f64(vm, &args[0])?);
        Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
    });
    reg(d, "ldexp", |vm, args, _| {
        arg_count(vm, "ldexp", args, 2, 2)?;
        let x = to_f64(vm, &args[0])?;
        let e = match &args[1] {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                crate::object::int::to_big(&args[1]).unwrap_or_default()
            }
            _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
        };
        let e: i64 =
            num_traits::ToPrimitive::to_i64(&e).unwrap_or(if e.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            });
        let r = ldexp(x, e);
        if r.is_infinite() && x.is_finite() {
            return Err(vm.overflow_error("math range error"));
        }
        Ok(Value::Float(r))
    });
    reg(d, "isclose", |vm, args, kw| {
        arg_count(vm, "isclose", args, 2, 2)?;
        let (a, b) = (to_f64(vm, &args[0])?, to_f64(vm, &args[1])?);
        let rel = match kwarg(kw, "rel_tol") {
            Some(v) => to_f64(vm, &v)?,
            None => 1e-9,
        };
        let abs = match kwarg(kw, "abs_tol") {
            Some(v) => to_f64(vm, &v)?,
            None => 0.0,
        };
        if rel < 0.0 || abs < 0.0 {
            return Err(vm.value_error("tolerances must be non-negative"));
        }
        if a == b {
            return Ok(Value::Bool(true));
        }
        if a.is_infinite() || b.is_infinite() {
            return Ok(Value::Bool(false));
        }
        let diff = (b - a).abs();
        Ok(Value::Bool(
            diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
        ))
    });
    reg(d, "ulp", |vm, args, _| {
        arg_count(vm, "ulp", args, 1, 1)?;
        let x = to_f64(vm, &args[0])?.abs();
        if !x.is_finite() {
            return Ok(Value::Float(x));
        }
        let next = f64::from_bits(x.to_bits() + 1);
        if next.is_infinite() {
            return Ok(Value::Float(x - f64::from_bits(x.to_bits() - 1)));
        }
        Ok(Value::Float(next - x))
    });
}

/// `x` as `m * 2**e` with `0.5 <= |m| < 1` (or `m == x` for zero, inf and nan).
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp + bias)
}

/// `x * 2**e`, scaled in steps that stay within the exponent range of `f64`.
fn ldexp(mut x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mut e = e.clamp(-2200, 2200) as i32;
    while e > 1023 && x.is_finite() {
        x *= 2f64.powi(1023);
        e -= 1023;
    }
    while e < -1022 && x != 0.0 {
        x *= 2f64.powi(-1022);
        e += 1022;
    }
    x * 2f64.powi(e)
}
