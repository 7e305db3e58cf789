//! Printing exceptions as CPython 3.11 does: chained causes and contexts, the
//! `Traceback (most recent call last):` entries with their source lines and `^~~` markers,
//! repeated-frame folding, and the final `Type: message` line.

use crate::object::exception::{Anchor, TbEntry};
use crate::object::{Class, NativeObject, PyErr, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

const RECURSIVE_CUTOFF: usize = 3;

/// The full text CPython prints for an uncaught exception.
pub fn format_exception(vm: &Vm, e: &PyErr) -> String {
    format_exception_with(vm, e, FormatOptions::default())
}

/// What `traceback.format_exception` may change in the report.
pub struct FormatOptions {
    /// Entries kept of each traceback: the first n, or the last -n when negative.
    pub limit: Option<i64>,
    /// Also show the causes and contexts.
    pub chain: bool,
    /// The traceback shown for the exception itself instead of its own (outermost first).
    pub entries: Option<Vec<TbEntry>>,
    /// Laid out as the `traceback` module does (it places a SyntaxError's caret its own
    /// way); otherwise as the interpreter prints an uncaught exception.
    pub module_style: bool,
}

impl Default for FormatOptions {
    fn default() -> Self {
        FormatOptions {
            limit: None,
            chain: true,
            entries: None,
            module_style: false,
        }
    }
}

/// The report of `e` as `traceback.format_exception` gives it with these options.
pub fn format_exception_with(vm: &Vm, e: &PyErr, opts: FormatOptions) -> String {
    let mut ctx = PrintCtx {
        top: Some(e.clone()),
        opts,
        ..PrintCtx::default()
    };
    format_chain(vm, e, &mut ctx);
    ctx.out
}

/// The entries a traceback object reaches through `tb_next`, outermost first.
pub fn traceback_entries(tb: &Value) -> Option<Vec<TbEntry>> {
    let t = tb.as_native::<Traceback>()?;
    Some(t.entries.get(t.index..).unwrap_or_default().to_vec())
}

/// The entries of a traceback (kept innermost first) that CPython would show, outermost
/// first: frames of pyco's Python modules that are C code in CPython are left out.
pub fn visible_entries(traceback: &[TbEntry]) -> Vec<TbEntry> {
    traceback
        .iter()
        .rev()
        .filter(|en| !en.source.hidden_in_tracebacks())
        .cloned()
        .collect()
}

/// `entries` cut to `limit` as `traceback` does: the first n, or the last -n.
pub fn limit_entries(mut entries: Vec<TbEntry>, limit: Option<i64>) -> Vec<TbEntry> {
    match limit {
        Some(n) if n >= 0 => entries.truncate(n as usize),
        Some(n) => {
            let keep = (n.unsigned_abs() as usize).min(entries.len());
            entries.drain(..entries.len() - keep);
        }
        None => {}
    }
    entries
}

/// Sub-exceptions of a group shown before `and N more exceptions`, and the nesting depth
/// of groups shown (CPython's `max_group_width` and `max_group_depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// CPython's `_ExceptionPrintContext`: exception groups are drawn in boxes, each line
/// prefixed by two spaces per group level and a `|` margin.
#[derive(Default)]
struct PrintCtx {
    out: String,
    seen: Vec<PyErr>,
    depth: usize,
    need_close: bool,
    /// The exception being reported (whose traceback `opts.entries` may replace).
    top: Option<PyErr>,
    opts: FormatOptions,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    fn emit(&mut self, text: &str) {
        self.emit_margin(text, '|');
    }
    fn emit_margin(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

fn format_chain(vm: &Vm, e: &PyErr, ctx: &mut PrintCtx) {
    // The chain, innermost last: (message that follows the previous one, exception).
    let mut chain: Vec<(Option<&str>, PyErr)> = Vec::new();
    let mut cur = Some(e.clone());
    let mut msg = None;
    while let Some(x) = cur.take() {
        ctx.seen.push(x.clone());
        let (cause, context, suppress) = {
            let d = x.data();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        chain.push((msg, x));
        if !ctx.opts.chain {
            break;
        }
        let unseen = |c: &PyErr| !ctx.seen.iter().any(|s| s.same(c));
        if let Some(c) = cause {
            if unseen(&c) {
                msg = Some(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
                cur = Some(c);
            }
        } else if let (Some(c), false) = (context, suppress) {
            if unseen(&c) {
                msg = Some(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
                cur = Some(c);
            }
        }
    }
    // Printed outermost cause first, each followed by the message linking it to the next.
    let n = chain.len();
    for i in (0..n).rev() {
        let x = chain[i].1.clone();
        format_one(vm, &x, ctx);
        if let Some(m) = chain[i].0 {
            ctx.emit(m);
        }
    }
}

fn format_one(vm: &Vm, e: &PyErr, ctx: &mut PrintCtx) {
    let replaced = match (&ctx.top, &ctx.opts.entries) {
        (Some(top), Some(entries)) if top.same(e) => Some(entries.clone()),
        _ => None,
    };
    let entries = replaced.unwrap_or_else(|| visible_entries(&e.data().traceback));
    let entries = limit_entries(entries, ctx.opts.limit);
    let group = crate::builtins::exception_group::group_of(e);
    let Some((_, excs)) = group else {
        if !entries.is_empty() {
            ctx.emit("Traceback (most recent call last):\n");
            ctx.emit(&format_entries(&entries));
        }
        ctx.emit(&exception_only(vm, e, ctx.opts.module_style));
        return;
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !entries.is_empty() {
        ctx.emit_margin(
            "Exception Group Traceback (most recent call last):\n",
            if toplevel { '+' } else { '|' },
        );
        ctx.emit(&format_entries(&entries));
    }
    ctx.emit(&exception_only(vm, e, ctx.opts.module_style));
    let total = excs.len();
    let shown = if total <= MAX_GROUP_WIDTH {
        total
    } else {
        MAX_GROUP_WIDTH + 1
    };
    ctx.need_close = false;
    for (i, sub) in excs.iter().take(shown).enumerate() {
        let last = i == shown - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let line = format!(
            "{}{}+---------------- {title} ----------------\n",
            ctx.indent(),
            if i == 0 { "+-" } else { "  " }
        );
        ctx.out.push_str(&line);
        ctx.depth += 1;
        if truncated {
            let remaining = total - MAX_GROUP_WIDTH;
            ctx.emit(&format!(
                "and {remaining} more exception{}\n",
                if remaining > 1 { "s" } else { "" }
            ));
        } else {
            format_chain(vm, sub, ctx);
        }
        if last && ctx.need_close {
            let line = format!("{}+------------------------------------\n", ctx.indent());
            ctx.out.push_str(&line);
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// `Type: message\n` (with the module prefix for classes outside `__main__`/builtins).
/// `module_style`: as the `traceback` module writes it (see `FormatOptions`).
pub fn exception_only(vm: &Vm, e: &PyErr, module_style: bool) -> String {
    let cls = e.class();
    let mut name = cls.qualname().to_string();
    if &*cls.module != "__main__" && &*cls.module != "builtins" {
        name = format!("{}.{}", cls.module, name);
    }
    let (mut out, msg) = match crate::builtins::syntax_error::report_parts(vm, e, module_style) {
        Some(parts) => parts,
        None => match vm.to_str(&e.value()) {
            Ok(m) => (String::new(), m),
            Err(_) => (String::new(), "<exception str() failed>".into()),
        },
    };
    let hint = suggestion(vm, e)
        .map(|s| format!(". Did you mean: '{s}'?"))
        .unwrap_or_default();
    if msg.is_empty() {
        out.push_str(&format!("{name}{hint}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}{hint}\n"));
    }
    // Notes added with `add_note`, one per line after the message.
    match e.instance().dict.get_str("__notes__") {
        None => {}
        Some(notes @ (Value::List(_) | Value::Tuple(_))) => {
            for note in vm.collect(&notes).unwrap_or_default() {
                match vm.to_str(&note) {
                    Ok(s) => out.push_str(&s),
                    Err(_) => out.push_str("<note str() failed>"),
                }
                out.push('\n');
            }
        }
        Some(other) => {
            out.push_str(
                &vm.repr(&other)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".into()),
            );
            out.push('\n');
        }
    }
    out
}

fn strings(vm: &Vm, v: &Value) -> Vec<String> {
    vm.collect(v)
        .unwrap_or_default()
        .iter()
        .filter_map(|x| x.as_str().map(String::from))
        .collect()
}

/// CPython 3.11's suggestion for an uncaught NameError or AttributeError.
fn suggestion(vm: &Vm, e: &PyErr) -> Option<String> {
    let d = &e.instance().dict;
    let wrong = d.get_str("name")?.as_str()?.to_string();
    if e.is_instance_of(&vm.exc_class("NameError")) {
        let locals = d
            .get_str("__pyco_locals__")
            .map(|l| strings(vm, &l))
            .unwrap_or_default();
        if let Some(s) = super::suggest::suggest(&wrong, locals.iter().map(|s| s.as_str())) {
            return Some(s);
        }
        if let Some(Value::Dict(g)) = d.get_str("__pyco_globals__") {
            let names = strings(vm, &Value::list(g.keys()));
            if let Some(s) = super::suggest::suggest(&wrong, names.iter().map(|s| s.as_str())) {
                return Some(s);
            }
        }
        let names = strings(vm, &Value::list(vm.builtins.keys()));
        return super::suggest::suggest(&wrong, names.iter().map(|s| s.as_str()));
    }
    if e.is_instance_of(&vm.exc_class("AttributeError")) {
        let obj = d.get_str("obj")?;
        let names = strings(vm, &Value::list(crate::builtins::dir_of(vm, &obj).ok()?));
        return super::suggest::suggest(&wrong, names.iter().map(|s| s.as_str()));
    }
    None
}

/// Entries outermost first, folding runs of the same frame line as CPython does.
pub fn format_entries(entries: &[TbEntry]) -> String {
    let mut out = String::new();
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0usize;
    for en in entries {
        let key = (&*en.source.name, en.span.line, &*en.func_name);
        if last != Some(key) {
            if count > RECURSIVE_CUTOFF {
                let n = count - RECURSIVE_CUTOFF;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n > 1 { "s" } else { "" }
                ));
            }
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format_entry(en));
    }
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n > 1 { "s" } else { "" }
        ));
    }
    out
}

fn format_entry(en: &TbEntry) -> String {
    let mut row = format!(
        "  File \"{}\", line {}, in {}\n",
        en.source.name, en.span.line, en.func_name
    );
    let Some(line) = en.source.line(en.span.line) else {
        return row;
    };
    let stripped = line.trim();
    if stripped.is_empty() {
        return row;
    }
    row.push_str(&format!("    {stripped}\n"));
    let chars: Vec<char> = line.chars().collect();
    let leading = chars.len() - line.trim_start().chars().count();
    let start = en.span.col as usize;
    let mut end = en.span.end_col as usize;
    if en.span.end_line != en.span.line {
        end = line.trim_end().chars().count();
    }
    if start > chars.len() || end > chars.len() || end < start {
        return row;
    }
    let segment: Vec<char> = chars[start..end].to_vec();
    let anchors = if en.span.end_line == en.span.line {
        en.anchor.and_then(|a| anchor_offsets(&segment, start, a))
    } else {
        None
    };
    let stripped_len = stripped.chars().count();
    let show = end - start < stripped_len || anchors.map(|(l, r)| r > l).unwrap_or(false);
    if !show {
        return row;
    }
    row.push_str("    ");
    row.push_str(&" ".repeat(start.saturating_sub(leading)));
    match anchors {
        Some((l, r)) => {
            row.push_str(&"~".repeat(l));
            row.push_str(&"^".repeat(r - l));
            row.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => row.push_str(&"^".repeat(end - start)),
    }
    row.push('\n');
    row
}

/// CPython's `_extract_caret_anchors_from_line_segment`, on the node shape we recorded.
fn anchor_offsets(seg: &[char], start: usize, a: Anchor) -> Option<(usize, usize)> {
    match a {
        Anchor::BinOp {
            left_end,
            right_start,
        } => {
            let op_start = (left_end as usize).checked_sub(start)?;
            let op_end = (right_start as usize).checked_sub(start)?;
            if op_end > seg.len() || op_start > op_end {
                return None;
            }
            let op_str = &seg[op_start..op_end];
            let op_offset = op_str.iter().take_while(|c| c.is_whitespace()).count();
            let mut left = op_start + op_offset;
            let mut right = left + 1;
            if op_offset + 1 < op_str.len() && !op_str[op_offset + 1].is_whitespace() {
                right += 1;
            }
            while left < seg.len()
                && (seg[left].is_whitespace() || seg[left] == ')' || seg[left] == '#')
            {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Anchor::Subscript {
            value_end,
            index_end,
        } => {
            let mut left = (value_end as usize).checked_sub(start)?;
            let mut right = (index_end as usize).checked_sub(start)? + 1;
            while left < seg.len() && (seg[left].is_whitespace() || seg[left] != '[') {
                left += 1;
            }
            while right < seg.len() && (seg[right].is_whitespace() || seg[right] != ']') {
                right += 1;
            }
            if right < seg.len() {
                right += 1;
            }
            Some((left, right))
        }
    }
}

/// A `__traceback__` object: one entry of the chain (outermost first) and the rest via
/// `tb_next`.
pub struct Traceback {
    pub entries: Rc<[TbEntry]>,
    pub index: usize,
}

impl Traceback {
    pub fn entry(&self) -> Option<&TbEntry> {
        self.entries.get(self.index)
    }
    pub fn next(&self) -> Value {
        if self.index + 1 < self.entries.len() {
            Value::Native(Rc::new(Traceback {
                entries: self.entries.clone(),
                index: self.index + 1,
            }))
        } else {
            Value::None
        }
    }
}

impl NativeObject for Traceback {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("traceback")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Vm {
    /// `exc.__traceback__`: the same object until the traceback grows.
    pub fn traceback_value(&self, e: &PyErr) -> Value {
        let mut d = e.data();
        let n = d.traceback.len();
        if n == 0 {
            return Value::None;
        }
        if let Some((len, v)) = &d.tb_value {
            if *len == n {
                return v.clone();
            }
        }
        let entries: Rc<[TbEntry]> = visible_entries(&d.traceback).into();
        let v = Value::Native(Rc::new(Traceback { entries, index: 0 }));
        d.tb_value = Some((n, v.clone()));
        v
    }

    /// Print an uncaught exception to stderr as CPython does.
    pub fn print_exception(&self, e: &PyErr) {
        let text = format_exception(self, e);
        self.write_stderr(&text);
    }

    /// Report an exception nothing can catch (CPython's `PyErr_WriteUnraisable`): the
    /// `heading` line (`Exception ignored in: ...`), then the exception with its own
    /// traceback but without its causes and contexts. `finalising`: the interpreter is
    /// tearing `__main__` down, when CPython can no longer read source lines, so the entries
    /// are bare `File ..., line ..., in ...` lines.
    pub fn write_unraisable(&self, heading: &str, e: &PyErr, finalising: bool) {
        let text = if finalising {
            let entries = visible_entries(&e.data().traceback);
            let mut text = String::new();
            if !entries.is_empty() {
                text.push_str("Traceback (most recent call last):\n");
                for en in &entries {
                    text.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        en.source.name, en.span.line, en.func_name
                    ));
                }
            }
            text + &exception_only(self, e, false)
        } else {
            let opts = FormatOptions {
                chain: false,
                ..FormatOptions::default()
            };
            format_exception_with(self, e, opts)
        };
        self.write_stderr(&format!("{heading}\n{text}"));
    }
}
