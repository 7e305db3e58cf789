//! Source files kept for tracebacks: the name and the text split into lines.

use std::rc::Rc;

pub struct SourceFile {
    pub name: Rc<str>,
    lines: Vec<Box<str>>,
}

impl SourceFile {
    pub fn new(name: &str, text: &str) -> Rc<SourceFile> {
        Rc::new(SourceFile {
            name: name.into(),
            lines: text.lines().map(|l| l.into()).collect(),
        })
    }
    /// The 1-based line `n`, if the file has it.
    pub fn line(&self, n: u32) -> Option<&str> {
        if n == 0 {
            return None;
        }
        self.lines.get(n as usize - 1).map(|l| &**l)
    }
    /// Whether frames running this file stay out of tracebacks: the modules pyco writes
    /// in Python that CPython implements in C, whose frames CPython never shows.
    pub fn hidden_in_tracebacks(&self) -> bool {
        self.name
            .strip_prefix("<pyco ")
            .and_then(|n| n.strip_suffix('>'))
            .is_some_and(|m| NATIVE_IN_CPYTHON.contains(&m))
    }
}

/// Modules (or the parts of them that run user code: `functools.reduce`, `partial`,
/// `lru_cache`; `collections.deque`, `defaultdict`) that are C code in CPython.
const NATIVE_IN_CPYTHON: &[&str] = &[
    "itertools",
    "operator",
    "functools",
    "collections",
    "heapq",
    "bisect",
    "datetime",
    "io",
    "pyco_anext",
    "_pyco_mappingproxy",
    "_pyco_wire",
];
