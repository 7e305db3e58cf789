//! `str`: immutable text with a cached hash and its length in characters (equal to its
//! length in bytes exactly when it is ASCII, which makes indexing O(1)).

use std::cell::Cell;

pub struct PyStr {
    s: Box<str>,
    /// 0 means "not computed yet".
    hash: Cell<i64>,
    /// Length in characters (code points).
    chars: usize,
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            chars: char_count(s),
            s: s.into(),
            hash: Cell::new(0),
        }
    }
    pub fn from_string(s: String) -> PyStr {
        PyStr {
            chars: char_count(&s),
            s: s.into_boxed_str(),
            hash: Cell::new(0),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    /// Length in characters (code points), as Python counts it.
    pub fn char_len(&self) -> usize {
        self.chars
    }
    /// The `i`-th character (0-based, already bounds-checked by the caller's length).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(h);
        h
    }
}

/// The number of characters in `s` (counted by their leading bytes).
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.bytes().filter(|b| (*b as i8) >= -0x40).count()
    }
}

/// The hash of a string (the same function identifiers use).
#[inline]
pub fn str_hash(s: &str) -> i64 {
    crate::ast::name_hash(s)
}
