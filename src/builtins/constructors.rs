//! The built-in types' constructors (`int(...)`, `list(...)`, `range(...)`, ...), each
//! registered as the type's `__new__`, and the lazy iterator types.

use super::{arg_count, check_kwargs, kwarg, method, no_kwargs, to_f64};
use crate::object::descriptor::Super;
use crate::object::int::{from_big, to_big};
use crate::object::iter::{CallableIter, Enumerate, Filter, Map, ReversedSeq, VecIter, Zip};
use crate::object::range::new_slice;
use crate::object::{Class, PyDict, PyResult, PySet, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Register a built-in type's constructor as its `__new__`. Called for a user subclass, it
/// makes an instance of the subclass around the built-in value: empty for the mutable
/// types (their `__init__` fills it), built from the arguments for the immutable ones.
pub(super) fn ctor(
    cls: &Rc<Class>,
    f: impl Fn(&Vm, &[Value], crate::object::function::Kwargs) -> PyResult<Value> + 'static,
) {
    let own = cls.clone();
    let mutable = matches!(&*cls.name(), "list" | "dict" | "set" | "bytearray");
    method(cls, "__new__", move |vm, args, kw| {
        let target = match args.first() {
            Some(Value::Class(c)) => c.clone(),
            _ => {
                return Err(
                    vm.type_error(format!("{}.__new__(X): X is not a type object", own.name()))
                )
            }
        };
        // Metaclasses: `type.__new__(M, ...)` makes a class (instances of `type` are classes)
        // whose metaclass is M.
        if &*own.name() == "type" && !Rc::ptr_eq(&target, &own) && args.len() == 4 {
            let made = f(vm, &args[1..], kw)?;
            if let Value::Class(c) = &made {
                *c.meta.borrow_mut() = Some(target.clone());
            }
            return Ok(made);
        }
        if Rc::ptr_eq(&target, &own) || target.is_builtin || &*own.name() == "type" {
            return f(vm, &args[1..], kw);
        }
        if !target.is_subclass(&own) {
            return Err(vm.type_error(format!(
                "{}.__new__({}): {} is not a subtype of {}",
                own.name(),
                target.name(),
                target.name(),
                own.name()
            )));
        }
        let base = if mutable {
            f(vm, &[], &[])?
        } else {
            f(vm, &args[1..], kw)?
        };
        Ok(vm.new_subclass_instance(&target, base))
    });
}

pub fn int_from(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => {
            if x.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            Ok(from_big(
                num_traits::FromPrimitive::from_f64(x.trunc()).unwrap_or_default(),
            ))
        }
        Value::Str(s) => crate::format::parse_int(s.as_str(), 10)
            .map(from_big)
            .map_err(|e| vm.format_error(e)),
        Value::Bytes(b) => {
            let s = String::from_utf8_lossy(b).to_string();
            crate::format::parse_int(&s, 10).map(from_big).map_err(|_| {
                vm.value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    crate::format::bytes_repr(b)
                ))
            })
        }
        _ => {
            let cls = vm.type_of(v);
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = cls.lookup(name) {
                    return vm.call(&f, &[v.clone()], &[]);
                }
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(v)
            )))
        }
    }
}

pub fn float_from(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Str(s) => crate::format::parse_float(s.as_str()).map_err(|e| vm.format_error(e)),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => to_f64(vm, v),
        _ => match vm.type_of(v).lookup("__float__") {
            Some(_) => to_f64(vm, v),
            None => match vm.type_of(v).lookup("__index__") {
                Some(_) => Ok(vm.index_value(v)? as f64),
                None => Err(vm.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.type_name(v)
                ))),
            },
        },
    }
}

