//! `SyntaxError` (and its subclasses `IndentationError`, `TabError`): the location fields
//! CPython unpacks from `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
//! end_offset]))`, and its `str()`: `msg (file.py, line N)`.

use super::method;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

const FIELDS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

pub fn install(vm: &Rc<Vm>) {
    let cls = vm.exc_class("SyntaxError");
    for name in FIELDS.iter().chain(&["msg", "print_file_and_line"]) {
        cls.dict.set_str(name, Value::None);
    }
    // Built-in classes are made by `__new__` alone (`__init__` runs only for subclasses).
    method(&cls, "__new__", |vm, a, _| match a.first() {
        Some(Value::Class(c)) => {
            let exc = PyErr(vm.new_exception_instance(c.clone(), a[1..].to_vec()));
            set_fields(vm, &exc, &a[1..])?;
            Ok(Value::Instance(exc.0))
        }
        _ => Err(vm.type_error("SyntaxError.__new__(X): X is not a type object")),
    });
    method(&cls, "__init__", |vm, a, _| {
        let Some(Value::Instance(i)) = a.first() else {
            return Err(vm.type_error("SyntaxError.__init__ needs an exception object"));
        };
        let exc = PyErr(i.clone());
        exc.data().args = a[1..].to_vec();
        set_fields(vm, &exc, &a[1..])?;
        Ok(Value::None)
    });
    method(&cls, "__str__", |vm, a, _| {
        let Some(Value::Instance(i)) = a.first() else {
            return Err(vm.type_error("SyntaxError.__str__ needs an exception object"));
        };
        let field = |name: &str| i.dict.get_str(name).unwrap_or(Value::None);
        let msg = vm.to_str(&field("msg"))?;
        // Only the file's base name, as CPython shows it.
        let file = match field("filename") {
            Value::Str(s) => Some(s.as_str().rsplit('/').next().unwrap_or("").to_string()),
            _ => None,
        };
        let line = match field("lineno") {
            Value::Int(n) => Some(n),
            _ => None,
        };
        Ok(Value::string(match (file, line) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        }))
    });
}

/// Set `msg` and the location fields from the constructor's arguments, as CPython does.
pub fn set_fields(vm: &Vm, exc: &PyErr, args: &[Value]) -> PyResult<()> {
    let d = &exc.instance().dict;
    if let Some(msg) = args.first() {
        d.set_str("msg", msg.clone());
    }
    if args.len() == 2 {
        let info = vm.collect(&args[1])?;
        if info.len() < 4 {
            return Err(vm.type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(vm.type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        for (name, v) in FIELDS.iter().zip(info) {
            d.set_str(name, v);
        }
    }
    Ok(())
}

/// What CPython prints for a `SyntaxError` (or subclass) instance: the lines above its
/// message (`File "...", line N`, the source line, its caret), and the message itself
/// (with ` (file)` added when only the file is known). `None` for other exceptions.
/// `module_style`: as the `traceback` module lays it out, which differs from the
/// interpreter's own printer in where the caret goes.
pub fn report_parts(vm: &Vm, e: &PyErr, module_style: bool) -> Option<(String, String)> {
    if !e.is_instance_of(&vm.exc_class("SyntaxError")) {
        return None;
    }
    let inst = e.instance();
    let field = |name: &str| inst.dict.get_str(name).unwrap_or(Value::None);
    let int = |name: &str| match field(name) {
        Value::Int(n) => Some(n),
        _ => None,
    };
    let text_of = |v: Value| match v {
        Value::None => None,
        other => vm.to_str(&other).ok(),
    };
    let msg = text_of(field("msg"))
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| "<no detail available>".into());
    let filename = text_of(field("filename"));
    let text = text_of(field("text"));
    let line = int("lineno");
    let suffix = match (&filename, line) {
        (Some(f), None) => format!(" ({f})"),
        _ => String::new(),
    };
    let message = format!("{msg}{suffix}");
    if module_style {
        let mut out = match line {
            Some(n) => format!(
                "  File \"{}\", line {n}\n",
                filename.as_deref().unwrap_or("<string>")
            ),
            None => String::new(),
        };
        if let Some(text) = text {
            out.push_str(&module_style_source(
                &text,
                int("offset"),
                int("end_offset"),
            ));
        }
        return Some((out, message));
    }
    let Some(line) = line else {
        return Some((String::new(), message));
    };
    let kind = if e.is_instance_of(&vm.exc_class("TabError")) {
        "TabError"
    } else if e.is_instance_of(&vm.exc_class("IndentationError")) {
        "IndentationError"
    } else {
        "SyntaxError"
    };
    let number = |name: &str| int(name).filter(|n| *n > 0).unwrap_or(0) as u32;
    let report = crate::parser::SyntaxError {
        kind,
        msg,
        filename: filename.unwrap_or_else(|| "<string>".into()),
        line: line.max(0) as u32,
        col: number("offset"),
        end_col: number("end_offset"),
        text: text.map(|t| t.trim_end_matches('\n').to_string()),
    };
    Some((report.render_location(), message))
}

/// The source line and caret line of a SyntaxError as the `traceback` module writes them.
fn module_style_source(text: &str, offset: Option<i64>, end_offset: Option<i64>) -> String {
    let rtext = text.trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0C']);
    let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
    let mut out = format!("    {ltext}\n");
    let Some(offset) = offset else {
        return out;
    };
    let mut end = match end_offset {
        None | Some(0) => offset,
        Some(e) => e,
    };
    if offset == end || end == -1 {
        end = offset + 1;
    }
    let col = offset - 1 - spaces;
    let end_col = end - 1 - spaces;
    if col >= 0 {
        let space: String = ltext
            .chars()
            .take(col as usize)
            .map(|c| if c.is_whitespace() { c } else { ' ' })
            .collect();
        let reps = (end_col - col).max(0) as usize;
        out.push_str(&format!("    {space}{}\n", "^".repeat(reps)));
    }
    out
}
