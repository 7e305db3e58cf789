//! `_re`: the matching engine behind the Python-source `re` module (`re/re.py`).
//!
//! A Python pattern is translated into `fancy_regex` syntax (with CPython's error messages
//! for malformed patterns), compiled lazily in the few variants matching needs, and run
//! over character offsets: every span handed back to Python counts characters, not bytes.

use crate::builtins::{arg_count, reg};
use crate::object::{Class, NativeObject, PyDict, PyResult, Value};
use crate::vm::Vm;
use fancy_regex::{Regex, RegexBuilder, RegexInput};
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

const I: i64 = 2;
const M: i64 = 8;
const S: i64 = 16;
const X: i64 = 64;
const A: i64 = 256;

/// A pattern translation error: CPython's message and the character position.
struct PatError(String, usize);

#[derive(Clone, Copy, PartialEq)]
enum Last {
    /// Nothing repeatable before (start of a branch, or an anchor).
    Nothing,
    Item,
    Repeated,
}

struct Frame {
    start: usize,
    group: Option<usize>,
    multiline: bool,
    verbose: bool,
    ascii: bool,
}

/// Python regular-expression syntax → `fancy_regex` syntax.
struct Translator<'a> {
    c: &'a [char],
    i: usize,
    /// `$` outside MULTILINE as `(?=\n?\z)` (exact) rather than `\z` (fast, and equivalent
    /// when the subject does not end with a newline).
    exact_dollar: bool,
    out: String,
    flags: i64,
    multiline: bool,
    verbose: bool,
    ascii: bool,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    /// The enclosing capturing group of each group (0 for none).
    parents: Vec<usize>,
    has_dollar: bool,
}

fn is_octal(c: Option<&char>) -> bool {
    matches!(c, Some('0'..='7'))
}

fn push_lit(out: &mut String, ch: char) {
    if ch.is_alphanumeric() && ch != '_' {
        out.push(ch);
    } else {
        out.push_str(&format!("\\x{{{:x}}}", ch as u32));
    }
}

impl<'a> Translator<'a> {
    fn err<T>(&self, msg: impl Into<String>, pos: usize) -> Result<T, PatError> {
        Err(PatError(msg.into(), pos))
    }

    fn peek(&self) -> Option<char> {
        self.c.get(self.i).copied()
    }