pub fn install(vm: &Rc<Vm>) {
    let t = &vm.types;
    ctor(&t.int, |vm, args, kw| {
        crate::builtins::check_kwargs_invalid(vm, "int", kw, &["base"])?;
        let base = args.get(1).cloned().or_else(|| kwarg(kw, "base"));
        match (args.first(), base) {
            (None, None) => Ok(Value::Int(0)),
            (Some(v), None) => int_from(vm, v),
            (Some(Value::Str(s)), Some(b)) => {
                let b = vm.index_value(&b)?;
                if b != 0 && !(2..=36).contains(&b) {
                    return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                }
                crate::format::parse_int(s.as_str(), b as u32)
                    .map(from_big)
                    .map_err(|e| vm.format_error(e))
            }
            (Some(v @ Value::Bytes(_)), Some(b)) | (Some(v @ Value::Native(_)), Some(b))
                if crate::builtins::bytearray_methods::bytes_like(v).is_some() =>
            {
                // bytes and bytearray are parsed as their ASCII text.
                let b = vm.index_value(&b)?;
                if b != 0 && !(2..=36).contains(&b) {
                    return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                }
                let raw = crate::builtins::bytearray_methods::bytes_like(v).unwrap_or_default();
                let text: String = raw.iter().map(|&c| c as char).collect();
                match crate::format::parse_int(&text, b as u32) {
                    Ok(n) => Ok(from_big(n)),
                    Err(_) => Err(vm.value_error(format!(
                        "invalid literal for int() with base {b}: {}",
                        vm.repr(&Value::Bytes(raw.as_slice().into()))?
                    ))),
                }
            }
            (Some(_), Some(_)) => {
                Err(vm.type_error("int() can't convert non-string with explicit base"))
            }
            (None, Some(_)) => Err(vm.type_error("int() missing string argument")),
        }
    });
    ctor(&t.float, |vm, args, kw| {
        no_kwargs(vm, "float", kw)?;
        arg_count(vm, "float", args, 0, 1)?;
        match args.first() {
            None => Ok(Value::Float(0.0)),
            Some(v) => Ok(Value::Float(float_from(vm, v)?)),
        }
    });
    ctor(&t.bool_, |vm, args, _| {
        arg_count(vm, "bool", args, 0, 1)?;
        match args.first() {
            None => Ok(Value::Bool(false)),
            Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        }
    });
    ctor(&t.str_, |vm, args, kw| {
        crate::builtins::check_kwargs_invalid(vm, "str", kw, &["object", "encoding", "errors"])?;
        let obj = args.first().cloned().or_else(|| kwarg(kw, "object"));
        let encoding = args.get(1).cloned().or_else(|| kwarg(kw, "encoding"));
        match (obj, encoding) {
            (None, _) => Ok(Value::str("")),
            (Some(v), Some(_)) if super::bytearray_methods::bytes_like(&v).is_some() => {
                let b = super::bytearray_methods::bytes_like(&v).unwrap_or_default();
                let (encoding, errors) =
                    super::codecs::codec_args(vm, "str", args.get(1..).unwrap_or_default(), kw)?;
                Ok(Value::string(super::codecs::decode(
                    vm, &b, &encoding, &errors,
                )?))
            }
            (Some(v), None) => vm.to_str_value(&v),
            (Some(v), Some(_)) => Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(&v)
            ))),
        }
    });
    ctor(&t.bytes, |vm, args, kw| match args.first() {
        None => Ok(Value::Bytes(Rc::from(&[][..]))),
        Some(Value::Str(s)) => {
            if args.len() < 2 && kwarg(kw, "encoding").is_none() {
                return Err(vm.type_error("string argument without an encoding"));
            }
            let (encoding, errors) = super::codecs::codec_args(vm, "bytes", &args[1..], kw)?;
            Ok(Value::Bytes(
                super::codecs::encode(vm, s.as_str(), &encoding, &errors)?.into(),
            ))
        }
        Some(_) if args.len() > 1 => Err(vm.type_error("encoding without a string argument")),
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            Ok(Value::Bytes(
                crate::object::alloc::filled(vm, 0u8, *n as usize)?.into(),
            ))
        }
        Some(v) => {
            if let Some(b) = super::bytearray_methods::bytes_like(v) {
                return Ok(Value::Bytes(b.into()));
            }
            let mut out = Vec::new();
            for x in vm.collect(v)? {
                let n = vm.index_value(&x)?;
                if !(0..256).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            Ok(Value::Bytes(out.into()))
        }
    });
    ctor(&t.list, |vm, args, kw| {
        no_kwargs(vm, "list", kw)?;
        arg_count(vm, "list", args, 0, 1)?;
        match args.first() {
            None => Ok(Value::list(vec![])),
            Some(v) => Ok(Value::list(vm.collect(v)?)),
        }
    });
    ctor(&t.tuple, |vm, args, kw| {
        no_kwargs(vm, "tuple", kw)?;
        arg_count(vm, "tuple", args, 0, 1)?;
        match args.first() {
            None => Ok(Value::tuple(vec![])),
            Some(v @ Value::Tuple(_)) => Ok(v.clone()),
            Some(v) => Ok(Value::tuple(vm.collect(v)?)),
        }
    });
    ctor(&t.dict, |vm, args, kw| {
        arg_count(vm, "dict", args, 0, 1)?;
        let d = PyDict::new();
        if let Some(src) = args.first() {
            dict_update(vm, &d, src)?;
        }
        for (k, v) in kw {
            d.set_str(k, v.clone());
        }
        Ok(Value::Dict(Rc::new(d)))
    });
    for (cls, frozen) in [(&t.set, false), (&t.frozenset, true)] {
        let name = if frozen { "frozenset" } else { "set" };
        ctor(cls, move |vm, args, kw| {
            no_kwargs(vm, name, kw)?;
            arg_count(vm, name, args, 0, 1)?;
            let items = match args.first() {
                Some(v) => vm.collect(v)?,
                None => vec![],
            };
            Ok(Value::Set(Rc::new(PySet::from_values(vm, items, frozen)?)))
        });
    }
    ctor(&t.type_, |vm, args, kw| match args.len() {
        1 if kw.is_empty() => Ok(Value::Class(vm.type_of(&args[0]))),
        3 => {
            let name = args[0]
                .as_str()
                .ok_or_else(|| vm.type_error("type.__new__() argument 1 must be str"))?;
            let bases = match &args[1] {
                Value::Tuple(t) => t.as_slice().to_vec(),
                other => {
                    return Err(vm.type_error(format!(
                        "type.__new__() argument 2 must be tuple, not {}",
                        vm.type_name(other)
                    )))
                }
            };
            match &args[2] {
                Value::Dict(d) => crate::eval::make_class_namespace_call(vm, name, &bases, d, kw),
                _ => Err(vm.type_error("type.__new__() argument 3 must be dict")),
            }
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    });

    ctor(&t.none, |vm, args, _| {
        arg_count(vm, "NoneType", args, 0, 0)?;
        Ok(Value::None)
    });
    super::range_methods::install(vm);

    let slice = vm.native_class("slice");
    ctor(&slice, |vm, args, _| {
        arg_count(vm, "slice", args, 1, 3)?;
        Ok(match args.len() {
            1 => new_slice(Value::None, args[0].clone(), Value::None),
            2 => new_slice(args[0].clone(), args[1].clone(), Value::None),
            _ => new_slice(args[0].clone(), args[1].clone(), args[2].clone()),
        })
    });
    vm.builtins.set_str("slice", Value::Class(slice.clone()));
    for (name, which) in [("start", 0u8), ("stop", 1), ("step", 2)] {
        let getter: crate::object::descriptor::Getter = match which {
            0 => |vm, v| {
                Ok(v.as_native::<crate::object::range::Slice>()
                    .ok_or_else(|| vm.type_error("expected slice"))?
                    .start
                    .clone())
            },
            1 => |vm, v| {
                Ok(v.as_native::<crate::object::range::Slice>()
                    .ok_or_else(|| vm.type_error("expected slice"))?
                    .stop
                    .clone())
            },
            _ => |vm, v| {
                Ok(v.as_native::<crate::object::range::Slice>()
                    .ok_or_else(|| vm.type_error("expected slice"))?
                    .step
                    .clone())
            },
        };
        slice.dict.set_str(
            name,
            Value::Native(Rc::new(crate::object::descriptor::NativeProperty {
                name,
                get: getter,
                set: None,
            })),
        );
    }
    method(&slice, "__eq__", |vm, args, _| {
        let (Some(a), Some(b)) = (
            args[0].as_native::<crate::object::range::Slice>(),
            args[1].as_native::<crate::object::range::Slice>(),
        ) else {
            return Ok(Value::NotImplemented);
        };
        let l = Value::tuple(vec![a.start.clone(), a.stop.clone(), a.step.clone()]);
        let r = Value::tuple(vec![b.start.clone(), b.stop.clone(), b.step.clone()]);
        Ok(Value::Bool(vm.eq(&l, &r)?))
    });
    slice.dict.set_str("__hash__", Value::None);
    method(&slice, "indices", |vm, args, _| {
        arg_count(vm, "indices", args, 2, 2)?;
        let s = args[0]
            .as_native::<crate::object::range::Slice>()
            .ok_or_else(|| vm.type_error("expected slice"))?;
        let n = vm.index_value(&args[1])?;
        let (a, b, c) = s.indices(vm, n)?;
        Ok(Value::tuple(vec![
            Value::Int(a),
            Value::Int(b),
            Value::Int(c),
        ]))
    });

    let enumerate = vm.native_class("enumerate");
    ctor(&enumerate, |vm, args, kw| {
        crate::builtins::check_kwargs_invalid(vm, "enumerate", kw, &["iterable", "start"])?;
        let it = args
            .first()
            .cloned()
            .or_else(|| kwarg(kw, "iterable"))
            .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable'"))?;
        let start = args
            .get(1)
            .cloned()
            .or_else(|| kwarg(kw, "start"))
            .unwrap_or(Value::Int(0));
        if to_big(&start).is_none() {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&start)
            )));
        }
        Ok(Value::Native(Rc::new(Enumerate {
            iter: vm.iter(&it)?,
            count: RefCell::new(start),
        })))
    });
    vm.builtins.set_str("enumerate", Value::Class(enumerate));
    let zip = vm.native_class("zip");
    ctor(&zip, |vm, args, kw| {
        check_kwargs(vm, "zip", kw, &["strict"])?;
        let strict = match kwarg(kw, "strict") {
            Some(v) => vm.truthy(&v)?,
            None => false,
        };
        let mut iters = Vec::with_capacity(args.len());
        for (i, a) in args.iter().enumerate() {
            let _ = i;
            iters.push(vm.iter(a)?);
        }
        Ok(Value::Native(Rc::new(Zip { iters, strict })))
    });
    vm.builtins.set_str("zip", Value::Class(zip));
    let map = vm.native_class("map");
    ctor(&map, |vm, args, kw| {
        no_kwargs(vm, "map", kw)?;
        if args.len() < 2 {
            return Err(vm.type_error("map() must have at least two arguments."));
        }
        let mut iters = Vec::new();
        for a in &args[1..] {
            iters.push(vm.iter(a)?);
        }
        Ok(Value::Native(Rc::new(Map {
            func: args[0].clone(),
            iters,
        })))
    });
    vm.builtins.set_str("map", Value::Class(map));
    let filter = vm.native_class("filter");
    ctor(&filter, |vm, args, kw| {
        no_kwargs(vm, "filter", kw)?;
        arg_count(vm, "filter", args, 2, 2)?;
        Ok(Value::Native(Rc::new(Filter {
            func: args[0].clone(),
            iter: vm.iter(&args[1])?,
        })))
    });
    vm.builtins.set_str("filter", Value::Class(filter));
    let reversed = vm.native_class("reversed");
    ctor(&reversed, |vm, args, kw| {
        no_kwargs(vm, "reversed", kw)?;
        arg_count(vm, "reversed", args, 1, 1)?;
        let v = &args[0];
        if let Some(f) = vm.type_of(v).lookup("__reversed__") {
            if f.is_none() {
                return Err(vm.not_a(v, "is not reversible"));
            }
            return vm.call(&f, &[v.clone()], &[]);
        }
        let mut items = match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => vm.collect(v)?,
            _ if vm.type_of(v).lookup("__getitem__").is_some() && !matches!(v, Value::Dict(_)) => {
                let n = vm.len(v)?;
                return Ok(Value::Native(Rc::new(ReversedSeq::new(v.clone(), n))));
            }
            _ => return Err(vm.not_a(v, "is not reversible")),
        };
        items.reverse();
        let name = match v {
            Value::List(_) => "list_reverseiterator",
            _ => "reversed",
        };
        Ok(Value::Native(Rc::new(VecIter::new(name, items))))
    });
    vm.builtins.set_str("reversed", Value::Class(reversed));
    let sup = vm.native_class("super");
    ctor(&sup, |vm, args, _| {
        if args.len() != 2 {
            return Err(vm.runtime_error("super(): no arguments"));
        }
        let cls = match &args[0] {
            Value::Class(c) => c.clone(),
            other => {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(other)
                )))
            }
        };
        let ok = match &args[1] {
            Value::Class(c) => c.is_subclass(&cls) || vm.type_of(&args[1]).is_subclass(&cls),
            obj => vm.type_of(obj).is_subclass(&cls),
        };
        if !ok {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
        Ok(Value::Native(Rc::new(Super {
            cls,
            obj: args[1].clone(),
        })))
    });
    vm.builtins.set_str(
        "super",
        Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(
            "super",
            move |vm, args, kw| vm.instantiate(&sup, args, kw),
        ))),
    );
    let callable_iter = vm.native_class("callable_iterator");
    let _ = CallableIter {
        func: Value::None,
        sentinel: Value::None,
        done: std::cell::Cell::new(true),
    };
    let _ = callable_iter;
}

/// `dict.update` / `dict(...)` from a mapping or an iterable of pairs.
pub fn dict_update(vm: &Vm, d: &PyDict, src: &Value) -> PyResult<()> {
    match src {
        Value::Dict(s) => {
            for (k, v) in s.items() {
                d.set(vm, k, v)?;
            }
            Ok(())
        }
        _ if vm.type_of(src).lookup("keys").is_some() => crate::eval::merge_mapping(vm, d, src),
        _ => {
            let it = vm.iter(src)?;
            let mut i = 0;
            while let Some(item) = vm.next(&it)? {
                let pair = vm.collect(&item).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                let (k, v) = (
                    p.next().unwrap_or(Value::None),
                    p.next().unwrap_or(Value::None),
                );
                d.set(vm, k, v)?;
                i += 1;
            }
            Ok(())
        }
    }
}
