//! The `match` statement (PEP 634): the pattern nodes the grammar's actions build, the
//! compile-time checks CPython makes on them, and the statement's translation.
//!
//! `match subject:` with its cases becomes
//! `.m = subject; if <.m matches P1> and guard1: body1 elif <.m matches P2>: body2 ...`,
//! where `<.m matches P>` is an `ExprKind::MatchTest` that binds the pattern's names when it
//! succeeds. So the rest of the pipeline (lowering of `yield`, resuming generators inside a
//! case body, tracebacks) treats a `match` as the `if` chain it behaves like.

use super::build::{err_span, ex, st, R};
use crate::ast::*;
use crate::lexer::Loc;

/// One `case pattern [if guard]: body`, with the span of its header.
pub type Case = (Loc, Loc, Pattern, Option<Expr>, Vec<Stmt>);

/// `name` (or `_`) in a pattern, or a dotted name (a value pattern).
pub fn name_or_value(e: Expr) -> Pattern {
    match e.kind {
        ExprKind::Name(n) if &*n.id == "_" => Pattern::Wildcard,
        ExprKind::Name(n) => Pattern::Capture(Name::new(n.id)),
        _ => Pattern::Value(e),
    }
}

/// A literal pattern: `None`/`True`/`False` match by identity, the rest by equality.
pub fn literal(e: Expr) -> Pattern {
    match &e.kind {
        ExprKind::Constant(c @ (Constant::None | Constant::True | Constant::False)) => {
            Pattern::Singleton(c.clone())
        }
        _ => Pattern::Value(e),
    }
}

/// `*name` / `*_`.
pub fn star(id: Ident) -> Pattern {
    if &*id == "_" {
        Pattern::Star(None)
    } else {
        Pattern::Star(Some(Name::new(id)))
    }
}

/// `pattern as name`.
pub fn as_pattern(p: Pattern, id: Ident, l: Loc, r: Loc) -> R<Pattern> {
    if &*id == "_" {
        return Err(err_span("cannot use '_' as a target", l, r));
    }
    Ok(Pattern::As(Box::new(p), Name::new(id)))
}

/// `p | q | ...`
pub fn or_pattern(mut alternatives: Vec<Pattern>, l: Loc, r: Loc) -> R<Pattern> {
    if alternatives.len() == 1 {
        return Ok(alternatives.remove(0));
    }
    let mut first: Option<Vec<Ident>> = None;
    for (i, alt) in alternatives.iter().enumerate() {
        if i + 1 < alternatives.len() && irrefutable(alt) {
            return Err(unreachable_error(alt, l, r));
        }
        let mut names = Vec::new();
        bound_names(alt, &mut names);
        names.sort();
        match &first {
            None => first = Some(names),
            Some(f) if *f != names => {
                return Err(err_span("alternative patterns bind different names", l, r))
            }
            Some(_) => {}
        }
    }
    Ok(Pattern::Or(alternatives))
}

/// A sequence pattern: at most one starred item.
pub fn sequence(items: Vec<Pattern>, l: Loc, r: Loc) -> R<Pattern> {
    let stars = items
        .iter()
        .filter(|p| matches!(p, Pattern::Star(_)))
        .count();
    if stars > 1 {
        return Err(err_span("multiple starred names in sequence pattern", l, r));
    }
    Ok(Pattern::Sequence(items))
}

/// `{k: p, ..., **rest}`.
pub fn mapping(items: Vec<(Expr, Pattern)>, rest: Option<Ident>, l: Loc, r: Loc) -> R<Pattern> {
    if rest.as_deref() == Some("_") {
        return Err(err_span("invalid syntax", l, r));
    }
    for (i, (k, _)) in items.iter().enumerate() {
        let Some(shown) = literal_key(k) else {
            continue;
        };
        if items[..i]
            .iter()
            .any(|(other, _)| literal_key(other).as_ref() == Some(&shown))
        {
            return Err(err_span(
                format!("mapping pattern checks duplicate key ({shown})"),
                k_span(k).0,
                k_span(k).1,
            ));
        }
    }
    let (keys, values) = items.into_iter().unzip();
    Ok(Pattern::Mapping {
        keys,
        values,
        rest: rest.map(Name::new),
    })
}

/// The repr of a literal mapping key whose duplicates CPython rejects at compile time.
fn literal_key(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Constant(Constant::Str(s)) => Some(crate::format::str_repr(s)),
        ExprKind::Constant(Constant::Int(i)) => Some(i.to_string()),
        ExprKind::Constant(Constant::None) => Some("None".into()),
        ExprKind::Constant(Constant::True) => Some("True".into()),
        ExprKind::Constant(Constant::False) => Some("False".into()),
        _ => None,
    }
}

