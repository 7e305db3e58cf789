//! The built-in functions (`print`, `len`, `sorted`, `min`, `isinstance`, ...).

use super::{arg_count, check_kwargs, kwarg, no_kwargs, reg, to_f64};
use crate::object::int::{from_big, to_big};
use crate::object::{Class, PyResult, Value};
use crate::vm::Vm;
use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

trait ModFloorBig {
    fn mod_floor_big(&self, m: &num_bigint::BigInt) -> num_bigint::BigInt;
}
impl ModFloorBig for num_bigint::BigInt {
    fn mod_floor_big(&self, m: &num_bigint::BigInt) -> num_bigint::BigInt {
        num_integer::Integer::mod_floor(self, m)
    }
}

/// Sort values with an optional key function.
pub fn sorted_with(
    vm: &Vm,
    values: Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    // Without a key function the values are their own keys.
    let order = if key.is_none() {
        super::sort::sorted_order(vm, &values, reverse)?
    } else {
        let mut keys = Vec::with_capacity(values.len());
        for v in &values {
            keys.push(vm.call(key, std::slice::from_ref(v), &[])?);
        }
        super::sort::sorted_order(vm, &keys, reverse)?
    };
    let mut slots: Vec<Option<Value>> = values.into_iter().map(Some).collect();
    Ok(order.into_iter().filter_map(|i| slots[i].take()).collect())
}