    fn class_escape(&self, e: char) -> &'static str {
        match (e, self.ascii) {
            ('d', false) => r"\d",
            ('D', false) => r"\D",
            ('w', false) => r"\w",
            ('W', false) => r"\W",
            ('s', false) => r"[\s\x{1c}-\x{1f}]",
            ('S', false) => r"[^\s\x{1c}-\x{1f}]",
            ('d', true) => "[0-9]",
            ('D', true) => "[^0-9]",
            ('w', true) => "[0-9A-Za-z_]",
            ('W', true) => "[^0-9A-Za-z_]",
            ('s', true) => r"[\t\n\x{b}\x{c}\r ]",
            _ => r"[^\t\n\x{b}\x{c}\r ]",
        }
    }

    /// Hex digits after `\x`, `\u`, `\U` (the escape letter at `self.i - 1`).
    fn hex_escape(&mut self, letter: char, n: usize, start: usize) -> Result<char, PatError> {
        let mut s = String::new();
        while s.len() < n {
            match self.peek() {
                Some(h) if h.is_ascii_hexdigit() => {
                    s.push(h);
                    self.i += 1;
                }
                _ => break,
            }
        }
        if s.len() < n {
            return self.err(format!("incomplete escape \\{letter}{s}"), start);
        }
        let v = u32::from_str_radix(&s, 16).unwrap_or(0);
        match char::from_u32(v) {
            Some(c) => Ok(c),
            None => self.err(format!("bad escape \\{letter}{s}"), start),
        }
    }

    /// A literal-character escape shared by classes and the top level; `None` when `e` is
    /// not one of them. `self.i` is just past `e`.
    fn char_escape(&mut self, e: char, start: usize) -> Result<Option<char>, PatError> {
        Ok(Some(match e {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'x' => self.hex_escape('x', 2, start)?,
            'u' => self.hex_escape('u', 4, start)?,
            'U' => self.hex_escape('U', 8, start)?,
            _ => return Ok(None),
        }))
    }

    /// Octal digits: `first` already consumed; up to 3 digits in all.
    fn octal(&mut self, first: char, start: usize) -> Result<char, PatError> {
        let mut s = String::from(first);
        while s.len() < 3 && is_octal(self.c.get(self.i)) {
            s.push(self.c[self.i]);
            self.i += 1;
        }
        let v = u32::from_str_radix(&s, 8).unwrap_or(0);
        if v > 0o377 {
            return self.err(
                format!("octal escape value \\{s} outside of range 0-0o377"),
                start,
            );
        }
        Ok(char::from_u32(v).unwrap_or('\0'))
    }

    fn translate(&mut self) -> Result<(), PatError> {
        let mut last = Last::Nothing;
        let mut stack: Vec<Frame> = Vec::new();
        while self.i < self.c.len() {
            let start = self.i;
            let ch = self.c[self.i];
            self.i += 1;
            if self.verbose {
                if ch.is_whitespace() {
                    continue;
                }
                if ch == '#' {
                    while self.i < self.c.len() && self.c[self.i] != '\n' {
                        self.i += 1;
                    }
                    continue;
                }
            }
            match ch {
                '|' => {
                    self.out.push('|');
                    last = Last::Nothing;
                }
                '(' => {
                    let frame = self.open_group(start)?;
                    if let Some(f) = frame {
                        stack.push(f);
                        last = Last::Nothing;
                    } else {
                        last = Last::Item;
                    }
                }
                ')' => {
                    let Some(f) = stack.pop() else {
                        return self.err("unbalanced parenthesis", start);
                    };
                    self.multiline = f.multiline;
                    self.verbose = f.verbose;
                    self.ascii = f.ascii;
                    if let Some(g) = f.group {
                        self.open.retain(|&o| o != g);
                    }
                    self.out.push(')');
                    last = Last::Item;
                }
                '[' => {
                    self.class(start)?;
                    last = Last::Item;
                }
                '*' | '+' | '?' | '{' => {
                    let mut text = ch.to_string();
                    if ch == '{' {
                        match self.repeat_braces(start)? {
                            Some(t) => text = t,
                            None => {
                                push_lit(&mut self.out, '{');
                                last = Last::Item;
                                continue;
                            }
                        }
                    }
                    match last {
                        Last::Nothing => return self.err("nothing to repeat", start),
                        Last::Repeated => return self.err("multiple repeat", start),
                        Last::Item => {}
                    }
                    self.out.push_str(&text);
                    if let Some(m @ ('?' | '+')) = self.peek() {
                        self.out.push(m);
                        self.i += 1;
                    }
                    last = Last::Repeated;
                }
                '.' => {
                    self.out.push('.');
                    last = Last::Item;
                }
                '^' => {
                    self.out.push('^');
                    last = Last::Nothing;
                }
                '$' => {
                    if self.multiline {
                        self.out.push('$');
                    } else {
                        self.has_dollar = true;
                        self.out.push_str(if self.exact_dollar {
                            r"(?=\n?\z)"
                        } else {
                            r"\z"
                        });
                    }
                    last = Last::Nothing;
                }
                '\\' => {
                    last = self.escape(start)?;
                }
                _ => {
                    push_lit(&mut self.out, ch);
                    last = Last::Item;
                }
            }
        }
        if let Some(f) = stack.pop() {
            return self.err("missing ), unterminated subpattern", f.start);
        }
        Ok(())
    }

    /// `{m,n}` after a `{` at `start`; `None` when it is a literal brace.
    fn repeat_braces(&mut self, start: usize) -> Result<Option<String>, PatError> {
        let save = self.i;
        let mut lo = String::new();
        let mut hi = String::new();
        if self.peek() == Some('}') {
            return Ok(None);
        }
        while let Some(d @ '0'..='9') = self.peek() {
            lo.push(d);
            self.i += 1;
        }
        let comma = self.peek() == Some(',');
        if comma {
            self.i += 1;
            while let Some(d @ '0'..='9') = self.peek() {
                hi.push(d);
                self.i += 1;
            }
        } else {
            hi = lo.clone();
        }
        if self.peek() != Some('}') {
            self.i = save;
            return Ok(None);
        }
        self.i += 1;
        let min: u64 = if lo.is_empty() {
            0
        } else {
            lo.parse().unwrap_or(u64::MAX)
        };
        if !hi.is_empty() {
            let max: u64 = hi.parse().unwrap_or(u64::MAX);
            if max < min {
                return self.err("min repeat greater than max repeat", start + 1);
            }
            Ok(Some(format!("{{{min},{max}}}")))
        } else {
            Ok(Some(format!("{{{min},}}")))
        }
    }

    fn escape(&mut self, start: usize) -> Result<Last, PatError> {
        let Some(e) = self.peek() else {
            return self.err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        match e {
            'A' => {
                self.out.push_str(r"\A");
                return Ok(Last::Nothing);
            }
            'Z' => {
                self.out.push_str(r"\z");
                return Ok(Last::Nothing);
            }
            'b' | 'B' => {
                if self.ascii {
                    self.out.push_str(&format!("(?-u:\\{e})"));
                } else {
                    self.out.push('\\');
                    self.out.push(e);
                }
                return Ok(Last::Nothing);
            }
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let s = self.class_escape(e);
                self.out.push_str(s);
                return Ok(Last::Item);
            }
            '0' => {
                let c = self.octal('0', start)?;
                push_lit(&mut self.out, c);
                return Ok(Last::Item);
            }
            '1'..='9' => {
                if is_octal(Some(&e))
                    && is_octal(self.c.get(self.i))
                    && is_octal(self.c.get(self.i + 1))
                {
                    let c = self.octal(e, start)?;
                    push_lit(&mut self.out, c);
                    return Ok(Last::Item);
                }
                let mut s = e.to_string();
                if let Some(d @ '0'..='9') = self.peek() {
                    s.push(d);
                    self.i += 1;
                }
                let n: usize = s.parse().unwrap_or(0);
                if n > self.groups {
                    return self.err(format!("invalid group reference {n}"), start + 1);
                }
                if self.open.contains(&n) {
                    return self.err("cannot refer to an open group", start);
                }
                self.out.push_str(&format!("(?:\\{n})"));
                return Ok(Last::Item);
            }
            _ => {}
        }
        if let Some(c) = self.char_escape(e, start)? {
            push_lit(&mut self.out, c);
            return Ok(Last::Item);
        }
        if e.is_ascii_alphanumeric() {
            return self.err(format!("bad escape \\{e}"), start);
        }
        push_lit(&mut self.out, e);
        Ok(Last::Item)
    }

    fn group_name(&mut self, term: char, start: usize) -> Result<String, PatError> {
        let mut name = String::new();
        loop {
            match self.peek() {
                None if name.is_empty() => return self.err("missing group name", start),
                None => return self.err(format!("missing {term}, unterminated name"), start),
                Some(c) if c == term => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
        Ok(name)
    }

    fn valid_name(name: &str) -> bool {
        let mut cs = name.chars();
        match cs.next() {
            Some(c) if c == '_' || c.is_alphabetic() => {}
            _ => return false,
        }
        cs.all(|c| c == '_' || c.is_alphanumeric())
    }

    fn frame(&self, start: usize, group: Option<usize>) -> Frame {
        Frame {
            start,
            group,
            multiline: self.multiline,
            verbose: self.verbose,
            ascii: self.ascii,
        }
    }

    /// After `(` at `start`: emit the group opening and return its frame, or `None` for
    /// constructs that are complete already (`(?P=name)`, comments, global flags).
    fn open_group(&mut self, start: usize) -> Result<Option<Frame>, PatError> {
        if self.peek() != Some('?') {
            self.parents.push(self.open.last().copied().unwrap_or(0));
            self.groups += 1;
            let f = self.frame(start, Some(self.groups));
            self.open.push(self.groups);
            self.out.push('(');
            return Ok(Some(f));
        }
        self.i += 1;
        let Some(k) = self.peek() else {
            return self.err("unexpected end of pattern", self.i);
        };
        self.i += 1;
        match k {
            ':' | '=' | '!' | '>' => {
                self.out.push_str(&format!("(?{k}"));
                Ok(Some(self.frame(start, None)))
            }
            '<' => match self.peek() {
                Some(c @ ('=' | '!')) => {
                    self.i += 1;
                    self.out.push_str(&format!("(?<{c}"));
                    Ok(Some(self.frame(start, None)))
                }
                Some(c) => self.err(format!("unknown extension ?<{c}"), start + 1),
                None => self.err("unexpected end of pattern", self.i),
            },
            '#' => {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == ')' {
                        return Ok(None);
                    }
                }
                self.err("missing ), unterminated comment", start)
            }
            'P' => match self.peek() {
                Some('<') => {
                    self.i += 1;
                    let name_pos = self.i;
                    let name = self.group_name('>', name_pos)?;
                    if name.is_empty() {
                        return self.err("missing group name", name_pos);
                    }
                    if !Self::valid_name(&name) {
                        return self.err(format!("bad character in group name '{name}'"), name_pos);
                    }
                    self.groups += 1;
                    if let Some((_, g)) = self.names.iter().find(|(n, _)| *n == name) {
                        return self.err(
                            format!(
                                "redefinition of group name '{name}' as group {}; was group {g}",
                                self.groups
                            ),
                            name_pos,
                        );
                    }
                    self.names.push((name.clone(), self.groups));
                    self.parents.push(self.open.last().copied().unwrap_or(0));
                    self.open.push(self.groups);
                    self.out.push_str(&format!("(?P<{name}>"));
                    Ok(Some(self.frame(start, Some(self.groups))))
                }
                Some('=') => {
                    self.i += 1;
                    let name_pos = self.i;
                    let name = self.group_name(')', name_pos)?;
                    if name.is_empty() {
                        return self.err("missing group name", name_pos);
                    }
                    if !Self::valid_name(&name) {
                        return self.err(format!("bad character in group name '{name}'"), name_pos);
                    }
                    let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                        return self.err(format!("unknown group name '{name}'"), name_pos);
                    };
                    if self.open.contains(&g) {
                        return self.err("cannot refer to an open group", name_pos);
                    }
                    self.out.push_str(&format!("(?:\\{g})"));
                    Ok(None)
                }
                Some(c) => self.err(format!("unknown extension ?P{c}"), start + 1),
                None => self.err("unexpected end of pattern", self.i),
            },
            '(' => {
                let name_pos = self.i;
                let name = self.group_name(')', name_pos)?;
                let g = if let Ok(n) = name.parse::<usize>() {
                    if n == 0 || n > self.groups {
                        return self.err(format!("invalid group reference {n}"), name_pos);
                    }
                    n
                } else if let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) {
                    g
                } else if Self::valid_name(&name) {
                    return self.err(format!("unknown group name '{name}'"), name_pos);
                } else {
                    return self.err(format!("bad character in group name '{name}'"), name_pos);
                };
                self.out.push_str(&format!("(?({g})"));
                Ok(Some(self.frame(start, None)))
            }
            c if "aiLmsux-".contains(c) => {
                self.i -= 1;
                self.flag_group(start)
            }
            c => self.err(format!("unknown extension ?{c}"), start + 1),
        }
    }

    /// `(?flags)` or `(?flags-flags:...)`.
    fn flag_group(&mut self, start: usize) -> Result<Option<Frame>, PatError> {
        let mut on = String::new();
        let mut off = String::new();
        let mut negative = false;
        loop {
            let Some(c) = self.peek() else {
                return self.err("missing -, : or )", self.i);
            };
            self.i += 1;
            match c {
                'a' | 'i' | 'L' | 'm' | 's' | 'u' | 'x' => {
                    if c == 'L' {
                        return self.err(
                            "bad inline flags: cannot use 'L' flag with a str pattern",
                            self.i,
                        );
                    }
                    if negative {
                        if "aLu".contains(c) {
                            return self.err(
                                "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                                self.i,
                            );
                        }
                        off.push(c);
                    } else {
                        on.push(c);
                    }
                }
                '-' if !negative => negative = true,
                ')' if !negative => {
                    // A global flag group: only at the start in 3.11.
                    if !self.out.is_empty() {
                        return self.err("global flags not at the start of the expression", start);
                    }
                    for f in on.chars() {
                        match f {
                            'i' => self.flags |= I,
                            'm' => {
                                self.flags |= M;
                                self.multiline = true
                            }
                            's' => self.flags |= S,
                            'x' => {
                                self.flags |= X;
                                self.verbose = true
                            }
                            'a' => {
                                self.flags |= A;
                                self.ascii = true
                            }
                            _ => {}
                        }
                    }
                    return Ok(None);
                }
                ':' => {
                    let f = self.frame(start, None);
                    let mut emit_on = String::new();
                    let mut emit_off = String::new();
                    for f in on.chars() {
                        match f {
                            'i' | 'm' | 's' => emit_on.push(f),
                            'x' => self.verbose = true,
                            'a' => self.ascii = true,
                            _ => {}
                        }
                        if f == 'm' {
                            self.multiline = true;
                        }
                    }
                    for f in off.chars() {
                        match f {
                            'i' | 'm' | 's' => emit_off.push(f),
                            'x' => self.verbose = false,
                            _ => {}
                        }
                        if f == 'm' {
                            self.multiline = false;
                        }
                    }
                    self.out.push_str("(?");
                    self.out.push_str(&emit_on);
                    if !emit_off.is_empty() {
                        self.out.push('-');
                        self.out.push_str(&emit_off);
                    }
                    self.out.push(':');
                    return Ok(Some(f));
                }
                _ => {
                    if c.is_alphabetic() {
                        return self.err("unknown flag", self.i - 1);
                    }
                    return self.err("missing -, : or )", self.i - 1);
                }
            }
        }
    }

    /// A character class starting at `[` (position `start`, already consumed).
    fn class(&mut self, start: usize) -> Result<(), PatError> {
        let mut out = String::from("[");
        if self.peek() == Some('^') {
            out.push('^');
            self.i += 1;
        }
        let mut first = true;
        loop {
            let Some(ch) = self.peek() else {
                return self.err("unterminated character set", start);
            };
            if ch == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            let item_start = self.i;
            let lo = self.class_item()?;
            let Some(lo) = lo else {
                continue_class_escape(&mut out, self);
                continue;
            };
            if self.peek() == Some('-') && self.c.get(self.i + 1).is_some_and(|&c| c != ']') {
                self.i += 1;
                let hi_start = self.i;
                let hi = self.class_item()?;
                let Some(hi) = hi else {
                    let e = self.c[hi_start + 1];
                    return self.err(
                        format!(
                            "bad character range {}-\\{e}",
                            self.c[item_start..hi_start - 1].iter().collect::<String>()
                        ),
                        item_start,
                    );
                };
                if hi < lo {
                    let text: String = self.c[item_start..self.i].iter().collect();
                    return self.err(format!("bad character range {text}"), item_start);
                }
                push_lit(&mut out, lo);
                out.push('-');
                push_lit(&mut out, hi);
            } else {
                push_lit(&mut out, lo);
            }
        }
        out.push(']');
        self.out.push_str(&out);
        Ok(())
    }

    /// One class member: `Some(char)` for a literal; `None` for a class escape (`\d`...),
    /// whose text is left in `self.pending`.
    fn class_item(&mut self) -> Result<Option<char>, PatError> {
        let start = self.i;
        let ch = self.c[self.i];
        self.i += 1;
        if ch != '\\' {
            return Ok(Some(ch));
        }
        let Some(e) = self.peek() else {
            return self.err("unterminated character set", start);
        };
        self.i += 1;
        match e {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => Ok(None),
            'b' => Ok(Some('\x08')),
            '0'..='7' if e == '0' || is_octal(self.c.get(self.i)) => {
                Ok(Some(self.octal(e, start)?))
            }
            _ => {
                if let Some(c) = self.char_escape(e, start)? {
                    return Ok(Some(c));
                }
                if e.is_ascii_alphanumeric() {
                    return self.err(format!("bad escape \\{e}"), start);
                }
                Ok(Some(e))
            }
        }
    }
}

