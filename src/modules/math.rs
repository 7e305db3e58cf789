//! The `math` module.

use crate::builtins::{arg_count, reg, to_f64};
use crate::object::int::{from_big, to_big};
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use std::rc::Rc;

fn float_fn(d: &Rc<PyDict>, name: &'static str, f: fn(f64) -> f64) {
    reg(d, name, move |vm, args, _| {
        arg_count(vm, name, args, 1, 1)?;
        let x = to_f64(vm, &args[0])?;
        let r = f(x);
        if r.is_nan() && !x.is_nan() {
            return Err(vm.value_error("math domain error"));
        }
        if r.is_infinite() && x.is_finite() {
            return Err(vm.overflow_error("math range error"));
        }
        Ok(Value::Float(r))
    });
}

/// `floor` (op 0), `ceil` (1) or `trunc` (2) of a number, as an int.
pub fn round_to_int(vm: &Vm, v: &Value, op: u8) -> PyResult<Value> {
    if let Some(b) = to_big(v) {
        return Ok(from_big(b));
    }
    let x = to_f64(vm, v)?;
    let r = match op {
        0 => x.floor(),
        1 => x.ceil(),
        _ => x.trunc(),
    };
    if !r.is_finite() {
        return Err(if r.is_nan() {
            vm.value_error("cannot convert float NaN to integer")
        } else {
            vm.overflow_error("cannot convert float infinity to integer")
        });
    }
    Ok(from_big(
        num_traits::FromPrimitive::from_f64(r).unwrap_or_default(),
    ))
}

