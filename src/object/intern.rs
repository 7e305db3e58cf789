//! Interned names: one shared `PyStr` per identifier.
//!
//! Attribute names in the syntax tree and the instance-dict keys stored through them are
//! the same object, so a lookup reuses the cached hash and usually decides equality by
//! comparing pointers.

use super::PyStr;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

/// A fast multiplicative hasher for the (short, trusted) names in the table.
#[derive(Default)]
struct NameHasher(u64);

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf))
                .wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
}

type Table = HashMap<Rc<str>, Rc<PyStr>, BuildHasherDefault<NameHasher>>;

thread_local! {
    static NAMES: RefCell<Table> = RefCell::new(Table::default());
}

/// The shared `PyStr` for `s` (with its hash computed).
pub fn intern(s: &str) -> Rc<PyStr> {
    NAMES.with(|names| {
        if let Some(p) = names.borrow().get(s) {
            return p.clone();
        }
        let p = Rc::new(PyStr::new(s));
        p.hash();
        names.borrow_mut().insert(s.into(), p.clone());
        p
    })
}