/// After `class_item` returned `None`: the escape letter is at `t.i - 1`.
fn continue_class_escape(out: &mut String, t: &Translator) {
    let e = t.c[t.i - 1];
    out.push_str(t.class_escape(e));
}

struct Translation {
    body: String,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    has_dollar: bool,
}

fn translate(pattern: &str, flags: i64, exact_dollar: bool) -> Result<Translation, PatError> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut t = Translator {
        c: &chars,
        i: 0,
        exact_dollar,
        out: String::new(),
        flags,
        multiline: flags & M != 0,
        verbose: flags & X != 0,
        ascii: flags & A != 0,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        parents: Vec::new(),
        has_dollar: false,
    };
    t.translate()?;
    Ok(Translation {
        body: t.out,
        flags: t.flags,
        groups: t.groups,
        names: t.names,
        parents: t.parents,
        has_dollar: t.has_dollar,
    })
}

/// Engines by (exact `$`, fullmatch, non-empty only); `None` when one fails to build.
type Engines = HashMap<(bool, bool, bool), Option<Rc<Regex>>>;

/// A compiled pattern: its translation and the engine variants built so far.
pub struct Compiled {
    fast: Translation,
    /// The translation with CPython's `$` (only differs when the pattern has a plain `$`).
    exact: RefCell<Option<Rc<Translation>>>,
    pattern: String,
    /// (exact `$`, fullmatch, non-empty only) → engine.
    engines: RefCell<Engines>,
}