pub fn init(vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    super::math_extra::init(vm, d);
    d.set_str("pi", Value::Float(std::f64::consts::PI));
    d.set_str("e", Value::Float(std::f64::consts::E));
    d.set_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    float_fn(d, "sqrt", f64::sqrt);
    float_fn(d, "exp", f64::exp);
    float_fn(d, "sin", f64::sin);
    float_fn(d, "cos", f64::cos);
    float_fn(d, "tan", f64::tan);
    float_fn(d, "asin", f64::asin);
    float_fn(d, "acos", f64::acos);
    float_fn(d, "atan", f64::atan);
    float_fn(d, "sinh", f64::sinh);
    float_fn(d, "cosh", f64::cosh);
    float_fn(d, "tanh", f64::tanh);
    float_fn(d, "log2", f64::log2);
    float_fn(d, "log10", f64::log10);
    float_fn(d, "fabs", f64::abs);
    float_fn(d, "degrees", f64::to_degrees);
    float_fn(d, "radians", f64::to_radians);
    reg(d, "log", |vm, args, _| {
        arg_count(vm, "log", args, 1, 2)?;
        let x = to_f64(vm, &args[0])?;
        if x <= 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        let r = match args.get(1) {
            Some(b) => x.ln() / to_f64(vm, b)?.ln(),
            None => x.ln(),
        };
        Ok(Value::Float(r))
    });
    reg(d, "pow", |vm, args, _| {
        arg_count(vm, "pow", args, 2, 2)?;
        let (x, y) = (to_f64(vm, &args[0])?, to_f64(vm, &args[1])?);
        pow(vm, x, y).map(Value::Float)
    });
    reg(d, "atan2", |vm, args, _| {
        arg_count(vm, "atan2", args, 2, 2)?;
        Ok(Value::Float(
            to_f64(vm, &args[0])?.atan2(to_f64(vm, &args[1])?),
        ))
    });
    reg(d, "dist", |vm, args, _| {
        arg_count(vm, "dist", args, 2, 2)?;
        let (p, q) = (vm.collect(&args[0])?, vm.collect(&args[1])?);
        if p.len() != q.len() {
            return Err(vm.value_error("both points must have the same number of dimensions"));
        }
        let mut s = 0.0f64;
        for (a, b) in p.iter().zip(&q) {
            let d = to_f64(vm, a)? - to_f64(vm, b)?;
            s += d * d;
        }
        Ok(Value::Float(s.sqrt()))
    });
    reg(d, "prod", |vm, args, kw| {
        arg_count(vm, "prod", args, 1, 1)?;
        let mut acc = crate::builtins::kwarg(kw, "start").unwrap_or(Value::Int(1));
        for v in vm.collect(&args[0])? {
            acc = vm.binary_op(crate::ast::BinOp::Mult, &acc, &v)?;
        }
        Ok(acc)
    });
    reg(d, "hypot", |vm, args, _| {
        let mut s = 0.0f64;
        for a in args {
            let x = to_f64(vm, a)?;
            s += x * x;
        }
        Ok(Value::Float(s.sqrt()))
    });
    for (name, op) in [("floor", 0u8), ("ceil", 1), ("trunc", 2)] {
        reg(d, name, move |vm, args, _| {
            arg_count(vm, name, args, 1, 1)?;
            round_to_int(vm, &args[0], op)
        });
    }
    reg(d, "factorial", |vm, args, _| {
        arg_count(vm, "factorial", args, 1, 1)?;
        let n = match &args[0] {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            Value::Float(_) => {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
            }
            other => vm.index_value(other)?,
        };
        if n < 0 {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        let mut r = BigInt::from(1);
        for i in 2..=n {
            r *= i;
        }
        Ok(from_big(r))
    });
    reg(d, "gcd", |vm, args, _| {
        let mut g = BigInt::from(0);
        for a in args {
            let b = to_big(a).ok_or_else(|| {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(a)
                ))
            })?;
            g = num_integer::Integer::gcd(&g, &b);
        }
        Ok(from_big(g))
    });
    reg(d, "lcm", |vm, args, _| {
        let mut l = BigInt::from(1);
        for a in args {
            let b = to_big(a).ok_or_else(|| {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(a)
                ))
            })?;
            if b == BigInt::from(0) {
                return Ok(Value::Int(0));
            }
            l = num_integer::Integer::lcm(&l, &b);
        }
        Ok(from_big(l))
    });
    for (name, is_comb) in [("comb", true), ("perm", false)] {
        reg(d, name, move |vm, args, _| {
            arg_count(vm, name, args, if is_comb { 2 } else { 1 }, 2)?;
            let n = to_big(&args[0]).ok_or_else(|| {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&args[0])
                ))
            })?;
            let k = match args.get(1) {
                Some(Value::None) | None => n.clone(),
                Some(v) => to_big(v).ok_or_else(|| {
                    vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(v)
                    ))
                })?,
            };
            let zero = BigInt::from(0);
            if n < zero {
                return Err(vm.value_error("n must be a non-negative integer"));
            }
            if k < zero {
                return Err(vm.value_error("k must be a non-negative integer"));
            }
            if k > n {
                return Ok(Value::Int(0));
            }
            let k = if is_comb && (&n - &k) < k { &n - &k } else { k };
            let mut r = BigInt::from(1);
            let mut i = BigInt::from(0);
            while i < k {
                r *= &n - &i;
                i += 1;
                if is_comb {
                    r /= &i;
                }
            }
            Ok(from_big(r))
        });
    }
    reg(d, "isqrt", |vm, args, _| {
        arg_count(vm, "isqrt", args, 1, 1)?;
        let b =
            to_big(&args[0]).ok_or_else(|| vm.type_error("isqrt() argument must be an integer"))?;
        if b < BigInt::from(0) {
            return Err(vm.value_error("isqrt() argument must be nonnegative"));
        }
        Ok(from_big(b.sqrt()))
    });
    reg(d, "isnan", |vm, args, _| {
        Ok(Value::Bool(to_f64(vm, &args[0])?.is_nan()))
    });
    reg(d, "isinf", |vm, args, _| {
        Ok(Value::Bool(to_f64(vm, &args[0])?.is_infinite()))
    });
    reg(d, "isfinite", |vm, args, _| {
        Ok(Value::Bool(to_f64(vm, &args[0])?.is_finite()))
    });
    reg(d, "copysign", |vm, args, _| {
        arg_count(vm, "copysign", args, 2, 2)?;
        Ok(Value::Float(
            to_f64(vm, &args[0])?.copysign(to_f64(vm, &args[1])?),
        ))
    });
    reg(d, "fsum", |vm, args, _| {
        arg_count(vm, "fsum", args, 1, 1)?;
        let mut parts: Vec<f64> = Vec::new();
        for v in vm.collect(&args[0])? {
            let mut x = to_f64(vm, &v)?;
            let mut i = 0;
            for j in 0..parts.len() {
                let mut y = parts[j];
                if x.abs() < y.abs() {
                    std::mem::swap(&mut x, &mut y);
                }
                let hi = x + y;
                let lo = y - (hi - x);
                if lo != 0.0 {
                    parts[i] = lo;
                    i += 1;
                }
                x = hi;
            }
            parts.truncate(i);
            parts.push(x);
        }
        Ok(Value::Float(parts.iter().sum()))
    });
    Ok(())
}

/// `math.pow(x, y)` with C's special cases and CPython's errors: a zero base with a
/// negative exponent or a negative base with a fractional exponent is a domain error, a
/// finite result too large for a float is a range error.
fn pow(vm: &Vm, x: f64, y: f64) -> PyResult<f64> {
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() || (x == 0.0 && y < 0.0) {
            return Err(vm.value_error("math domain error"));
        }
        if r.is_infinite() {
            return Err(vm.error("OverflowError", "math range error"));
        }
    }
    Ok(r)
}
