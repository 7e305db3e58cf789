//! Tab completion from the live session, following CPython's `rlcompleter`: keywords,
//! names in `__main__` and builtins, and `expr.attr` from `dir()` of the live object.

use crate::object::{PyDict, Value};
use crate::vm::Vm;
use rustyline::completion::Pair;
use std::rc::Rc;

/// `keyword.kwlist` of Python 3.11.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// GNU readline's word delimiters as CPython sets them (the dot is not one of them).
const DELIMS: &str = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

/// What a Tab inserts when there is no word to complete, as `rlcompleter` inserts a tab.
const INDENT: &str = "    ";

/// Completion from the session's namespaces (asked for by the line editor's thread).
pub struct Completions<'vm> {
    pub vm: &'vm Vm,
    pub globals: Rc<PyDict>,
}

impl Completions<'_> {
    /// Completions for the word `text`: (`replacements`, each shown as itself).
    pub fn matches(&self, text: &str) -> Vec<String> {
        match text.rfind('.') {
            Some(dot) => self.attr_matches(&text[..dot], &text[dot + 1..]),
            None => self.global_matches(text),
        }
    }

    fn global_matches(&self, text: &str) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for &word in KEYWORDS {
            if word.starts_with(text) {
                seen.insert(word.to_string());
                out.push(match word {
                    "finally" | "try" => format!("{word}:"),
                    "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => {
                        word.to_string()
                    }
                    _ => format!("{word} "),
                });
            }
        }
        for ns in [&self.globals, &self.vm.builtins] {
            for key in ns.keys() {
                let Some(name) = key.as_str() else { continue };
                if !name.starts_with(text) || name == super::DISPLAY_HOOK || seen.contains(name) {
                    continue;
                }
                seen.insert(name.to_string());
                let value = ns.get_str(name);
                out.push(self.with_postfix(name, value.as_ref()));
            }
        }
        out
    }

    fn attr_matches(&self, expr: &str, attr: &str) -> Vec<String> {
        let Some(obj) = self.lookup(expr) else {
            return Vec::new();
        };
        let Ok(names) = crate::builtins::dir_of(self.vm, &obj) else {
            return Vec::new();
        };
        // Private names only when asked for: `x.<TAB>` hides `_...`, `x._<TAB>` hides `__...`.
        let hidden = match attr {
            "" => Some("_"),
            "_" => Some("__"),
            _ => None,
        };
        let mut out: Vec<String> = names
            .iter()
            .filter_map(|n| n.as_str().map(str::to_string))
            .chain(std::iter::once("__class__".to_string()))
            .filter(|n| n.starts_with(attr) && !hidden.is_some_and(|h| n.starts_with(h)))
            .collect();
        out.sort();
        out.dedup();
        out.into_iter()
            .map(|n| {
                let value = self.vm.getattr(&obj, &n).ok();
                self.with_postfix(&n, value.as_ref())
            })
            .collect()
    }

    /// The object a dotted name (`a.b.c`) refers to, looked up without evaluating code
    /// other than attribute access.
    fn lookup(&self, expr: &str) -> Option<Value> {
        let mut parts = expr.split('.');
        let first = parts.next()?;
        if !is_identifier(first) {
            return None;
        }
        let mut obj = self
            .globals
            .get_str(first)
            .or_else(|| self.vm.builtins.get_str(first))?;
        for part in parts {
            if !is_identifier(part) {
                return None;
            }
            obj = self.vm.getattr(&obj, part).ok()?;
        }
        Some(obj)
    }

    /// Callables complete with an opening parenthesis, as in CPython.
    fn with_postfix(&self, name: &str, value: Option<&Value>) -> String {
        match value {
            Some(v) if self.vm.is_callable(v) => format!("{name}("),
            _ => name.to_string(),
        }
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    chars.all(unicode_ident::is_xid_continue)
}

impl Completions<'_> {
    /// What Tab does at byte `pos` of `line`: where the replaced word starts, and the
    /// candidates.
    pub fn complete(&self, line: &str, pos: usize) -> (usize, Vec<Pair>) {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| DELIMS.contains(*c))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let text = &before[start..];
        if text.is_empty() {
            let pair = Pair {
                display: INDENT.into(),
                replacement: INDENT.into(),
            };
            return (pos, vec![pair]);
        }
        // Candidates replace the part after the last dot, and are listed that way.
        let word_start = start + text.rfind('.').map(|d| d + 1).unwrap_or(0);
        let pairs = self
            .matches(text)
            .into_iter()
            .map(|m| Pair {
                display: m.clone(),
                replacement: m,
            })
            .collect();
        (word_start, pairs)
    }
}
