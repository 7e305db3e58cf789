//! Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]` for the built-in containers
//! (with slices) and objects defining `__getitem__`/`__setitem__`/`__delitem__`.

use super::Vm;
use crate::object::range::{slice_positions, Range, Slice};
use crate::object::{Class, PyResult, Value};
use num_traits::ToPrimitive;
use std::rc::Rc;

impl Vm {
    /// `origin[key]` as a generic alias shown as `{shown}[args]` (classes by qualified name,
    /// other arguments by repr).
    pub fn generic_alias(&self, origin: &Rc<Class>, shown: &str, key: &Value) -> PyResult<Value> {
        let args = match key {
            Value::Tuple(t) => t.as_slice().to_vec(),
            k => vec![k.clone()],
        };
        let parts = args
            .iter()
            .map(|a| crate::object::generic_alias::type_repr(self, a))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(Value::Native(Rc::new(
            crate::object::generic_alias::GenericAlias {
                origin: origin.clone(),
                text: format!("{shown}[{}]", parts.join(", ")),
                args,
            },
        )))
    }

    /// An index-like value as i64 (`__index__`).
    pub fn index_value(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(b) => b.to_i64().ok_or_else(|| {
                self.index_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    self.type_name(v)
                ))
            }),
            _ => match self.type_of(v).lookup("__index__") {
                Some(f) => {
                    let r = self.call(&f, &[v.clone()], &[])?;
                    self.index_value(&r)
                }
                None => Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            },
        }
    }

    /// A slice bound (CPython's `_PyEval_SliceIndex`): an int or an object with
    /// `__index__`, with huge values clamped to the i64 range.
    pub fn slice_index(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(b) => Ok(b
                .to_i64()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                })),
            _ => match self.type_of(v).lookup("__index__") {
                Some(f) => {
                    let r = self.call(&f, &[v.clone()], &[])?;
                    self.slice_index(&r)
                }
                None => Err(self.slice_index_error()),
            },
        }
    }

    /// CPython's error for a slice bound that is not an integer.
    pub fn slice_index_error(&self) -> crate::object::PyErr {
        self.type_error("slice indices must be integers or None or have an __index__ method")
    }

    pub(crate) fn seq_index(&self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => match self.type_of(key).lookup("__index__") {
                Some(_) => self.index_value(key)?,
                None if what == "string" => {
                    return Err(self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(key)
                    )))
                }
                None => {
                    return Err(self.type_error(format!(
                        "{what} indices must be integers or slices, not {}",
                        self.type_name(key)
                    )))
                }
            },
        };
        let idx = if i < 0 { i + len as i64 } else { i };
        if idx < 0 || idx >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(idx as usize)
    }

    /// `obj[key]`
    pub fn getitem(&self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(Value::Dict(d)) = self.builtin_base(obj, "__getitem__") {
            // dict subclasses: a missing key goes to `__missing__` if the class has one.
            if let Some(v) = d.get(self, key)? {
                return Ok(v);
            }
            return match self.type_of(obj).lookup("__missing__") {
                Some(m) => self.call(&m, &[obj.clone(), key.clone()], &[]),
                None => Err(self.key_error(key.clone())),
            };
        }
        if let Some(s) = key.as_native::<Slice>() {
            return self.get_slice(obj, s);
        }
        match obj {
            Value::List(l) => {
                let items = l.items.borrow();
                let i = self.seq_index(key, items.len(), "list")?;
                Ok(items[i].clone())
            }
            Value::Tuple(t) => {
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t.as_slice()[i].clone())
            }
            Value::Str(s) => {
                let i = self.seq_index(key, s.char_len(), "string")?;
                let c = s.char_at(i).unwrap_or(' ');
                let mut buf = [0u8; 4];
                Ok(Value::str(c.encode_utf8(&mut buf)))
            }
            Value::Bytes(b) => {
                let i = self.seq_index(key, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            Value::Dict(d) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Class(c)
                if c.is_builtin
                    && matches!(
                        &*c.name(),
                        "list" | "dict" | "tuple" | "set" | "frozenset" | "type"
                    ) =>
            {
                // `list[int]`: a generic alias that prints as written.
                self.generic_alias(c, &c.name(), key)
            }
            // A metaclass's `__getitem__` comes before `__class_getitem__` (`Color['RED']`).
            Value::Class(c)
                if c.meta.borrow().is_some() && self.meta_method(c, "__getitem__").is_some() =>
            {
                let f = self.meta_method(c, "__getitem__").unwrap_or(Value::None);
                self.call(&f, &[obj.clone(), key.clone()], &[])
            }
            Value::Class(c) => match c.lookup("__class_getitem__") {
                Some(f) => self.call(
                    &self.getattr(obj, "__class_getitem__").unwrap_or(f),
                    &[key.clone()],
                    &[],
                ),
                None => Err(self.type_error(format!("type '{}' is not subscriptable", c.name()))),
            },
            _ => {
                if let Some(r) = obj.as_native::<Range>() {
                    if r.big.is_none() && matches!(key, Value::Int(_)) {
                        let i = self.seq_index(key, r.len() as usize, "range object")?;
                        return Ok(Value::Int(r.get(i as i64)));
                    }
                    return crate::builtins::range_methods::item(self, r, key);
                }
                match self.type_of(obj).lookup("__getitem__") {
                    Some(f) => self.call(&f, &[obj.clone(), key.clone()], &[]),
                    None => Err(self.not_a(obj, "is not subscriptable")),
                }
            }
        }
    }

    fn get_slice(&self, obj: &Value, s: &Slice) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                let items = l.to_vec();
                let (a, b, c) = s.indices(self, items.len() as i64)?;
                Ok(Value::list(
                    slice_positions(a, b, c)
                        .into_iter()
                        .map(|i| items[i].clone())
                        .collect(),
                ))
            }
            Value::Tuple(t) => {
                let (a, b, c) = s.indices(self, t.len() as i64)?;
                if a == 0 && c == 1 && b == t.len() as i64 {
                    return Ok(obj.clone());
                }
                Ok(Value::tuple(
                    slice_positions(a, b, c)
                        .into_iter()
                        .map(|i| t.as_slice()[i].clone())
                        .collect(),
                ))
            }
            Value::Str(st) => {
                let (a, b, c) = s.indices(self, st.char_len() as i64)?;
                if st.is_ascii() {
                    let bytes = st.as_str().as_bytes();
                    if c == 1 {
                        let (a, b) = (a as usize, (b.max(a)) as usize);
                        return Ok(Value::str(&st.as_str()[a..b]));
                    }
                    let out: Vec<u8> = slice_positions(a, b, c)
                        .into_iter()
                        .map(|i| bytes[i])
                        .collect();
                    return Ok(Value::string(String::from_utf8(out).unwrap_or_default()));
                }
                let chars: Vec<char> = st.as_str().chars().collect();
                Ok(Value::string(
                    slice_positions(a, b, c)
                        .into_iter()
                        .map(|i| chars[i])
                        .collect(),
                ))
            }
            Value::Bytes(bs) => {
                let (a, b, c) = s.indices(self, bs.len() as i64)?;
                Ok(Value::Bytes(
                    slice_positions(a, b, c)
                        .into_iter()
                        .map(|i| bs[i])
                        .collect::<Vec<u8>>()
                        .into(),
                ))
            }
            _ => {
                if let Some(r) = obj.as_native::<Range>() {
                    return crate::builtins::range_methods::slice(self, r, s);
                }
                match self.type_of(obj).lookup("__getitem__") {
                    Some(f) => {
                        let sv = crate::object::range::new_slice(
                            s.start.clone(),
                            s.stop.clone(),
                            s.step.clone(),
                        );
                        self.call(&f, &[obj.clone(), sv], &[])
                    }
                    None => Err(self.not_a(obj, "is not subscriptable")),
                }
            }
        }
    }

    /// `obj[key] = value`
    pub fn setitem(&self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Some(s) = key.as_native::<Slice>() {
                    if !self.has_iter(&value) {
                        return Err(self.type_error("can only assign an iterable"));
                    }
                    let new = self.collect(&value)?;
                    let len = l.len() as i64;
                    let (a, b, c) = s.indices(self, len)?;
                    let mut items = l.items.borrow_mut();
                    if c == 1 {
                        let (a, b) = (a as usize, b.max(a) as usize);
                        items.splice(a..b, new);
                    } else {
                        let pos = slice_positions(a, b, c);
                        if pos.len() != new.len() {
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new.len(),
                                pos.len()
                            )));
                        }
                        for (p, v) in pos.into_iter().zip(new) {
                            items[p] = v;
                        }
                    }
                    return Ok(());
                }
                let len = l.len();
                let i = self.seq_index(key, len, "list assignment")?;
                l.items.borrow_mut()[i] = value;
                Ok(())
            }
            Value::Dict(d) => d.set(self, key.clone(), value),
            Value::Instance(_) | Value::Native(_) => {
                match self.type_of(obj).lookup("__setitem__") {
                    Some(f) => {
                        self.call(&f, &[obj.clone(), key.clone(), value], &[])?;
                        Ok(())
                    }
                    None => Err(self.not_a(obj, "does not support item assignment")),
                }
            }
            _ => Err(self.not_a(obj, "does not support item assignment")),
        }
    }

    /// `del obj[key]`
    pub fn delitem(&self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Some(s) = key.as_native::<Slice>() {
                    let (a, b, c) = s.indices(self, l.len() as i64)?;
                    let mut pos = slice_positions(a, b, c);
                    pos.sort_unstable();
                    let mut items = l.items.borrow_mut();
                    for p in pos.into_iter().rev() {
                        items.remove(p);
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, l.len(), "list assignment")?;
                l.items.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::Instance(_) | Value::Native(_) => {
                match self.type_of(obj).lookup("__delitem__") {
                    Some(f) => {
                        self.call(&f, &[obj.clone(), key.clone()], &[])?;
                        Ok(())
                    }
                    None => Err(self.not_a(obj, "does not support item deletion")),
                }
            }
            _ => Err(self.not_a(obj, "does not support item deletion")),
        }
    }
}
