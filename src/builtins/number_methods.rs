//! Methods and attributes of `int`, `bool` and `float`, including the arithmetic dunders
//! (`(7).__add__(3)`) which dispatch to the same operators as `+`.

use super::{arg_count, method};
use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::object::descriptor::NativeProperty;
use crate::object::int::{from_big, to_big};
use crate::object::{Class, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::rc::Rc;

fn binops(cls: &Rc<Class>) {
    for (name, op, reflected) in [
        ("__add__", BinOp::Add, false),
        ("__radd__", BinOp::Add, true),
        ("__sub__", BinOp::Sub, false),
        ("__rsub__", BinOp::Sub, true),
        ("__mul__", BinOp::Mult, false),
        ("__rmul__", BinOp::Mult, true),
        ("__truediv__", BinOp::Div, false),
        ("__rtruediv__", BinOp::Div, true),
        ("__floordiv__", BinOp::FloorDiv, false),
        ("__rfloordiv__", BinOp::FloorDiv, true),
        ("__mod__", BinOp::Mod, false),
        ("__rmod__", BinOp::Mod, true),
        ("__pow__", BinOp::Pow, false),
        ("__rpow__", BinOp::Pow, true),
        ("__and__", BinOp::BitAnd, false),
        ("__or__", BinOp::BitOr, false),
        ("__xor__", BinOp::BitXor, false),
        ("__lshift__", BinOp::LShift, false),
        ("__rshift__", BinOp::RShift, false),
    ] {
        method(cls, name, move |vm, a, _| {
            arg_count(vm, name, &a[1..], 1, 1)?;
            let (x, y) = if reflected {
                (&a[1], &a[0])
            } else {
                (&a[0], &a[1])
            };
            let numeric = |v: &Value| {
                matches!(
                    v,
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
                )
            };
            if !numeric(&a[1]) {
                return Ok(Value::NotImplemented);
            }
            vm.binary_op(op, x, y)
        });
    }
    for (name, op) in [
        ("__eq__", CmpOp::Eq),
        ("__ne__", CmpOp::NotEq),
        ("__lt__", CmpOp::Lt),
        ("__le__", CmpOp::LtE),
        ("__gt__", CmpOp::Gt),
        ("__ge__", CmpOp::GtE),
    ] {
        method(cls, name, move |vm, a, _| {
            arg_count(vm, name, &a[1..], 1, 1)?;
            if !matches!(
                &a[1],
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
            ) {
                return Ok(Value::NotImplemented);
            }
            vm.compare(op, &a[0], &a[1])
        });
    }
    for (name, op) in [
        ("__neg__", UnaryOp::Neg),
        ("__pos__", UnaryOp::Pos),
        ("__invert__", UnaryOp::Invert),
    ] {
        method(cls, name, move |vm, a, _| crate::eval::unary(vm, op, &a[0]));
    }
    method(cls, "__abs__", |vm, a, _| {
        let abs = vm
            .builtin("abs")
            .ok_or_else(|| vm.runtime_error("abs missing"))?;
        vm.call(&abs, &a[..1], &[])
    });
    method(cls, "__bool__", |vm, a, _| {
        Ok(Value::Bool(vm.truthy(&a[0])?))
    });
    method(cls, "__hash__", |vm, a, _| Ok(Value::Int(vm.hash(&a[0])?)));
    method(cls, "__repr__", |vm, a, _| {
        Ok(Value::string(vm.repr(&a[0])?))
    });
    method(cls, "__str__", |vm, a, _| {
        Ok(Value::string(vm.to_str(&a[0])?))
    });
    method(cls, "__format__", |vm, a, _| {
        arg_count(vm, "__format__", &a[1..], 1, 1)?;
        let spec = a[1]
            .as_str()
            .ok_or_else(|| vm.type_error("format spec must be str"))?
            .to_string();
        Ok(Value::string(vm.format(&a[0], &spec)?))
    });
    method(cls, "__int__", |vm, a, _| {
        super::constructors::int_from(vm, &a[0])
    });
    method(cls, "__float__", |vm, a, _| {
        Ok(Value::Float(super::to_f64(vm, &a[0])?))
    });
    for (name, op) in [("__floor__", 0u8), ("__ceil__", 1), ("__trunc__", 2)] {
        method(cls, name, move |vm, a, _| {
            arg_count(vm, name, &a[1..], 0, 0)?;
            crate::modules::math::round_to_int(vm, &a[0], op)
        });
    }
    method(cls, "conjugate", |_, a, _| Ok(a[0].clone()));
    NativeProperty::add_readonly(cls, "real", |_, v| {
        Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        })
    });
    NativeProperty::add_readonly(cls, "imag", |_, v| {
        Ok(if matches!(v, Value::Float(_)) {
            Value::Float(0.0)
        } else {
            Value::Int(0)
        })
    });
}