fn min_max(
    vm: &Vm,
    args: &[Value],
    kw: crate::object::function::Kwargs,
    name: &str,
    want_max: bool,
) -> PyResult<Value> {
    check_kwargs(vm, name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").unwrap_or(Value::None);
    let default = kwarg(kw, "default");
    let items = match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for v in items {
        let k = if key.is_none() {
            v.clone()
        } else {
            vm.call(&key, &[v.clone()], &[])?
        };
        best = Some(match best {
            None => (k, v),
            Some((bk, bv)) => {
                let better = if want_max {
                    let r = vm.compare(crate::ast::CmpOp::Gt, &k, &bk)?;
                    vm.truthy(&r)?
                } else {
                    vm.less_than(&k, &bk)?
                };
                if better {
                    (k, v)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

/// One entry of `isinstance`/`issubclass`'s second argument: a class, or an object whose
/// type defines the hook (`typing.Iterator` and other aliases).
enum ClassSpec {
    Class(Rc<Class>),
    Hooked(Value),
}

/// `isinstance`/`issubclass` over `classes`: true when `cls` is a subclass of one of them,
/// or when the hook (`__instancecheck__`/`__subclasscheck__`) of its metaclass accepts
/// `arg`; objects that are not classes answer through their type's hook.
fn matches_any(
    vm: &Vm,
    cls: &Rc<Class>,
    classes: &[ClassSpec],
    hook: &str,
    arg: &Value,
) -> PyResult<Value> {
    for spec in classes {
        let k = match spec {
            ClassSpec::Class(k) => k,
            ClassSpec::Hooked(v) => {
                let check = vm.type_of(v).lookup(hook).ok_or_else(|| {
                    vm.type_error(format!(
                        "{}() arg 2 must be a type, a tuple of types, or a union",
                        if hook == "__instancecheck__" {
                            "isinstance"
                        } else {
                            "issubclass"
                        }
                    ))
                })?;
                let r = vm.call(&check, &[v.clone(), arg.clone()], &[])?;
                if vm.truthy(&r)? {
                    return Ok(Value::Bool(true));
                }
                continue;
            }
        };
        // As in CPython, a metaclass hook decides everything but an exact type match.
        let exact = hook == "__instancecheck__" && Rc::ptr_eq(cls, k);
        match vm.meta_method(k, hook) {
            Some(check) if !exact => {
                let r = vm.call(&check, &[Value::Class(k.clone()), arg.clone()], &[])?;
                if vm.truthy(&r)? {
                    return Ok(Value::Bool(true));
                }
            }
            _ => {
                if cls.is_subclass(k) {
                    return Ok(Value::Bool(true));
                }
            }
        }
    }
    Ok(Value::Bool(false))
}

/// `isinstance(obj, classinfo)`, hooks (`__instancecheck__`, ABCs) included.
pub fn isinstance(vm: &Vm, obj: &Value, classinfo: &Value) -> PyResult<bool> {
    let classes = class_or_tuple(vm, classinfo, "isinstance")?;
    let t = vm.type_of(obj);
    let r = matches_any(vm, &t, &classes, "__instancecheck__", obj)?;
    Ok(matches!(r, Value::Bool(true)))
}

fn class_or_tuple(vm: &Vm, v: &Value, fname: &str) -> PyResult<Vec<ClassSpec>> {
    match v {
        Value::Class(c) => Ok(vec![ClassSpec::Class(c.clone())]),
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for x in t.as_slice() {
                out.extend(class_or_tuple(vm, x, fname)?);
            }
            Ok(out)
        }
        Value::Native(n) if n.as_any().is::<crate::object::generic_alias::UnionType>() => {
            let u = v
                .as_native::<crate::object::generic_alias::UnionType>()
                .expect("checked above");
            class_or_tuple(vm, &Value::tuple(u.args.clone()), fname)
        }
        Value::Instance(_) | Value::Native(_) => {
            let hook = if fname == "isinstance" {
                "__instancecheck__"
            } else {
                "__subclasscheck__"
            };
            if vm.type_of(v).lookup(hook).is_some() {
                Ok(vec![ClassSpec::Hooked(v.clone())])
            } else {
                Err(vm.type_error(format!(
                    "{fname}() arg 2 must be a type, a tuple of types, or a union"
                )))
            }
        }
        _ => Err(vm.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `dir(obj)`: sorted attribute names.
pub fn dir_of(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &crate::object::PyDict| {
        for k in d.keys() {
            // Names starting with a dot are the interpreter's own (temporaries, helpers).
            if let Some(s) = k.as_str().filter(|s| !s.starts_with('.')) {
                names.push(s.to_string());
            }
        }
    };
    match v {
        Value::Module(m) => add_dict(&m.dict),
        Value::Class(c) => {
            for k in c.mro_iter() {
                add_dict(&k.dict);
            }
        }
        Value::Instance(i) => {
            add_dict(&i.dict);
            for k in i.class().mro_iter() {
                add_dict(&k.dict);
            }
        }
        _ => {
            for k in vm.type_of(v).mro_iter() {
                add_dict(&k.dict);
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(names.into_iter().map(Value::string).collect())
}

pub fn install(vm: &Rc<Vm>) {
    let b = &vm.builtins;
    reg(b, "print", |vm, args, kw| {
        check_kwargs(vm, "print", kw, &["sep", "end", "file", "flush"])?;
        let get_str = |name: &str, default: &str| -> PyResult<String> {
            match kwarg(kw, name) {
                None | Some(Value::None) => Ok(default.to_string()),
                Some(Value::Str(s)) => Ok(s.as_str().to_string()),
                Some(other) => Err(vm.type_error(format!(
                    "{} must be None or a string, not {}",
                    name,
                    vm.type_name(&other)
                ))),
            }
        };
        let sep = get_str("sep", " ")?;
        let end = get_str("end", "\n")?;
        let mut out = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match a {
                Value::Str(s) => out.push_str(s.as_str()),
                _ => out.push_str(&vm.to_str(a)?),
            }
        }
        out.push_str(&end);
        // Without `file=`, `sys.stdout` as the program left it (`redirect_stdout`).
        let file = match kwarg(kw, "file") {
            None | Some(Value::None) => match vm.modules.get_str("sys") {
                Some(Value::Module(m)) => m.dict.get_str("stdout"),
                _ => None,
            },
            f => f,
        };
        match file {
            None => vm.write_stdout(&out),
            Some(Value::Native(n))
                if n.as_any()
                    .downcast_ref::<crate::builtins::io::Stream>()
                    .is_some_and(|s| !s.is_err) =>
            {
                vm.write_stdout(&out)
            }
            // `sys.stdout = None`: CPython's print does nothing.
            Some(Value::None) => {}
            Some(f) => {
                vm.call_method(&f, "write", &[Value::string(out)])?;
            }
        }
        if let Some(fl) = kwarg(kw, "flush") {
            if vm.truthy(&fl)? {
                vm.flush_stdout();
            }
        }
        Ok(Value::None)
    });
    reg(b, "len", |vm, args, _| {
        arg_count(vm, "len", args, 1, 1)?;
        Ok(Value::Int(vm.len(&args[0])? as i64))
    });
    reg(b, "repr", |vm, args, _| {
        arg_count(vm, "repr", args, 1, 1)?;
        Ok(Value::string(vm.repr(&args[0])?))
    });
    reg(b, "ascii", |vm, args, _| {
        arg_count(vm, "ascii", args, 1, 1)?;
        Ok(Value::string(vm.ascii(&args[0])?))
    });
    reg(b, "format", |vm, args, _| {
        arg_count(vm, "format", args, 1, 2)?;
        let spec = match args.get(1) {
            None => String::new(),
            Some(Value::Str(s)) => s.as_str().to_string(),
            Some(o) => {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(o)
                )))
            }
        };
        Ok(Value::string(vm.format(&args[0], &spec)?))
    });
    reg(b, "abs", |vm, args, _| {
        arg_count(vm, "abs", args, 1, 1)?;
        match &args[0] {
            Value::Int(i) => Ok(match i.checked_abs() {
                Some(r) => Value::Int(r),
                None => from_big(num_bigint::BigInt::from(*i).abs()),
            }),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::BigInt(b) => Ok(from_big(b.abs())),
            Value::Float(x) => Ok(Value::Float(x.abs())),
            v => match vm.type_of(v).lookup("__abs__") {
                Some(f) => vm.call(&f, &[v.clone()], &[]),
                None => {
                    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
                }
            },
        }
    });
    reg(b, "round", |vm, args, kw| {
        check_kwargs(vm, "round", kw, &["number", "ndigits"])?;
        let x = args
            .first()
            .cloned()
            .or_else(|| kwarg(kw, "number"))
            .ok_or_else(|| vm.type_error("round() missing required argument 'number' (pos 1)"))?;
        let nd = args
            .get(1)
            .cloned()
            .or_else(|| kwarg(kw, "ndigits"))
            .unwrap_or(Value::None);
        match (&x, &nd) {
            (Value::Float(f), Value::None) => {
                let r = crate::format::float_round_half_even(*f);
                if !r.is_finite() {
                    return Err(if r.is_nan() {
                        vm.value_error("cannot convert float NaN to integer")
                    } else {
                        vm.overflow_error("cannot convert float infinity to integer")
                    });
                }
                Ok(from_big(
                    num_traits::FromPrimitive::from_f64(r).unwrap_or_default(),
                ))
            }
            (Value::Float(f), n) => {
                let n = vm.index_value(n)?;
                Ok(Value::Float(
                    crate::format::float_round(*f, n).map_err(|e| vm.format_error(e))?,
                ))
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Value::None) => {
                Ok(from_big(to_big(&x).unwrap_or_default()))
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), n) => {
                let n = vm.index_value(n)?;
                let v = to_big(&x).unwrap_or_default();
                if n >= 0 {
                    return Ok(from_big(v));
                }
                let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
                let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(from_big(q * p))
            }
            _ => match vm.type_of(&x).lookup("__round__") {
                Some(f) => {
                    let mut a = vec![x.clone()];
                    if !nd.is_none() {
                        a.push(nd.clone());
                    }
                    vm.call(&f, &a, &[])
                }
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(&x)
                ))),
            },
        }
    });
    reg(b, "divmod", |vm, args, _| {
        arg_count(vm, "divmod", args, 2, 2)?;
        let floats = matches!(args[0], Value::Float(_)) || matches!(args[1], Value::Float(_));
        let wrap = |e: crate::object::PyErr| {
            if floats && e.is_instance_of(&vm.exc_class("ZeroDivisionError")) {
                vm.zero_division("float divmod()")
            } else if vm
                .to_str(&e.value())
                .map(|m| m.starts_with("unsupported operand"))
                .unwrap_or(false)
            {
                vm.type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    vm.type_name(&args[0]),
                    vm.type_name(&args[1])
                ))
            } else {
                e
            }
        };
        let q = vm
            .binary_op(crate::ast::BinOp::FloorDiv, &args[0], &args[1])
            .map_err(wrap)?;
        let r = vm
            .binary_op(crate::ast::BinOp::Mod, &args[0], &args[1])
            .map_err(wrap)?;
        Ok(Value::tuple(vec![q, r]))
    });
    reg(b, "pow", |vm, args, kw| {
        check_kwargs(vm, "pow", kw, &["base", "exp", "mod"])?;
        arg_count(vm, "pow", args, 2, 3)?;
        match args.get(2) {
            None | Some(Value::None) => vm.binary_op(crate::ast::BinOp::Pow, &args[0], &args[1]),
            Some(m) => {
                let (Some(a), Some(e), Some(m)) = (to_big(&args[0]), to_big(&args[1]), to_big(m))
                else {
                    if args.iter().all(|a| {
                        matches!(
                            a,
                            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
                        )
                    }) {
                        return Err(vm.type_error(
                            "pow() 3rd argument not allowed unless all arguments are integers",
                        ));
                    }
                    return Err(vm.type_error(format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        vm.type_name(&args[0]),
                        vm.type_name(&args[1]),
                        vm.type_name(&args[2])
                    )));
                };
                if m == num_bigint::BigInt::from(0) {
                    return Err(vm.value_error("pow() 3rd argument cannot be 0"));
                }
                if e.is_negative() {
                    // A negative exponent means the modular inverse, raised to -e.
                    let ext =
                        num_integer::Integer::extended_gcd(&a.mod_floor_big(&m.abs()), &m.abs());
                    if ext.gcd != num_bigint::BigInt::from(1) {
                        return Err(vm.value_error("base is not invertible for the given modulus"));
                    }
                    return Ok(crate::object::int::pow_mod(&ext.x, &(-e), &m));
                }
                Ok(crate::object::int::pow_mod(&a, &e, &m))
            }
        }
    });
    reg(b, "sum", |vm, args, kw| {
        check_kwargs(vm, "sum", kw, &["start"])?;
        arg_count(vm, "sum", args, 1, 2)?;
        let mut acc = args
            .get(1)
            .cloned()
            .or_else(|| kwarg(kw, "start"))
            .unwrap_or(Value::Int(0));
        match &acc {
            Value::Str(_) => {
                return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
            }
            Value::Bytes(_) => {
                return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
            }
            _ => {}
        }
        let it = vm.iter(&args[0])?;
        while let Some(v) = vm.next(&it)? {
            acc = vm.binary_op(crate::ast::BinOp::Add, &acc, &v)?;
        }
        Ok(acc)
    });
    reg(b, "min", |vm, args, kw| min_max(vm, args, kw, "min", false));
    reg(b, "max", |vm, args, kw| min_max(vm, args, kw, "max", true));
    reg(b, "sorted", |vm, args, kw| {
        crate::builtins::check_kwargs_invalid(vm, "sort", kw, &["key", "reverse"])?;
        if args.len() != 1 {
            return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
        }
        let key = kwarg(kw, "key").unwrap_or(Value::None);
        let reverse = match kwarg(kw, "reverse") {
            Some(r) => vm.truthy(&r)?,
            None => false,
        };
        let items = vm.collect(&args[0])?;
        Ok(Value::list(sorted_with(vm, items, &key, reverse)?))
    });
    reg(b, "any", |vm, args, _| {
        arg_count(vm, "any", args, 1, 1)?;
        let it = vm.iter(&args[0])?;
        while let Some(v) = vm.next(&it)? {
            if vm.truthy(&v)? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    });
    reg(b, "all", |vm, args, _| {
        arg_count(vm, "all", args, 1, 1)?;
        let it = vm.iter(&args[0])?;
        while let Some(v) = vm.next(&it)? {
            if !vm.truthy(&v)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    });
    reg(b, "hash", |vm, args, _| {
        arg_count(vm, "hash", args, 1, 1)?;
        Ok(Value::Int(vm.hash(&args[0])?))
    });
    reg(b, "id", |vm, args, _| {
        arg_count(vm, "id", args, 1, 1)?;
        Ok(match args[0].heap_ptr() {
            Some(p) => Value::Int(p as i64),
            None => Value::Int(crate::vm::protocol::identity_hash(&args[0]).abs()),
        })
    });
    reg(b, "chr", |vm, args, _| {
        arg_count(vm, "chr", args, 1, 1)?;
        let n = match &args[0] {
            Value::Float(_) => {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
            }
            v => vm.index_value(v)?,
        };
        match u32::try_from(n).ok().and_then(char::from_u32) {
            Some(c) => Ok(Value::string(c.to_string())),
            None => Err(vm.value_error("chr() arg not in range(0x110000)")),
        }
    });
    reg(b, "ord", |vm, args, _| {
        arg_count(vm, "ord", args, 1, 1)?;
        match &args[0] {
            Value::Str(s) => {
                let n = s.char_len();
                if n != 1 {
                    return Err(vm.type_error(format!(
                        "ord() expected a character, but string of length {n} found"
                    )));
                }
                Ok(Value::Int(
                    s.as_str().chars().next().map(|c| c as i64).unwrap_or(0),
                ))
            }
            Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
            v => Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(v)
            ))),
        }
    });
    for (name, base) in [("hex", 16u32), ("oct", 8), ("bin", 2)] {
        reg(b, name, move |vm, args, _| {
            arg_count(vm, name, args, 1, 1)?;
            let v = match to_big(&args[0]) {
                Some(v) => v,
                None => num_bigint::BigInt::from(vm.index_value(&args[0])?),
            };
            Ok(Value::string(crate::format::int_to_base(&v, base, true)))
        });
    }
    reg(b, "callable", |vm, args, _| {
        arg_count(vm, "callable", args, 1, 1)?;
        Ok(Value::Bool(vm.is_callable(&args[0])))
    });
    reg(b, "iter", |vm, args, _| {
        arg_count(vm, "iter", args, 1, 2)?;
        if args.len() == 2 {
            if !vm.is_callable(&args[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            return Ok(Value::Native(Rc::new(crate::object::iter::CallableIter {
                func: args[0].clone(),
                sentinel: args[1].clone(),
                done: std::cell::Cell::new(false),
            })));
        }
        vm.iter(&args[0])
    });
    reg(b, "next", |vm, args, _| {
        arg_count(vm, "next", args, 1, 2)?;
        let it = &args[0];
        if !vm.is_iterator(it) {
            return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
        }
        if let Some(g) = it.as_native::<crate::object::generator::Generator>() {
            return match g.resume(vm, crate::eval::Sent::Value(Value::None))? {
                crate::object::generator::Step::Yielded(v) => Ok(v),
                crate::object::generator::Step::Returned(v) => match args.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(if v.is_none() { None } else { Some(v) })),
                },
            };
        }
        if let (Value::Instance(_), None) = (it, args.get(1)) {
            // Let a user __next__'s StopIteration (and its value) through unchanged.
            let f = vm
                .type_of(it)
                .lookup("__next__")
                .ok_or_else(|| vm.type_error("not an iterator"))?;
            return vm.call(&f, &[it.clone()], &[]);
        }
        match vm.next(it)? {
            Some(v) => Ok(v),
            None => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(None)),
            },
        }
    });
    reg(b, "isinstance", |vm, args, _| {
        arg_count(vm, "isinstance", args, 2, 2)?;
        isinstance(vm, &args[0], &args[1]).map(Value::Bool)
    });
    reg(b, "issubclass", |vm, args, _| {
        arg_count(vm, "issubclass", args, 2, 2)?;
        let Value::Class(c) = &args[0] else {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        };
        let classes = class_or_tuple(vm, &args[1], "issubclass")?;
        matches_any(vm, c, &classes, "__subclasscheck__", &args[0])
    });
    reg(b, "getattr", |vm, args, _| {
        arg_count(vm, "getattr", args, 2, 3)?;
        let name = args[1].as_str().ok_or_else(|| {
            vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&args[1])
            ))
        })?;
        match vm.getattr(&args[0], name) {
            Ok(v) => Ok(v),
            Err(e) if args.len() == 3 && e.is_instance_of(&vm.exc_class("AttributeError")) => {
                Ok(args[2].clone())
            }
            Err(e) => Err(e),
        }
    });
    reg(b, "setattr", |vm, args, _| {
        arg_count(vm, "setattr", args, 3, 3)?;
        let name = args[1].as_str().ok_or_else(|| {
            vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&args[1])
            ))
        })?;
        vm.setattr(&args[0], name, Some(args[2].clone()))?;
        Ok(Value::None)
    });
    reg(b, "delattr", |vm, args, _| {
        arg_count(vm, "delattr", args, 2, 2)?;
        let name = args[1].as_str().ok_or_else(|| {
            vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&args[1])
            ))
        })?;
        vm.setattr(&args[0], name, None)?;
        Ok(Value::None)
    });
    reg(b, "hasattr", |vm, args, _| {
        arg_count(vm, "hasattr", args, 2, 2)?;
        let name = args[1].as_str().ok_or_else(|| {
            vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&args[1])
            ))
        })?;
        match vm.getattr(&args[0], name) {
            Ok(_) => Ok(Value::Bool(true)),
            Err(e) if e.is_instance_of(&vm.exc_class("AttributeError")) => Ok(Value::Bool(false)),
            Err(e) => Err(e),
        }
    });
    reg(b, "dir", |vm, args, _| {
        arg_count(vm, "dir", args, 0, 1)?;
        match args.first() {
            Some(v) => Ok(Value::list(dir_of(vm, v)?)),
            None => Err(vm.not_implemented_feature("dir() without arguments")),
        }
    });
    reg(b, "vars", |vm, args, _| {
        arg_count(vm, "vars", args, 1, 1)?;
        match vm.getattr_opt(&args[0], "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        }
    });
    reg(b, "compile", |vm, _, _| {
        Err(vm.not_implemented_feature("compile()"))
    });
    reg(b, "eval", |vm, args, kw| {
        crate::eval::eval_exec_indirect(vm, false, args, kw)
    });
    reg(b, "exec", |vm, args, kw| {
        crate::eval::eval_exec_indirect(vm, true, args, kw)
    });
    // Called directly, `locals()` is answered by the evaluator (it needs the running frame);
    // reached indirectly it sees the main module.
    reg(b, "locals", |vm, args, _| {
        arg_count(vm, "locals", args, 0, 0)?;
        match vm.modules.get_str("__main__") {
            Some(Value::Module(m)) => Ok(Value::Dict(m.dict.clone())),
            _ => Err(vm.runtime_error("locals(): no frame")),
        }
    });
    reg(b, "globals", |vm, args, _| {
        arg_count(vm, "globals", args, 0, 0)?;
        match vm.modules.get_str("__main__") {
            Some(Value::Module(m)) => Ok(Value::Dict(m.dict.clone())),
            _ => Err(vm.runtime_error("globals(): no module")),
        }
    });
    reg(b, "input", |vm, args, _| {
        arg_count(vm, "input", args, 0, 1)?;
        if let Some(p) = args.first() {
            vm.write_stdout(&vm.to_str(p)?);
        }
        vm.flush_stdout();
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) => Err(vm.error("EOFError", "EOF when reading a line")),
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Ok(Value::string(line))
            }
            Err(e) => Err(vm.error("OSError", e.to_string())),
        }
    });
    reg(b, "__import__", |vm, args, _| {
        arg_count(vm, "__import__", args, 1, 5)?;
        let name = args[0]
            .as_str()
            .ok_or_else(|| vm.type_error("__import__() argument 1 must be str"))?
            .to_string();
        vm.import_module(&name)?;
        vm.import_module(name.split('.').next().unwrap_or(&name))
    });
    for name in ["exit", "quit"] {
        reg(b, name, |vm, args, _| {
            let code = args.first().cloned().unwrap_or(Value::None);
            Err(vm.raise_new(
                vm.exc_class("SystemExit"),
                if code.is_none() { vec![] } else { vec![code] },
            ))
        });
    }
    let _ = (no_kwargs, to_f64);
    let _ = |x: f64| x.to_i64();
}
