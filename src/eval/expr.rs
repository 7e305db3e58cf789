//! Expression evaluation.

use super::call::{make_function, ArgValues};
use super::comprehension::eval_comprehension;
use super::Frame;
use crate::ast::*;
use crate::object::exception::Anchor;
use crate::object::{PyDict, PyErr, PyResult, PySet, Value};
use crate::vm::attr::Method;
use crate::vm::Vm;
use std::rc::Rc;

/// Evaluate `e`, recording its span on errors that arise in it (for tracebacks).
#[inline(always)]
pub fn eval_expr(vm: &Vm, f: &mut Frame, e: &Expr) -> PyResult<Value> {
    // The commonest leaves (a bound local, a small int) skip the big dispatch.
    match &e.kind {
        ExprKind::Name(Name {
            loc: NameLoc::Local(i),
            ..
        }) => {
            if let Some(Some(v)) = f.slots.get(*i as usize) {
                if let Value::Int(n) = v {
                    return Ok(Value::Int(*n));
                }
                return Ok(v.clone());
            }
        }
        ExprKind::Constant(Constant::Int(i)) => return Ok(Value::Int(*i)),
        _ => {}
    }
    match eval_inner(vm, f, e) {
        Ok(v) => Ok(v),
        Err(err) => {
            err.note_span(e.span, anchor_of(e));
            Err(err)
        }
    }
}

/// The value of `e` when it is a bound local variable, borrowed from its slot (no
/// reference-count traffic for `self.x`). Nothing that runs while the borrow lives can
/// reach this frame's slots: only this frame's own code stores into them.
#[inline(always)]
pub(super) fn local_ref<'a>(f: &'a Frame, e: &Expr) -> Option<&'a Value> {
    match &e.kind {
        ExprKind::Name(Name {
            loc: NameLoc::Local(i),
            ..
        }) => f.slots.get(*i as usize)?.as_ref(),
        _ => None,
    }
}

fn anchor_of(e: &Expr) -> Option<Anchor> {
    match &e.kind {
        ExprKind::BinOp { left, right, .. } if e.span.line == e.span.end_line => {
            Some(Anchor::BinOp {
                left_end: left.span.end_col,
                right_start: right.span.col,
            })
        }
        ExprKind::Subscript { value, index } if e.span.line == e.span.end_line => {
            Some(Anchor::Subscript {
                value_end: value.span.end_col,
                index_end: index.span.end_col,
            })
        }
        _ => None,
    }
}

pub fn load_name(vm: &Vm, f: &Frame, n: &Name) -> PyResult<Value> {
    match n.loc {
        NameLoc::Local(i) => match &f.slots[i as usize] {
            Some(v) => Ok(v.clone()),
            None => Err(vm.unbound_local(&n.id)),
        },
        NameLoc::Cell(i) => match f.cells[i as usize].get() {
            Some(v) => Ok(v),
            None => {
                if i < f.ncells {
                    Err(vm.unbound_local(&n.id))
                } else {
                    Err(vm.unbound_free(&n.id))
                }
            }
        },
        NameLoc::Global => load_global(vm, f, n),
        NameLoc::Namespace | NameLoc::Unresolved => {
            if let Some(ns) = &f.namespace {
                if let Some((v, i)) = ns.get_name_indexed(&n.key, globals_hint(n)) {
                    n.hint.set(i as u32);
                    return Ok(v);
                }
                if Rc::ptr_eq(ns, &f.globals) {
                    return load_builtin(vm, f, n);
                }
                if let Some(v) = f.globals.get_name(&n.key) {
                    return Ok(v);
                }
                return load_builtin(vm, f, n);
            }
            load_global(vm, f, n)
        }
    }
}

/// Set in `Name::hint` when the name was last found in the builtins.
const BUILTIN_HINT: u32 = 1 << 31;

/// The globals-dict index a name's hint suggests (none when it points into the builtins).
#[inline(always)]
fn globals_hint(n: &Name) -> usize {
    let h = n.hint.get();
    if h & BUILTIN_HINT == 0 {
        h as usize
    } else {
        usize::MAX
    }
}

/// A global name: the module's globals, then the builtins, each tried first at the entry
/// where the name was found last time.
#[inline]
fn load_global(vm: &Vm, f: &Frame, n: &Name) -> PyResult<Value> {
    if let Some((v, i)) = f.globals.get_name_indexed(&n.key, globals_hint(n)) {
        n.hint.set(i as u32);
        return Ok(v);
    }
    load_builtin(vm, f, n)
}

