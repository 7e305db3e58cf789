//! `int` arithmetic: the i64 fast path, promotion to big ints on overflow, and demotion of
//! big results that fit back into i64. Python's floor division and modulo rules.

use super::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// A big int result, demoted to i64 when it fits.
pub fn from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

/// The value as a big int (for ints and bools).
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn add(a: i64, b: i64) -> Value {
    match a.checked_add(b) {
        Some(r) => Value::Int(r),
        None => from_big(BigInt::from(a) + b),
    }
}
pub fn sub(a: i64, b: i64) -> Value {
    match a.checked_sub(b) {
        Some(r) => Value::Int(r),
        None => from_big(BigInt::from(a) - b),
    }
}
pub fn mul(a: i64, b: i64) -> Value {
    match a.checked_mul(b) {
        Some(r) => Value::Int(r),
        None => from_big(BigInt::from(a) * b),
    }
}
/// Floor division; the caller has excluded b == 0.
pub fn floordiv(a: i64, b: i64) -> Value {
    if a == i64::MIN && b == -1 {
        return from_big(-BigInt::from(a));
    }
    Value::Int(Integer::div_floor(&a, &b))
}
/// Python modulo (sign of the divisor); the caller has excluded b == 0.
pub fn modulo(a: i64, b: i64) -> Value {
    if b == -1 {
        return Value::Int(0);
    }
    Value::Int(a.mod_floor(&b))
}
pub fn big_floordiv(a: &BigInt, b: &BigInt) -> Value {
    from_big(a.div_floor(b))
}
pub fn big_mod(a: &BigInt, b: &BigInt) -> Value {
    from_big(a.mod_floor(b))
}

/// `a ** b` for b >= 0.
pub fn pow(a: &BigInt, b: u64) -> Value {
    if let (Some(x), Ok(e)) = (a.to_i64(), u32::try_from(b)) {
        if let Some(r) = x.checked_pow(e) {
            return Value::Int(r);
        }
    }
    let mut result = BigInt::from(1);
    let mut base = a.clone();
    let mut e = b;
    while e > 0 {
        if e & 1 == 1 {
            result *= &base;
        }
        e >>= 1;
        if e > 0 {
            base = &base * &base;
        }
    }
    from_big(result)
}

/// `pow(a, b, m)` with b >= 0, m != 0.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> Value {
    let r = a.modpow(b, m);
    // modpow follows the sign of the modulus loosely; normalise to Python's rule.
    let r = r.mod_floor(m);
    from_big(r)
}

/// CPython's hash of an integer: reduction modulo 2**61 - 1, with -1 mapped to -2.
pub fn hash_big(b: &BigInt) -> i64 {
    const P: i64 = (1 << 61) - 1;
    let m = BigInt::from(P);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let r = if b.is_negative() { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}
pub fn hash_i64(i: i64) -> i64 {
    const P: i64 = (1 << 61) - 1;
    if i == -1 {
        return -2;
    }
    if (-P..P).contains(&i) && i != -1 {
        return i;
    }
    hash_big(&BigInt::from(i))
}

/// CPython's hash of a float (equal to the int hash for integral values).
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    // CPython's algorithm: reduce the mantissa modulo 2**61 - 1.
    const BITS: u32 = 61;
    const P: u64 = (1 << BITS) - 1;
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & P) | (h >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= P {
            h -= P;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    };
    h = ((h << e) & P) | (h >> (BITS as i32 - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

pub fn is_zero(v: &Value) -> bool {
    match v {
        Value::Int(i) => *i == 0,
        Value::Bool(b) => !*b,
        Value::BigInt(b) => b.is_zero(),
        _ => false,
    }
}

/// A big int converted to f64, or None when too large (OverflowError).
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}
