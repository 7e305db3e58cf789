//! The storage behind `dict`: insertion-ordered entries, found by a linear scan while the
//! map is small and through a hash index once it grows.
//!
//! Most dicts a program makes are small: an instance's `__dict__`, keyword arguments, a
//! short literal. A scan over a few entries (comparing the stored hash first) is as fast
//! as hashing into a table, and a small map costs one allocation instead of two.

use super::dict::{mix, DictKey};
use super::Value;
use indexmap::map::RawEntryApiV1;
use indexmap::IndexMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map holding at most this many entries keeps no hash index.
const SMALL_MAX: usize = 8;

/// Passes the (mixed) stored hash straight through.
#[derive(Default)]
pub struct KeyHasher(u64);
impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type IndexedMap = IndexMap<DictKey, Value, BuildHasherDefault<KeyHasher>>;

#[derive(Clone)]
pub enum KeyMap {
    /// Few entries, in insertion order, found by scanning.
    Small(Vec<(DictKey, Value)>),
    /// Many entries, in insertion order, with a hash index (boxed: most maps are small,
    /// and a small map's dict stays small).
    Indexed(Box<IndexedMap>),
}

impl Default for KeyMap {
    fn default() -> KeyMap {
        KeyMap::Small(Vec::new())
    }
}

impl KeyMap {
    /// An empty map with room for `n` entries.
    pub fn with_capacity(n: usize) -> KeyMap {
        if n <= SMALL_MAX {
            KeyMap::Small(Vec::with_capacity(n))
        } else {
            KeyMap::Indexed(Box::new(IndexedMap::with_capacity_and_hasher(
                n,
                Default::default(),
            )))
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            KeyMap::Small(v) => v.len(),
            KeyMap::Indexed(m) => m.len(),
        }
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The entry at insertion position `i`.
    #[inline]
    pub fn get_index(&self, i: usize) -> Option<(&DictKey, &Value)> {
        match self {
            KeyMap::Small(v) => v.get(i).map(|(k, v)| (k, v)),
            KeyMap::Indexed(m) => m.get_index(i),
        }
    }
    #[inline]
    pub fn get_index_mut(&mut self, i: usize) -> Option<(&DictKey, &mut Value)> {
        match self {
            KeyMap::Small(v) => v.get_mut(i).map(|(k, v)| (&*k, v)),
            KeyMap::Indexed(m) => m.get_index_mut(i),
        }
    }
    /// The position of the entry with Python hash `hash` for which `is_key` holds.
    #[inline]
    pub fn find(&self, hash: i64, mut is_key: impl FnMut(&DictKey) -> bool) -> Option<usize> {
        match self {
            KeyMap::Small(v) => v.iter().position(|(k, _)| k.hash == hash && is_key(k)),
            KeyMap::Indexed(m) => m
                .raw_entry_v1()
                .index_from_hash(mix(hash), |k| k.hash == hash && is_key(k)),
        }
    }
    /// Append an entry whose key the caller has checked is absent; returns its position.
    pub fn push_new(&mut self, key: DictKey, value: Value) -> usize {
        match self {
            KeyMap::Small(v) if v.len() < SMALL_MAX => {
                v.push((key, value));
                v.len() - 1
            }
            KeyMap::Small(v) => {
                let mut m = IndexedMap::with_capacity_and_hasher(v.len() * 2, Default::default());
                for (k, val) in v.drain(..) {
                    push_indexed(&mut m, k, val);
                }
                *self = KeyMap::Indexed(Box::new(m));
                self.push_new(key, value)
            }
            KeyMap::Indexed(m) => push_indexed(m, key, value),
        }
    }
    /// Remove the entry at position `i`, keeping the order of the rest.
    pub fn remove_index(&mut self, i: usize) -> Option<(DictKey, Value)> {
        match self {
            KeyMap::Small(v) => (i < v.len()).then(|| v.remove(i)),
            KeyMap::Indexed(m) => m.shift_remove_index(i),
        }
    }
    /// Remove the newest entry.
    pub fn pop(&mut self) -> Option<(DictKey, Value)> {
        match self {
            KeyMap::Small(v) => v.pop(),
            KeyMap::Indexed(m) => m.pop(),
        }
    }
    pub fn clear(&mut self) {
        *self = KeyMap::default();
    }
    /// The entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&DictKey, &Value)> + '_ {
        let (small, indexed) = match self {
            KeyMap::Small(v) => (Some(v.iter().map(|(k, v)| (k, v))), None),
            KeyMap::Indexed(m) => (None, Some(m.iter())),
        };
        small
            .into_iter()
            .flatten()
            .chain(indexed.into_iter().flatten())
    }
}

/// Append an entry known to be absent to an indexed map; returns its position.
fn push_indexed(m: &mut IndexedMap, key: DictKey, value: Value) -> usize {
    use indexmap::map::raw_entry_v1::RawEntryMut;
    let i = m.len();
    let h = mix(key.hash);
    if let RawEntryMut::Vacant(slot) = m.raw_entry_mut_v1().from_hash(h, |_| false) {
        slot.insert_hashed_nocheck(h, key, value);
    }
    i
}
