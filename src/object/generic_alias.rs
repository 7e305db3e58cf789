//! `types.GenericAlias` (`list[int]`, `dict[str, int]`) and `types.UnionType` (`int | str`,
//! PEP 604): the objects that subscripting a built-in class and `|` between classes
//! make. They print as CPython prints them, compare and hash by their arguments, call the
//! origin class, and answer `__origin__`/`__args__`/`__parameters__`. `isinstance` accepts
//! a union (each of its arguments is tried) and refuses a generic alias.

use super::descriptor::NativeProperty;
use super::{Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

/// `list[int]`: a parameterised built-in type.
pub struct GenericAlias {
    pub origin: Rc<Class>,
    pub args: Vec<Value>,
    pub text: String,
}

/// `int | str`: the arguments, flattened, without repeats (`None` kept as `NoneType`).
pub struct UnionType {
    pub args: Vec<Value>,
}

/// A class of the `types` module made once per interpreter (kept with the native classes
/// under `key`), its attributes installed by `setup` the first time.
fn types_class(vm: &Vm, key: &'static str, name: &str, setup: fn(&Rc<Class>)) -> Rc<Class> {
    if let Some(c) = vm.native_classes.borrow().get(key) {
        return c.clone();
    }
    let c = crate::vm::types::new_class(name, "types", &[vm.types.object.clone()], true);
    setup(&c);
    vm.native_classes.borrow_mut().insert(key, c.clone());
    c
}

fn alias_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a GenericAlias> {
    v.as_native::<GenericAlias>()
        .ok_or_else(|| vm.type_error("expected a generic alias"))
}

fn union_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a UnionType> {
    v.as_native::<UnionType>()
        .ok_or_else(|| vm.type_error("expected a union"))
}

/// `==` between two argument lists, in order.
fn same_args(vm: &Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b) {
        if !vm.eq(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The refusal `isinstance`/`issubclass` give a generic alias.
fn no_generic_check(
    hook: &'static str,
) -> impl Fn(&Vm, &[Value], super::function::Kwargs) -> PyResult<Value> {
    move |vm, _, _| {
        Err(vm.type_error(format!(
            "{hook}() argument 2 cannot be a parameterized generic"
        )))
    }
}

fn setup_alias(c: &Rc<Class>) {
    use crate::builtins::method;
    // `GenericAlias(origin, args)`, what `__class_getitem__ = classmethod(GenericAlias)`
    // calls for the classes written in Python (`collections.abc.Iterable[int]`).
    method(c, "__new__", |vm, args, _| {
        let (Some(Value::Class(origin)), Some(key), 3) = (args.get(1), args.get(2), args.len())
        else {
            return Err(vm.type_error("GenericAlias expected 2 arguments: origin, args"));
        };
        let shown = type_repr(vm, &Value::Class(origin.clone()))?;
        vm.generic_alias(origin, &shown, key)
    });
    method(c, "__call__", |vm, args, kw| {
        let alias = alias_of(vm, &args[0])?;
        vm.instantiate(&alias.origin, &args[1..], kw)
    });
    method(c, "__eq__", |vm, args, _| {
        let a = alias_of(vm, &args[0])?;
        let Some(b) = args.get(1).and_then(|v| v.as_native::<GenericAlias>()) else {
            return Ok(Value::NotImplemented);
        };
        Ok(Value::Bool(
            Rc::ptr_eq(&a.origin, &b.origin) && same_args(vm, &a.args, &b.args)?,
        ))
    });
    method(c, "__hash__", |vm, args, _| {
        let a = alias_of(vm, &args[0])?;
        let h = vm.hash(&Value::Class(a.origin.clone()))?;
        Ok(Value::Int(h ^ vm.hash(&Value::tuple(a.args.clone()))?))
    });
    method(c, "__instancecheck__", no_generic_check("isinstance"));
    method(c, "__subclasscheck__", no_generic_check("issubclass"));
    NativeProperty::add_readonly(c, "__origin__", |vm, v| {
        Ok(Value::Class(alias_of(vm, v)?.origin.clone()))
    });
    NativeProperty::add_readonly(c, "__args__", |vm, v| {
        Ok(Value::tuple(alias_of(vm, v)?.args.clone()))
    });
    NativeProperty::add_readonly(c, "__parameters__", |_, _| Ok(Value::tuple(vec![])));
}

fn setup_union(c: &Rc<Class>) {
    use crate::builtins::method;
    method(c, "__eq__", |vm, args, _| {
        let a = union_of(vm, &args[0])?;
        let Some(b) = args.get(1).and_then(|v| v.as_native::<UnionType>()) else {
            return Ok(Value::NotImplemented);
        };
        // Equal as sets of arguments: `int | str == str | int`.
        let contains = |xs: &[Value], y: &Value| -> PyResult<bool> {
            for x in xs {
                if vm.eq(x, y)? {
                    return Ok(true);
                }
            }
            Ok(false)
        };
        for x in &a.args {
            if !contains(&b.args, x)? {
                return Ok(Value::Bool(false));
            }
        }
        for y in &b.args {
            if !contains(&a.args, y)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    });
    method(c, "__hash__", |vm, args, _| {
        // The hash of the frozenset of the arguments, as CPython's (and `typing.Union`'s).
        let args = Value::tuple(union_of(vm, &args[0])?.args.clone());
        let frozenset = vm
            .builtin("frozenset")
            .ok_or_else(|| vm.type_error("frozenset is missing"))?;
        Ok(Value::Int(vm.hash(&vm.call(
            &frozenset,
            &[args],
            &[],
        )?)?))
    });
    NativeProperty::add_readonly(c, "__args__", |vm, v| {
        Ok(Value::tuple(union_of(vm, v)?.args.clone()))
    });
    NativeProperty::add_readonly(c, "__parameters__", |_, _| Ok(Value::tuple(vec![])));
}

impl NativeObject for GenericAlias {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        types_class(vm, "types.GenericAlias", "GenericAlias", setup_alias)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(self.text.clone())
    }
}

impl NativeObject for UnionType {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        types_class(vm, "types.UnionType", "UnionType", setup_union)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let parts = self
            .args
            .iter()
            .map(|a| match a {
                Value::Class(k) if Rc::ptr_eq(k, &vm.type_of(&Value::None)) => {
                    Ok("None".to_string())
                }
                _ => type_repr(vm, a),
            })
            .collect::<PyResult<Vec<_>>>()?;
        Ok(parts.join(" | "))
    }
}

/// How a generic alias or union shows one of its arguments: a class by its qualified name
/// (without `builtins.`), `...` as itself, anything else by its repr.
pub fn type_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Ellipsis => Ok("...".to_string()),
        // `Callable[[int], str]`: the parameter list shows its items the same way.
        Value::List(items) => {
            let parts = items
                .to_vec()
                .iter()
                .map(|x| type_repr(vm, x))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(format!("[{}]", parts.join(", ")))
        }
        Value::Class(k) if k.module.as_ref() == "builtins" => Ok(k.qualname().to_string()),
        Value::Class(k) => Ok(format!("{}.{}", k.module, k.qualname())),
        other => vm.repr(other),
    }
}

