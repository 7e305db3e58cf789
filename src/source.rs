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
}
