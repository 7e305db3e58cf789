//! Type objects: built-in types and user classes share this one representation.

use super::{PyDict, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The storage layout a class's instances have, inherited from its built-in base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain objects with a `__dict__` (and every built-in type's own values).
    Object,
    /// Instances carry exception state (args, traceback, chaining).
    Exception,
}

pub struct Class {
    /// `__name__` and `__qualname__` (assignable, as in CPython): read them with
    /// `name()` and `qualname()`.
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order, without the class itself.
    pub mro: RefCell<Vec<Rc<Class>>>,
    pub dict: Rc<PyDict>,
    pub layout: Layout,
    /// True for types implemented in Rust (`int`, `list`, ...): no `__dict__` on instances,
    /// and their attributes cannot be set.
    pub is_builtin: bool,
    /// True when instance attribute access must go through the full protocol (data
    /// descriptors, `__setattr__`/`__getattribute__`/`__delattr__`, `__slots__`);
    /// otherwise the instance dict is consulted first.
    pub slow_attrs: std::cell::Cell<bool>,
    /// Direct subclasses (`__subclasses__()`), held weakly.
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// The metaclass, when it is not `type`.
    pub meta: RefCell<Option<Rc<Class>>>,
    /// Recent `lookup_cached` results (see `lookup_cache.rs`).
    pub cache: RefCell<super::lookup_cache::LookupCache>,
    /// How many attributes the last instance had after `__init__`: new instances' dicts
    /// are allocated that big, so setting them up does not grow the table step by step.
    pub instance_size: std::cell::Cell<u32>,
}

pub use super::lookup_cache::invalidate_lookup_caches;

impl Class {
    /// The class's `__name__`.
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }
    /// The class's `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        self.qualname.borrow().clone()
    }
    /// The name reprs show: `__qualname__`, prefixed by `__module__` unless that is
    /// `builtins` (a user class's `__module__` lives in its dict and can be reassigned).
    pub fn repr_name(&self) -> String {
        let module = match self.dict.get_str("__module__") {
            Some(Value::Str(s)) if !self.is_builtin => s.as_str().into(),
            _ => self.module.clone(),
        };
        if &*module == "builtins" {
            self.qualname().to_string()
        } else {
            format!("{}.{}", module, self.qualname())
        }
    }
    /// Does any class in the MRO define something that makes attribute access slow?
    pub fn compute_slow_attrs(self: &Rc<Self>) -> bool {
        for c in self.mro_iter() {
            if &*c.name() == "object" && c.is_builtin {
                continue;
            }
            for (k, v) in c.dict.items() {
                if let Some(name) = k.as_str() {
                    if matches!(
                        name,
                        "__setattr__" | "__getattribute__" | "__delattr__" | "__slots__"
                    ) {
                        return true;
                    }
                }
                if let Value::Native(n) = &v {
                    let any = n.as_any();
                    if any.is::<super::descriptor::Property>()
                        || any.is::<super::descriptor::NativeProperty>()
                    {
                        return true;
                    }
                }
                if let Value::Instance(i) = &v {
                    let dc = i.class();
                    if ["__get__", "__set__", "__delete__"]
                        .iter()
                        .any(|m| dc.lookup(m).is_some())
                    {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// The class itself followed by its MRO.
    pub fn mro_iter(self: &Rc<Self>) -> Vec<Rc<Class>> {
        let mut v = Vec::with_capacity(self.mro.borrow().len() + 1);
        v.push(self.clone());
        v.extend(self.mro.borrow().iter().cloned());
        v
    }
    /// Attribute lookup through the MRO, without descriptors.
    /// `lookup` with the name's hash already known.
    pub fn lookup_hashed(&self, name: &str, hash: i64) -> Option<Value> {
        if let Some(v) = self.dict.get_str_hashed(name, hash) {
            return Some(v);
        }
        for c in self.mro.borrow().iter() {
            if let Some(v) = c.dict.get_str_hashed(name, hash) {
                return Some(v);
            }
        }
        None
    }
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }
}

/// C3 linearization of `bases` (each with its own MRO); when inconsistent, the error
/// holds the heads of the sequences left to merge (CPython names them in its message).
pub fn c3_mro(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro_iter()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand)));
            if !in_tail {
                chosen = Some(cand.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let mut heads: Vec<Rc<Class>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}
