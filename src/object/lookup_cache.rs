//! Per-class caches of attribute lookups through the MRO.
//!
//! Class dicts are marked `watched`; any change to one bumps a global epoch, which empties
//! every cache lazily. Only results that are functions, built-ins, the built-in
//! descriptors (`property`, `classmethod`, `staticmethod`) or "absent" are cached, so a
//! cache never keeps an arbitrary object (or its finalizer) alive.

use super::{Class, PyStr, Value};
use std::cell::Cell;
use std::rc::Rc;

thread_local! {
    static EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// Forget every cached class lookup (a class dict changed).
#[inline]
pub fn invalidate_lookup_caches() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// How many names one class remembers.
const CAPACITY: usize = 32;

#[derive(Default)]
pub struct LookupCache {
    epoch: u64,
    entries: Vec<(Rc<PyStr>, Option<Value>)>,
}

impl Class {
    /// `lookup` of any name: from the cache when it holds the name (compared by text),
    /// else through the MRO, remembering the answer under the interned name.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let epoch = EPOCH.with(|e| e.get());
        {
            let cache = self.cache.borrow();
            if cache.epoch == epoch {
                let hash = super::str::str_hash(name);
                let same = |k: &Rc<PyStr>| k.hash() == hash && k.as_str() == name;
                if let Some((_, v)) = cache.entries.iter().find(|(k, _)| same(k)) {
                    return v.clone();
                }
            }
        }
        self.lookup_cached(&super::intern::intern(name))
    }

    /// `lookup` of an interned name, answered from the cache when nothing changed since.
    pub fn lookup_cached(&self, name: &Rc<PyStr>) -> Option<Value> {
        let epoch = EPOCH.with(|e| e.get());
        {
            let cache = self.cache.borrow();
            if cache.epoch == epoch {
                if let Some((_, v)) = cache.entries.iter().find(|(k, _)| Rc::ptr_eq(k, name)) {
                    return v.clone();
                }
            }
        }
        let found = self.lookup_hashed(name.as_str(), name.hash());
        if cacheable(&found) {
            let stale = {
                let mut cache = self.cache.borrow_mut();
                let stale = if cache.epoch != epoch {
                    cache.epoch = epoch;
                    std::mem::take(&mut cache.entries)
                } else {
                    Vec::new()
                };
                if cache.entries.len() < CAPACITY {
                    cache.entries.push((name.clone(), found.clone()));
                }
                stale
            };
            drop(stale);
        }
        found
    }
}

/// Whether a lookup's result may be remembered: nothing that could have a finalizer.
fn cacheable(found: &Option<Value>) -> bool {
    use super::descriptor::{ClassMethod, NativeProperty, Property, StaticMethod};
    match found {
        None | Some(Value::Function(_) | Value::Builtin(_)) => true,
        Some(Value::Native(n)) => {
            let any = n.as_any();
            any.is::<Property>()
                || any.is::<ClassMethod>()
                || any.is::<StaticMethod>()
                || any.is::<NativeProperty>()
        }
        _ => false,
    }
}
