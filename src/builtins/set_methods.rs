//! Methods of `set` and `frozenset`.

use super::{arg_count, method};
use crate::ast::BinOp;
use crate::object::{PyResult, PySet, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn this<'a>(vm: &Vm, a: &'a [Value], name: &str) -> PyResult<&'a Rc<PySet>> {
    match a.first() {
        Some(Value::Set(s)) => Ok(s),
        Some(other) => Err(super::descriptor_mismatch(vm, name, "set", other)),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'set' object needs an argument"
        ))),
    }
}

fn mutable<'a>(vm: &Vm, a: &'a [Value], name: &str) -> PyResult<&'a Rc<PySet>> {
    let s = this(vm, a, name)?;
    if s.frozen {
        return Err(vm.error(
            "AttributeError",
            format!("'frozenset' object has no attribute '{name}'"),
        ));
    }
    Ok(s)
}

fn as_set(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) => Ok(v.clone()),
        _ => Ok(Value::Set(Rc::new(PySet::from_values(
            vm,
            vm.collect(v)?,
            false,
        )?))),
    }
}

pub fn install(vm: &Rc<Vm>) {
    for cls in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        let c = &cls;
        for (name, op) in [
            ("union", BinOp::BitOr),
            ("intersection", BinOp::BitAnd),
            ("difference", BinOp::Sub),
            ("symmetric_difference", BinOp::BitXor),
        ] {
            method(c, name, move |vm, a, _| {
                let mut acc = Value::Set(Rc::new(PySet::from_values(
                    vm,
                    this(vm, a, name)?.items(),
                    this(vm, a, name)?.frozen,
                )?));
                for other in &a[1..] {
                    acc = vm.binary_op(op, &acc, &as_set(vm, other)?)?;
                }
                Ok(acc)
            });
        }
        method(c, "issubset", |vm, a, _| {
            arg_count(vm, "issubset", &a[1..], 1, 1)?;
            let r = vm.compare(crate::ast::CmpOp::LtE, &a[0], &as_set(vm, &a[1])?)?;
            Ok(r)
        });
        method(c, "issuperset", |vm, a, _| {
            arg_count(vm, "issuperset", &a[1..], 1, 1)?;
            vm.compare(crate::ast::CmpOp::GtE, &a[0], &as_set(vm, &a[1])?)
        });
        method(c, "isdisjoint", |vm, a, _| {
            arg_count(vm, "isdisjoint", &a[1..], 1, 1)?;
            let s = this(vm, a, "isdisjoint")?;
            for x in vm.collect(&a[1])? {
                if s.contains(vm, &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        });
        method(c, "copy", |vm, a, _| {
            let s = this(vm, a, "copy")?;
            Ok(Value::Set(Rc::new(PySet::from_values(
                vm,
                s.items(),
                s.frozen,
            )?)))
        });
        method(c, "__len__", |vm, a, _| {
            Ok(Value::Int(this(vm, a, "__len__")?.len() as i64))
        });
        method(c, "__contains__", |vm, a, _| {
            Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
        });
        method(c, "__iter__", |vm, a, _| vm.iter(&a[0]));
        method(c, "__eq__", |vm, a, _| {
            Ok(Value::Bool(vm.eq(&a[0], &a[1])?))
        });
        super::named_repr(c);
    }
    let c = &vm.types.set;
    c.dict.set_str("__hash__", Value::None);
    method(c, "__init__", |vm, a, _| {
        arg_count(vm, "set", &a[1..], 0, 1)?;
        let s = mutable(vm, a, "__init__")?;
        s.table.clear();
        if let Some(src) = a.get(1) {
            for x in vm.collect(src)? {
                s.add(vm, x)?;
            }
        }
        Ok(Value::None)
    });
    method(c, "add", |vm, a, _| {
        arg_count(vm, "set.add", &a[1..], 1, 1)?;
        mutable(vm, a, "add")?.add(vm, a[1].clone())?;
        Ok(Value::None)
    });
    method(c, "remove", |vm, a, _| {
        arg_count(vm, "set.remove", &a[1..], 1, 1)?;
        if !mutable(vm, a, "remove")?.remove(vm, &a[1])? {
            return Err(vm.key_error(a[1].clone()));
        }
        Ok(Value::None)
    });
    method(c, "discard", |vm, a, _| {
        arg_count(vm, "set.discard", &a[1..], 1, 1)?;
        mutable(vm, a, "discard")?.remove(vm, &a[1])?;
        Ok(Value::None)
    });
    method(c, "pop", |vm, a, _| {
        let s = mutable(vm, a, "pop")?;
        // The first element in CPython's iteration order.
        match s.items().into_iter().next() {
            Some(k) => {
                s.remove(vm, &k)?;
                Ok(k)
            }
            None => Err(vm.key_error(Value::str("pop from an empty set"))),
        }
    });
    method(c, "clear", |vm, a, _| {
        mutable(vm, a, "clear")?.table.clear();
        Ok(Value::None)
    });
    method(c, "update", |vm, a, _| {
        let s = mutable(vm, a, "update")?;
        for other in &a[1..] {
            for x in vm.collect(other)? {
                s.add(vm, x)?;
            }
        }
        Ok(Value::None)
    });
    for (name, op) in [
        ("intersection_update", BinOp::BitAnd),
        ("difference_update", BinOp::Sub),
        ("symmetric_difference_update", BinOp::BitXor),
    ] {
        method(c, name, move |vm, a, _| {
            let s = mutable(vm, a, name)?;
            let mut acc = Value::Set(Rc::new(PySet::from_values(vm, s.items(), false)?));
            for other in &a[1..] {
                acc = vm.binary_op(op, &acc, &as_set(vm, other)?)?;
            }
            s.table.clear();
            if let Value::Set(r) = acc {
                for x in r.items() {
                    s.add(vm, x)?;
                }
            }
            Ok(Value::None)
        });
    }
}