fn load_builtin(vm: &Vm, f: &Frame, n: &Name) -> PyResult<Value> {
    let h = n.hint.get();
    let hint = if h & BUILTIN_HINT != 0 {
        (h & !BUILTIN_HINT) as usize
    } else {
        usize::MAX
    };
    match vm.builtins.get_name_indexed(&n.key, hint) {
        Some((v, i)) => {
            n.hint.set(i as u32 | BUILTIN_HINT);
            Ok(v)
        }
        None => Err(name_error(vm, f, &n.id)),
    }
}

/// A NameError carrying the names CPython would search for a suggestion.
fn name_error(vm: &Vm, f: &Frame, name: &str) -> PyErr {
    let e = vm.name_error(name);
    let mut locals: Vec<Value> = Vec::new();
    if let Some(def) = &f.def {
        for (i, n) in def.scope.slot_names.iter().enumerate() {
            if f.slots.get(i).map(|s| s.is_some()).unwrap_or(false) {
                locals.push(Value::str(n));
            }
        }
    } else if let Some(ns) = &f.namespace {
        locals = ns.keys();
    }
    let d = &e.instance().dict;
    d.set_str("__pyco_locals__", Value::list(locals));
    d.set_str("__pyco_globals__", Value::Dict(f.globals.clone()));
    e
}

