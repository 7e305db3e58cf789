//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with CPython's
//! checks and nesting rules, `message`, `exceptions`, `subgroup`, `split`, `derive`, and
//! the `add_note`/`__notes__` of every exception. `split_group` and `group_of` are what
//! `except*` (`eval/try_star.rs`) is built on.

use super::{arg_count, method};
use crate::object::descriptor::NativeProperty;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn exc_of(vm: &Vm, v: &Value) -> PyResult<PyErr> {
    match v {
        Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i.clone())),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'BaseException' object but received '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The message and sub-exceptions of a group, `None` for other exceptions.
pub fn group_of(e: &PyErr) -> Option<(Value, Vec<PyErr>)> {
    let (msg, excs) = e.data().group.clone()?;
    let Value::Tuple(t) = excs else {
        return None;
    };
    let items = t
        .as_slice()
        .iter()
        .filter_map(|v| match v {
            Value::Instance(i) if i.exc.is_some() => Some(PyErr(i.clone())),
            _ => None,
        })
        .collect();
    Some((msg, items))
}

fn group_or_error(vm: &Vm, v: &Value) -> PyResult<(PyErr, Value, Vec<PyErr>)> {
    let e = exc_of(vm, v)?;
    match group_of(&e) {
        Some((m, x)) => Ok((e, m, x)),
        None => Err(vm.type_error(format!(
            "descriptor requires a 'BaseExceptionGroup' object but received '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `BaseExceptionGroup(message, exceptions)`, with CPython's checks; `cls` may be a
/// subclass. Plain `BaseExceptionGroup` of `Exception`s only is an `ExceptionGroup`.
pub fn new_group(vm: &Vm, cls: &Rc<crate::object::Class>, args: &[Value]) -> PyResult<PyErr> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    if !matches!(args[0], Value::Str(_)) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&args[0])
        )));
    }
    let seq = &args[1];
    let is_seq = match seq {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => true,
        Value::Dict(_) | Value::Set(_) => false,
        _ => {
            vm.type_of(seq).lookup("__getitem__").is_some()
                && !vm.type_of(seq).is_subclass(&vm.types.dict)
        }
    };
    if !is_seq {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(seq)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.exc_class("Exception");
    let mut nested_base = false;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Instance(inst) if inst.exc.is_some() => {
                if !inst.class().is_subclass(&exception) {
                    nested_base = true;
                }
            }
            _ => {
                return Err(vm.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )))
            }
        }
    }
    let beg = vm.exc_class("BaseExceptionGroup");
    let eg = vm.exc_class("ExceptionGroup");
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &beg) {
        if !nested_base {
            cls = eg;
        }
    } else if Rc::ptr_eq(&cls, &eg) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && cls.is_subclass(&exception) {
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name())));
    }
    let inst = vm.new_exception_instance(cls, args.to_vec());
    let e = PyErr(inst);
    e.data().group = Some((args[0].clone(), Value::tuple(items)));
    Ok(e)
}

/// What `split`/`subgroup` select by.
pub enum Matcher {
    /// An exception type or a tuple of them.
    Type(Value),
    /// A Python function called with each exception (and group).
    Predicate(Value),
    /// Leaves whose identity is in the list (for `except*` re-raises).
    Leaves(Vec<PyErr>),
}

impl Matcher {
    pub fn from_condition(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
        let is_exc_class =
            |v: &Value| matches!(v, Value::Class(c) if c.is_subclass(&vm.types.base_exception));
        match cond {
            Value::Function(_) => Ok(Matcher::Predicate(cond.clone())),
            v if is_exc_class(v) => Ok(Matcher::Type(cond.clone())),
            Value::Tuple(t) if t.as_slice().iter().all(is_exc_class) => {
                Ok(Matcher::Type(cond.clone()))
            }
            _ => {
                Err(vm
                    .type_error("expected a function, exception type or tuple of exception types"))
            }
        }
    }

    fn matches(&self, vm: &Vm, e: &PyErr) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => crate::eval::exception_matches(vm, e, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, &[e.value()], &[])?;
                vm.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(group_of(e).is_none() && ids.iter().any(|x| x.same(e))),
        }
    }
}

/// A group like `orig` holding `excs`: `orig.derive(excs)`, with `orig`'s traceback,
/// cause, context and notes copied, as CPython's `exceptiongroup_subset` does.
fn subset(vm: &Vm, orig: &PyErr, excs: Vec<Value>) -> PyResult<Option<PyErr>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.getattr(&orig.value(), "derive")?;
    let r = vm.call(&derive, &[Value::list(excs)], &[])?;
    let new = match &r {
        Value::Instance(i) if i.exc.is_some() && group_of(&PyErr(i.clone())).is_some() => {
            PyErr(i.clone())
        }
        _ => return Err(vm.type_error("derive must return an instance of BaseExceptionGroup")),
    };
    {
        let o = orig.data();
        let (tb, cause, context, suppress) = (
            o.traceback.clone(),
            o.cause.clone(),
            o.context.clone(),
            o.suppress_context,
        );
        drop(o);
        let mut d = new.data();
        d.traceback = tb;
        d.cause = cause;
        d.context = context;
        d.suppress_context = suppress;
    }
    // The parts get their own copy of the notes list, as in CPython.
    if let Some(notes) = orig.instance().dict.get_str("__notes__") {
        let copy = match &notes {
            Value::List(_) | Value::Tuple(_) => Value::list(vm.collect(&notes)?),
            _ => notes,
        };
        new.instance().dict.set_str("__notes__", copy);
    }
    Ok(Some(new))
}

