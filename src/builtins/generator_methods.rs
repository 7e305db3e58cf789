//! Methods of generator and coroutine objects: `send`, `throw`, `close`, iteration and
//! the `gi_*`/`cr_*` attributes (and the `ag_*` attributes of async generators).

use super::{arg_count, method};
use crate::eval::Sent;
use crate::object::coroutine_wrapper::CoroutineWrapper;
use crate::object::descriptor::{Getter, NativeProperty};
use crate::object::generator::{GenState, Generator, Step};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn gen<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Generator> {
    v.as_native::<Generator>()
        .ok_or_else(|| vm.type_error("expected a generator"))
}

/// What `send`/`throw`/`close`/`__next__` act on: the generator or coroutine itself, or
/// the coroutine a `coroutine_wrapper` drives.
fn driven<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Generator> {
    match v.as_native::<CoroutineWrapper>() {
        Some(w) => Ok(w.generator()),
        None => gen(vm, v),
    }
}

fn finish(vm: &Vm, r: PyResult<Step>) -> PyResult<Value> {
    match r? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => Err(vm.stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

/// The exception `throw(typ[, val[, tb]])` raises inside the generator.
pub fn throw_exception(vm: &Vm, a: &[Value]) -> PyResult<PyErr> {
    let typ = &a[0];
    let val = a.get(1).cloned().unwrap_or(Value::None);
    if let Some(tb) = a.get(2) {
        if !tb.is_none() && &*vm.type_name(tb) != "traceback" {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    match typ {
        Value::Class(c) if c.is_subclass(&vm.types.base_exception) => {
            if let Value::Instance(i) = &val {
                if i.exc.is_some() && i.class().is_subclass(c) {
                    return Ok(PyErr(i.clone()));
                }
            }
            let args: Vec<Value> = match val {
                Value::None => vec![],
                Value::Tuple(t) => t.as_slice().to_vec(),
                v => vec![v],
            };
            let inst = vm.call(typ, &args, &[])?;
            vm.make_exception(inst, "exceptions must derive from BaseException")
        }
        Value::Instance(i) if i.exc.is_some() => {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            Ok(PyErr(i.clone()))
        }
        other => Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(other)
        ))),
    }
}

pub fn install(vm: &Rc<Vm>) {
    // `coroutine.__await__()` gives a `coroutine_wrapper`, whose methods act on its coroutine.
    for cname in ["generator", "coroutine", "coroutine_wrapper"] {
        let c = vm.native_class(cname);
        method(&c, "send", |vm, a, _| {
            if a.len() != 2 {
                arg_count(vm, &format!("{}.send", vm.type_name(&a[0])), &a[1..], 1, 1)?;
            }
            finish(vm, driven(vm, &a[0])?.resume(vm, Sent::Value(a[1].clone())))
        });
        method(&c, "throw", |vm, a, _| {
            arg_count(vm, "throw", &a[1..], 1, 3)?;
            let e = throw_exception(vm, &a[1..])?;
            finish(vm, driven(vm, &a[0])?.resume(vm, Sent::Throw(e)))
        });
        method(&c, "close", |vm, a, _| driven(vm, &a[0])?.close(vm));
        if cname == "coroutine" {
            method(&c, "__await__", |vm, a, _| {
                gen(vm, &a[0])?;
                Ok(Value::Native(Rc::new(CoroutineWrapper {
                    coroutine: a[0].clone(),
                })))
            });
        } else {
            method(&c, "__next__", |vm, a, _| {
                finish(vm, driven(vm, &a[0])?.resume(vm, Sent::Value(Value::None)))
            });
            method(&c, "__iter__", |_, a, _| Ok(a[0].clone()));
        }
    }
    install_attributes(&vm.native_class("generator"), "gi");
    install_attributes(&vm.native_class("coroutine"), "cr");
    install_attributes(&vm.native_class("async_generator"), "ag");
    // Every built-in iterator type answers `__next__` and `__iter__`.
    for name in [
        "list_iterator",
        "tuple_iterator",
        "str_iterator",
        "str_ascii_iterator",
        "bytes_iterator",
        "set_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "range_iterator",
        "longrange_iterator",
        "enumerate",
        "zip",
        "map",
        "filter",
        "callable_iterator",
        "iterator",
        "reversed",
        "list_reverseiterator",
        "dict_reversekeyiterator",
        "dict_reverseitemiterator",
        "dict_reversevalueiterator",
    ] {
        let c = vm.native_class(name);
        method(&c, "__next__", |vm, a, _| match vm.next(&a[0])? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        });
        method(&c, "__iter__", |_, a, _| Ok(a[0].clone()));
        if !matches!(
            name,
            "enumerate" | "zip" | "map" | "filter" | "callable_iterator"
        ) {
            method(&c, "__length_hint__", |vm, a, _| length_hint(vm, &a[0]));
        }
    }
}