impl NativeObject for Compiled {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("_re_compiled")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn build(t: &Translation, full: bool, not_empty: bool) -> Result<Regex, String> {
    let src = if full {
        format!("(?:{})\\z", t.body)
    } else {
        t.body.clone()
    };
    let mut b = RegexBuilder::new(&src);
    b.case_insensitive(t.flags & I != 0)
        .multi_line(t.flags & M != 0)
        .dot_matches_new_line(t.flags & S != 0)
        .find_not_empty(not_empty);
    b.build().map_err(|e| e.to_string())
}

impl Compiled {
    fn engine(&self, exact: bool, full: bool, not_empty: bool) -> Option<Rc<Regex>> {
        let exact = exact && self.fast.has_dollar;
        let key = (exact, full, not_empty);
        if let Some(e) = self.engines.borrow().get(&key) {
            return e.clone();
        }
        let t = if exact {
            let mut slot = self.exact.borrow_mut();
            if slot.is_none() {
                *slot = translate(&self.pattern, self.fast.flags, true)
                    .ok()
                    .map(Rc::new);
            }
            slot.clone()
        } else {
            None
        };
        let e = build(t.as_deref().unwrap_or(&self.fast), full, not_empty)
            .ok()
            .map(Rc::new);
        self.engines.borrow_mut().insert(key, e.clone());
        e
    }
}

/// Character ↔ byte offsets of one subject string.
struct Offsets<'a> {
    s: &'a str,
    /// Byte offset of each character, plus the length; empty for ASCII text.
    starts: Vec<usize>,
}

