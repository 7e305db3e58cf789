//! Interned names: one shared `PyStr` per identifier.
//!
//! Attribute names in the syntax tree and the instance-dict keys stored through them are
//! the same object, so a lookup reuses the cached hash and usually decides equality by
//! comparing pointers.

use super::PyStr;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    static NAMES: RefCell<HashMap<Rc<str>, Rc<PyStr>>> = RefCell::new(HashMap::new());
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
