//! The names CPython's error messages give the types it writes in C (`tp_name`), for
//! the classes pyco writes in Python or Rust under another module: CPython says
//! `'collections.deque' object has no attribute 'push'` where the class's `__name__` is
//! just `deque`.

use crate::object::Class;
use std::rc::Rc;

/// `module.name` as CPython's messages name `cls`, or `None` when they use `__name__`.
pub fn c_type_name(cls: &Class) -> Option<Rc<str>> {
    // Native classes keep their module in `__module__` (`_thread.lock`).
    let module: Rc<str> = match cls.dict.get_str("__module__") {
        Some(crate::object::Value::Str(s)) => s.as_str().into(),
        _ => cls.module.clone(),
    };
    let full = |module: &str| Some(format!("{module}.{}", cls.name()).into());
    match (&*module, &*cls.name()) {
        ("collections", "deque" | "defaultdict" | "OrderedDict")
        | ("datetime", "date" | "datetime" | "time" | "timedelta" | "timezone" | "tzinfo")
        | ("functools", "partial")
        | ("operator", "itemgetter" | "attrgetter" | "methodcaller")
        | ("re", "Pattern" | "Match")
        | ("_io", "StringIO" | "BytesIO" | "TextIOWrapper" | "BufferedReader")
        | ("_queue", "SimpleQueue")
        | ("_thread", "lock" | "RLock")
        | ("itertools", _) => full(&module),
        ("io", "StringIO" | "BytesIO") => full("_io"),
        ("threading", "RLock") => full("_thread"),
        _ => None,
    }
}
