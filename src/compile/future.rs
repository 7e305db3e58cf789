//! `from __future__ import ...`: where such imports may stand, which features exist, and
//! the one that changes compilation here, `annotations` (PEP 563), which turns every
//! annotation into the string of its source.

use super::unparse::unparse;
use crate::ast::{Constant, Expr, ExprKind, FuncDef, Module, Stmt, StmtKind};
use crate::parser::SyntaxError;
use std::rc::Rc;

/// Every feature name `__future__` defines (all are mandatory in Python 3 except
/// `annotations`, which this pass implements, and `barry_as_FLUFL`, which pyco refuses).
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Check the module's future imports and apply the features they turn on.
pub fn apply_future_imports(
    module: &mut Module,
    filename: &str,
    source: &str,
) -> Result<(), SyntaxError> {
    let fail = |stmt: &Stmt, msg: String, whole: bool| {
        let span = stmt.span;
        let end_col = if whole && span.end_line == span.line {
            span.end_col + 1
        } else {
            span.col + 2
        };
        Err(SyntaxError {
            kind: "SyntaxError",
            msg,
            filename: filename.to_string(),
            line: span.line,
            col: span.col + 1,
            end_col,
            text: source
                .lines()
                .nth(span.line.saturating_sub(1) as usize)
                .map(String::from),
        })
    };
    let mut annotations = false;
    let mut misplaced = None;
    // The allowed place: after an optional docstring, before any other statement.
    let mut leading = true;
    for (i, stmt) in module.body.iter().enumerate() {
        let Some(names) = future_names(stmt) else {
            leading &= i == 0 && is_docstring(stmt);
            continue;
        };
        if !leading {
            misplaced = Some(stmt.span);
            break;
        }
        for name in names {
            match name.as_ref() {
                "braces" => return fail(stmt, "not a chance".into(), false),
                "annotations" => annotations = true,
                "barry_as_FLUFL" => {
                    let msg = "future feature barry_as_FLUFL is not supported by pyco";
                    return fail(stmt, msg.into(), false);
                }
                n if FEATURES.contains(&n) => {}
                n => return fail(stmt, format!("future feature {n} is not defined"), false),
            }
        }
    }
    visit_blocks(&mut module.body, true, &mut |stmt, at_top| {
        if !at_top && misplaced.is_none() && future_names(stmt).is_some() {
            misplaced = Some(stmt.span);
        }
    });
    if let Some(span) = misplaced {
        let stmt = Stmt {
            kind: StmtKind::Pass,
            span,
        };
        return fail(
            &stmt,
            "from __future__ imports must occur at the beginning of the file".into(),
            true,
        );
    }
    if annotations {
        stringify_annotations(&mut module.body, source);
    }
    Ok(())
}

fn is_docstring(stmt: &Stmt) -> bool {
    matches!(
        &stmt.kind,
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(_)),
            ..
        })
    )
}

/// The names a `from __future__ import ...` statement imports.
fn future_names(stmt: &Stmt) -> Option<Vec<Rc<str>>> {
    match &stmt.kind {
        StmtKind::ImportFrom {
            module,
            level: 0,
            names: Some(names),
        } if module.len() == 1 && &*module[0] == "__future__" => {
            Some(names.iter().map(|n| n.name.clone()).collect())
        }
        _ => None,
    }
}

/// Call `f` on every statement, nested ones included; `at_top` is true for the module's
/// own statements.
fn visit_blocks(body: &mut [Stmt], at_top: bool, f: &mut dyn FnMut(&Stmt, bool)) {
    for stmt in body {
        f(stmt, at_top);
        for block in child_blocks(stmt) {
            visit_blocks(block, false, f);
        }
    }
}

/// The statement lists directly inside `stmt`.
fn child_blocks(stmt: &mut Stmt) -> Vec<&mut Vec<Stmt>> {
    match &mut stmt.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => vec![body, orelse],
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let mut blocks = vec![body, orelse, finalbody];
            blocks.extend(handlers.iter_mut().map(|h| &mut h.body));
            blocks
        }
        StmtKind::With { body, .. } => vec![body],
        StmtKind::FunctionDef(def) => Rc::get_mut(def)
            .map(|d| vec![&mut d.body])
            .unwrap_or_default(),
        StmtKind::ClassDef(def) => Rc::get_mut(def)
            .map(|d| vec![&mut d.body])
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// PEP 563: every annotation in `body` becomes the string of its source.
fn stringify_annotations(body: &mut [Stmt], source: &str) {
    let as_string = |e: &mut Expr| {
        let text = unparse(e, source);
        e.kind = ExprKind::Constant(Constant::Str(text.into()));
    };
    for stmt in body.iter_mut() {
        match &mut stmt.kind {
            StmtKind::AnnAssign { annotation, .. } => as_string(annotation),
            StmtKind::FunctionDef(def) => {
                if let Some(def) = Rc::get_mut(def) {
                    stringify_signature(def, &as_string);
                }
            }
            _ => {}
        }
        for block in child_blocks(stmt) {
            stringify_annotations(block, source);
        }
    }
}

fn stringify_signature(def: &mut FuncDef, as_string: &dyn Fn(&mut Expr)) {
    let p = &mut def.params;
    for param in p.all_mut() {
        if let Some(a) = &mut param.annotation {
            as_string(a);
        }
    }
    if let Some(r) = &mut def.returns {
        as_string(r);
    }
}