/// `it.__length_hint__()` of a built-in iterator.
fn length_hint(vm: &Vm, it: &Value) -> PyResult<Value> {
    let hint = match it {
        Value::Native(n) => n.length_hint(vm),
        _ => None,
    };
    hint.unwrap_or_else(|| {
        Err(vm.type_error(format!(
            "descriptor '__length_hint__' requires an iterator, not '{}'",
            vm.type_name(it)
        )))
    })
}

/// The code object of `g` (`gi_code`, and its frame's `f_code`).
pub(super) fn code_of(vm: &Vm, g: &Generator) -> Value {
    let filename = g.filename();
    match &g.body {
        crate::object::generator::GenBody::Func(d) => vm.code_object(d, &filename),
        crate::object::generator::GenBody::Comp(_)
        | crate::object::generator::GenBody::Module(_) => {
            Value::Native(Rc::new(crate::object::code::Code {
                name: g.name(),
                qualname: g.qualname(),
                filename,
                def: None,
            }))
        }
    }
}

/// The `gi_*` / `cr_*` / `ag_*` attributes, `__name__` and `__qualname__` of generator,
/// coroutine and async generator objects.
fn install_attributes(c: &Rc<crate::object::Class>, prefix: &str) {
    let running: Getter = |vm, v| Ok(Value::Bool(gen(vm, v)?.state.get() == GenState::Running));
    let frame: Getter = |vm, v| {
        let g = gen(vm, v)?;
        Ok(if g.state.get() == GenState::Closed {
            Value::None
        } else {
            Value::Native(Rc::new(super::frame_view::FrameView { owner: v.clone() }))
        })
    };
    let code: Getter = |vm, v| Ok(code_of(vm, gen(vm, v)?));
    let yf: Getter = |vm, v| Ok(gen(vm, v)?.yield_from());
    let suspended: Getter = |vm, v| Ok(Value::Bool(gen(vm, v)?.state.get() == GenState::Suspended));
    let names: &[(&'static str, Getter)] = match prefix {
        "gi" => &[
            ("gi_running", running),
            ("gi_frame", frame),
            ("gi_code", code),
            ("gi_yieldfrom", yf),
            ("gi_suspended", suspended),
        ],
        "cr" => &[
            ("cr_running", running),
            ("cr_frame", frame),
            ("cr_code", code),
            ("cr_await", yf),
            ("cr_suspended", suspended),
        ],
        _ => &[
            ("ag_running", running),
            ("ag_frame", frame),
            ("ag_code", code),
            ("ag_await", yf),
        ],
    };
    for (n, g) in names {
        NativeProperty::add_readonly(c, n, *g);
    }
    for (n, qual) in [("__name__", false), ("__qualname__", true)] {
        let get: Getter = if qual {
            |vm, v| Ok(Value::str(&gen(vm, v)?.qualname()))
        } else {
            |vm, v| Ok(Value::str(&gen(vm, v)?.name()))
        };
        let set: crate::object::descriptor::Setter = if qual {
            |vm, v, new| {
                let g = gen(vm, v)?;
                match new {
                    Some(Value::Str(s)) => {
                        g.set_name(true, s.as_str().into());
                        Ok(())
                    }
                    _ => Err(vm.type_error("__qualname__ must be set to a string object")),
                }
            }
        } else {
            |vm, v, new| {
                let g = gen(vm, v)?;
                match new {
                    Some(Value::Str(s)) => {
                        g.set_name(false, s.as_str().into());
                        Ok(())
                    }
                    _ => Err(vm.type_error("__name__ must be set to a string object")),
                }
            }
        };
        c.dict.set_str(
            n,
            Value::Native(Rc::new(NativeProperty {
                name: n,
                get,
                set: Some(set),
            })),
        );
    }
}
