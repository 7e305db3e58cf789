//! Binary operators and rich comparisons: fast paths for the built-in numbers and
//! sequences, then the dunder protocol with reflected operands, with CPython's messages.

use super::Vm;
use crate::ast::{BinOp, CmpOp};
use crate::object::int::{self, from_big, to_big};
use crate::object::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => crate::object::int::big_to_f64(b),
        _ => None,
    }
}

fn is_intlike(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

impl Vm {
    /// `a <op> b`
    pub fn binary_op(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let (name, rname, _) = dunder(op);
            let (pa, pb) = (self.builtin_base(a, name), self.builtin_base(b, rname));
            // A user class overriding the operator gets the original objects.
            let overridden = |v: &Value, p: &Option<Value>, n: &str| matches!(v, Value::Instance(i) if p.is_none() && (i.base.is_some() || i.class().lookup(n).is_some()));
            if (pa.is_some() || pb.is_some())
                && !overridden(a, &pa, name)
                && !overridden(b, &pb, rname)
            {
                let a2 = pa.unwrap_or_else(|| a.clone());
                let b2 = pb.unwrap_or_else(|| b.clone());
                return self.binary_op(op, &a2, &b2);
            }
        }
        // The hot path: small ints.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let (x, y) = (*x, *y);
            return match op {
                BinOp::Add => Ok(int::add(x, y)),
                BinOp::Sub => Ok(int::sub(x, y)),
                BinOp::Mult => Ok(int::mul(x, y)),
                BinOp::Mod if y == 0 => Err(self.zero_division("integer modulo by zero")),
                BinOp::FloorDiv if y == 0 => {
                    Err(self.zero_division("integer division or modulo by zero"))
                }
                BinOp::FloorDiv => Ok(int::floordiv(x, y)),
                BinOp::Mod => Ok(int::modulo(x, y)),
                BinOp::Div => {
                    if y == 0 {
                        Err(self.zero_division("division by zero"))
                    } else {
                        Ok(Value::Float(int_true_div(
                            &BigInt::from(x),
                            &BigInt::from(y),
                            x as f64,
                            y as f64,
                        )))
                    }
                }
                BinOp::BitAnd => Ok(Value::Int(x & y)),
                BinOp::BitOr => Ok(Value::Int(x | y)),
                BinOp::BitXor => Ok(Value::Int(x ^ y)),
                _ => self.int_op(op, &BigInt::from(x), &BigInt::from(y)),
            };
        }
        if let Some(r) = self.numeric_op(op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = self.sequence_op(op, a, b)? {
            return Ok(r);
        }
        let (name, rname, _) = dunder(op);
        if let Some(r) = self.dunder_binary(a, b, name, rname)? {
            return Ok(r);
        }
        if op == BinOp::BitOr {
            // `int | None`: a `types.UnionType` (what CPython's `type.__or__` makes).
            if let Some(u) = crate::object::generic_alias::make_union(self, a, b)? {
                return Ok(u);
            }
        }
        if op == BinOp::Mult {
            if let Some(r) = self.repeat_by_index(a, b)? {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(op, a, b))
    }

    /// An instance whose class has `__index__` (usable as a repeat count).
    fn is_index_object(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(_)) && self.type_of(v).lookup("__index__").is_some()
    }

    /// `seq * n` / `n * seq` where `n` is an object with `__index__` (the sequence
    /// protocol's repeat, tried after the numeric methods declined).
    fn repeat_by_index(&self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (s, n) = match (a, b) {
            (s, n) if is_repeatable(s) && self.is_index_object(n) => (s, n),
            (n, s) if is_repeatable(s) && self.is_index_object(n) => (s, n),
            _ => return Ok(None),
        };
        let count = Value::Int(self.index_value(n)?);
        self.binary_op(BinOp::Mult, s, &count).map(Some)
    }

    /// `a <op>= b`: `__iadd__` and friends first, then the plain operator.
    pub fn inplace_op(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = match b {
                    Value::List(other) => other.to_vec(),
                    _ => self.collect(b)?,
                };
                l.items.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mult, Value::List(l)) => {
                if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = b {
                    let n = self.index_value(b)?.max(0) as usize;
                    let repeated = {
                        let items = l.items.borrow();
                        crate::object::alloc::repeat_slice(
                            self,
                            &items,
                            n,
                            crate::object::alloc::Repeated::Other,
                        )?
                    };
                    *l.items.borrow_mut() = repeated;
                    return Ok(a.clone());
                }
            }
            (_, Value::Instance(_)) => {
                let (_, _, iname) = dunder(op);
                // A list subclass without its own `__iadd__`/`__imul__`: in place, keeping
                // the instance (and its class).
                if matches!(op, BinOp::Add | BinOp::Mult) {
                    if let Some(base @ Value::List(_)) = self.builtin_base(a, iname) {
                        self.inplace_op(op, &base, b)?;
                        return Ok(a.clone());
                    }
                }
                if let Some(f) = self.type_of(a).lookup(iname) {
                    let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                crate::builtins::dict_update(self, d, b)?;
                return Ok(a.clone());
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s))
                if !s.frozen =>
            {
                if let Value::Set(_) = b {
                    let r = self.binary_op(op, a, b)?;
                    if let Value::Set(new) = r {
                        s.table.clear();
                        for k in new.items() {
                            s.add(self, k)?;
                        }
                        return Ok(a.clone());
                    }
                }
            }
            _ => {}
        }
        match self.binary_op(op, a, b) {
            Err(e)
                if e.is_instance_of(&self.exc_class("TypeError"))
                    && !matches!(a, Value::Instance(_)) =>
            {
                // CPython names the augmented operator in its message.
                if self
                    .to_str(&e.value())
                    .map(|m| m.starts_with("unsupported operand"))
                    .unwrap_or(false)
                {
                    return Err(self.type_error(format!(
                        "unsupported operand type(s) for {}=: '{}' and '{}'",
                        op_symbol(op),
                        self.type_name(a),
                        self.type_name(b)
                    )));
                }
                Err(e)
            }
            r => r,
        }
    }

    fn binop_type_error(&self, op: BinOp, a: &Value, b: &Value) -> crate::object::PyErr {
        let sym = if op == BinOp::Pow {
            "** or pow()"
        } else {
            op_symbol(op)
        };
        if op == BinOp::Add {
            match a {
                Value::Bytes(_) => {
                    return self.type_error(format!("can't concat {} to bytes", self.type_name(b)))
                }
                Value::Str(_) => {
                    return self.type_error(format!(
                        "can only concatenate str (not \"{}\") to str",
                        self.type_name(b)
                    ))
                }
                Value::List(_) => {
                    return self.type_error(format!(
                        "can only concatenate list (not \"{}\") to list",
                        self.type_name(b)
                    ))
                }
                Value::Tuple(_) => {
                    return self.type_error(format!(
                        "can only concatenate tuple (not \"{}\") to tuple",
                        self.type_name(b)
                    ))
                }
                _ => {}
            }
        }
        if op == BinOp::Mult {
            // An object with `__index__` would have been a valid repeat count.
            if is_repeatable(a) && !is_intlike(b) && !self.is_index_object(b) {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(b)
                ));
            }
            if is_repeatable(b) && !is_intlike(a) && !self.is_index_object(a) {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(a)
                ));
            }
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn dunder_binary(
        &self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let user = |v: &Value| matches!(v, Value::Instance(_) | Value::Native(_));
        if !user(a) && !user(b) {
            return Ok(None);
        }
        let same = Rc::ptr_eq(&ta, &tb);
        let fa = if user(a) { ta.lookup(name) } else { None };
        let fb = if user(b) && !same {
            tb.lookup(rname)
        } else {
            None
        };
        // A subclass's reflected method wins when it overrides it.
        if let Some(fb) = &fb {
            if tb.is_subclass(&ta) && !same {
                let r = self.call(fb, &[b.clone(), a.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
                if let Some(fa) = &fa {
                    let r = self.call(fa, &[a.clone(), b.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
                return Ok(None);
            }
        }
        if let Some(fa) = fa {
            let r = self.call(&fa, &[a.clone(), b.clone()], &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if let Some(fb) = fb {
            let r = self.call(&fb, &[b.clone(), a.clone()], &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    fn int_op(&self, op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        Ok(match op {
            BinOp::Add => from_big(x + y),
            BinOp::Sub => from_big(x - y),
            BinOp::Mult => from_big(x * y),
            BinOp::Mod if y.is_zero() => return Err(self.zero_division("integer modulo by zero")),
            BinOp::FloorDiv if y.is_zero() => {
                return Err(self.zero_division("integer division or modulo by zero"))
            }
            BinOp::FloorDiv => int::big_floordiv(x, y),
            BinOp::Mod => int::big_mod(x, y),
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                let (fx, fy) = (
                    x.to_f64().unwrap_or(f64::INFINITY),
                    y.to_f64().unwrap_or(f64::INFINITY),
                );
                let r = int_true_div(x, y, fx, fy);
                if r.is_infinite() {
                    return Err(
                        self.overflow_error("integer division result too large for a float")
                    );
                }
                Value::Float(r)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (fx, fy) = (
                        x.to_f64().unwrap_or(f64::INFINITY),
                        y.to_f64().unwrap_or(f64::NEG_INFINITY),
                    );
                    if fx == 0.0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    Value::Float(fx.powf(fy))
                } else {
                    match y.to_u64() {
                        Some(e)
                            if e < (1 << 32)
                                || x.magnitude() <= &num_bigint::BigUint::from(1u32) =>
                        {
                            let e = if x.magnitude() <= &num_bigint::BigUint::from(1u32) {
                                e % 2 + if e > 0 { 2 } else { 0 }
                            } else {
                                e
                            };
                            int::pow(x, e)
                        }
                        _ => return Err(self.memory_error()),
                    }
                }
            }
            BinOp::LShift | BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let n = y.to_usize().unwrap_or(usize::MAX);
                if op == BinOp::LShift {
                    if x.is_zero() {
                        Value::Int(0)
                    } else if n > 1 << 32 {
                        return Err(self.overflow_error("too many digits in integer"));
                    } else {
                        from_big(x << n)
                    }
                } else if n > 1 << 32 {
                    Value::Int(if x.is_negative() { -1 } else { 0 })
                } else {
                    from_big(x >> n)
                }
            }
            BinOp::BitAnd => from_big(x & y),
            BinOp::BitOr => from_big(x | y),
            BinOp::BitXor => from_big(x ^ y),
            BinOp::MatMult => {
                return Err(self.binop_type_error(op, &from_big(x.clone()), &from_big(y.clone())))
            }
        })
    }

    fn numeric_op(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if is_intlike(a) && is_intlike(b) {
            let (x, y) = (to_big(a).unwrap_or_default(), to_big(b).unwrap_or_default());
            if matches!((a, b), (Value::Bool(_), Value::Bool(_))) {
                if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                    match op {
                        BinOp::BitAnd => return Ok(Some(Value::Bool(*p & *q))),
                        BinOp::BitOr => return Ok(Some(Value::Bool(*p | *q))),
                        BinOp::BitXor => return Ok(Some(Value::Bool(*p ^ *q))),
                        _ => {}
                    }
                }
            }
            return self.int_op(op, &x, &y).map(Some);
        }
        let floaty = |v: &Value| matches!(v, Value::Float(_)) || is_intlike(v);
        if !(floaty(a) && floaty(b)) {
            return Ok(None);
        }
        let x = match as_f64(a) {
            Some(x) => x,
            None => return Err(self.overflow_error("int too large to convert to float")),
        };
        let y = match as_f64(b) {
            Some(y) => y,
            None => return Err(self.overflow_error("int too large to convert to float")),
        };
        Ok(Some(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                crate::format::float_floordiv_mod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                crate::format::float_floordiv_mod(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    use crate::object::complex::Complex;
                    return crate::builtins::complex_methods::power(
                        self,
                        Complex::new(x, 0.0),
                        Complex::new(y, 0.0),
                    )
                    .map(Some);
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(
                        self.error("OverflowError", "(34, 'Numerical result out of range')")
                    );
                }
                r
            }
            _ => return Ok(None),
        })))
    }

    fn sequence_op(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let repeat_count = |v: &Value| -> Option<i64> {
            match v {
                Value::Int(i) => Some(*i),
                Value::Bool(b) => Some(*b as i64),
                Value::BigInt(b) => Some(if b.is_negative() { 0 } else { i64::MAX }),
                _ => None,
            }
        };
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.to_vec();
                v.extend(y.to_vec());
                Value::list(v)
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.as_slice().to_vec();
                v.extend_from_slice(y.as_slice());
                Value::tuple(v)
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Value::Bytes(v.into())
            }
            (BinOp::Add, Value::Bytes(x), Value::Native(_)) => {
                match crate::builtins::bytearray_methods::bytes_like(b) {
                    Some(y) => {
                        let mut v = x.to_vec();
                        v.extend(y);
                        Value::Bytes(v.into())
                    }
                    None => return Ok(None),
                }
            }
            (BinOp::Mult, seq, n) | (BinOp::Mult, n, seq)
                if matches!(
                    seq,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                ) && repeat_count(n).is_some() =>
            {
                let n = repeat_count(n).unwrap_or(0).max(0) as usize;
                use crate::object::alloc::{repeat_slice, repeat_str, Repeated};
                match seq {
                    Value::Str(s) => Value::string(repeat_str(self, s.as_str(), n)?),
                    Value::List(l) => {
                        Value::list(repeat_slice(self, &l.to_vec(), n, Repeated::Other)?)
                    }
                    Value::Tuple(t) => {
                        Value::tuple(repeat_slice(self, t.as_slice(), n, Repeated::Other)?)
                    }
                    Value::Bytes(b) => {
                        Value::Bytes(repeat_slice(self, b, n, Repeated::Bytes)?.into())
                    }
                    _ => return Ok(None),
                }
            }
            (BinOp::Mod, Value::Str(fmt), args) => {
                Value::string(self.percent_format(fmt.as_str(), args)?)
            }
            (BinOp::Mod, Value::Bytes(fmt), args) => {
                Value::Bytes(self.percent_format_bytes(fmt, args)?.into())
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let d = x.copy();
                for (k, v) in y.items() {
                    d.set(self, k, v)?;
                }
                Value::Dict(Rc::new(d))
            }
            (_, Value::Set(x), Value::Set(y)) => {
                let out = crate::object::PySet::new(x.frozen);
                match op {
                    BinOp::BitOr => {
                        for k in x.items().into_iter().chain(y.items()) {
                            out.add(self, k)?;
                        }
                    }
                    BinOp::BitAnd => {
                        for k in x.items() {
                            if y.contains(self, &k)? {
                                out.add(self, k)?;
                            }
                        }
                    }
                    BinOp::Sub => {
                        for k in x.items() {
                            if !y.contains(self, &k)? {
                                out.add(self, k)?;
                            }
                        }
                    }
                    BinOp::BitXor => {
                        for k in x.items() {
                            if !y.contains(self, &k)? {
                                out.add(self, k)?;
                            }
                        }
                        for k in y.items() {
                            if !x.contains(self, &k)? {
                                out.add(self, k)?;
                            }
                        }
                    }
                    _ => return Ok(None),
                }
                Value::Set(Rc::new(out))
            }
            _ => return Ok(None),
        }))
    }

    /// `a == b`
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::object::dict::simple_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    /// Rich comparison `a <op> b` for the six ordering/equality operators.
    pub fn compare(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        use std::cmp::Ordering;
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let name = match op {
                CmpOp::Eq => "__eq__",
                CmpOp::NotEq => "__ne__",
                CmpOp::Lt => "__lt__",
                CmpOp::LtE => "__le__",
                CmpOp::Gt => "__gt__",
                _ => "__ge__",
            };
            let (pa, pb) = (self.builtin_base(a, name), self.builtin_base(b, name));
            if pa.is_some() || pb.is_some() {
                let a2 = pa.unwrap_or_else(|| a.clone());
                let b2 = pb.unwrap_or_else(|| b.clone());
                return self.compare(op, &a2, &b2);
            }
        }
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(cmp_result(op, x.cmp(y))));
        }
        if let Some(ord) = self.builtin_order(op, a, b)? {
            return Ok(Value::Bool(match ord {
                Some(o) => cmp_result(op, o),
                None => op == CmpOp::NotEq, // NaN
            }));
        }
        let (name, rname) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => unreachable_cmp(),
        };
        let user = |v: &Value| matches!(v, Value::Instance(_) | Value::Native(_));
        if user(a) || user(b) {
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let reflected_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && user(b);
            let try_a = |vm: &Vm| -> PyResult<Option<Value>> {
                if !user(a) {
                    return Ok(None);
                }
                match ta.lookup(name) {
                    Some(f) if !is_object_default(&f) => {
                        let r = vm.call(&f, &[a.clone(), b.clone()], &[])?;
                        Ok(if matches!(r, Value::NotImplemented) {
                            None
                        } else {
                            Some(r)
                        })
                    }
                    _ => Ok(None),
                }
            };
            let try_b = |vm: &Vm| -> PyResult<Option<Value>> {
                if !user(b) {
                    return Ok(None);
                }
                match tb.lookup(rname) {
                    Some(f) if !is_object_default(&f) => {
                        let r = vm.call(&f, &[b.clone(), a.clone()], &[])?;
                        Ok(if matches!(r, Value::NotImplemented) {
                            None
                        } else {
                            Some(r)
                        })
                    }
                    _ => Ok(None),
                }
            };
            let first = if reflected_first {
                try_b(self)?
            } else {
                try_a(self)?
            };
            if let Some(r) = first {
                return Ok(r);
            }
            let second = if reflected_first {
                try_a(self)?
            } else {
                try_b(self)?
            };
            if let Some(r) = second {
                return Ok(r);
            }
            if op == CmpOp::NotEq {
                // Default __ne__ inverts __eq__.
                if user(a) {
                    if let Some(f) = ta
                        .lookup("__eq__")
                        .filter(|f| !matches!(f, Value::Builtin(_)))
                    {
                        let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(Value::Bool(!self.truthy(&r)?));
                        }
                    }
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => {
                let sym = match op {
                    CmpOp::Lt => "<",
                    CmpOp::LtE => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                let _ = Ordering::Equal;
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    sym,
                    self.type_name(a),
                    self.type_name(b)
                )))
            }
        }
    }

    /// Ordering of built-in values: `Ok(Some(Some(ord)))`, `Ok(Some(None))` for unordered
    /// floats, `Ok(None)` when the types are not both built-in and comparable.
    fn builtin_order(
        &self,
        op: CmpOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Option<std::cmp::Ordering>>> {
        use Value::*;
        let eq_only = matches!(op, CmpOp::Eq | CmpOp::NotEq);
        Ok(Some(match (a, b) {
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                Some(to_big(a).cmp(&to_big(b)))
            }
            (Float(x), Float(y)) => x.partial_cmp(y),
            (Float(x), Int(_) | Bool(_) | BigInt(_)) => {
                float_int_cmp(*x, &to_big(b).unwrap_or_default())
            }
            (Int(_) | Bool(_) | BigInt(_), Float(y)) => {
                float_int_cmp(*y, &to_big(a).unwrap_or_default()).map(|o| o.reverse())
            }
            (Str(x), Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Bytes(x), Bytes(y)) => Some(x.cmp(y)),
            (List(x), List(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                return self.seq_order(op, &x, &y).map(Some);
            }
            (Tuple(x), Tuple(y)) => {
                return self.seq_order(op, x.as_slice(), y.as_slice()).map(Some)
            }
            (Dict(x), Dict(y)) if eq_only => {
                if x.len() != y.len() {
                    return Ok(Some(Some(std::cmp::Ordering::Less)));
                }
                for (k, v) in x.items() {
                    match y.get(self, &k)? {
                        Some(v2) if v.is(&v2) || self.eq(&v, &v2)? => {}
                        _ => return Ok(Some(Some(std::cmp::Ordering::Less))),
                    }
                }
                Some(std::cmp::Ordering::Equal)
            }
            (Set(x), Set(y)) => {
                let sub = |p: &crate::object::PySet, q: &crate::object::PySet| -> PyResult<bool> {
                    for k in p.items() {
                        if !q.contains(self, &k)? {
                            return Ok(false);
                        }
                    }
                    Ok(true)
                };
                let (ab, ba) = (sub(x, y)?, sub(y, x)?);
                // Sets are partially ordered by inclusion; map onto the operator directly.
                let r = match op {
                    CmpOp::Eq => ab && ba,
                    CmpOp::NotEq => !(ab && ba),
                    CmpOp::LtE => ab,
                    CmpOp::GtE => ba,
                    CmpOp::Lt => ab && !ba,
                    CmpOp::Gt => ba && !ab,
                    _ => false,
                };
                return Ok(Some(Some(
                    if r == cmp_result(op, std::cmp::Ordering::Equal) {
                        std::cmp::Ordering::Equal
                    } else if r == cmp_result(op, std::cmp::Ordering::Less) {
                        std::cmp::Ordering::Less
                    } else {
                        std::cmp::Ordering::Greater
                    },
                )));
            }
            (None, None) if eq_only => Some(std::cmp::Ordering::Equal),
            (BoundMethod(x), BoundMethod(y)) if eq_only => {
                if x.func.is(&y.func) && x.receiver.is(&y.receiver) {
                    Some(std::cmp::Ordering::Equal)
                } else {
                    Some(std::cmp::Ordering::Less)
                }
            }
            _ => {
                let builtin = |v: &Value| !matches!(v, Instance(_) | Native(_));
                if eq_only && builtin(a) && builtin(b) {
                    return Ok(Some(Some(if a.is(b) {
                        std::cmp::Ordering::Equal
                    } else {
                        std::cmp::Ordering::Less
                    })));
                }
                return Ok(Option::None);
            }
        }))
    }

    fn seq_order(
        &self,
        op: CmpOp,
        x: &[Value],
        y: &[Value],
    ) -> PyResult<Option<std::cmp::Ordering>> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && x.len() != y.len() {
            return Ok(Some(std::cmp::Ordering::Less));
        }
        for (p, q) in x.iter().zip(y) {
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                return Ok(Some(std::cmp::Ordering::Less));
            }
            let lt = self.compare(CmpOp::Lt, p, q)?;
            return Ok(Some(if self.truthy(&lt)? {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            }));
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `a < b` as a bool (used by sorting, min and max).
    pub fn less_than(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.compare(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }
}

/// The built-in sequences that `*` repeats.
fn is_repeatable(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
    )
}