fn eval_inner(vm: &Vm, f: &mut Frame, e: &Expr) -> PyResult<Value> {
    match &e.kind {
        ExprKind::Name(n) => load_name(vm, f, n),
        ExprKind::Constant(c) => Ok(constant(c)),
        ExprKind::BinOp { left, op, right } => {
            let a = eval_expr(vm, f, left)?;
            let b = eval_expr(vm, f, right)?;
            if let Some(r) = int_op(*op, &a, &b) {
                // Both are small ints (nothing to drop): skip the drop calls.
                std::mem::forget(a);
                std::mem::forget(b);
                return Ok(r);
            }
            vm.binary_op(*op, &a, &b)
        }
        ExprKind::Call { func, args } => eval_call(vm, f, func, args),
        ExprKind::Attribute { value, attr } => {
            if let Some(obj) = local_ref(f, value) {
                return vm.getattr_name(obj, attr);
            }
            let v = eval_expr(vm, f, value)?;
            vm.getattr_name(&v, attr)
        }
        ExprKind::Compare { left, ops, comparators } if ops.len() == 1 => {
            let a = eval_expr(vm, f, left)?;
            let b = eval_expr(vm, f, &comparators[0])?;
            if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                let r = match ops[0] {
                    CmpOp::Lt => Some(x < y),
                    CmpOp::LtE => Some(x <= y),
                    CmpOp::Gt => Some(x > y),
                    CmpOp::GtE => Some(x >= y),
                    CmpOp::Eq => Some(x == y),
                    CmpOp::NotEq => Some(x != y),
                    _ => None,
                };
                if let Some(r) = r {
                    // Both are small ints (nothing to drop): skip the drop calls.
                    std::mem::forget(a);
                    std::mem::forget(b);
                    return Ok(Value::Bool(r));
                }
            }
            compare(vm, ops[0], &a, &b)
        }
        ExprKind::Compare { left, ops, comparators } => {
            let mut a = eval_expr(vm, f, left)?;
            let n = ops.len();
            for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                let b = eval_expr(vm, f, c)?;
                let r = compare(vm, *op, &a, &b)?;
                if i + 1 == n {
                    return Ok(r);
                }
                if !vm.truthy(&r)? {
                    return Ok(r);
                }
                a = b;
            }
            Ok(Value::Bool(true))
        }
        ExprKind::Subscript { value, index } => {
            let v = eval_expr(vm, f, value)?;
            let i = eval_expr(vm, f, index)?;
            vm.getitem(&v, &i)
        }
        ExprKind::UnaryOp { op, operand } => {
            let v = eval_expr(vm, f, operand)?;
            unary(vm, *op, &v)
        }
        ExprKind::BoolOp { op, values } => {
            let mut last = Value::None;
            for (i, ve) in values.iter().enumerate() {
                last = eval_expr(vm, f, ve)?;
                if i + 1 == values.len() {
                    break;
                }
                let t = truthy(vm, &last)?;
                match op {
                    BoolOp::And if !t => return Ok(last),
                    BoolOp::Or if t => return Ok(last),
                    _ => {}
                }
            }
            Ok(last)
        }
        ExprKind::IfExp { test, body, orelse } => {
            let t = eval_expr(vm, f, test)?;
            if vm.truthy(&t)? {
                eval_expr(vm, f, body)
            } else {
                eval_expr(vm, f, orelse)
            }
        }
        ExprKind::Tuple(items) => Ok(Value::tuple(eval_items(vm, f, items)?)),
        ExprKind::List(items) => Ok(Value::list(eval_items(vm, f, items)?)),
        ExprKind::Set(items) => {
            let values = eval_items(vm, f, items)?;
            Ok(Value::Set(Rc::new(PySet::from_values(vm, values, false)?)))
        }
        ExprKind::Dict(items) => {
            let d = PyDict::new();
            for (k, v) in items {
                match k {
                    Some(k) => {
                        let kv = eval_expr(vm, f, k)?;
                        let vv = eval_expr(vm, f, v)?;
                        d.set(vm, kv, vv)?;
                    }
                    None => {
                        let m = eval_expr(vm, f, v)?;
                        merge_mapping(vm, &d, &m)?;
                    }
                }
            }
            Ok(Value::Dict(Rc::new(d)))
        }
        ExprKind::JoinedStr(parts) => super::fstring::eval_fstring(vm, f, parts).map(Value::string),
        ExprKind::Lambda(def) => make_function(vm, f, def, Vec::new(), Vec::new()),
        ExprKind::Comprehension(c) => eval_comprehension(vm, f, c),
        ExprKind::NamedExpr { target, value } => {
            let v = eval_expr(vm, f, value)?;
            super::assign::store_name(vm, f, target, v.clone())?;
            Ok(v)
        }
        ExprKind::Slice { lower, upper, step } => {
            let mut part = |p: &Option<Box<Expr>>| -> PyResult<Value> {
                match p {
                    Some(x) => eval_expr(vm, f, x),
                    None => Ok(Value::None),
                }
            };
            let (a, b, c) = (part(lower)?, part(upper)?, part(step)?);
            Ok(crate::object::range::new_slice(a, b, c))
        }
        ExprKind::MatchTest { subject, pattern } => {
            let v = eval_expr(vm, f, subject)?;
            super::pattern::match_and_bind(vm, f, &v, pattern).map(Value::Bool)
        }
        ExprKind::Starred(_) => Err(vm.error("SyntaxError", "can't use starred expression here")),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_) => Err(vm.error(
            "SyntaxError",
            "pyco supports 'yield', 'yield from' and 'await' only as a whole statement or the right side of an assignment",
        )),
    }
}

/// `a <op> b` for two small ints when the result is a small int too (no overflow, no
/// division by zero): the arithmetic loops spend their time here, so it stays inline.
#[inline(always)]
pub fn int_op(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let (Value::Int(x), Value::Int(y)) = (a, b) else {
        return None;
    };
    let (x, y) = (*x, *y);
    match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mult => x.checked_mul(y).map(Value::Int),
        BinOp::Mod if y > 0 && x >= 0 => Some(Value::Int(x % y)),
        BinOp::FloorDiv if y > 0 && x >= 0 => Some(Value::Int(x / y)),
        BinOp::BitAnd => Some(Value::Int(x & y)),
        BinOp::BitOr => Some(Value::Int(x | y)),
        BinOp::BitXor => Some(Value::Int(x ^ y)),
        _ => None,
    }
}

/// `bool(v)`, with the answer for a `bool` (what comparisons give) inline.
#[inline(always)]
pub fn truthy(vm: &Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => vm.truthy(v),
    }
}

pub fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::BigInt(b.clone()),
        Constant::Float(x) => Value::Float(*x),
        Constant::Imag(x) => crate::object::complex::Complex::new(0.0, *x).value(),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::Bytes(b.clone()),
    }
}

/// Elements of a display, expanding `*iterable`.
pub fn eval_items(vm: &Vm, f: &mut Frame, items: &[Expr]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match &it.kind {
            ExprKind::Starred(inner) => {
                let v = eval_expr(vm, f, inner)?;
                out.extend(vm.collect(&v)?);
            }
            _ => out.push(eval_expr(vm, f, it)?),
        }
    }
    Ok(out)
}

