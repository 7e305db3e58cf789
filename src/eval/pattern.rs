//! Matching a `case` pattern against a subject (PEP 634): the checks and the names bound.
//!
//! Names are collected while matching and stored only when the whole pattern matched, so
//! a failed case leaves the variables as they were.

use super::assign::store_name;
use super::expr::eval_expr;
use super::Frame;
use crate::ast::{Constant, Name, Pattern};
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// Match `subject` against `pattern`; on success bind the pattern's names and return true.
pub fn match_and_bind(
    vm: &Vm,
    f: &mut Frame,
    subject: &Value,
    pattern: &Pattern,
) -> PyResult<bool> {
    let mut bound: Vec<(&Name, Value)> = Vec::new();
    if !matches(vm, f, subject, pattern, &mut bound)? {
        return Ok(false);
    }
    for (name, v) in bound {
        store_name(vm, f, name, v)?;
    }
    Ok(true)
}

fn matches<'p>(
    vm: &Vm,
    f: &mut Frame,
    subject: &Value,
    pattern: &'p Pattern,
    bound: &mut Vec<(&'p Name, Value)>,
) -> PyResult<bool> {
    match pattern {
        Pattern::Wildcard => Ok(true),
        Pattern::Capture(n) => {
            bound.push((n, subject.clone()));
            Ok(true)
        }
        Pattern::Value(e) => {
            let v = eval_expr(vm, f, e)?;
            vm.eq(subject, &v)
        }
        Pattern::Singleton(c) => Ok(matches!(
            (c, subject),
            (Constant::None, Value::None)
                | (Constant::True, Value::Bool(true))
                | (Constant::False, Value::Bool(false))
        )),
        // Only meaningful inside a sequence pattern, which handles it.
        Pattern::Star(_) => Ok(false),
        Pattern::Or(alternatives) => {
            for alt in alternatives {
                let mark = bound.len();
                if matches(vm, f, subject, alt, bound)? {
                    return Ok(true);
                }
                bound.truncate(mark);
            }
            Ok(false)
        }
        Pattern::As(inner, n) => {
            if !matches(vm, f, subject, inner, bound)? {
                return Ok(false);
            }
            bound.push((n, subject.clone()));
            Ok(true)
        }
        Pattern::Sequence(items) => match_sequence(vm, f, subject, items, bound),
        Pattern::Mapping { keys, values, rest } => {
            match_mapping(vm, f, subject, keys, values, rest.as_ref(), bound)
        }
        Pattern::Class { cls, args, kwargs } => {
            let cls = eval_expr(vm, f, cls)?;
            match_class(vm, f, subject, &cls, args, kwargs, bound)
        }
    }
}

fn abc(vm: &Vm, name: &str) -> PyResult<Value> {
    let module = vm.import_module("collections.abc")?;
    vm.getattr(&module, name)
}

/// The items of a subject a sequence pattern may match: sequences, but not str, bytes or
/// bytearray.
fn sequence_items(vm: &Vm, subject: &Value) -> PyResult<Option<Vec<Value>>> {
    match subject {
        Value::List(l) => return Ok(Some(l.to_vec())),
        Value::Tuple(t) => return Ok(Some(t.as_slice().to_vec())),
        Value::Str(_) | Value::Bytes(_) | Value::Dict(_) | Value::Set(_) => return Ok(None),
        Value::None | Value::Bool(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) => {
            return Ok(None)
        }
        _ => {}
    }
    if subject
        .as_native::<crate::object::bytearray::ByteArray>()
        .is_some()
    {
        return Ok(None);
    }
    if !crate::builtins::isinstance(vm, subject, &abc(vm, "Sequence")?)? {
        return Ok(None);
    }
    Ok(Some(vm.collect(subject)?))
}