fn k_span(e: &Expr) -> (Loc, Loc) {
    (
        Loc::new(e.span.line, e.span.col),
        Loc::new(e.span.end_line, e.span.end_col),
    )
}

/// `Cls(p, ..., name=q, ...)`.
pub fn class(
    cls: Expr,
    args: Vec<Pattern>,
    kwargs: Vec<(Ident, Pattern)>,
    l: Loc,
    r: Loc,
) -> R<Pattern> {
    for (i, (k, _)) in kwargs.iter().enumerate() {
        if kwargs[..i].iter().any(|(other, _)| other == k) {
            return Err(err_span(
                format!("attribute name repeated in class pattern: {k}"),
                l,
                r,
            ));
        }
    }
    Ok(Pattern::Class { cls, args, kwargs })
}

/// The whole statement, as the assignment of the subject and an `if` chain.
pub fn match_stmt(subject: Expr, cases: Vec<Case>, l: Loc, r: Loc) -> R<Vec<Stmt>> {
    let temp: Ident = format!(".m{}_{}", l.line, l.col).into();
    let n = cases.len();
    let mut tests = Vec::with_capacity(n);
    for (i, (cl, cr, pattern, guard, body)) in cases.into_iter().enumerate() {
        let mut names = Vec::new();
        bound_names(&pattern, &mut names);
        for (j, name) in names.iter().enumerate() {
            if names[..j].contains(name) {
                return Err(err_span(
                    format!("multiple assignments to name '{name}' in pattern"),
                    cl,
                    cr,
                ));
            }
        }
        if i + 1 < n && guard.is_none() && irrefutable(&pattern) {
            return Err(unreachable_error(&pattern, cl, cr));
        }
        let subject_name = ex(ExprKind::Name(Name::new(temp.clone())), cl, cr);
        let test = ex(
            ExprKind::MatchTest {
                subject: Box::new(subject_name),
                pattern: Box::new(pattern),
            },
            cl,
            cr,
        );
        let test = match guard {
            Some(g) => ex(
                ExprKind::BoolOp {
                    op: BoolOp::And,
                    values: vec![test, g],
                },
                cl,
                cr,
            ),
            None => test,
        };
        tests.push(((cl, cr), test, body));
    }
    let mut chain: Vec<Stmt> = Vec::new();
    for ((cl, cr), test, body) in tests.into_iter().rev() {
        chain = vec![st(
            StmtKind::If {
                test,
                body,
                orelse: chain,
            },
            cl,
            cr,
        )];
    }
    let assign = st(
        StmtKind::Assign {
            targets: vec![ex(ExprKind::Name(Name::new(temp)), l, r)],
            value: subject,
        },
        l,
        r,
    );
    let mut out = vec![assign];
    out.extend(chain);
    Ok(out)
}

/// A pattern that matches anything (so the cases after it could never run).
fn irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::Wildcard | Pattern::Capture(_) => true,
        Pattern::As(inner, _) => irrefutable(inner),
        Pattern::Or(alts) => alts.iter().any(irrefutable),
        _ => false,
    }
}

fn unreachable_error(p: &Pattern, l: Loc, r: Loc) -> super::build::PErr {
    match p {
        Pattern::Capture(n) => err_span(
            format!(
                "name capture '{}' makes remaining patterns unreachable",
                n.id
            ),
            l,
            r,
        ),
        Pattern::As(inner, _) => unreachable_error(inner, l, r),
        Pattern::Or(alts) => match alts.iter().find(|a| irrefutable(a)) {
            Some(a) => unreachable_error(a, l, r),
            None => err_span("wildcard makes remaining patterns unreachable", l, r),
        },
        _ => err_span("wildcard makes remaining patterns unreachable", l, r),
    }
}

/// The names a pattern binds, in order.
fn bound_names(p: &Pattern, out: &mut Vec<Ident>) {
    match p {
        Pattern::Wildcard | Pattern::Value(_) | Pattern::Singleton(_) | Pattern::Star(None) => {}
        Pattern::Capture(n) | Pattern::Star(Some(n)) => out.push(n.id.clone()),
        Pattern::Sequence(items) => items.iter().for_each(|i| bound_names(i, out)),
        Pattern::Mapping { values, rest, .. } => {
            values.iter().for_each(|v| bound_names(v, out));
            if let Some(n) = rest {
                out.push(n.id.clone());
            }
        }
        Pattern::Class { args, kwargs, .. } => {
            args.iter().for_each(|a| bound_names(a, out));
            kwargs.iter().for_each(|(_, p)| bound_names(p, out));
        }
        // Every alternative binds the same names (checked when it is built).
        Pattern::Or(alts) => {
            if let Some(first) = alts.first() {
                bound_names(first, out);
            }
        }
        Pattern::As(inner, n) => {
            bound_names(inner, out);
            out.push(n.id.clone());
        }
    }
}
