//! The `complex` type: its constructor (numbers and strings), arithmetic dunders against
//! ints, floats and complexes, `real`/`imag`, `conjugate`, `abs`, hashing and equality.

use super::{arg_count, kwarg, method, to_f64};
use crate::object::complex::{Complex, MathError};
use crate::object::descriptor::NativeProperty;
use crate::object::{PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `v` as a complex number when it is an int, bool, float or complex.
pub fn as_complex(vm: &Vm, v: &Value) -> PyResult<Option<Complex>> {
    Ok(match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
            Some(Complex::new(to_f64(vm, v)?, 0.0))
        }
        Value::Native(n) => n.as_any().downcast_ref::<Complex>().copied(),
        _ => None,
    })
}

fn this(vm: &Vm, v: &Value) -> PyResult<Complex> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<Complex>().copied(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("descriptor requires a 'complex' object"))
}

fn math_error(vm: &Vm, e: MathError, what: &str) -> crate::object::PyErr {
    match e {
        MathError::ZeroDivision if what == "pow" => {
            vm.zero_division("0.0 to a negative or complex power")
        }
        MathError::ZeroDivision => vm.zero_division("complex division by zero"),
        MathError::Overflow => vm.overflow_error("complex exponentiation"),
    }
}

/// `x ** y` for complex operands (also float powers with a negative base).
pub fn power(vm: &Vm, x: Complex, y: Complex) -> PyResult<Value> {
    x.pow(y)
        .map(Complex::value)
        .map_err(|e| math_error(vm, e, "pow"))
}

fn arith(vm: &Vm, op: &str, x: Complex, y: Complex) -> PyResult<Value> {
    Ok(match op {
        "add" => x.plus(y),
        "sub" => x.minus(y),
        "mul" => x.times(y),
        "truediv" => x.quot(y).map_err(|e| math_error(vm, e, op))?,
        _ => return power(vm, x, y),
    }
    .value())
}

/// `complex('1+2j')`: CPython's grammar, with optional parentheses and spaces.
fn parse(s: &str) -> Option<Complex> {
    let s = s.trim();
    let s = match s.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim(),
        None => s,
    };
    let num = |t: &str| -> Option<f64> {
        if t.is_empty() || t.contains(char::is_whitespace) {
            return None;
        }
        crate::format::parse_float(t).ok()
    };
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return Some(Complex::new(num(s)?, 0.0));
    };
    // The imaginary part starts at the last sign that does not follow an exponent mark.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let unit = |t: &str| match t {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => num(t),
    };
    match split {
        Some(i) => Some(Complex::new(num(&body[..i])?, unit(&body[i..])?)),
        None => Some(Complex::new(0.0, unit(body)?)),
    }
}

