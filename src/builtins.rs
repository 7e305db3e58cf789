//! The `builtins` namespace and the Python-visible methods of the built-in types.
//! Each file below registers one group; `install` wires them all at start-up.

pub mod async_for;
pub mod bytearray_methods;
mod bytes_ascii;
pub mod codecs;
pub mod complex_methods;
mod constructors;
mod dict_methods;
pub mod exception_group;
mod exceptions;
mod frame_view;
mod functions;
mod generator_methods;
pub mod io;
mod list_methods;
pub mod lowering_support;
pub mod memoryview_methods;
mod number_methods;
mod object_methods;
pub mod range_methods;
mod set_methods;
pub mod slot_member;
mod sort;
mod str_methods;
pub mod syntax_error;

use crate::object::function::Kwargs;
use crate::object::{BuiltinFunction, Class, PyDict, PyResult, Value};
use crate::vm::Vm;
pub use constructors::dict_update;
pub use functions::{dir_of, isinstance};
pub use generator_methods::throw_exception;
use std::rc::Rc;

/// Register a built-in function in a namespace.
pub fn reg(d: &PyDict, name: &str, f: impl Fn(&Vm, &[Value], Kwargs) -> PyResult<Value> + 'static) {
    d.set_str(name, Value::Builtin(Rc::new(BuiltinFunction::new(name, f))));
}

/// Register a built-in function that a Python class body adopts as a method
/// (`call_soon = _asyncio._loop_call_soon`): unlike a plain built-in function, it binds to
/// the instances it is found for. `owner` names that class.
pub fn reg_method(
    d: &PyDict,
    owner: &str,
    name: &str,
    f: impl Fn(&Vm, &[Value], Kwargs) -> PyResult<Value> + 'static,
) {
    let mut b = BuiltinFunction::new(name, f);
    b.owner = Some(owner.into());
    d.set_str(name, Value::Builtin(Rc::new(b)));
}

/// Register a method on a type (its first argument is the receiver).
pub fn method(
    cls: &Rc<Class>,
    name: &str,
    f: impl Fn(&Vm, &[Value], Kwargs) -> PyResult<Value> + 'static,
) {
    // `object`'s methods see the instance itself (its `__str__` must reach a user `__repr__`);
    // the other types' methods see a subclass instance as its built-in value.
    let unwrap = &*cls.name() != "object";
    let (owner, method_name) = (cls.name().clone(), name.to_string());
    let mut b = BuiltinFunction::new(name, move |vm, args, kw| match args.first() {
        Some(Value::Instance(i)) if unwrap && i.base.is_some() => {
            let mut unwrapped: smallvec::SmallVec<[Value; 4]> = args.iter().cloned().collect();
            unwrapped[0] = i.base.clone().unwrap_or(Value::None);
            f(vm, &unwrapped, kw)
        }
        Some(_) => f(vm, args, kw),
        None => Err(vm.type_error(format!(
            "unbound method {owner}.{method_name}() needs an argument"
        ))),
    });
    b.owner = Some(cls.name().clone());
    cls.dict.set_str(name, Value::Builtin(Rc::new(b)));
}

/// `__repr__` for a built-in type whose repr names the type (`set`, `frozenset`): an
/// instance of a subclass shows the subclass's name around the same contents, as CPython
/// does (`S({1})`, `S()`, `FS({1, 2})`).
pub fn named_repr(cls: &Rc<Class>) {
    let base = cls.name();
    let mut b = BuiltinFunction::new("__repr__", move |vm, args, _| {
        let Some(Value::Instance(i)) = args.first() else {
            return Ok(Value::string(
                vm.repr(args.first().unwrap_or(&Value::None))?,
            ));
        };
        let Some(inner) = i.base.clone() else {
            return Ok(Value::string(object_methods::default_repr(vm, &args[0])));
        };
        let text = vm.repr(&inner)?;
        let contents = text
            .strip_prefix(&*base)
            .and_then(|t| t.strip_prefix('('))
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or(&text);
        Ok(Value::string(format!("{}({contents})", i.class().name())))
    });
    b.owner = Some(cls.name().clone());
    cls.dict.set_str("__repr__", Value::Builtin(Rc::new(b)));
}

/// Check the positional argument count of a built-in, with CPython's messages.
pub fn arg_count(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(vm.type_error(if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    }))
}

/// CPython's error for a method of built-in type `owner` called on another type's object
/// (`list.append(1, 2)`).
pub fn descriptor_mismatch(vm: &Vm, name: &str, owner: &str, obj: &Value) -> crate::object::PyErr {
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        vm.type_name(obj)
    ))
}

/// Reject keyword arguments for built-ins that take none.
pub fn no_kwargs(vm: &Vm, name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Find a keyword argument, rejecting unknown ones.
pub fn kwarg(kw: Kwargs, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

pub fn check_kwargs(vm: &Vm, fname: &str, kw: Kwargs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        if !allowed.contains(&&**k) {
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

/// `check_kwargs` for the built-ins CPython parses with `PyArg_ParseTupleAndKeywords`
/// (`int`, `str`, `enumerate`, `list.sort`), whose message reads
/// `'x' is an invalid keyword argument for int()`.
pub fn check_kwargs_invalid(vm: &Vm, fname: &str, kw: Kwargs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        if !allowed.contains(&&**k) {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

/// A number as f64 (ints and floats), or CPython's TypeError.
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::object::int::big_to_f64(b)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
        _ => match vm.type_of(v).lookup("__float__") {
            Some(f) => match vm.call(&f, &[v.clone()], &[])? {
                Value::Float(x) => Ok(x),
                _ => Err(vm.type_error("__float__ returned non-float")),
            },
            None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
        },
    }
}

/// The receiver of a method as a str.
pub fn self_str<'a>(
    vm: &Vm,
    args: &'a [Value],
    method: &str,
) -> PyResult<&'a crate::object::PyStr> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{method}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("unbound method str.{method}() needs an argument"))),
    }
}

pub fn install(vm: &Rc<Vm>) {
    let b = &vm.builtins;
    for (name, cls) in [
        ("object", &vm.types.object),
        ("type", &vm.types.type_),
        ("int", &vm.types.int),
        ("bool", &vm.types.bool_),
        ("float", &vm.types.float),
        ("str", &vm.types.str_),
        ("bytes", &vm.types.bytes),
        ("list", &vm.types.list),
        ("tuple", &vm.types.tuple),
        ("dict", &vm.types.dict),
        ("set", &vm.types.set),
        ("frozenset", &vm.types.frozenset),
    ] {
        b.set_str(name, Value::Class(cls.clone()));
    }
    for (name, cls) in &vm.exceptions {
        b.set_str(name, Value::Class(cls.clone()));
    }
    b.set_str("None", Value::None);
    b.set_str("True", Value::Bool(true));
    b.set_str("False", Value::Bool(false));
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("__name__", Value::str("builtins"));
    object_methods::install(vm);
    constructors::install(vm);
    complex_methods::install(vm);
    functions::install(vm);
    async_for::install(vm);
    str_methods::install(vm);
    bytes_ascii::install(vm);
    bytearray_methods::install(vm);
    memoryview_methods::install(vm);
    list_methods::install(vm);
    number_methods::install(vm);
    dict_methods::install(vm);
    set_methods::install(vm);
    exceptions::install(vm);
    syntax_error::install(vm);
    exception_group::install(vm);
    generator_methods::install(vm);
    frame_view::install(vm);
    slot_member::install(vm);
    lowering_support::install(vm);
    io::install_files(vm);
    crate::object::asyncgen::install(vm);
    reg(b, "open", io::open);
}