/// CPython's `exceptiongroup_split_recursive`: the matching part of `e` and, when
/// `with_rest`, the rest.
pub fn split_group(
    vm: &Vm,
    e: &PyErr,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<PyErr>, Option<PyErr>)> {
    if m.matches(vm, e)? {
        return Ok((Some(e.clone()), None));
    }
    let Some((_, excs)) = group_of(e) else {
        return Ok((None, with_rest.then(|| e.clone())));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for x in &excs {
        let (a, b) = split_group(vm, x, m, with_rest)?;
        if let Some(a) = a {
            matched.push(a.value());
        }
        if let Some(b) = b {
            rest.push(b.value());
        }
    }
    let matched = subset(vm, e, matched)?;
    let rest = if with_rest {
        subset(vm, e, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// Every leaf (non-group exception) inside `e`, `e` itself when it is not a group.
pub fn leaves(e: &PyErr, out: &mut Vec<PyErr>) {
    match group_of(e) {
        Some((_, excs)) => {
            for x in &excs {
                leaves(x, out);
            }
        }
        None => out.push(e.clone()),
    }
}

fn opt(e: Option<PyErr>) -> Value {
    e.map(|e| e.value()).unwrap_or(Value::None)
}

pub fn install(vm: &Rc<Vm>) {
    let beg = vm.exc_class("BaseExceptionGroup");
    method(&beg, "__new__", |vm, a, _| match a.first() {
        Some(Value::Class(c)) => Ok(new_group(vm, c, &a[1..])?.value()),
        _ => Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object")),
    });
    method(&beg, "__str__", |vm, a, _| {
        let (_, msg, excs) = group_or_error(vm, &a[0])?;
        let n = excs.len();
        Ok(Value::string(format!(
            "{} ({n} sub-exception{})",
            vm.to_str(&msg)?,
            if n == 1 { "" } else { "s" }
        )))
    });
    method(&beg, "derive", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "function takes exactly 1 argument ({} given)",
                a.len().saturating_sub(1)
            )));
        }
        let (_, msg, _) = group_or_error(vm, &a[0])?;
        let beg = vm.exc_class("BaseExceptionGroup");
        Ok(new_group(vm, &beg, &[msg, a[1].clone()])?.value())
    });
    method(&beg, "split", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "split expected 1 argument, got {}",
                a.len().saturating_sub(1)
            )));
        }
        let (e, _, _) = group_or_error(vm, &a[0])?;
        let m = Matcher::from_condition(vm, &a[1])?;
        let (x, y) = split_group(vm, &e, &m, true)?;
        Ok(Value::tuple(vec![opt(x), opt(y)]))
    });
    method(&beg, "subgroup", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "subgroup expected 1 argument, got {}",
                a.len().saturating_sub(1)
            )));
        }
        let (e, _, _) = group_or_error(vm, &a[0])?;
        let m = Matcher::from_condition(vm, &a[1])?;
        Ok(opt(split_group(vm, &e, &m, false)?.0))
    });
    for name in ["message", "exceptions"] {
        let get: crate::object::descriptor::Getter = if name == "message" {
            |vm, v| Ok(group_or_error(vm, v)?.1)
        } else {
            |vm, v| {
                let e = exc_of(vm, v)?;
                let g = e.data().group.clone();
                match g {
                    Some((_, excs)) => Ok(excs),
                    None => Err(vm.type_error("descriptor requires a 'BaseExceptionGroup' object")),
                }
            }
        };
        beg.dict.set_str(
            name,
            Value::Native(Rc::new(NativeProperty {
                name,
                get,
                set: Some(|vm, _, _| Err(vm.error("AttributeError", "readonly attribute"))),
            })),
        );
    }
    method(&vm.types.base_exception, "add_note", |vm, a, _| {
        arg_count(vm, "add_note", &a[1..], 1, 1)?;
        let e = exc_of(vm, &a[0])?;
        if !matches!(a[1], Value::Str(_)) {
            return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&a[1]))));
        }
        let dict = &e.instance().dict;
        match dict.get_str("__notes__") {
            None => dict.set_str("__notes__", Value::list(vec![a[1].clone()])),
            Some(Value::List(l)) => l.items.borrow_mut().push(a[1].clone()),
            Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        }
        Ok(Value::None)
    });
}
