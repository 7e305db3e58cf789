//! Assignment targets: names, attributes, subscripts and (starred) unpacking; `del`.

use super::expr::{eval_expr, load_name, local_ref};
use super::Frame;
use crate::ast::{Expr, ExprKind, Name, NameLoc};
use crate::object::{PyResult, Value};
use crate::vm::Vm;

pub fn store_name(vm: &Vm, f: &mut Frame, n: &Name, v: Value) -> PyResult<()> {
    match n.loc {
        NameLoc::Local(i) => f.slots[i as usize] = Some(v),
        NameLoc::Cell(i) => f.cells[i as usize].set(Some(v)),
        // The name's hint (shared with loads) usually points at its entry already.
        NameLoc::Global => f.globals.set_name_hinted(&n.key, &n.hint, v),
        NameLoc::Namespace | NameLoc::Unresolved => match &f.namespace {
            Some(ns) => ns.set_name_hinted(&n.key, &n.hint, v),
            None => f.globals.set_name_hinted(&n.key, &n.hint, v),
        },
    }
    let _ = vm;
    Ok(())
}

pub fn delete_name(vm: &Vm, f: &mut Frame, n: &Name) -> PyResult<()> {
    match n.loc {
        NameLoc::Local(i) => {
            if f.slots[i as usize].take().is_none() {
                return Err(vm.unbound_local(&n.id));
            }
        }
        NameLoc::Cell(i) => {
            if f.cells[i as usize].get().is_none() {
                return Err(vm.unbound_local(&n.id));
            }
            f.cells[i as usize].set(None);
        }
        NameLoc::Global => {
            if f.globals.remove_str(&n.id).is_none() {
                return Err(vm.name_error(&n.id));
            }
        }
        NameLoc::Namespace | NameLoc::Unresolved => {
            let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
            if ns.remove_str(&n.id).is_none() {
                return Err(vm.name_error(&n.id));
            }
        }
    }
    Ok(())
}

/// Store `v` into an assignment target.
pub fn store_target(vm: &Vm, f: &mut Frame, t: &Expr, v: Value) -> PyResult<()> {
    match &t.kind {
        ExprKind::Name(n) => store_name(vm, f, n, v),
        ExprKind::Attribute { value, attr } => {
            let r = match local_ref(f, value) {
                Some(obj) => vm.setattr_name(obj, attr, v),
                None => {
                    let obj = eval_expr(vm, f, value)?;
                    vm.setattr_name(&obj, attr, v)
                }
            };
            r.inspect_err(|e| e.note_span(t.span, None))
        }
        ExprKind::Subscript { value, index } => {
            let obj = eval_expr(vm, f, value)?;
            let i = eval_expr(vm, f, index)?;
            vm.setitem(&obj, &i, v)
                .inspect_err(|e| e.note_span(t.span, None))
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => unpack(vm, f, items, v),
        ExprKind::Starred(_) => Err(vm.error(
            "SyntaxError",
            "starred assignment target must be in a list or tuple",
        )),
        _ => Err(vm.error("SyntaxError", "cannot assign to expression")),
    }
}

fn unpack(vm: &Vm, f: &mut Frame, targets: &[Expr], v: Value) -> PyResult<()> {
    let values = match &v {
        Value::Tuple(t) => t.as_slice().to_vec(),
        Value::List(l) => l.to_vec(),
        _ => {
            if !vm.has_iter(&v) {
                return Err(vm.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    vm.type_name(&v)
                )));
            }
            vm.collect(&v)?
        }
    };
    let star = targets
        .iter()
        .position(|t| matches!(t.kind, ExprKind::Starred(_)));
    match star {
        None => {
            if values.len() != targets.len() {
                return Err(if values.len() > targets.len() {
                    vm.value_error(format!(
                        "too many values to unpack (expected {})",
                        targets.len()
                    ))
                } else {
                    vm.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        targets.len(),
                        values.len()
                    ))
                });
            }
            for (t, x) in targets.iter().zip(values) {
                store_target(vm, f, t, x)?;
            }
        }
        Some(s) => {
            let after = targets.len() - s - 1;
            if values.len() < targets.len() - 1 {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    targets.len() - 1,
                    values.len()
                )));
            }
            let mut values = values;
            let tail = values.split_off(values.len() - after);
            let middle = values.split_off(s);
            for (t, x) in targets[..s].iter().zip(values) {
                store_target(vm, f, t, x)?;
            }
            if let ExprKind::Starred(inner) = &targets[s].kind {
                store_target(vm, f, inner, Value::list(middle))?;
            }
            for (t, x) in targets[s + 1..].iter().zip(tail) {
                store_target(vm, f, t, x)?;
            }
        }
    }
    Ok(())
}

pub fn delete_target(vm: &Vm, f: &mut Frame, t: &Expr) -> PyResult<()> {
    match &t.kind {
        ExprKind::Name(n) => delete_name(vm, f, n),
        ExprKind::Attribute { value, attr } => {
            let obj = eval_expr(vm, f, value)?;
            vm.setattr(&obj, attr, None)
        }
        ExprKind::Subscript { value, index } => {
            let obj = eval_expr(vm, f, value)?;
            let i = eval_expr(vm, f, index)?;
            vm.delitem(&obj, &i)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items {
                delete_target(vm, f, i)?;
            }
            Ok(())
        }
        _ => Err(vm.error("SyntaxError", "cannot delete expression")),
    }
}

/// `target <op>= value`, evaluating the target's parts once.
pub fn aug_assign(
    vm: &Vm,
    f: &mut Frame,
    t: &Expr,
    op: crate::ast::BinOp,
    value: &Expr,
) -> PyResult<()> {
    match &t.kind {
        ExprKind::Name(n) => {
            let cur = load_name(vm, f, n).inspect_err(|e| e.note_span(t.span, None))?;
            let rhs = eval_expr(vm, f, value)?;
            let r = match super::expr::int_op(op, &cur, &rhs) {
                Some(r) => r,
                None => vm.inplace_op(op, &cur, &rhs)?,
            };
            drop(cur);
            store_name(vm, f, n, r)
        }
        ExprKind::Attribute { value: obj_e, attr } => {
            let obj = eval_expr(vm, f, obj_e)?;
            let cur = vm.getattr_name(&obj, attr)?;
            let rhs = eval_expr(vm, f, value)?;
            let r = match super::expr::int_op(op, &cur, &rhs) {
                Some(r) => r,
                None => vm.inplace_op(op, &cur, &rhs)?,
            };
            vm.setattr_name(&obj, attr, r)
        }
        ExprKind::Subscript {
            value: obj_e,
            index,
        } => {
            let obj = eval_expr(vm, f, obj_e)?;
            let i = eval_expr(vm, f, index)?;
            let cur = vm.getitem(&obj, &i)?;
            let rhs = eval_expr(vm, f, value)?;
            let r = vm.inplace_op(op, &cur, &rhs)?;
            vm.setitem(&obj, &i, r)
        }
        _ => Err(vm.error("SyntaxError", "illegal expression for augmented assignment")),
    }
}
