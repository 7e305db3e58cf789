//! The object protocols every part of the interpreter uses: type, repr/str, truth,
//! hashing, equality, length, iteration, items and membership.

use super::Vm;
use crate::object::int;
use crate::object::iter::{DictIter, DictIterKind, SeqIter, VecIter};
use crate::object::{Class, PyResult, Value};
use std::rc::Rc;

impl Vm {
    /// A Python-level method the metaclass of `c` defines (`None` for plain classes and
    /// for the methods of `type` itself).
    pub fn meta_method(&self, c: &Rc<Class>, name: &str) -> Option<Value> {
        let meta = c.meta.borrow().clone()?;
        match meta.lookup(name) {
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        }
    }

    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            // A built-in method bound to its object (`[].append`) is CPython's
            // `builtin_function_or_method`, not a `method`.
            Value::BoundMethod(m) if matches!(m.func, Value::Builtin(_)) => {
                t.builtin_function.clone()
            }
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => c.meta.borrow().clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Native(n) => n.class(self),
        }
    }
    /// The type's name as CPython's error messages give it (`'collections.deque'` for
    /// the types CPython writes in C under a module).
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        let cls = match v {
            Value::Instance(i) => i.class(),
            _ => self.type_of(v),
        };
        super::c_type_names::c_type_name(&cls).unwrap_or_else(|| cls.name().clone())
    }
    pub fn isinstance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        self.type_of(v).is_subclass(cls)
    }

    /// `repr(v)`
    pub fn repr(&self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => crate::format::int_str(b).map_err(|e| self.format_error(e))?,
            Value::Float(f) => crate::format::float_repr(*f),
            Value::Str(s) => crate::format::str_repr(s.as_str()),
            Value::Bytes(b) => crate::format::bytes_repr(b),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::List(l) => {
                let items = l.to_vec();
                self.repr_seq(v, &items, "[", "]")?
            }
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t.as_slice()[0])?)
                } else {
                    self.repr_seq(v, t.as_slice(), "(", ")")?
                }
            }
            Value::Set(s) => {
                let items = s.items();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{name}()")
                } else if s.frozen {
                    format!("frozenset({})", self.repr_seq(v, &items, "{", "}")?)
                } else {
                    self.repr_seq(v, &items, "{", "}")?
                }
            }
            Value::Dict(d) => {
                let ptr = v.heap_ptr().unwrap_or(0);
                if self.repr_enter(ptr) {
                    return Ok("{...}".into());
                }
                let result = (|| {
                    let mut out = String::from("{");
                    for (i, (k, val)) in d.items().iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(k)?);
                        out.push_str(": ");
                        out.push_str(&self.repr(val)?);
                    }
                    out.push('}');
                    Ok(out)
                })();
                self.repr_leave();
                result?
            }
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow(),
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Builtin(b) => match &b.receiver {
                Some(r) if !matches!(r, Value::Module(_)) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    self.type_name(r),
                    r.heap_ptr().unwrap_or(0)
                ),
                Some(_) => format!("<built-in function {}>", b.name),
                None => match &b.owner {
                    Some(owner) => method_descriptor_repr(owner, &b.name),
                    None => format!("<built-in function {}>", b.name),
                },
            },
            Value::BoundMethod(m) => {
                if let Value::Builtin(b) = &m.func {
                    return Ok(format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(&m.receiver),
                        m.receiver.heap_ptr().unwrap_or(0)
                    ));
                }
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    other => self
                        .getattr(other, "__qualname__")
                        .ok()
                        .and_then(|q| q.as_str().map(String::from))
                        .unwrap_or_else(|| "?".into()),
                };
                format!("<bound method {} of {}>", fname, self.repr(&m.receiver)?)
            }
            Value::Class(c)
                if c.meta.borrow().is_some() && self.meta_method(c, "__repr__").is_some() =>
            {
                let f = self.meta_method(c, "__repr__").unwrap_or(Value::None);
                match self.call(&f, &[v.clone()], &[])? {
                    Value::Str(s) => s.as_str().to_string(),
                    other => {
                        return Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        )))
                    }
                }
            }
            Value::Class(c) => format!("<class '{}'>", c.repr_name()),
            Value::Module(m) => {
                if crate::modules::is_builtin_module(&m.name) {
                    format!("<module '{}' (built-in)>", m.name)
                } else {
                    match m
                        .dict
                        .get_str("__file__")
                        .and_then(|f| f.as_str().map(String::from))
                    {
                        Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                        None => format!("<module '{}'>", m.name),
                    }
                }
            }
            Value::Instance(_) => {
                let r = self.call_method(v, "__repr__", &[])?;
                match r {
                    Value::Str(s) => s.as_str().to_string(),
                    other => {
                        return Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        )))
                    }
                }
            }
            Value::Native(n) => n.repr(self, v)?,
        })
    }

    fn repr_enter(&self, ptr: usize) -> bool {
        let mut st = self.repr_stack.borrow_mut();
        if st.contains(&ptr) {
            return true;
        }
        st.push(ptr);
        false
    }
    fn repr_leave(&self) {
        self.repr_stack.borrow_mut().pop();
    }

    fn repr_seq(
        &self,
        container: &Value,
        items: &[Value],
        open: &str,
        close: &str,
    ) -> PyResult<String> {
        let ptr = container.heap_ptr().unwrap_or(0);
        if self.repr_enter(ptr) {
            return Ok(format!("{open}...{close}"));
        }
        let result = (|| {
            let mut out = String::from(open);
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&self.repr(it)?);
            }
            out.push_str(close);
            Ok(out)
        })();
        self.repr_leave();
        result
    }

    /// `str(v)`
    pub fn to_str(&self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(inst) => {
                if inst.exc.is_some()
                    && inst
                        .class()
                        .lookup("__str__")
                        .map(|f| matches!(&f, Value::Builtin(b) if b.owner.as_deref() == Some("BaseException")))
                        .unwrap_or(true)
                {
                    return self.exception_str(v);
                }
                let r = self.call_method(v, "__str__", &[])?;
                match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&other)
                    ))),
                }
            }
            Value::Native(n) => n.str(self, v),
            _ => self.repr(v),
        }
    }
    pub fn to_str_value(&self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            _ => Ok(Value::string(self.to_str(v)?)),
        }
    }

    /// `bool(v)`
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = cls.lookup("__bool__") {
                    let r = self.call(&f, &[v.clone()], &[])?;
                    match r {
                        Value::Bool(b) => b,
                        other => {
                            return Err(self.type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&other)
                            )))
                        }
                    }
                } else if let Some(f) = cls.lookup("__len__") {
                    let r = self.call(&f, &[v.clone()], &[])?;
                    self.len_result(r)? != 0
                } else {
                    true
                }
            }
            Value::Native(_) => {
                let cls = self.type_of(v);
                if let Some(f) = cls.lookup("__bool__") {
                    let r = self.call(&f, &[v.clone()], &[])?;
                    self.truthy(&r)?
                } else if let Some(f) = cls.lookup("__len__") {
                    let r = self.call(&f, &[v.clone()], &[])?;
                    self.len_result(r)? != 0
                } else {
                    true
                }
            }
            _ => true,
        })
    }

    fn len_result(&self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            other => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(&other)
            ))),
        }
    }

    /// `len(v)`
    pub fn len(&self, v: &Value) -> PyResult<usize> {
        match v {
            Value::Str(s) => Ok(s.char_len()),
            Value::Bytes(b) => Ok(b.len()),
            Value::List(l) => Ok(l.len()),
            Value::Tuple(t) => Ok(t.len()),
            Value::Dict(d) => Ok(d.len()),
            Value::Set(s) => Ok(s.len()),
            _ => match self.type_of(v).lookup("__len__") {
                Some(f) => {
                    let r = self.call(&f, &[v.clone()], &[])?;
                    self.len_result(r)
                }
                None => Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                ))),
            },
        }
    }

    /// `hash(v)`
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Str(s) => Ok(s.hash()),
            Value::Int(i) => Ok(int::hash_i64(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(b) => Ok(int::hash_big(b)),
            Value::Float(f) => Ok(int::hash_float(*f)),
            Value::None => Ok(0xFCA86420),
            Value::Tuple(t) => {
                // CPython's xxHash-based tuple hash.
                const P1: u64 = 11400714785074694791;
                const P2: u64 = 14029467366897019727;
                const P5: u64 = 2870177450012600261;
                let mut acc: u64 = P5;
                for item in t.as_slice() {
                    let lane = self.hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(P2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(P1);
                }
                acc = acc.wrapping_add((t.len() as u64) ^ (P5 ^ 3527539));
                let h = acc as i64;
                Ok(if h == -1 { 1546275796 } else { h })
            }
            Value::Bytes(b) => Ok(crate::object::str::str_hash(&String::from_utf8_lossy(b))),
            Value::BoundMethod(m) => {
                Ok(identity_hash(&m.func) ^ identity_hash(&m.receiver).rotate_left(7))
            }
            Value::List(_) | Value::Dict(_) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Set(s) => {
                if s.frozen {
                    let mut h: i64 = 0;
                    for item in s.items() {
                        h ^= self.hash(&item)?.wrapping_mul(1000003);
                    }
                    Ok(if h == -1 { -2 } else { h })
                } else {
                    Err(self.type_error("unhashable type: 'set'"))
                }
            }
            Value::Instance(inst) => {
                if let Some(b) = self.builtin_base(v, "__hash__") {
                    return self.hash(&b);
                }
                let cls = inst.class();
                match cls.lookup("__hash__") {
                    Some(Value::None) => {
                        Err(self.type_error(format!("unhashable type: '{}'", cls.name())))
                    }
                    Some(f @ Value::Function(_)) => match self.call(&f, &[v.clone()], &[])? {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        Value::BigInt(b) => Ok(int::hash_big(&b)),
                        Value::Bool(b) => Ok(b as i64),
                        _ => Err(self.type_error("__hash__ method should return an integer")),
                    },
                    _ => Ok(identity_hash(v)),
                }
            }
            // A native type that hashes by value (`range`, `complex`) defines `__hash__`
            // in its own namespace.
            Value::Native(_) => match self.type_of(v).dict.get_str("__hash__") {
                Some(f @ Value::Builtin(_)) => match self.call(&f, &[v.clone()], &[])? {
                    Value::Int(i) => Ok(i),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                },
                Some(Value::None) => {
                    Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                }
                _ => Ok(identity_hash(v)),
            },
            _ => Ok(identity_hash(v)),
        }
    }

    /// `iter(v)`
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => {
                Value::Native(Rc::new(SeqIter::new(v.clone())))
            }
            Value::Dict(d) => Value::Native(Rc::new(DictIter::new(d.clone(), DictIterKind::Keys))),
            Value::Set(s) => Value::Native(Rc::new(VecIter::over_set(s))),
            Value::Native(n) if n.is_iterator() => v.clone(),
            _ => {
                let cls = self.type_of(v);
                match cls.lookup("__iter__") {
                    Some(f) => {
                        let it = self.call(&f, &[v.clone()], &[])?;
                        if !self.is_iterator(&it) {
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{}'",
                                self.type_name(&it)
                            )));
                        }
                        it
                    }
                    None => {
                        if cls.lookup("__getitem__").is_some() && !matches!(v, Value::Class(_)) {
                            Value::Native(Rc::new(crate::object::iter::GetItemIter::new(v.clone())))
                        } else {
                            return Err(self.not_a(v, "is not iterable"));
                        }
                    }
                }
            }
        })
    }

    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Native(n) => n.is_iterator() || self.type_of(v).lookup("__next__").is_some(),
            Value::Instance(_) => self.type_of(v).lookup("__next__").is_some(),
            _ => false,
        }
    }

    /// One step of an iterator: `Ok(None)` when exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Native(n) = it {
            if let Some(r) = n.next(self) {
                return r;
            }
        }
        let cls = self.type_of(it);
        match cls.lookup("__next__") {
            Some(f) => match self.call(&f, &[it.clone()], &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is_instance_of(&self.exc_class("StopIteration")) => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(self.type_error(format!("'{}' object is not an iterator", cls.name()))),
        }
    }

    /// Collect an iterable into a vector.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.to_vec()),
            Value::Tuple(t) => return Ok(t.as_slice().to_vec()),
            _ => {}
        }
        let mut out = match v.as_native::<crate::object::range::Range>() {
            // Sized up front, as CPython does: a range too long to hold is a MemoryError
            // at once rather than after filling the memory.
            Some(r) if r.big.is_none() => {
                crate::object::alloc::vec_with_capacity(self, r.len() as usize)?
            }
            _ => Vec::new(),
        };
        let it = self.iter(v)?;
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `x in container`
    pub fn contains(&self, container: &Value, x: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match x {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(x)
                ))),
            },
            Value::Dict(d) => d.contains(self, x),
            Value::Set(s) => s.contains(self, x),
            Value::Bytes(b) => match x {
                Value::Bytes(sub) => {
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                }
                Value::Int(n) if (0..256).contains(n) => Ok(b.contains(&(*n as u8))),
                Value::Int(_) => Err(self.value_error("byte must be in range(0, 256)")),
                other => match crate::builtins::bytearray_methods::bytes_like(other) {
                    Some(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
                    None => Err(self.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name(other)
                    ))),
                },
            },
            Value::List(l) => {
                let items = l.to_vec();
                for it in &items {
                    if it.is(x) || self.eq(it, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for it in t.as_slice() {
                    if it.is(x) || self.eq(it, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let cls = self.type_of(container);
                if let Some(f) = cls.lookup("__contains__") {
                    let r = self.call(&f, &[container.clone(), x.clone()], &[])?;
                    return self.truthy(&r);
                }
                if cls.lookup("__iter__").is_none()
                    && cls.lookup("__getitem__").is_none()
                    && !matches!(container, Value::Native(_))
                {
                    return Err(self
                        .type_error(format!("argument of type '{}' is not iterable", cls.name())));
                }
                let it = self.iter(container)?;
                while let Some(v) = self.next(&it)? {
                    if v.is(x) || self.eq(&v, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

pub fn identity_hash(v: &Value) -> i64 {
    let p = v.heap_ptr().unwrap_or(0);
    ((p >> 4) | (p << 60)) as i64
}

/// The repr of a built-in type's method taken from the type (`list.append`): a slot
/// wrapper for the special methods that fill a type slot, a method descriptor otherwise.
fn method_descriptor_repr(owner: &str, name: &str) -> String {
    const NOT_SLOTS: &[&str] = &[
        "__format__",
        "__reduce__",
        "__reduce_ex__",
        "__sizeof__",
        "__dir__",
        "__getnewargs__",
        "__reversed__",
        "__length_hint__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__getstate__",
        "__setstate__",
        "__copy__",
        "__deepcopy__",
        "__subclasses__",
        "__instancecheck__",
        "__subclasscheck__",
        "__init_subclass__",
        "__subclasshook__",
        "__class_getitem__",
        "__enter__",
        "__exit__",
        "__bytes__",
        "__complex__",
    ];
    // Types that also define these as ordinary methods (for speed) show them as methods.
    let explicit = matches!(
        (owner, name),
        ("dict", "__contains__" | "__getitem__") | ("set" | "frozenset", "__contains__")
    );
    let slot =
        name.starts_with("__") && name.ends_with("__") && !NOT_SLOTS.contains(&name) && !explicit;
    let kind = if slot { "slot wrapper" } else { "method" };
    format!("<{kind} '{name}' of '{owner}' objects>")
}
