//! Methods of `dict`, and the key/value/item views.

use super::{arg_count, method};
use crate::object::iter::{DictIter, DictIterKind};
use crate::object::{Class, NativeObject, PyDict, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

fn this<'a>(vm: &Vm, a: &'a [Value], name: &str) -> PyResult<&'a Rc<PyDict>> {
    match a.first() {
        Some(Value::Dict(d)) => Ok(d),
        Some(other) => Err(super::descriptor_mismatch(vm, name, "dict", other)),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'dict' object needs an argument"
        ))),
    }
}

/// `dict.keys()` / `values()` / `items()`: live views.
pub struct DictView {
    pub dict: Rc<PyDict>,
    pub kind: DictIterKind,
}

impl NativeObject for DictView {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class(match self.kind {
            DictIterKind::Keys => "dict_keys",
            DictIterKind::Values => "dict_values",
            DictIterKind::Items => "dict_items",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let (name, items) = match self.kind {
            DictIterKind::Keys => ("dict_keys", self.dict.keys()),
            DictIterKind::Values => ("dict_values", self.dict.values()),
            DictIterKind::Items => (
                "dict_items",
                self.dict
                    .items()
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
            ),
        };
        Ok(format!("{}({})", name, vm.repr(&Value::list(items))?))
    }
}

fn view_items(v: &DictView) -> Vec<Value> {
    match v.kind {
        DictIterKind::Keys => v.dict.keys(),
        DictIterKind::Values => v.dict.values(),
        DictIterKind::Items => v
            .dict
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    }
}

pub fn install(vm: &Rc<Vm>) {
    let c = &vm.types.dict;
    for (name, kind) in [
        ("keys", DictIterKind::Keys),
        ("values", DictIterKind::Values),
        ("items", DictIterKind::Items),
    ] {
        method(c, name, move |vm, a, _| {
            arg_count(vm, name, &a[1..], 0, 0)?;
            Ok(Value::Native(Rc::new(DictView {
                dict: this(vm, a, name)?.clone(),
                kind,
            })))
        });
    }
    method(c, "__init__", |vm, a, kw| {
        arg_count(vm, "dict", &a[1..], 0, 1)?;
        let d = this(vm, a, "__init__")?;
        if let Some(src) = a.get(1) {
            super::constructors::dict_update(vm, d, src)?;
        }
        for (k, v) in kw {
            d.set_str(k, v.clone());
        }
        Ok(Value::None)
    });
    method(c, "get", |vm, a, _| {
        arg_count(vm, "get", &a[1..], 1, 2)?;
        Ok(this(vm, a, "get")?
            .get(vm, &a[1])?
            .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
    });
    method(c, "setdefault", |vm, a, _| {
        arg_count(vm, "setdefault", &a[1..], 1, 2)?;
        let d = this(vm, a, "setdefault")?;
        if let Some(v) = d.get(vm, &a[1])? {
            return Ok(v);
        }
        let v = a.get(2).cloned().unwrap_or(Value::None);
        d.set(vm, a[1].clone(), v.clone())?;
        Ok(v)
    });
    method(c, "pop", |vm, a, _| {
        arg_count(vm, "pop", &a[1..], 1, 2)?;
        match this(vm, a, "pop")?.remove(vm, &a[1])? {
            Some(v) => Ok(v),
            None => match a.get(2) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.key_error(a[1].clone())),
            },
        }
    });
    method(c, "popitem", |vm, a, _| {
        let d = this(vm, a, "popitem")?;
        let last = d.map_mut().pop();
        match last {
            Some((k, v)) => Ok(Value::tuple(vec![k.key, v])),
            None => Err(vm.error("KeyError", "popitem(): dictionary is empty")),
        }
    });
    method(c, "update", |vm, a, kw| {
        arg_count(vm, "update", &a[1..], 0, 1)?;
        let d = this(vm, a, "update")?;
        if let Some(src) = a.get(1) {
            super::constructors::dict_update(vm, d, src)?;
        }
        for (k, v) in kw {
            d.set_str(k, v.clone());
        }
        Ok(Value::None)
    });
    method(c, "clear", |vm, a, _| {
        this(vm, a, "clear")?.clear();
        Ok(Value::None)
    });
    method(c, "copy", |vm, a, _| {
        Ok(Value::Dict(Rc::new(this(vm, a, "copy")?.copy())))
    });
    let fromkeys = Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(
        "fromkeys",
        |vm, a, _| {
            arg_count(vm, "fromkeys", &a[1..], 1, 2)?;
            let d = PyDict::new();
            let v = a.get(2).cloned().unwrap_or(Value::None);
            for k in vm.collect(&a[1])? {
                d.set(vm, k, v.clone())?;
            }
            Ok(Value::Dict(Rc::new(d)))
        },
    )));
    c.dict.set_str(
        "fromkeys",
        Value::Native(Rc::new(crate::object::descriptor::ClassMethod(fromkeys))),
    );
    c.dict.set_str("__hash__", Value::None);
    method(c, "__len__", |vm, a, _| {
        Ok(Value::Int(this(vm, a, "__len__")?.len() as i64))
    });
    method(c, "__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1]));
    method(c, "__setitem__", |vm, a, _| {
        vm.setitem(&a[0], &a[1], a[2].clone())?;
        Ok(Value::None)
    });
    method(c, "__delitem__", |vm, a, _| {
        vm.delitem(&a[0], &a[1])?;
        Ok(Value::None)
    });
    method(c, "__contains__", |vm, a, _| {
        Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
    });
    method(c, "__iter__", |vm, a, _| vm.iter(&a[0]));
    method(c, "__eq__", |vm, a, _| {
        Ok(Value::Bool(vm.eq(&a[0], &a[1])?))
    });
    method(c, "__repr__", |vm, a, _| Ok(Value::string(vm.repr(&a[0])?)));
    method(c, "__reversed__", |vm, a, _| {
        let mut keys = this(vm, a, "__reversed__")?.keys();
        keys.reverse();
        Ok(Value::Native(Rc::new(crate::object::iter::VecIter::new(
            "dict_reversekeyiterator",
            keys,
        ))))
    });

    for (name, kind, reversed_name) in [
        ("dict_keys", DictIterKind::Keys, "dict_reversekeyiterator"),
        (
            "dict_values",
            DictIterKind::Values,
            "dict_reversevalueiterator",
        ),
        (
            "dict_items",
            DictIterKind::Items,
            "dict_reverseitemiterator",
        ),
    ] {
        let cls = vm.native_class(name);
        method(&cls, "__iter__", move |vm, a, _| {
            let v = a[0]
                .as_native::<DictView>()
                .ok_or_else(|| vm.type_error("expected a dict view"))?;
            Ok(Value::Native(Rc::new(DictIter::new(v.dict.clone(), kind))))
        });
        method(&cls, "__len__", |vm, a, _| {
            let v = a[0]
                .as_native::<DictView>()
                .ok_or_else(|| vm.type_error("expected a dict view"))?;
            Ok(Value::Int(v.dict.len() as i64))
        });
        method(&cls, "__contains__", move |vm, a, _| {
            let v = a[0]
                .as_native::<DictView>()
                .ok_or_else(|| vm.type_error("expected a dict view"))?;
            if kind == DictIterKind::Keys {
                return Ok(Value::Bool(v.dict.contains(vm, &a[1])?));
            }
            for it in view_items(v) {
                if vm.eq(&it, &a[1])? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        });
        method(&cls, "__reversed__", move |vm, a, _| {
            let v = a[0]
                .as_native::<DictView>()
                .ok_or_else(|| vm.type_error("expected a dict view"))?;
            let mut items = view_items(v);
            items.reverse();
            Ok(Value::Native(Rc::new(crate::object::iter::VecIter::new(
                reversed_name,
                items,
            ))))
        });
        if kind != DictIterKind::Values {
            for (op_name, op) in [
                ("__and__", crate::ast::BinOp::BitAnd),
                ("__or__", crate::ast::BinOp::BitOr),
                ("__sub__", crate::ast::BinOp::Sub),
                ("__xor__", crate::ast::BinOp::BitXor),
            ] {
                method(&cls, op_name, move |vm, a, _| {
                    let v = a[0]
                        .as_native::<DictView>()
                        .ok_or_else(|| vm.type_error("expected a dict view"))?;
                    let left = Value::Set(Rc::new(crate::object::PySet::from_values(
                        vm,
                        view_items(v),
                        false,
                    )?));
                    let right = Value::Set(Rc::new(crate::object::PySet::from_values(
                        vm,
                        vm.collect(&a[1])?,
                        false,
                    )?));
                    vm.binary_op(op, &left, &right)
                });
            }
            method(&cls, "__eq__", |vm, a, _| {
                let v = a[0]
                    .as_native::<DictView>()
                    .ok_or_else(|| vm.type_error("expected a dict view"))?;
                let left = Value::Set(Rc::new(crate::object::PySet::from_values(
                    vm,
                    view_items(v),
                    false,
                )?));
                let right = match a[1].as_native::<DictView>() {
                    Some(o) => Value::Set(Rc::new(crate::object::PySet::from_values(
                        vm,
                        view_items(o),
                        false,
                    )?)),
                    None => a[1].clone(),
                };
                Ok(Value::Bool(vm.eq(&left, &right)?))
            });
        }
    }
}
