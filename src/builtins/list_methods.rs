//! Methods of `list` and `tuple`.

use super::{arg_count, kwarg, method};
use crate::object::{PyList, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn this<'a>(vm: &Vm, a: &'a [Value], name: &str) -> PyResult<&'a Rc<PyList>> {
    match a.first() {
        Some(Value::List(l)) => Ok(l),
        Some(other) => Err(super::descriptor_mismatch(vm, name, "list", other)),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'list' object needs an argument"
        ))),
    }
}

fn seq_index_of(vm: &Vm, items: &[Value], x: &Value, a: &[Value]) -> PyResult<Option<usize>> {
    let len = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => vm.index_value(v)?,
            None => d,
        };
        Ok(if i < 0 {
            (i + len).max(0) as usize
        } else {
            i.min(len) as usize
        })
    };
    let start = norm(a.get(2), 0)?;
    let stop = norm(a.get(3), len)?;
    for (i, it) in items.iter().enumerate().take(stop).skip(start) {
        if it.is(x) || vm.eq(it, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

pub fn install(vm: &Rc<Vm>) {
    let c = &vm.types.list;
    method(c, "__init__", |vm, a, kw| {
        super::no_kwargs(vm, "list", kw)?;
        arg_count(vm, "list", &a[1..], 0, 1)?;
        let l = this(vm, a, "__init__")?;
        let items = match a.get(1) {
            Some(v) => vm.collect(v)?,
            None => vec![],
        };
        *l.items.borrow_mut() = items;
        Ok(Value::None)
    });
    method(c, "append", |vm, a, _| {
        arg_count(vm, "list.append", &a[1..], 1, 1)?;
        this(vm, a, "append")?.push(a[1].clone());
        Ok(Value::None)
    });
    method(c, "extend", |vm, a, _| {
        arg_count(vm, "list.extend", &a[1..], 1, 1)?;
        let l = this(vm, a, "extend")?;
        let items = vm.collect(&a[1])?;
        l.items.borrow_mut().extend(items);
        Ok(Value::None)
    });
    method(c, "insert", |vm, a, _| {
        arg_count(vm, "insert", &a[1..], 2, 2)?;
        let l = this(vm, a, "insert")?;
        let len = l.len() as i64;
        let mut i = vm.index_value(&a[1])?;
        if i < 0 {
            i = (i + len).max(0);
        }
        let i = i.min(len) as usize;
        l.items.borrow_mut().insert(i, a[2].clone());
        Ok(Value::None)
    });
    method(c, "pop", |vm, a, _| {
        arg_count(vm, "pop", &a[1..], 0, 1)?;
        let l = this(vm, a, "pop")?;
        let len = l.len() as i64;
        if len == 0 {
            return Err(vm.index_error("pop from empty list"));
        }
        let mut i = match a.get(1) {
            Some(v) => vm.index_value(v)?,
            None => len - 1,
        };
        if i < 0 {
            i += len;
        }
        if i < 0 || i >= len {
            return Err(vm.index_error("pop index out of range"));
        }
        Ok(l.items.borrow_mut().remove(i as usize))
    });
    method(c, "remove", |vm, a, _| {
        arg_count(vm, "remove", &a[1..], 1, 1)?;
        let l = this(vm, a, "remove")?;
        let items = l.to_vec();
        match seq_index_of(vm, &items, &a[1], &[])? {
            Some(i) => {
                l.items.borrow_mut().remove(i);
                Ok(Value::None)
            }
            None => Err(vm.value_error("list.remove(x): x not in list")),
        }
    });
    method(c, "index", |vm, a, _| {
        arg_count(vm, "index", &a[1..], 1, 3)?;
        let items = this(vm, a, "index")?.to_vec();
        match seq_index_of(vm, &items, &a[1], a)? {
            Some(i) => Ok(Value::Int(i as i64)),
            None => Err(vm.value_error(format!("{} is not in list", vm.repr(&a[1])?))),
        }
    });
    method(c, "count", |vm, a, _| {
        arg_count(vm, "count", &a[1..], 1, 1)?;
        let items = this(vm, a, "count")?.to_vec();
        let mut n = 0;
        for it in &items {
            if it.is(&a[1]) || vm.eq(it, &a[1])? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    });
    method(c, "clear", |vm, a, _| {
        this(vm, a, "clear")?.items.borrow_mut().clear();
        Ok(Value::None)
    });
    method(c, "copy", |vm, a, _| {
        Ok(Value::list(this(vm, a, "copy")?.to_vec()))
    });
    method(c, "reverse", |vm, a, _| {
        this(vm, a, "reverse")?.items.borrow_mut().reverse();
        Ok(Value::None)
    });
    method(c, "sort", |vm, a, kw| {
        crate::builtins::check_kwargs_invalid(vm, "sort", kw, &["key", "reverse"])?;
        if a.len() > 1 {
            return Err(vm.type_error("sort() takes no positional arguments"));
        }
        let l = this(vm, a, "sort")?;
        let key = kwarg(kw, "key").unwrap_or(Value::None);
        let reverse = match kwarg(kw, "reverse") {
            Some(r) => vm.truthy(&r)?,
            None => false,
        };
        let items = std::mem::take(&mut *l.items.borrow_mut());
        let r = super::functions::sorted_with(vm, items.clone(), &key, reverse);
        let modified = !l.is_empty();
        match r {
            Ok(sorted) => {
                *l.items.borrow_mut() = sorted;
                if modified {
                    return Err(vm.value_error("list modified during sort"));
                }
                Ok(Value::None)
            }
            Err(e) => {
                *l.items.borrow_mut() = items;
                Err(e)
            }
        }
    });
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
    method(c, "__add__", |vm, a, _| {
        vm.binary_op(crate::ast::BinOp::Add, &a[0], &a[1])
    });
    method(c, "__eq__", |vm, a, _| {
        Ok(Value::Bool(vm.eq(&a[0], &a[1])?))
    });
    method(c, "__repr__", |vm, a, _| Ok(Value::string(vm.repr(&a[0])?)));
    method(c, "__reversed__", |vm, a, _| {
        let mut items = this(vm, a, "__reversed__")?.to_vec();
        items.reverse();
        Ok(Value::Native(Rc::new(crate::object::iter::VecIter::new(
            "list_reverseiterator",
            items,
        ))))
    });

    let t = &vm.types.tuple;
    method(t, "index", |vm, a, _| {
        arg_count(vm, "index", &a[1..], 1, 3)?;
        let items = match &a[0] {
            Value::Tuple(t) => t.as_slice().to_vec(),
            _ => return Err(vm.type_error("expected tuple")),
        };
        match seq_index_of(vm, &items, &a[1], a)? {
            Some(i) => Ok(Value::Int(i as i64)),
            None => Err(vm.value_error("tuple.index(x): x not in tuple")),
        }
    });
    method(t, "count", |vm, a, _| {
        arg_count(vm, "count", &a[1..], 1, 1)?;
        let items = match &a[0] {
            Value::Tuple(t) => t.as_slice().to_vec(),
            _ => return Err(vm.type_error("expected tuple")),
        };
        let mut n = 0;
        for it in &items {
            if it.is(&a[1]) || vm.eq(it, &a[1])? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    });
    method(t, "__len__", |vm, a, _| {
        Ok(Value::Int(vm.len(&a[0])? as i64))
    });
    method(t, "__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1]));
    method(t, "__contains__", |vm, a, _| {
        Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
    });
    method(t, "__iter__", |vm, a, _| vm.iter(&a[0]));
    method(t, "__eq__", |vm, a, _| {
        Ok(Value::Bool(vm.eq(&a[0], &a[1])?))
    });
    method(t, "__hash__", |vm, a, _| Ok(Value::Int(vm.hash(&a[0])?)));
    method(t, "__repr__", |vm, a, _| Ok(Value::string(vm.repr(&a[0])?)));
}
