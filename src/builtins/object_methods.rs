//! Methods of `object` and `type`, and the descriptor types (`property`, `classmethod`,
//! `staticmethod`).

use super::{arg_count, method};
use crate::object::descriptor::{ClassMethod, Property, StaticMethod};
use crate::object::{PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub fn default_repr(vm: &Vm, v: &Value) -> String {
    let cls = vm.type_of(v);
    format!(
        "<{} object at {:#x}>",
        cls.repr_name(),
        v.heap_ptr().unwrap_or(0)
    )
}

/// Does `cls` get `name` from somewhere other than `object`?
fn overrides(vm: &Vm, cls: &Rc<crate::object::Class>, name: &str) -> bool {
    match (cls.lookup(name), vm.types.object.dict.get_str(name)) {
        (Some(found), Some(base)) => !found.is(&base),
        _ => false,
    }
}

pub fn install(vm: &Rc<Vm>) {
    let o = &vm.types.object;
    // Extra arguments are refused as CPython's `object_init`/`object_new` refuse them:
    // by the method the class did not override, naming the one it did.
    method(o, "__init__", |vm, args, kw| {
        if args.len() > 1 || !kw.is_empty() {
            let cls = vm.type_of(&args[0]);
            if overrides(vm, &cls, "__init__") {
                return Err(vm.type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            if !overrides(vm, &cls, "__new__") {
                return Err(vm.type_error(format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    cls.name()
                )));
            }
        }
        Ok(Value::None)
    });
    method(o, "__new__", |vm, args, kw| match args.first() {
        Some(Value::Class(c)) => {
            if args.len() > 1 || !kw.is_empty() {
                if overrides(vm, c, "__new__") {
                    return Err(vm.type_error(
                        "object.__new__() takes exactly one argument (the type to instantiate)",
                    ));
                }
                if !overrides(vm, c, "__init__") {
                    return Err(vm.type_error(format!("{}() takes no arguments", c.name())));
                }
            }
            if c.is_builtin && !Rc::ptr_eq(c, &vm.types.object) {
                return Err(vm.type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    c.name(),
                    c.name()
                )));
            }
            vm.check_instantiable(c)?;
            Ok(vm.new_instance(c))
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    });
    method(o, "__repr__", |vm, args, _| {
        Ok(Value::string(default_repr(vm, &args[0])))
    });
    method(o, "__str__", |vm, args, _| {
        Ok(Value::string(vm.repr(&args[0])?))
    });
    method(o, "__eq__", |_, args, _| {
        Ok(if args[0].is(&args[1]) {
            Value::Bool(true)
        } else {
            Value::NotImplemented
        })
    });
    method(o, "__ne__", |vm, args, _| {
        let r = vm.compare(crate::ast::CmpOp::Eq, &args[0], &args[1])?;
        Ok(Value::Bool(!vm.truthy(&r)?))
    });
    method(o, "__hash__", |_, args, _| {
        Ok(Value::Int(crate::vm::protocol::identity_hash(&args[0])))
    });
    method(o, "__format__", |vm, args, _| {
        arg_count(vm, "__format__", args, 2, 2)?;
        match &args[1] {
            Value::Str(s) if s.as_str().is_empty() => Ok(Value::string(vm.to_str(&args[0])?)),
            _ => Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(&args[0])
            ))),
        }
    });
    method(o, "__setattr__", |vm, args, _| {
        arg_count(vm, "__setattr__", args, 3, 3)?;
        let name = args[1]
            .as_str()
            .ok_or_else(|| vm.type_error("attribute name must be string"))?
            .to_string();
        vm.generic_setattr(&args[0], &name, Some(args[2].clone()))?;
        Ok(Value::None)
    });
    method(o, "__getattribute__", |vm, args, _| {
        arg_count(vm, "__getattribute__", args, 2, 2)?;
        let name = args[1]
            .as_str()
            .ok_or_else(|| vm.type_error("attribute name must be string"))?
            .to_string();
        match vm.getattr_opt(&args[0], &name)? {
            Some(v) => Ok(v),
            None => Err(vm.attribute_error(&args[0], &name)),
        }
    });
    method(o, "__delattr__", |vm, args, _| {
        let name = args[1]
            .as_str()
            .ok_or_else(|| vm.type_error("attribute name must be string"))?
            .to_string();
        vm.generic_setattr(&args[0], &name, None)?;
        Ok(Value::None)
    });
    method(o, "__dir__", |vm, args, _| {
        Ok(Value::list(crate::builtins::functions::dir_of(
            vm, &args[0],
        )?))
    });
    // A class method: `super().__init_subclass__(**kw)` binds it to the new class.
    let init_subclass = Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(
        "__init_subclass__",
        |vm, args, kw| {
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "object.__init_subclass__() takes no arguments ({} given)",
                    args.len() - 1
                )));
            }
            if kw.is_empty() {
                return Ok(Value::None);
            }
            let name = match args.first() {
                Some(Value::Class(c)) => c.name().to_string(),
                _ => "object".to_string(),
            };
            Err(vm.type_error(format!(
                "{name}.__init_subclass__() takes no keyword arguments"
            )))
        },
    )));
    o.dict.set_str(
        "__init_subclass__",
        Value::Native(Rc::new(crate::object::descriptor::ClassMethod(
            init_subclass,
        ))),
    );
    method(o, "__reduce_ex__", |vm, _, _| {
        Err(vm.not_implemented_feature("pickling"))
    });

    let t = &vm.types.type_;
    method(t, "__call__", |vm, args, kw| match args.first() {
        Some(Value::Class(c)) => vm.instantiate(c, &args[1..], kw),
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    });
    method(t, "__init__", |_, _, _| Ok(Value::None));
    method(t, "mro", |vm, args, _| match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.mro_iter().into_iter().map(Value::Class).collect(),
        )),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    });
    method(t, "__subclasses__", |vm, args, _| match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.subclasses
                .borrow()
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Class)
                .collect(),
        )),
        _ => Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object")),
    });

    // property
    let prop = vm.native_class("property");
    method(&prop, "__new__", |vm, args, kw| {
        let get = |i: usize, name: &str| -> Value {
            args.get(i + 1)
                .cloned()
                .or_else(|| super::kwarg(kw, name))
                .unwrap_or(Value::None)
        };
        let (fget, fset, fdel, doc) = (
            get(0, "fget"),
            get(1, "fset"),
            get(2, "fdel"),
            get(3, "doc"),
        );
        let doc = if doc.is_none() && !fget.is_none() {
            vm.getattr(&fget, "__doc__").unwrap_or(Value::None)
        } else {
            doc
        };
        Ok(Value::Native(Rc::new(Property {
            fget,
            fset,
            fdel,
            doc: RefCell::new(doc),
        })))
    });
    for (name, which) in [("getter", 0u8), ("setter", 1), ("deleter", 2)] {
        method(&prop, name, move |vm, args, _| {
            arg_count(vm, name, args, 2, 2)?;
            let p = args[0]
                .as_native::<Property>()
                .ok_or_else(|| vm.type_error("expected a property"))?;
            let f = args[1].clone();
            let (fget, fset, fdel) = match which {
                0 => (f, p.fset.clone(), p.fdel.clone()),
                1 => (p.fget.clone(), f, p.fdel.clone()),
                _ => (p.fget.clone(), p.fset.clone(), f),
            };
            Ok(Value::Native(Rc::new(Property {
                fget,
                fset,
                fdel,
                doc: RefCell::new(p.doc.borrow().clone()),
            })))
        });
    }
    method(&prop, "__get__", |vm, args, _| {
        let p = args[0]
            .as_native::<Property>()
            .ok_or_else(|| vm.type_error("expected a property"))?;
        match args.get(1) {
            Some(Value::None) | None => Ok(args[0].clone()),
            Some(obj) => vm.call(&p.fget, &[obj.clone()], &[]),
        }
    });
    for (name, which) in [("fget", 0u8), ("fset", 1), ("fdel", 2), ("__doc__", 3)] {
        let get: crate::object::descriptor::Getter = match which {
            0 => |vm, v| {
                Ok(v.as_native::<Property>()
                    .ok_or_else(|| vm.type_error("expected a property"))?
                    .fget
                    .clone())
            },
            1 => |vm, v| {
                Ok(v.as_native::<Property>()
                    .ok_or_else(|| vm.type_error("expected a property"))?
                    .fset
                    .clone())
            },
            2 => |vm, v| {
                Ok(v.as_native::<Property>()
                    .ok_or_else(|| vm.type_error("expected a property"))?
                    .fdel
                    .clone())
            },
            _ => |vm, v| {
                Ok(v.as_native::<Property>()
                    .ok_or_else(|| vm.type_error("expected a property"))?
                    .doc
                    .borrow()
                    .clone())
            },
        };
        prop.dict.set_str(
            name,
            Value::Native(Rc::new(crate::object::descriptor::NativeProperty {
                name,
                get,
                set: None,
            })),
        );
    }
    vm.builtins.set_str("property", Value::Class(prop.clone()));
    let cm = vm.native_class("classmethod");
    method(&cm, "__new__", |vm, args, _| {
        arg_count(vm, "classmethod", args, 2, 2)?;
        Ok(Value::Native(Rc::new(ClassMethod(args[1].clone()))))
    });
    let sm = vm.native_class("staticmethod");
    method(&sm, "__new__", |vm, args, _| {
        arg_count(vm, "staticmethod", args, 2, 2)?;
        Ok(Value::Native(Rc::new(StaticMethod(args[1].clone()))))
    });
    // `__func__`, and `__isabstractmethod__` read through it (`abc.abstractmethod`).
    let wrapped: crate::object::descriptor::Getter = |vm, v| {
        if let Some(c) = v.as_native::<ClassMethod>() {
            return Ok(c.0.clone());
        }
        match v.as_native::<StaticMethod>() {
            Some(s) => Ok(s.0.clone()),
            None => Err(vm.type_error("expected a classmethod or staticmethod")),
        }
    };
    let abstract_: crate::object::descriptor::Getter = |vm, v| {
        let func = match (v.as_native::<ClassMethod>(), v.as_native::<StaticMethod>()) {
            (Some(c), _) => c.0.clone(),
            (_, Some(s)) => s.0.clone(),
            _ => return Err(vm.type_error("expected a classmethod or staticmethod")),
        };
        match vm.getattr(&func, "__isabstractmethod__") {
            Ok(v) => Ok(Value::Bool(vm.truthy(&v)?)),
            Err(_) => Ok(Value::Bool(false)),
        }
    };
    for cls in [&cm, &sm] {
        for (name, get) in [("__func__", wrapped), ("__isabstractmethod__", abstract_)] {
            cls.dict.set_str(
                name,
                Value::Native(Rc::new(crate::object::descriptor::NativeProperty {
                    name,
                    get,
                    set: None,
                })),
            );
        }
    }
    vm.builtins.set_str("classmethod", Value::Class(cm));
    vm.builtins.set_str("staticmethod", Value::Class(sm));
    let _: PyResult<()> = Ok(());
}