fn big(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    to_big(v).ok_or_else(|| vm.type_error("expected an int"))
}

pub fn install(vm: &Rc<Vm>) {
    let i = &vm.types.int;
    binops(i);
    binops(&vm.types.float);
    method(i, "__index__", |vm, a, _| Ok(from_big(big(vm, &a[0])?)));
    method(i, "bit_length", |vm, a, _| {
        super::arg_count(vm, "int.bit_length", &a[1..], 0, 0)?;
        Ok(Value::Int(big(vm, &a[0])?.magnitude().bits() as i64))
    });
    method(i, "bit_count", |vm, a, _| {
        super::arg_count(vm, "int.bit_count", &a[1..], 0, 0)?;
        Ok(Value::Int(big(vm, &a[0])?.magnitude().count_ones() as i64))
    });
    NativeProperty::add_readonly(i, "numerator", |vm, v| Ok(from_big(big(vm, v)?)));
    NativeProperty::add_readonly(i, "denominator", |_, _| Ok(Value::Int(1)));
    method(i, "as_integer_ratio", |vm, a, _| {
        Ok(Value::tuple(vec![from_big(big(vm, &a[0])?), Value::Int(1)]))
    });
    method(i, "to_bytes", |vm, a, kw| {
        let n = big(vm, &a[0])?;
        let length = match a.get(1).cloned().or_else(|| super::kwarg(kw, "length")) {
            Some(l) => vm.index_value(&l)? as usize,
            None => 1,
        };
        let order = a
            .get(2)
            .cloned()
            .or_else(|| super::kwarg(kw, "byteorder"))
            .unwrap_or(Value::str("big"));
        let signed = match super::kwarg(kw, "signed") {
            Some(s) => vm.truthy(&s)?,
            None => false,
        };
        if n.is_negative() && !signed {
            return Err(vm.overflow_error("can't convert negative int to unsigned"));
        }
        let mut bytes = n.to_signed_bytes_be();
        if !signed && bytes.len() > 1 && bytes[0] == 0 {
            bytes.remove(0);
        }
        if n.is_zero() {
            bytes = vec![];
        }
        if bytes.len() > length {
            return Err(vm.overflow_error("int too big to convert"));
        }
        let fill = if n.is_negative() { 0xff } else { 0 };
        let mut out = crate::object::alloc::filled(vm, fill, length - bytes.len())?;
        out.extend(bytes);
        if order.as_str() == Some("little") {
            out.reverse();
        }
        Ok(Value::Bytes(out.into()))
    });
    let f = &vm.types.float;
    method(f, "is_integer", |vm, a, _| {
        Ok(Value::Bool(
            super::to_f64(vm, &a[0])?.fract() == 0.0 && super::to_f64(vm, &a[0])?.is_finite(),
        ))
    });
    method(f, "as_integer_ratio", |vm, a, _| {
        let x = super::to_f64(vm, &a[0])?;
        if x.is_nan() {
            return Err(vm.value_error("cannot convert NaN to integer ratio"));
        }
        if x.is_infinite() {
            return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
        }
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mut mant = (bits & ((1 << 52) - 1)) as i64;
        let e = if exp == 0 {
            -1074
        } else {
            mant |= 1 << 52;
            exp - 1075
        };
        let mut num = BigInt::from(mant);
        let mut den = BigInt::from(1);
        if e > 0 {
            num <<= e as usize;
        } else {
            den <<= (-e) as usize;
        }
        let g = num_integer::Integer::gcd(&num, &den);
        if !g.is_zero() {
            num /= &g;
            den /= &g;
        }
        if x < 0.0 {
            num = -num;
        }
        Ok(Value::tuple(vec![from_big(num), from_big(den)]))
    });
    let fromhex = Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(
        "fromhex",
        |vm, a, _| {
            arg_count(vm, "fromhex", &a[1..], 1, 1)?;
            let s = a[1]
                .as_str()
                .ok_or_else(|| vm.type_error("fromhex() argument must be str"))?
                .trim()
                .to_lowercase();
            let (neg, body) = match s.strip_prefix('-') {
                Some(r) => (true, r.to_string()),
                None => (false, s.trim_start_matches('+').to_string()),
            };
            let err = || vm.value_error("invalid hexadecimal floating-point string");
            if body == "inf" || body == "infinity" {
                return Ok(Value::Float(if neg {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                }));
            }
            if body == "nan" {
                return Ok(Value::Float(f64::NAN));
            }
            let body = body.strip_prefix("0x").unwrap_or(&body);
            let (mant, exp) = match body.split_once('p') {
                Some((m, e)) => (m, e.parse::<i32>().map_err(|_| err())?),
                None => (body, 0),
            };
            let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
            if int_part.is_empty() && frac_part.is_empty() {
                return Err(err());
            }
            let mut value = 0f64;
            for c in int_part.chars() {
                value = value * 16.0 + c.to_digit(16).ok_or_else(err)? as f64;
            }
            let mut scale = 1.0 / 16.0;
            for c in frac_part.chars() {
                value += c.to_digit(16).ok_or_else(err)? as f64 * scale;
                scale /= 16.0;
            }
            let v = value * 2f64.powi(exp);
            Ok(Value::Float(if neg { -v } else { v }))
        },
    )));
    f.dict.set_str(
        "fromhex",
        Value::Native(Rc::new(crate::object::descriptor::ClassMethod(fromhex))),
    );
    let from_bytes = Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(
        "from_bytes",
        |vm, a, kw| {
            let bytes = match a.get(1).cloned().or_else(|| super::kwarg(kw, "bytes")) {
                Some(Value::Bytes(b)) => b.to_vec(),
                Some(Value::Str(_)) => {
                    return Err(vm.type_error("cannot convert 'str' object to bytes"))
                }
                Some(other) => vm
                    .collect(&other)?
                    .iter()
                    .map(|v| vm.index_value(v).map(|n| n as u8))
                    .collect::<PyResult<Vec<u8>>>()?,
                None => {
                    return Err(
                        vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)")
                    )
                }
            };
            let order = a
                .get(2)
                .cloned()
                .or_else(|| super::kwarg(kw, "byteorder"))
                .unwrap_or(Value::str("big"));
            let signed = match super::kwarg(kw, "signed") {
                Some(s) => vm.truthy(&s)?,
                None => false,
            };
            let mut be = bytes;
            match order.as_str() {
                Some("little") => be.reverse(),
                Some("big") => {}
                _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            }
            let n = if signed {
                BigInt::from_signed_bytes_be(&be)
            } else {
                BigInt::from_bytes_be(num_bigint::Sign::Plus, &be)
            };
            Ok(from_big(n))
        },
    )));
    i.dict.set_str(
        "from_bytes",
        Value::Native(Rc::new(crate::object::descriptor::ClassMethod(from_bytes))),
    );
    method(f, "hex", |vm, a, _| {
        let x = super::to_f64(vm, &a[0])?;
        if x == 0.0 {
            return Ok(Value::str(if x.is_sign_negative() {
                "-0x0.0p+0"
            } else {
                "0x0.0p+0"
            }));
        }
        if !x.is_finite() {
            return Ok(Value::string(crate::format::float_repr(x)));
        }
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        let sign = if x < 0.0 { "-" } else { "" };
        Ok(Value::string(format!(
            "{sign}0x{lead}.{mant:013x}p{}{}",
            if e >= 0 { "+" } else { "-" },
            e.abs()
        )))
    });
}
