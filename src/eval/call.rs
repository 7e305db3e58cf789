//! Calling Python functions (argument binding with CPython's error messages), and creating
//! functions and classes from their definitions.

use super::frame::Frame;
use super::stmt::run_frame_body;
use super::{eval_expr, Flow};
use crate::ast::{ClassDef, Constant, Expr, ExprKind, FuncDef, StmtKind};
use crate::object::class::{c3_mro, Layout};
use crate::object::function::{Kwargs, PyCell};
use crate::object::{Class, Function, PyDict, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub struct ArgValues {
    pub pos: smallvec::SmallVec<[Value; 4]>,
    pub kw: Vec<(Rc<str>, Value)>,
}

/// Call a Python function.
pub fn call_function(
    vm: &Vm,
    func: &Rc<Function>,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<Value> {
    let scope = &func.def.scope;
    if kwargs.is_empty() && args.len() == func.plain_npos as usize {
        let mut slots = vm.take_slots(scope.nslots as usize);
        for (s, a) in slots.iter_mut().zip(args) {
            *s = Some(a.clone());
        }
        return run_call(vm, func, slots);
    }
    if scope.is_generator || scope.is_coroutine {
        let frame = new_call_frame(vm, func, args, kwargs)?;
        return Ok(crate::object::generator::new_generator(vm, func, frame));
    }
    if vm.depth.get() >= vm.recursion_limit.get() || stack_exhausted(vm) {
        return Err(vm.recursion_error());
    }
    let mut slots = vm.take_slots(scope.nslots as usize);
    bind_arguments(vm, func, &mut slots, args, kwargs)?;
    run_call(vm, func, slots)
}

/// Run the body of (non-generator) `func` in a new frame whose parameter slots are bound.
#[inline]
pub fn run_call(vm: &Vm, func: &Rc<Function>, slots: Vec<Option<Value>>) -> PyResult<Value> {
    let depth = vm.depth.get() + 1;
    if depth > vm.recursion_limit.get() || stack_exhausted(vm) {
        vm.recycle_slots(slots);
        return Err(vm.recursion_error());
    }
    let mut frame = Frame::new(
        func.globals.clone(),
        func.source.clone(),
        func.name.borrow().clone(),
    );
    frame.slots = slots;
    make_cells(func, &mut frame);
    frame.def = Some(func.def.clone());
    vm.depth.set(depth);
    let r = run_frame_body(vm, &mut frame, &func.def.body);
    vm.depth.set(depth - 1);
    vm.recycle_slots(std::mem::take(&mut frame.slots));
    match r {
        Ok(()) => Ok(Value::None),
        Err(Flow::Return(v)) => Ok(v),
        Err(Flow::Error(e)) => Err(e),
        Err(Flow::Yield(_)) | Err(Flow::Break) | Err(Flow::Continue) => {
            Err(vm.runtime_error("internal: stray control flow"))
        }
    }
}

/// True when the native stack is close to its end (deep recursion in the evaluator).
pub fn stack_exhausted(vm: &Vm) -> bool {
    let limit = vm.stack_limit.get();
    limit != 0 && (psm::stack_pointer() as usize) < limit
}

/// Build the frame for a call: bind arguments to parameter slots and set up cells.
pub fn new_call_frame(
    vm: &Vm,
    func: &Rc<Function>,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<Frame> {
    let mut frame = Frame::new(
        func.globals.clone(),
        func.source.clone(),
        func.name.borrow().clone(),
    );
    frame.slots = vec![None; func.def.scope.nslots as usize];
    bind_frame(vm, func, &mut frame, args, kwargs)?;
    Ok(frame)
}

/// Bind arguments into the frame's slots and create its cells.
fn bind_frame(
    vm: &Vm,
    func: &Rc<Function>,
    frame: &mut Frame,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<()> {
    bind_arguments(vm, func, &mut frame.slots, args, kwargs)?;
    make_cells(func, frame);
    frame.def = Some(func.def.clone());
    Ok(())
}

/// Create the frame's cells (moving parameters that live in cells into them) and append
/// the closure's.
#[inline(always)]
fn make_cells(func: &Function, frame: &mut Frame) {
    let scope = &func.def.scope;
    if scope.ncells > 0 || !func.closure.is_empty() {
        fill_cells(func, frame);
    }
}

#[inline(never)]
fn fill_cells(func: &Function, frame: &mut Frame) {
    let scope = &func.def.scope;
    frame
        .cells
        .reserve_exact(scope.ncells as usize + func.closure.len());
    for _ in 0..scope.ncells {
        frame.cells.push(PyCell::new(None));
    }
    for &(slot, cell) in &scope.cell_params {
        let v = frame.slots[slot as usize].take();
        frame.cells[cell as usize].set(v);
    }
    frame.cells.extend(func.closure.iter().cloned());
    frame.ncells = scope.ncells;
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

fn bind_arguments(
    vm: &Vm,
    func: &Function,
    slots: &mut [Option<Value>],
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<()> {
    let p = &func.def.params;
    let npos = p.posonly.len() + p.args.len();
    let simple = p.vararg.is_none() && p.kwarg.is_none() && p.kwonly.is_empty();
    if simple && kwargs.is_empty() && args.len() == npos {
        for (s, a) in slots.iter_mut().zip(args) {
            *s = Some(a.clone());
        }
        return Ok(());
    }
    let qualname = func.qualname.borrow().clone();
    let given = args.len().min(npos);
    for i in 0..given {
        slots[i] = Some(args[i].clone());
    }
    let mut next = npos;
    if let Some(_v) = &p.vararg {
        let extra = if args.len() > npos {
            args[npos..].to_vec()
        } else {
            Vec::new()
        };
        slots[next] = Some(Value::tuple(extra));
        next += 1;
    } else if args.len() > npos {
        let kwonly_given = kwargs
            .iter()
            .filter(|(k, _)| p.kwonly.iter().any(|q| &q.name == k))
            .count();
        let ndefaults = func.defaults.len();
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", npos - ndefaults, npos)
        } else {
            plural(npos, "positional argument")
        };
        let was = if args.len() == 1 { "was" } else { "were" };
        let msg = if kwonly_given > 0 {
            format!(
                "{}() takes {} but {} (and {}) {} given",
                qualname,
                takes,
                plural(args.len(), "positional argument"),
                plural(kwonly_given, "keyword-only argument"),
                was
            )
        } else {
            format!(
                "{}() takes {} but {} {} given",
                qualname,
                takes,
                args.len(),
                was
            )
        };
        return Err(vm.type_error(msg));
    }
    let kwonly_start = next;
    let kwarg_slot = if p.kwarg.is_some() {
        Some(kwonly_start + p.kwonly.len())
    } else {
        None
    };
    let kwdict = if kwarg_slot.is_some() {
        Some(PyDict::new())
    } else {
        None
    };
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (name, value) in kwargs {
        let mut placed = false;
        for (i, param) in p.args.iter().enumerate() {
            if &param.name == name {
                let slot = p.posonly.len() + i;
                if slots[slot].is_some() {
                    return Err(vm.type_error(format!(
                        "{qualname}() got multiple values for argument '{name}'"
                    )));
                }
                slots[slot] = Some(value.clone());
                placed = true;
                break;
            }
        }
        if !placed {
            for (i, param) in p.kwonly.iter().enumerate() {
                if &param.name == name {
                    let slot = kwonly_start + i;
                    if slots[slot].is_some() {
                        return Err(vm.type_error(format!(
                            "{qualname}() got multiple values for argument '{name}'"
                        )));
                    }
                    slots[slot] = Some(value.clone());
                    placed = true;
                    break;
                }
            }
        }
        if !placed {
            match &kwdict {
                Some(d) => {
                    if d.get_str(name).is_some() {
                        return Err(vm.type_error(format!(
                            "{qualname}() got multiple values for keyword argument '{name}'"
                        )));
                    }
                    d.set_str(name, value.clone());
                }
                None => {
                    if p.posonly.iter().any(|q| &q.name == name) {
                        posonly_as_kw.push(name);
                        continue;
                    }
                    return Err(vm.type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{name}'"
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname,
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for the trailing positional parameters.
    let ndefaults = func.defaults.len();
    let first_default = npos - ndefaults;
    let mut missing: Vec<&str> = Vec::new();
    #[allow(clippy::needless_range_loop)]
    for i in given..npos {
        if slots[i].is_none() {
            if i >= first_default {
                slots[i] = Some(func.defaults[i - first_default].clone());
            } else {
                let param = if i < p.posonly.len() {
                    &p.posonly[i]
                } else {
                    &p.args[i - p.posonly.len()]
                };
                missing.push(&param.name);
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qualname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    for (i, param) in p.kwonly.iter().enumerate() {
        let slot = kwonly_start + i;
        if slots[slot].is_none() {
            match func.kwdefaults.get(i).cloned().flatten() {
                Some(d) => slots[slot] = Some(d),
                None => missing.push(&param.name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qualname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    if let (Some(slot), Some(d)) = (kwarg_slot, kwdict) {
        slots[slot] = Some(Value::Dict(Rc::new(d)));
    }
    Ok(())
}

/// The docstring of a body: its first statement when that is a string literal.
pub fn docstring(body: &[crate::ast::Stmt]) -> Value {
    if let Some(first) = body.first() {
        if let StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) = &first.kind
        {
            return Value::str(s);
        }
    }
    Value::None
}

/// Create a function object for `def`/`lambda`, evaluating defaults in frame `f`.
pub fn make_function(
    vm: &Vm,
    f: &mut Frame,
    def: &Rc<FuncDef>,
    _d: Vec<Value>,
    _k: Vec<Value>,
) -> PyResult<Value> {
    let p = &def.params;
    let mut defaults = Vec::new();
    for param in p.posonly.iter().chain(p.args.iter()) {
        if let Some(d) = &param.default {
            defaults.push(eval_expr(vm, f, d)?);
        }
    }
    let mut kwdefaults = Vec::with_capacity(p.kwonly.len());
    for param in &p.kwonly {
        kwdefaults.push(match &param.default {
            Some(d) => Some(eval_expr(vm, f, d)?),
            None => None,
        });
    }
    // Annotations are evaluated when the function is defined, as in CPython.
    let mut annotations: Vec<(Rc<str>, Value)> = Vec::new();
    for param in p.all() {
        if let Some(a) = &param.annotation {
            annotations.push((param.name.clone(), eval_expr(vm, f, a)?));
        }
    }
    if let Some(r) = &def.returns {
        annotations.push(("return".into(), eval_expr(vm, f, r)?));
    }
    let closure = def
        .scope
        .freevars
        .iter()
        .map(|fv| f.cells[fv.outer as usize].clone())
        .collect();
    let module = match f.globals.get_str("__name__") {
        Some(Value::Str(s)) => s.as_str().into(),
        _ => "__main__".into(),
    };
    let name: Rc<str> = if def.is_lambda {
        "<lambda>".into()
    } else {
        def.name.clone()
    };
    Ok(Value::Function(Rc::new(Function {
        def: def.clone(),
        globals: f.globals.clone(),
        defaults,
        kwdefaults,
        closure,
        name: RefCell::new(name),
        qualname: RefCell::new(def.scope.qualname.clone()),
        module,
        source: f.source.clone(),
        doc: RefCell::new(if def.is_lambda {
            Value::None
        } else {
            docstring(&def.body)
        }),
        plain_npos: if p.vararg.is_none()
            && p.kwarg.is_none()
            && p.kwonly.is_empty()
            && !def.scope.is_generator
            && !def.scope.is_coroutine
        {
            (p.posonly.len() + p.args.len()) as u32
        } else {
            u32::MAX
        },
        dict: {
            let d = Rc::new(PyDict::new());
            if !annotations.is_empty() {
                let table = PyDict::new();
                for (k, v) in annotations {
                    table.set_str(&k, v);
                }
                d.set_str("__annotations__", Value::Dict(Rc::new(table)));
            }
            d
        },
    })))
}

/// Execute a `class` statement's body and build the class.
pub fn make_class(vm: &Vm, f: &mut Frame, def: &Rc<ClassDef>) -> PyResult<Value> {
    let mut bases_v = Vec::new();
    let mut metaclass = None;
    let mut orig_bases = None;
    let mut class_kwargs: Vec<(Rc<str>, Value)> = Vec::new();
    for a in &def.bases {
        match a {
            crate::ast::Arg::Positional(e) => bases_v.push(eval_expr(vm, f, e)?),
            crate::ast::Arg::Star(e) => {
                let v = eval_expr(vm, f, e)?;
                bases_v.extend(vm.collect(&v)?);
            }
            crate::ast::Arg::Keyword(k, e) if &**k == "metaclass" => {
                metaclass = Some(eval_expr(vm, f, e)?)
            }
            // Other class keywords go to the metaclass (`class M(TypedDict, total=False)`).
            crate::ast::Arg::Keyword(k, e) => {
                class_kwargs.push((k.clone(), eval_expr(vm, f, e)?));
            }
            crate::ast::Arg::DoubleStar(e) => {
                let m = eval_expr(vm, f, e)?;
                let d = PyDict::new();
                super::expr::merge_mapping(vm, &d, &m)?;
                for (k, v) in d.items() {
                    match k {
                        Value::Str(s) if s.as_str() == "metaclass" => metaclass = Some(v),
                        Value::Str(s) => class_kwargs.push((Rc::from(s.as_str()), v)),
                        _ => return Err(vm.type_error("keywords must be strings")),
                    }
                }
            }
        }
    }
    // PEP 560: a base that is not a class may stand for others (`Generic[T]`).
    if bases_v.iter().any(|b| !matches!(b, Value::Class(_))) {
        let orig = Value::tuple(bases_v.clone());
        let mut resolved = Vec::new();
        for b in &bases_v {
            match b {
                Value::Class(_) => resolved.push(b.clone()),
                _ => match vm.type_of(b).lookup("__mro_entries__") {
                    Some(m) => {
                        let r = vm.call(&m, &[b.clone(), orig.clone()], &[])?;
                        match r {
                            Value::Tuple(t) => resolved.extend(t.as_slice().iter().cloned()),
                            _ => return Err(vm.type_error("__mro_entries__ must return a tuple")),
                        }
                    }
                    None => resolved.push(b.clone()),
                },
            }
        }
        bases_v = resolved;
        orig_bases = Some(orig);
    }
    let ns = Rc::new(PyDict::new());
    if let Some(orig) = orig_bases {
        ns.set_str("__orig_bases__", orig);
    }
    let module = f
        .globals
        .get_str("__name__")
        .unwrap_or_else(|| Value::str("__main__"));
    ns.set_str("__module__", module);
    ns.set_str("__qualname__", Value::str(&def.scope.qualname));
    let doc = docstring(&def.body);
    if !doc.is_none() {
        ns.set_str("__doc__", doc);
    }
    let scope = &def.scope;
    let mut frame = Frame::new(f.globals.clone(), f.source.clone(), def.name.clone());
    frame.namespace = Some(ns.clone());
    frame.slots = vec![None; scope.nslots as usize];
    for _ in 0..scope.ncells {
        frame.cells.push(PyCell::new(None));
    }
    for fv in &scope.freevars {
        frame.cells.push(f.cells[fv.outer as usize].clone());
    }
    frame.ncells = scope.ncells;
    match run_frame_body(vm, &mut frame, &def.body) {
        Ok(()) => {}
        Err(Flow::Error(e)) => return Err(e),
        Err(_) => return Err(vm.runtime_error("internal: stray control flow in class body")),
    }
    // Without `metaclass=`, a class takes the metaclass of its bases.
    let metaclass = metaclass.or_else(|| {
        bases_v.iter().find_map(|b| match b {
            Value::Class(c) => c.meta.borrow().clone().map(Value::Class),
            _ => None,
        })
    });
    let cls = match metaclass {
        Some(meta) if !matches!(&meta, Value::Class(c) if Rc::ptr_eq(c, &vm.types.type_)) => {
            let bases_t = Value::tuple(bases_v);
            let made = vm.call(
                &meta,
                &[Value::str(&def.name), bases_t, Value::Dict(ns)],
                &class_kwargs,
            )?;
            if let (Value::Class(c), Some(cell)) = (&made, scope.class_cell) {
                frame.cells[cell as usize].set(Some(Value::Class(c.clone())));
            }
            return Ok(made);
        }
        _ => build_class(vm, &def.name, &def.scope.qualname, &bases_v, ns)?,
    };
    if let Some(c) = scope.class_cell {
        frame.cells[c as usize].set(Some(Value::Class(cls.clone())));
    }
    init_subclass(vm, &cls, &class_kwargs)?;
    Ok(Value::Class(cls))
}

/// PEP 487: the nearest base's `__init_subclass__`, called on a new class with the class
/// keywords (`object`'s takes none).
fn init_subclass(
    vm: &Vm,
    cls: &Rc<Class>,
    kwargs: crate::object::function::Kwargs,
) -> PyResult<()> {
    for base in cls.mro_iter().iter().skip(1) {
        if let Some(f) = base.dict.get_str("__init_subclass__") {
            if base.is_builtin {
                break;
            }
            let func = match f.as_native::<crate::object::descriptor::ClassMethod>() {
                Some(cm) => cm.0.clone(),
                None => f,
            };
            vm.call(&func, &[Value::Class(cls.clone())], kwargs)?;
            return Ok(());
        }
    }
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            cls.name()
        )));
    }
    Ok(())
}

/// Create a class object from its name, bases and namespace (also `type(name, bases, ns)`).
pub fn build_class(
    vm: &Vm,
    name: &str,
    qualname: &str,
    bases: &[Value],
    ns: Rc<PyDict>,
) -> PyResult<Rc<Class>> {
    let mut base_classes = Vec::new();
    for b in bases {
        match b {
            Value::Class(c) => {
                if c.is_builtin && !is_subclassable(vm, c) {
                    return Err(vm.type_error(format!(
                        "type '{}' is not an acceptable base type",
                        c.name()
                    )));
                }
                base_classes.push(c.clone())
            }
            other => {
                return Err(
                    vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))
                )
            }
        }
    }
    if base_classes.is_empty() {
        base_classes.push(vm.types.object.clone());
    }
    for (i, b) in base_classes.iter().enumerate() {
        if base_classes[..i].iter().any(|c| Rc::ptr_eq(c, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", b.name())));
        }
    }
    let mro = c3_mro(&base_classes).map_err(|heads| {
        let names: Vec<Rc<str>> = heads.iter().map(|c| c.name()).collect();
        vm.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    })?;
    let layout = if base_classes.iter().any(|b| b.layout == Layout::Exception) {
        Layout::Exception
    } else {
        Layout::Object
    };
    let module: Rc<str> = match ns.get_str("__module__") {
        Some(Value::Str(s)) => s.as_str().into(),
        _ => "__main__".into(),
    };
    ns.remove_str("__qualname__");
    // `__eq__` without `__hash__` makes instances unhashable.
    if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
        ns.set_str("__hash__", Value::None);
    }
    check_slots(vm, &ns)?;
    // Every class has its own `__doc__` (None without a docstring): it is not inherited.
    if ns.get_str("__doc__").is_none() {
        ns.set_str("__doc__", Value::None);
    }
    for special in ["__new__", "__init_subclass__", "__class_getitem__"] {
        if let Some(Value::Function(func)) = ns.get_str(special) {
            if special != "__new__" {
                let cm = crate::object::descriptor::ClassMethod(Value::Function(func));
                ns.set_str(special, Value::Native(Rc::new(cm)));
            } else {
                let sm = crate::object::descriptor::StaticMethod(Value::Function(func));
                ns.set_str(special, Value::Native(Rc::new(sm)));
            }
        }
    }
    let cls = Rc::new(Class {
        name: RefCell::new(name.into()),
        qualname: RefCell::new(qualname.into()),
        module,
        bases: base_classes,
        mro: RefCell::new(mro),
        dict: ns,
        layout,
        is_builtin: false,
        slow_attrs: std::cell::Cell::new(true),
        subclasses: RefCell::new(Vec::new()),
        meta: RefCell::new(None),
        cache: Default::default(),
        instance_size: std::cell::Cell::new(0),
    });
    cls.dict.watched.set(true);
    for b in &cls.bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(&cls));
    }
    for (k, v) in cls.dict.items() {
        if let Value::Instance(_) = &v {
            if let Some(set_name) = vm.type_of(&v).lookup("__set_name__") {
                vm.call(&set_name, &[v.clone(), Value::Class(cls.clone()), k], &[])?;
            }
        }
    }
    let slow = cls.compute_slow_attrs()
        || cls
            .mro_iter()
            .iter()
            .any(|c| c.is_builtin && &*c.name() != "object");
    cls.slow_attrs.set(slow);
    Ok(cls)
}

/// CPython's error for a name in `__slots__` that is also a class attribute.
fn check_slots(vm: &Vm, ns: &PyDict) -> PyResult<()> {
    let Some(slots) = ns.get_str("__slots__") else {
        return Ok(());
    };
    let names = match &slots {
        Value::Str(_) => vec![slots.clone()],
        other => vm.collect(other)?,
    };
    for n in names {
        if let Some(name) = n.as_str() {
            if ns.get_str(name).is_some() {
                return Err(vm.value_error(format!(
                    "'{name}' in __slots__ conflicts with class variable"
                )));
            }
        }
    }
    Ok(())
}

fn is_subclassable(vm: &Vm, c: &Rc<Class>) -> bool {
    let t = &vm.types;
    !(Rc::ptr_eq(c, &t.bool_)
        || Rc::ptr_eq(c, &t.function)
        || Rc::ptr_eq(c, &t.none)
        || Rc::ptr_eq(c, &t.builtin_function)
        || matches!(
            &*c.name(),
            "range"
                | "slice"
                | "memoryview"
                | "method"
                | "generator"
                | "coroutine"
                | "async_generator"
                | "ellipsis"
                | "NotImplementedType"
        ))
}

/// Used by `builtins` for `type(name, bases, dict)`.
pub fn make_class_namespace_call(
    vm: &Vm,
    name: &str,
    bases: &[Value],
    ns: &PyDict,
    kwargs: crate::object::function::Kwargs,
) -> PyResult<Value> {
    let d = Rc::new(ns.copy());
    if d.get_str("__module__").is_none() {
        d.set_str("__module__", Value::str("__main__"));
    }
    let cls = build_class(vm, name, name, bases, d)?;
    init_subclass(vm, &cls, kwargs)?;
    Ok(Value::Class(cls))
}