fn match_sequence<'p>(
    vm: &Vm,
    f: &mut Frame,
    subject: &Value,
    items: &'p [Pattern],
    bound: &mut Vec<(&'p Name, Value)>,
) -> PyResult<bool> {
    let Some(values) = sequence_items(vm, subject)? else {
        return Ok(false);
    };
    let star = items.iter().position(|p| matches!(p, Pattern::Star(_)));
    match star {
        None => {
            if values.len() != items.len() {
                return Ok(false);
            }
            for (v, p) in values.iter().zip(items) {
                if !matches(vm, f, v, p, bound)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        Some(s) => {
            let after = items.len() - s - 1;
            if values.len() < items.len() - 1 {
                return Ok(false);
            }
            for (v, p) in values[..s].iter().zip(&items[..s]) {
                if !matches(vm, f, v, p, bound)? {
                    return Ok(false);
                }
            }
            let tail_start = values.len() - after;
            if let Pattern::Star(Some(n)) = &items[s] {
                bound.push((n, Value::list(values[s..tail_start].to_vec())));
            }
            for (v, p) in values[tail_start..].iter().zip(&items[s + 1..]) {
                if !matches(vm, f, v, p, bound)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
    }
}

fn match_mapping<'p>(
    vm: &Vm,
    f: &mut Frame,
    subject: &Value,
    keys: &[crate::ast::Expr],
    values: &'p [Pattern],
    rest: Option<&'p Name>,
    bound: &mut Vec<(&'p Name, Value)>,
) -> PyResult<bool> {
    let is_mapping = match subject {
        Value::Dict(_) => true,
        Value::Instance(_) | Value::Native(_) => {
            crate::builtins::isinstance(vm, subject, &abc(vm, "Mapping")?)?
        }
        _ => false,
    };
    if !is_mapping {
        return Ok(false);
    }
    // Too few items to hold every key: no match (checked first, as CPython does).
    let len = match subject {
        Value::Dict(d) => d.len(),
        _ => vm.len(subject)?,
    };
    if len < keys.len() {
        return Ok(false);
    }
    let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
    let missing = vm.new_instance(&vm.types.object);
    for (k, p) in keys.iter().zip(values) {
        let key = eval_expr(vm, f, k)?;
        for s in &seen {
            if vm.eq(s, &key)? {
                return Err(vm.value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    vm.repr(&key)?
                )));
            }
        }
        let v = match subject {
            Value::Dict(d) => d.get(vm, &key)?,
            _ => {
                let got = vm.call_method(subject, "get", &[key.clone(), missing.clone()])?;
                if got.is(&missing) {
                    None
                } else {
                    Some(got)
                }
            }
        };
        let Some(v) = v else { return Ok(false) };
        if !matches(vm, f, &v, p, bound)? {
            return Ok(false);
        }
        seen.push(key);
    }
    if let Some(n) = rest {
        let copy = PyDict::new();
        let items: Vec<(Value, Value)> = match subject {
            Value::Dict(d) => d.items(),
            _ => {
                let mut out = Vec::new();
                for k in vm.collect(subject)? {
                    let v = vm.getitem(subject, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        'items: for (k, v) in items {
            for s in &seen {
                if vm.eq(s, &k)? {
                    continue 'items;
                }
            }
            copy.set(vm, k, v)?;
        }
        bound.push((n, Value::Dict(Rc::new(copy))));
    }
    Ok(true)
}

/// Built-in types whose single positional sub-pattern matches the subject itself.
const SELF_MATCHING: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

fn match_class<'p>(
    vm: &Vm,
    f: &mut Frame,
    subject: &Value,
    cls: &Value,
    args: &'p [Pattern],
    kwargs: &'p [(crate::ast::Ident, Pattern)],
    bound: &mut Vec<(&'p Name, Value)>,
) -> PyResult<bool> {
    let Value::Class(class) = cls else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !crate::builtins::isinstance(vm, subject, cls)? {
        return Ok(false);
    }
    let mut attrs: Vec<(Rc<str>, &'p Pattern)> = Vec::new();
    if !args.is_empty() {
        let self_matching = class.is_builtin && SELF_MATCHING.contains(&&*class.name());
        if self_matching {
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({} given)",
                    class.name(),
                    args.len()
                )));
            }
            if !matches(vm, f, subject, &args[0], bound)? {
                return Ok(false);
            }
        } else {
            let names = match vm.getattr(cls, "__match_args__") {
                Ok(Value::Tuple(t)) => t.as_slice().to_vec(),
                Ok(other) => {
                    return Err(vm.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        class.name(),
                        vm.type_name(&other)
                    )))
                }
                Err(e) if e.is_instance_of(&vm.exc_class("AttributeError")) => Vec::new(),
                Err(e) => return Err(e),
            };
            if args.len() > names.len() {
                let s = if names.len() == 1 { "" } else { "s" };
                return Err(vm.type_error(format!(
                    "{}() accepts {} positional sub-pattern{s} ({} given)",
                    class.name(),
                    names.len(),
                    args.len()
                )));
            }
            for (name, p) in names.iter().zip(args) {
                let Value::Str(s) = name else {
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        vm.type_name(name)
                    )));
                };
                attrs.push((Rc::from(s.as_str()), p));
            }
        }
    }
    for (k, p) in kwargs {
        if attrs.iter().any(|(a, _)| a == k) {
            return Err(vm.type_error(format!(
                "{}() got multiple sub-patterns for attribute '{k}'",
                class.name()
            )));
        }
        attrs.push((k.clone(), p));
    }
    for (name, p) in attrs {
        let v = match vm.getattr(subject, &name) {
            Ok(v) => v,
            Err(e) if e.is_instance_of(&vm.exc_class("AttributeError")) => return Ok(false),
            Err(e) => return Err(e),
        };
        if !matches(vm, f, &v, p, bound)? {
            return Ok(false);
        }
    }
    Ok(true)
}