/// `object`'s own comparison methods: identity, handled by the caller's fallback.
fn is_object_default(f: &Value) -> bool {
    matches!(f, Value::Builtin(b) if b.owner.as_deref() == Some("object"))
}

fn cmp_result(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Eq => o == Equal,
        CmpOp::NotEq => o != Equal,
        CmpOp::Lt => o == Less,
        CmpOp::LtE => o != Greater,
        CmpOp::Gt => o == Greater,
        CmpOp::GtE => o != Less,
        _ => false,
    }
}

#[cold]
fn unreachable_cmp() -> ! {
    panic!("identity/membership operators are handled by the evaluator")
}

fn float_int_cmp(x: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    // Compare exactly: floor(x) against i, then the fractional part.
    let fl = x.floor();
    let fb = num_bigint::BigInt::from_f64_exact(fl);
    match fb.cmp(i) {
        std::cmp::Ordering::Equal => Some(if x > fl {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }),
        o => Some(o),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

/// Correctly rounded int / int.
fn int_true_div(x: &BigInt, y: &BigInt, fx: f64, fy: f64) -> f64 {
    const EXACT: f64 = 9007199254740992.0; // 2**53
    if fx.abs() <= EXACT && fy.abs() <= EXACT {
        return fx / fy;
    }
    // Scale so the quotient has 64+ significant bits, then round once.
    let neg = x.is_negative() != y.is_negative();
    let (ax, ay) = (x.abs(), y.abs());
    let shift = (ay.bits() as i64) - (ax.bits() as i64) + 64;
    let (num, den) = if shift >= 0 {
        (ax << shift as usize, ay)
    } else {
        (ax, ay << (-shift) as usize)
    };
    let mut q = &num / &den;
    if (&q * &den) != num {
        // Sticky bit: an inexact quotient must not look like a tie when rounded.
        q |= BigInt::from(1);
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = qf * 2f64.powi(-(shift as i32));
    if neg {
        -r
    } else {
        r
    }
}
