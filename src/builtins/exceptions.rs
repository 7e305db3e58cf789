//! The methods and attributes shared by all exceptions (`args`, `__str__`, `__repr__`,
//! `__traceback__`, chaining), plus `StopIteration.value` and `SystemExit.code`.

use super::method;
use crate::object::descriptor::{Getter, NativeProperty, Setter};
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

fn prop(cls: &Rc<crate::object::Class>, name: &'static str, get: Getter, set: Option<Setter>) {
    cls.dict.set_str(
        name,
        Value::Native(Rc::new(NativeProperty { name, get, set })),
    );
}

pub fn install(vm: &Rc<Vm>) {
    let be = &vm.types.base_exception;
    method(be, "__new__", |vm, a, _| match a.first() {
        Some(Value::Class(c)) => {
            let inst = vm.new_exception_instance(c.clone(), a[1..].to_vec());
            Ok(Value::Instance(inst))
        }
        _ => Err(vm.type_error("BaseException.__new__(X): X is not a type object")),
    });
    method(be, "__init__", |vm, a, _| {
        let e = exc_of(vm, &a[0])?;
        e.data().args = a[1..].to_vec();
        Ok(Value::None)
    });
    method(be, "__str__", |vm, a, _| {
        Ok(Value::string(vm.exception_str(&a[0])?))
    });
    method(be, "__repr__", |vm, a, _| {
        let e = exc_of(vm, &a[0])?;
        let args = e.data().args.clone();
        let name = e.class().name.clone();
        Ok(Value::string(match args.len() {
            1 => format!("{}({})", name, vm.repr(&args[0])?),
            _ => format!("{}{}", name, vm.repr(&Value::tuple(args))?),
        }))
    });
    method(be, "with_traceback", |_, a, _| Ok(a[0].clone()));
    prop(
        be,
        "args",
        |vm, v| Ok(Value::tuple(exc_of(vm, v)?.data().args.clone())),
        Some(|vm, v, new| {
            let new = new.ok_or_else(|| vm.type_error("args may not be deleted"))?;
            exc_of(vm, v)?.data().args = vm.collect(&new)?;
            Ok(())
        }),
    );
    prop(
        be,
        "__traceback__",
        |vm, v| Ok(vm.traceback_value(&exc_of(vm, v)?)),
        Some(|_, _, _| Ok(())),
    );
    prop(
        be,
        "__context__",
        |vm, v| {
            Ok(exc_of(vm, v)?
                .data()
                .context
                .as_ref()
                .map(|e| e.value())
                .unwrap_or(Value::None))
        },
        Some(|vm, v, new| {
            let ctx = match new {
                Some(Value::None) | None => None,
                Some(x) => Some(vm.make_exception(
                    x,
                    "exception context must be None or derive from BaseException",
                )?),
            };
            exc_of(vm, v)?.data().context = ctx;
            Ok(())
        }),
    );
    prop(
        be,
        "__cause__",
        |vm, v| {
            Ok(exc_of(vm, v)?
                .data()
                .cause
                .as_ref()
                .map(|e| e.value())
                .unwrap_or(Value::None))
        },
        Some(|vm, v, new| {
            let cause = match new {
                Some(Value::None) | None => None,
                Some(x) => Some(vm.make_exception(
                    x,
                    "exception cause must be None or derive from BaseException",
                )?),
            };
            let e = exc_of(vm, v)?;
            let mut d = e.data();
            d.cause = cause;
            d.suppress_context = true;
            Ok(())
        }),
    );
    prop(
        be,
        "__suppress_context__",
        |vm, v| Ok(Value::Bool(exc_of(vm, v)?.data().suppress_context)),
        Some(|vm, v, new| {
            let b = match new {
                Some(x) => vm.truthy(&x)?,
                None => false,
            };
            exc_of(vm, v)?.data().suppress_context = b;
            Ok(())
        }),
    );
    let stop = vm.exc_class("StopIteration");
    prop(
        &stop,
        "value",
        |vm, v| {
            Ok(exc_of(vm, v)?
                .data()
                .args
                .first()
                .cloned()
                .unwrap_or(Value::None))
        },
        None,
    );
    let exit = vm.exc_class("SystemExit");
    prop(
        &exit,
        "code",
        |vm, v| {
            let args = exc_of(vm, v)?.data().args.clone();
            Ok(match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args),
            })
        },
        None,
    );
    let key = vm.exc_class("KeyError");
    method(&key, "__str__", |vm, a, _| {
        let args = exc_of(vm, &a[0])?.data().args.clone();
        Ok(Value::string(if args.len() == 1 {
            vm.repr(&args[0])?
        } else {
            vm.exception_str(&a[0])?
        }))
    });
}