/// The arguments `x` brings to a union, or `None` when `|` cannot make one from it.
fn union_parts(vm: &Vm, x: &Value) -> Option<Vec<Value>> {
    match x {
        Value::Class(_) => Some(vec![x.clone()]),
        Value::None => Some(vec![Value::Class(vm.type_of(&Value::None))]),
        Value::Native(n) => {
            if let Some(u) = n.as_any().downcast_ref::<UnionType>() {
                Some(u.args.clone())
            } else if n.as_any().is::<GenericAlias>() {
                Some(vec![x.clone()])
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `a | b` between classes, `None`, generic aliases and unions (PEP 604); `None` when
/// either side is something else, so the caller raises its usual `TypeError`. A union of
/// one argument is that argument (`int | int` is `int`).
pub fn make_union(vm: &Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(pa), Some(pb)) = (union_parts(vm, a), union_parts(vm, b)) else {
        return Ok(None);
    };
    let mut args: Vec<Value> = Vec::new();
    for x in pa.into_iter().chain(pb) {
        let mut seen = false;
        for y in &args {
            if vm.eq(y, &x)? {
                seen = true;
                break;
            }
        }
        if !seen {
            args.push(x);
        }
    }
    if args.len() == 1 {
        return Ok(args.pop());
    }
    Ok(Some(Value::Native(Rc::new(UnionType { args }))))
}