pub fn merge_mapping(vm: &Vm, d: &PyDict, m: &Value) -> PyResult<()> {
    match m {
        Value::Dict(src) => {
            for (k, v) in src.items() {
                d.set(vm, k, v)?;
            }
            Ok(())
        }
        _ => {
            let keys = vm.call_method(m, "keys", &[]).map_err(|_| {
                vm.type_error(format!("'{}' object is not a mapping", vm.type_name(m)))
            })?;
            for k in vm.collect(&keys)? {
                let v = vm.getitem(m, &k)?;
                d.set(vm, k, v)?;
            }
            Ok(())
        }
    }
}

pub fn compare(vm: &Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    match op {
        CmpOp::Is => Ok(Value::Bool(a.is(b))),
        CmpOp::IsNot => Ok(Value::Bool(!a.is(b))),
        CmpOp::In => Ok(Value::Bool(vm.contains(b, a)?)),
        CmpOp::NotIn => Ok(Value::Bool(!vm.contains(b, a)?)),
        _ => vm.compare(op, a, b),
    }
}

pub fn unary(vm: &Vm, op: UnaryOp, v: &Value) -> PyResult<Value> {
    match (op, v) {
        (UnaryOp::Not, _) => Ok(Value::Bool(!vm.truthy(v)?)),
        (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => crate::object::int::from_big(-num_bigint::BigInt::from(*i)),
        }),
        (UnaryOp::Neg, Value::BigInt(b)) => Ok(crate::object::int::from_big(-(**b).clone())),
        (UnaryOp::Neg, Value::Float(x)) => Ok(Value::Float(-x)),
        (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
        (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
        (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
        (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
        (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
        (UnaryOp::Invert, Value::BigInt(b)) => Ok(crate::object::int::from_big(-(**b).clone() - 1)),
        _ => {
            let (name, sym) = match op {
                UnaryOp::Neg => ("__neg__", "-"),
                UnaryOp::Pos => ("__pos__", "+"),
                UnaryOp::Invert => ("__invert__", "~"),
                UnaryOp::Not => ("__bool__", "not"),
            };
            match vm.type_of(v).lookup(name) {
                Some(m) if matches!(v, Value::Instance(_) | Value::Native(_)) => {
                    vm.call(&m, &[v.clone()], &[])
                }
                _ => Err(vm.type_error(format!(
                    "bad operand type for unary {}: '{}'",
                    sym,
                    vm.type_name(v)
                ))),
            }
        }
    }
}

/// How CPython names a callee in argument errors: `module.qualname()`, or just
/// `qualname()` for builtins.
fn function_str(vm: &Vm, callee: &Value) -> String {
    let qualname = match vm.getattr(callee, "__qualname__") {
        Ok(Value::Str(s)) => s.as_str().to_string(),
        _ => return vm.to_str(callee).unwrap_or_default(),
    };
    match vm.getattr(callee, "__module__") {
        Ok(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.{qualname}()", m.as_str()),
        _ => format!("{qualname}()"),
    }
}

/// Evaluate call arguments into positional values and keyword pairs.
pub fn eval_args(
    vm: &Vm,
    f: &mut Frame,
    args: &[Arg],
    first: Option<Value>,
    callee: &Value,
) -> PyResult<ArgValues> {
    let mut pos: smallvec::SmallVec<[Value; 4]> =
        smallvec::SmallVec::with_capacity(args.len() + first.is_some() as usize);
    if let Some(v) = first {
        pos.push(v);
    }
    let mut kw: Vec<(Rc<str>, Value)> = Vec::new();
    for a in args {
        match a {
            Arg::Positional(e) => pos.push(eval_expr(vm, f, e)?),
            Arg::Star(e) => {
                let v = eval_expr(vm, f, e)?;
                match vm.collect(&v) {
                    Ok(items) => pos.extend(items),
                    Err(err)
                        if err.is_instance_of(&vm.exc_class("TypeError")) && !vm.has_iter(&v) =>
                    {
                        return Err(vm.type_error(format!(
                            "{} argument after * must be an iterable, not {}",
                            function_str(vm, callee),
                            vm.type_name(&v)
                        )))
                    }
                    Err(err) => return Err(err),
                }
            }
            Arg::Keyword(name, e) => {
                let v = eval_expr(vm, f, e)?;
                kw.push((name.clone(), v));
            }
            Arg::DoubleStar(e) => {
                let m = eval_expr(vm, f, e)?;
                let d = PyDict::new();
                if !matches!(m, Value::Dict(_)) && vm.getattr(&m, "keys").is_err() {
                    return Err(vm.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        function_str(vm, callee),
                        vm.type_name(&m)
                    )));
                }
                merge_mapping(vm, &d, &m)?;
                for (k, v) in d.items() {
                    match k {
                        Value::Str(s) => {
                            let name: Rc<str> = s.as_str().into();
                            if kw.iter().any(|(n, _)| *n == name) {
                                return Err(vm.type_error(format!(
                                    "{} got multiple values for keyword argument '{name}'",
                                    function_str(vm, callee)
                                )));
                            }
                            kw.push((name, v));
                        }
                        _ => return Err(vm.type_error("keywords must be strings")),
                    }
                }
            }
        }
    }
    Ok(ArgValues { pos, kw })
}

fn all_positional(args: &[Arg]) -> bool {
    args.iter().all(|a| matches!(a, Arg::Positional(_)))
}

/// Most calls pass a few positional arguments: evaluate them onto the stack, after `first`.
#[inline]
fn eval_positional(
    vm: &Vm,
    f: &mut Frame,
    args: &[Arg],
    first: Option<Value>,
) -> PyResult<smallvec::SmallVec<[Value; 4]>> {
    let mut pos: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
    pos.extend(first);
    for a in args {
        if let Arg::Positional(e) = a {
            pos.push(eval_expr(vm, f, e)?);
        }
    }
    Ok(pos)
}

/// Call `callee` with `first` (a method's receiver) and the values of `args`, all
/// positional. A plain Python function taking exactly these gets them evaluated straight
/// into its new frame's slots (no argument vector, no copies).
#[inline]
fn call_positional(
    vm: &Vm,
    f: &mut Frame,
    callee: &Value,
    first: Option<Value>,
    args: &[Arg],
) -> PyResult<Value> {
    if let Value::Function(func) = callee {
        let mut k = first.is_some() as usize;
        if func.plain_npos as usize == args.len() + k {
            let mut slots = vm.take_slots(func.def.scope.nslots as usize);
            if let Some(v) = first {
                slots[0] = Some(v);
            }
            for a in args {
                if let Arg::Positional(e) = a {
                    slots[k] = Some(eval_expr(vm, f, e)?);
                    k += 1;
                }
            }
            return super::call::run_call(vm, func, slots);
        }
    }
    let pos = eval_positional(vm, f, args, first)?;
    vm.call(callee, &pos, &[])
}

#[inline(never)]
fn eval_call(vm: &Vm, f: &mut Frame, func: &Expr, args: &[Arg]) -> PyResult<Value> {
    // `obj.method(...)`: call without building a bound method.
    if let ExprKind::Attribute { value, attr } = &func.kind {
        let obj = eval_expr(vm, f, value)?;
        let m = vm
            .load_method_name(&obj, attr)
            .inspect_err(|e| e.note_span(func.span, None))?;
        let (callee, first) = match m {
            Method::Unbound(callee) => (callee, Some(obj)),
            Method::Plain(callee) => (callee, None),
        };
        if all_positional(args) {
            return call_positional(vm, f, &callee, first, args);
        }
        let a = eval_args(vm, f, args, first, &callee)?;
        return vm.call(&callee, &a.pos, &a.kw);
    }
    if let ExprKind::Name(n) = &func.kind {
        if matches!(&*n.id, "eval" | "exec") {
            let callee = eval_expr(vm, f, func)?;
            let a = eval_args(vm, f, args, None, &callee)?;
            if let Value::Builtin(b) = &callee {
                if b.receiver.is_none() && b.owner.is_none() && matches!(&*b.name, "eval" | "exec")
                {
                    return super::dynamic::eval_or_exec(vm, f, &*b.name == "exec", &a.pos, &a.kw);
                }
            }
            return vm.call(&callee, &a.pos, &a.kw);
        }
    }
    if args.is_empty() {
        if let ExprKind::Name(n) = &func.kind {
            if matches!(&*n.id, "super" | "locals" | "globals" | "dir" | "vars") {
                let callee = eval_expr(vm, f, func)?;
                // The frame-reading builtins, when they are the builtins (not shadowed).
                if let Value::Builtin(b) = &callee {
                    if b.receiver.is_none() && b.owner.is_none() {
                        match &*b.name {
                            "super" => return zero_arg_super(vm, f, &callee),
                            "globals" => return Ok(Value::Dict(f.globals.clone())),
                            "locals" | "vars" => return Ok(Value::Dict(frame_locals(vm, f))),
                            "dir" => {
                                let d = frame_locals(vm, f);
                                let mut names: Vec<String> = d
                                    .keys()
                                    .iter()
                                    .filter_map(|k| k.as_str().map(String::from))
                                    .collect();
                                names.sort();
                                return Ok(Value::list(
                                    names.into_iter().map(Value::string).collect(),
                                ));
                            }
                            _ => {}
                        }
                    }
                }
                return vm.call(&callee, &[], &[]);
            }
        }
    }
    let callee = match &func.kind {
        ExprKind::Name(n) => load_name(vm, f, n).inspect_err(|e| e.note_span(func.span, None))?,
        _ => eval_expr(vm, f, func)?,
    };
    if all_positional(args) {
        let r = call_positional(vm, f, &callee, None, args);
        // A generator passed as a temporary argument is closed as soon as the call returns.
        if crate::object::generator::has_pending_closes() {
            crate::object::generator::run_pending_closes_at(vm, Some((&f.source, f.line.get())));
        }
        return r;
    }
    let a = eval_args(vm, f, args, None, &callee)?;
    vm.call(&callee, &a.pos, &a.kw)
}

/// `locals()`: the namespace of a module or class body, or a snapshot of a function's
/// bound local variables (cells included).
pub fn frame_locals(_vm: &Vm, f: &Frame) -> Rc<PyDict> {
    if let Some(ns) = &f.namespace {
        return ns.clone();
    }
    Rc::new(match &f.def {
        Some(def) => bound_locals(def, &f.slots, &f.cells),
        None => PyDict::new(),
    })
}

/// The bound local variables of a function's frame (cells included), by name.
pub fn bound_locals(
    def: &crate::ast::FuncDef,
    slots: &[Option<Value>],
    cells: &[Rc<crate::object::function::PyCell>],
) -> PyDict {
    let d = PyDict::new();
    for (i, name) in def.scope.slot_names.iter().enumerate() {
        if name.starts_with('.') {
            continue;
        }
        if let Some(Some(v)) = slots.get(i) {
            d.set_str(name, v.clone());
        }
    }
    for (i, name) in def.scope.cell_names.iter().enumerate() {
        if let Some(v) = cells.get(i).and_then(|c| c.get()) {
            d.set_str(name, v);
        }
    }
    d
}

/// `super()` inside a method: the class from the `__class__` cell and the first argument.
fn zero_arg_super(vm: &Vm, f: &Frame, sup: &Value) -> PyResult<Value> {
    let def = f
        .def
        .clone()
        .ok_or_else(|| vm.runtime_error("super(): no arguments"))?;
    let idx = def
        .scope
        .cell_names
        .iter()
        .position(|n| &**n == "__class__");
    let cls = idx.and_then(|i| f.cells.get(i)).and_then(|c| c.get());
    let cls = match cls {
        Some(c) => c,
        None => return Err(vm.runtime_error("super(): __class__ cell not found")),
    };
    let first = if def.scope.nslots > 0 && !def.scope.cell_params.iter().any(|(s, _)| *s == 0) {
        f.slots.first().cloned().flatten()
    } else {
        def.scope
            .cell_params
            .iter()
            .find(|(s, _)| *s == 0)
            .and_then(|(_, c)| f.cells[*c as usize].get())
    };
    match first {
        Some(obj) => vm.call(sup, &[cls, obj], &[]),
        None => Err(vm.runtime_error("super(): no arguments")),
    }
}

impl Vm {
    pub fn has_iter(&self, v: &Value) -> bool {
        matches!(
            v,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::Bytes(_)
        ) || self.type_of(v).lookup("__iter__").is_some()
            || self.type_of(v).lookup("__getitem__").is_some()
            || matches!(v, Value::Native(n) if n.is_iterator())
    }
}