impl<'a> Offsets<'a> {
    fn new(s: &'a str) -> Self {
        let starts = if s.is_ascii() {
            Vec::new()
        } else {
            let mut v: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
            v.push(s.len());
            v
        };
        Offsets { s, starts }
    }
    fn chars(&self) -> usize {
        if self.starts.is_empty() {
            self.s.len()
        } else {
            self.starts.len() - 1
        }
    }
    fn byte(&self, c: usize) -> usize {
        if self.starts.is_empty() {
            c
        } else {
            self.starts[c]
        }
    }
    fn char(&self, b: usize) -> usize {
        if self.starts.is_empty() {
            b
        } else {
            self.starts.binary_search(&b).unwrap_or_else(|i| i)
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Search,
    Match,
    Full,
}

/// One match: byte spans of groups 0..=n (`None` for a group that did not take part).
type Spans = Vec<Option<(usize, usize)>>;

fn run(
    vm: &Vm,
    c: &Compiled,
    hay: &str,
    pos: usize,
    mode: Mode,
    not_empty: bool,
) -> PyResult<Option<Spans>> {
    let exact = hay.ends_with('\n');
    let Some(re) = c.engine(exact, mode == Mode::Full, not_empty) else {
        if not_empty {
            return Ok(None);
        }
        return Err(vm.error("RuntimeError", "regular expression could not be compiled"));
    };
    let input = RegexInput::new(hay)
        .from_pos(pos)
        .anchored(mode != Mode::Search);
    let caps = re
        .captures_input(input)
        .map_err(|e| vm.error("RuntimeError", format!("regular expression failed: {e}")))?;
    Ok(caps.map(|caps| {
        (0..=c.fast.groups)
            .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
            .collect()
    }))
}

fn spans_value(off: &Offsets, spans: &Spans) -> Value {
    let mut v = Vec::with_capacity(spans.len() * 2);
    for s in spans {
        match s {
            Some((a, b)) => {
                v.push(Value::Int(off.char(*a) as i64));
                v.push(Value::Int(off.char(*b) as i64));
            }
            None => {
                v.push(Value::Int(-1));
                v.push(Value::Int(-1));
            }
        }
    }
    Value::tuple(v)
}

fn compiled<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Compiled> {
    v.as_native::<Compiled>()
        .ok_or_else(|| vm.type_error("expected a compiled pattern"))
}

fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(v)
        ))
    })
}

