//! `dict`: insertion-ordered hash map keyed by Python values.
//!
//! Keys carry their Python hash. Equality that needs no Python code (ints, strs, tuples of
//! those, identity) is decided under the borrow; keys whose equality may run a user
//! `__eq__` are compared after the borrow is released, so user code can never observe a
//! borrowed dict.

use super::{PyResult, Value};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// A dict key: the value with its precomputed Python hash.
#[derive(Clone)]
pub struct DictKey {
    pub hash: i64,
    pub key: Value,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(mix(self.hash));
    }
}
impl PartialEq for DictKey {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && simple_eq(&self.key, &other.key) == Some(true)
    }
}
impl Eq for DictKey {}

/// Spread a Python hash over all 64 bits (the table uses both the top and bottom bits).
#[inline]
pub fn mix(h: i64) -> u64 {
    (h as u64).wrapping_mul(0x9E3779B97F4A7C15)
}

pub use super::keymap::KeyMap;

#[derive(Default)]
pub struct PyDict {
    pub map: RefCell<KeyMap>,
    /// Set on class dicts: any change invalidates the classes' lookup caches.
    pub watched: Cell<bool>,
}

/// Equality decided without running Python code, or `None` when it needs `__eq__`.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (None, None) => true,
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (BigInt(x), BigInt(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.as_slice().iter().zip(y.as_slice()) {
                if !p.is(q) {
                    match simple_eq(p, q) {
                        Some(true) => {}
                        other => return other,
                    }
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => {
            if a.is(b) {
                true
            } else {
                return Option::None;
            }
        }
        (Str(_), _) | (_, Str(_)) | (Int(_), _) | (_, Int(_)) => false,
        _ => {
            if a.is(b) {
                true
            } else {
                return Option::None;
            }
        }
    })
}

/// Is `k` the string `key`? Interned names usually match by address, skipping the compare.
#[inline(always)]
fn str_key_is(k: &Value, key: &str) -> bool {
    match k {
        Value::Str(s) => {
            let a = s.as_str();
            (std::ptr::eq(a.as_ptr(), key.as_ptr()) && a.len() == key.len()) || a == key
        }
        _ => false,
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }
    /// An empty dict with room for `n` entries.
    pub fn with_capacity(n: usize) -> PyDict {
        PyDict {
            map: RefCell::new(KeyMap::with_capacity(n)),
            watched: Cell::new(false),
        }
    }
    /// The map, for changing it (every change goes through here).
    #[inline]
    pub fn map_mut(&self) -> std::cell::RefMut<'_, KeyMap> {
        if self.watched.get() {
            super::class::invalidate_lookup_caches();
        }
        self.map.borrow_mut()
    }
    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.borrow().is_empty()
    }

    /// The index of `key`, running `__eq__` when needed (never under a borrow).
    fn find(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let mut candidates: Vec<Value> = Vec::new();
        {
            let map = self.map.borrow();
            let found = map.find(hash, |k| match simple_eq(&k.key, key) {
                Some(r) => r,
                None => {
                    candidates.push(k.key.clone());
                    false
                }
            });
            if found.is_some() || candidates.is_empty() {
                return Ok(found);
            }
        }
        for cand in candidates {
            if vm.eq(&cand, key)? {
                let map = self.map.borrow();
                return Ok(map.find(hash, |k| k.key.is(&cand)));
            }
        }
        Ok(None)
    }

    pub fn get(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_hashed(vm, key, hash)
    }
    pub fn get_hashed(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(self
            .find(vm, key, hash)?
            .and_then(|i| self.map.borrow().get_index(i).map(|(_, v)| v.clone())))
    }
    /// Lookup by a string key (no Python code can run).
    #[inline]
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_hashed(key, super::str::str_hash(key))
    }
    /// Lookup by a `PyStr` key (its cached hash is reused).
    #[inline]
    pub fn get_name(&self, key: &super::PyStr) -> Option<Value> {
        self.get_str_hashed(key.as_str(), key.hash())
    }
    /// Lookup by an interned name, trying the entry at `hint` first (and updating it).
    #[inline(always)]
    pub fn get_name_hinted(&self, key: &Rc<super::PyStr>, hint: &Cell<u32>) -> Option<Value> {
        if let Some(v) = self.get_at_hint(key, hint.get() as usize) {
            return Some(v);
        }
        let (v, i) = self.get_name_searched(key)?;
        hint.set(i as u32);
        Some(v)
    }
    /// Lookup by an interned name, trying entry `hint` first; also returns the entry's
    /// index, so the caller can keep it as its next hint (`usize::MAX`: no hint).
    #[inline(always)]
    pub fn get_name_indexed(&self, key: &Rc<super::PyStr>, hint: usize) -> Option<(Value, usize)> {
        match self.get_at_hint(key, hint) {
            Some(v) => Some((v, hint)),
            None => self.get_name_searched(key),
        }
    }
    /// The value at entry `hint` when that entry's key is the interned name `key`.
    #[inline(always)]
    fn get_at_hint(&self, key: &Rc<super::PyStr>, hint: usize) -> Option<Value> {
        let map = self.map.borrow();
        match map.get_index(hint) {
            Some((k, v)) if matches!(&k.key, Value::Str(s) if Rc::ptr_eq(s, key)) => {
                Some(v.clone())
            }
            _ => None,
        }
    }
    /// Lookup by an interned name without a hint; also returns the entry's index.
    #[inline(never)]
    fn get_name_searched(&self, key: &Rc<super::PyStr>) -> Option<(Value, usize)> {
        let map = self.map.borrow();
        let name = key.as_str();
        let i = map.find(key.hash(), |k| str_key_is(&k.key, name))?;
        map.get_index(i).map(|(_, v)| (v.clone(), i))
    }
    /// Store under an interned name, trying the entry at `hint` first (and updating it).
    #[inline(always)]
    pub fn set_name_hinted(&self, key: &Rc<super::PyStr>, hint: &Cell<u32>, value: Value) {
        let value = {
            let mut map = self.map_mut();
            match map.get_index_mut(hint.get() as usize) {
                Some((k, v)) if matches!(&k.key, Value::Str(s) if Rc::ptr_eq(s, key)) => {
                    let old = std::mem::replace(v, value);
                    drop(map);
                    drop(old);
                    return;
                }
                _ => value,
            }
        };
        self.set_name_rehinted(key, hint, value);
    }
    /// `set_name_hinted` when the hint missed: store by search, then remember the entry.
    #[inline(never)]
    fn set_name_rehinted(&self, key: &Rc<super::PyStr>, hint: &Cell<u32>, value: Value) {
        let i = self.set_str_key(key.clone(), value);
        hint.set(i as u32);
    }
    /// Lookup by a string key whose hash is known.
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        let map = self.map.borrow();
        let i = map.find(hash, |k| str_key_is(&k.key, key))?;
        map.get_index(i).map(|(_, v)| v.clone())
    }
    pub fn set(&self, vm: &Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, key, hash, value)
    }
    pub fn set_hashed(&self, vm: &Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.find(vm, &key, hash)? {
            Some(i) => {
                if let Some((_, v)) = self.map_mut().get_index_mut(i) {
                    *v = value;
                }
            }
            None => {
                self.map_mut().push_new(DictKey { hash, key }, value);
            }
        }
        Ok(())
    }
    /// Store under a string key (a new key is stored as the interned name).
    pub fn set_str(&self, key: &str, value: Value) {
        let hash = super::str::str_hash(key);
        let mut map = self.map_mut();
        match map.find(hash, |k| str_key_is(&k.key, key)) {
            Some(i) => {
                if let Some((_, v)) = map.get_index_mut(i) {
                    *v = value;
                }
            }
            None => {
                map.push_new(
                    DictKey {
                        hash,
                        key: Value::Str(super::intern::intern(key)),
                    },
                    value,
                );
            }
        }
    }
    /// Store under a `PyStr` key (kept as the dict's key when new); returns the entry index.
    pub fn set_str_key(&self, key: std::rc::Rc<super::PyStr>, value: Value) -> usize {
        let hash = key.hash();
        let mut map = self.map_mut();
        let found = {
            let k = key.as_str();
            map.find(hash, |dk| str_key_is(&dk.key, k))
        };
        match found {
            Some(i) => {
                let old = map
                    .get_index_mut(i)
                    .map(|(_, v)| std::mem::replace(v, value));
                drop(map);
                drop(old);
                i
            }
            None => map.push_new(
                DictKey {
                    hash,
                    key: Value::Str(key),
                },
                value,
            ),
        }
    }
    pub fn remove(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        match self.find(vm, key, hash)? {
            Some(i) => Ok(self.map_mut().remove_index(i).map(|(_, v)| v)),
            None => Ok(None),
        }
    }
    pub fn remove_str(&self, key: &str) -> Option<Value> {
        let hash = super::str::str_hash(key);
        let mut map = self.map_mut();
        let idx = map.find(hash, |k| str_key_is(&k.key, key))?;
        map.remove_index(idx).map(|(_, v)| v)
    }
    pub fn contains(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.find(vm, key, hash)?.is_some())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.map
            .borrow()
            .iter()
            .map(|(k, _)| k.key.clone())
            .collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.map.borrow().iter().map(|(_, v)| v.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.key.clone(), v.clone()))
            .collect()
    }
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.map
            .borrow()
            .get_index(i)
            .map(|(k, v)| (k.key.clone(), v.clone()))
    }
    pub fn copy(&self) -> PyDict {
        PyDict {
            map: RefCell::new(self.map.borrow().clone()),
            watched: Cell::new(false),
        }
    }
    pub fn clear(&self) {
        self.map_mut().clear();
    }
}