fn construct(vm: &Vm, args: &[Value], kw: crate::object::function::Kwargs) -> PyResult<Value> {
    arg_count(vm, "complex", args, 0, 2)?;
    let real = args.first().cloned().or_else(|| kwarg(kw, "real"));
    let imag = args.get(1).cloned().or_else(|| kwarg(kw, "imag"));
    if let Some(Value::Str(s)) = &real {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return parse(s.as_str())
            .map(Complex::value)
            .ok_or_else(|| vm.value_error("complex() arg is a malformed string"));
    }
    let part = |v: &Option<Value>, which: &str| -> PyResult<Complex> {
        match v {
            None => Ok(Complex::new(0.0, 0.0)),
            Some(x) => as_complex(vm, x)?.ok_or_else(|| {
                vm.type_error(format!(
                    "complex() {which} argument must be {}a number, not '{}'",
                    if which == "first" { "a string or " } else { "" },
                    vm.type_name(x)
                ))
            }),
        }
    };
    if let Some(Value::Str(_)) = &imag {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (r, i) = (part(&real, "first")?, part(&imag, "second")?);
    // As CPython: the cross terms are added only for complex arguments, so that the
    // sign of a zero part survives (`complex(0.0, -0.0)` is `-0j`).
    let is_complex = |v: &Option<Value>| matches!(v, Some(Value::Native(n)) if n.as_any().downcast_ref::<Complex>().is_some());
    if imag.is_none() && is_complex(&real) {
        return Ok(r.value());
    }
    let mut re = r.re;
    let mut im = i.re;
    if is_complex(&imag) {
        re -= i.im;
    }
    if is_complex(&real) {
        im += r.im;
    }
    Ok(Complex::new(re, im).value())
}

pub fn install(vm: &Rc<Vm>) {
    let c = vm.native_class("complex");
    method(&c, "__new__", |vm, a, kw| construct(vm, &a[1..], kw));
    vm.builtins.set_str("complex", Value::Class(c.clone()));
    for (name, op, reflected) in [
        ("__add__", "add", false),
        ("__radd__", "add", true),
        ("__sub__", "sub", false),
        ("__rsub__", "sub", true),
        ("__mul__", "mul", false),
        ("__rmul__", "mul", true),
        ("__truediv__", "truediv", false),
        ("__rtruediv__", "truediv", true),
        ("__pow__", "pow", false),
        ("__rpow__", "pow", true),
    ] {
        method(&c, name, move |vm, a, _| {
            arg_count(vm, name, &a[1..], 1, 2)?;
            let x = this(vm, &a[0])?;
            let Some(y) = as_complex(vm, &a[1])? else {
                return Ok(Value::NotImplemented);
            };
            if a.len() > 2 && !a[2].is_none() {
                return Err(vm.value_error("complex modulo"));
            }
            let (x, y) = if reflected { (y, x) } else { (x, y) };
            arith(vm, op, x, y)
        });
    }
    method(&c, "__eq__", |vm, a, _| {
        let x = this(vm, &a[0])?;
        Ok(match as_complex(vm, &a[1])? {
            Some(y) => Value::Bool(x == y),
            None => Value::NotImplemented,
        })
    });
    method(&c, "__ne__", |vm, a, _| {
        let x = this(vm, &a[0])?;
        Ok(match as_complex(vm, &a[1])? {
            Some(y) => Value::Bool(x != y),
            None => Value::NotImplemented,
        })
    });
    method(&c, "__hash__", |vm, a, _| {
        let x = this(vm, &a[0])?;
        let hr = vm.hash(&Value::Float(x.re))? as u64;
        let hi = vm.hash(&Value::Float(x.im))? as u64;
        let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
        Ok(Value::Int(if h == -1 { -2 } else { h }))
    });
    method(&c, "__neg__", |vm, a, _| {
        let x = this(vm, &a[0])?;
        Ok(Complex::new(-x.re, -x.im).value())
    });
    method(&c, "__pos__", |vm, a, _| Ok(this(vm, &a[0])?.value()));
    method(&c, "__abs__", |vm, a, _| {
        let x = this(vm, &a[0])?;
        let r = x.abs();
        if r.is_infinite() && x.re.is_finite() && x.im.is_finite() {
            return Err(vm.overflow_error("absolute value too large"));
        }
        Ok(Value::Float(r))
    });
    method(&c, "__bool__", |vm, a, _| {
        let x = this(vm, &a[0])?;
        Ok(Value::Bool(x.re != 0.0 || x.im != 0.0))
    });
    method(&c, "conjugate", |vm, a, _| {
        let x = this(vm, &a[0])?;
        Ok(Complex::new(x.re, -x.im).value())
    });
    method(&c, "__complex__", |vm, a, _| Ok(this(vm, &a[0])?.value()));
    method(&c, "__repr__", |vm, a, _| {
        Ok(Value::string(crate::object::complex::repr(this(
            vm, &a[0],
        )?)))
    });
    method(&c, "__format__", |vm, a, _| {
        arg_count(vm, "__format__", &a[1..], 1, 1)?;
        match a[1].as_str() {
            Some("") => Ok(Value::string(crate::object::complex::repr(this(
                vm, &a[0],
            )?))),
            _ => Err(vm.not_implemented_feature("format specs for complex")),
        }
    });
    for name in ["real", "imag"] {
        let get: crate::object::descriptor::Getter = if name == "real" {
            |vm, v| Ok(Value::Float(this(vm, v)?.re))
        } else {
            |vm, v| Ok(Value::Float(this(vm, v)?.im))
        };
        NativeProperty::add_readonly(&c, name, get);
    }
}