/// Clamp Python `pos`/`endpos` to the subject, as `_sre` does.
fn bounds(vm: &Vm, args: &[Value], off: &Offsets, i: usize) -> PyResult<(usize, usize)> {
    let n = off.chars() as i64;
    let pos = match args.get(i) {
        Some(v) if !v.is_none() => vm.index_value(v)?.clamp(0, n),
        _ => 0,
    };
    let end = match args.get(i + 1) {
        Some(v) if !v.is_none() => vm.index_value(v)?.clamp(0, n),
        _ => n,
    };
    Ok((pos as usize, end as usize))
}

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    // compile(pattern, flags) -> engine, or (message, position) for a malformed pattern.
    reg(d, "compile", |vm, args, _| {
        arg_count(vm, "compile", args, 2, 2)?;
        let pattern = str_arg(vm, &args[0])?;
        let flags = vm.index_value(&args[1])?;
        let t = match translate(pattern, flags, false) {
            Ok(t) => t,
            Err(PatError(msg, pos)) => {
                return Ok(Value::tuple(vec![
                    Value::string(msg),
                    Value::Int(pos as i64),
                ]))
            }
        };
        let c = Compiled {
            fast: t,
            exact: RefCell::new(None),
            pattern: pattern.to_string(),
            engines: RefCell::new(HashMap::new()),
        };
        if let Err(e) = build(&c.fast, false, false) {
            return Ok(Value::tuple(vec![Value::string(e), Value::None]));
        }
        Ok(Value::Native(Rc::new(c)))
    });
    // info(engine) -> (flags, groups, {name: index}, (enclosing group of each group,))
    reg(d, "info", |vm, args, _| {
        arg_count(vm, "info", args, 1, 1)?;
        let c = compiled(vm, &args[0])?;
        let names = PyDict::new();
        for (n, g) in &c.fast.names {
            names.set_str(n, Value::Int(*g as i64));
        }
        Ok(Value::tuple(vec![
            Value::Int(c.fast.flags),
            Value::Int(c.fast.groups as i64),
            Value::Dict(Rc::new(names)),
            Value::tuple(
                c.fast
                    .parents
                    .iter()
                    .map(|&p| Value::Int(p as i64))
                    .collect(),
            ),
        ]))
    });
    // run(engine, string, pos, endpos, mode) -> spans or None; mode 0 search, 1 match,
    // 2 fullmatch. Spans: (start0, end0, start1, end1, ...) in characters, -1 when unset.
    reg(d, "run", |vm, args, _| {
        arg_count(vm, "run", args, 5, 5)?;
        let c = compiled(vm, &args[0])?;
        let s = str_arg(vm, &args[1])?;
        let off = Offsets::new(s);
        let (pos, end) = bounds(vm, args, &off, 2)?;
        if pos > end {
            return Ok(Value::None);
        }
        let mode = match vm.index_value(&args[4])? {
            0 => Mode::Search,
            1 => Mode::Match,
            _ => Mode::Full,
        };
        let hay = &s[..off.byte(end)];
        Ok(match run(vm, c, hay, off.byte(pos), mode, false)? {
            Some(sp) => spans_value(&off, &sp),
            None => Value::None,
        })
    });
    // scan(engine, string, pos, endpos, limit) -> [spans, ...]: successive matches as
    // finditer/sub/split see them (an empty match may not follow at the position where
    // the previous empty match was); limit 0 means all.
    reg(d, "scan", |vm, args, _| {
        arg_count(vm, "scan", args, 5, 5)?;
        let c = compiled(vm, &args[0])?;
        let s = str_arg(vm, &args[1])?;
        let off = Offsets::new(s);
        let (pos, end) = bounds(vm, args, &off, 2)?;
        let limit = vm.index_value(&args[4])?.max(0) as usize;
        let mut out = Vec::new();
        if pos > end {
            return Ok(Value::list(out));
        }
        let hay = &s[..off.byte(end)];
        let mut at = off.byte(pos);
        let mut must_advance = false;
        while at <= hay.len() && (limit == 0 || out.len() < limit) {
            let mut found = run(vm, c, hay, at, Mode::Search, false)?;
            if must_advance {
                if let Some(sp) = &found {
                    if sp[0] == Some((at, at)) {
                        // An empty match where the last one ended: prefer a non-empty
                        // match here, else search on from the next character.
                        found = run(vm, c, hay, at, Mode::Match, true)?;
                        if found.is_none() {
                            if at >= hay.len() {
                                break;
                            }
                            let next = at + hay[at..].chars().next().map_or(1, |ch| ch.len_utf8());
                            found = run(vm, c, hay, next, Mode::Search, false)?;
                        }
                    }
                }
            }
            let Some(sp) = found else { break };
            let (a, b) = sp[0].unwrap_or((at, at));
            out.push(spans_value(&off, &sp));
            must_advance = a == b;
            at = b;
        }
        Ok(Value::list(out))
    });
    Ok(())
}
