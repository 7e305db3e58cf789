//! Helpers the grammar actions call to build syntax-tree nodes: spans, tuples, strings,
//! comprehensions, calls, parameter lists, and the checks CPython makes while parsing
//! (assignment targets, argument order, parameter order).

use crate::ast::*;
use crate::lexer::fstring;
use crate::lexer::strings::{decode_bytes, decode_str};
use crate::lexer::tokens::{Num, StrKind, StrTok};
use crate::lexer::{Loc, SynErr, Tok};
use lalrpop_util::ParseError;
use std::rc::Rc;

pub type PErr = ParseError<Loc, Tok, SynErr>;
pub type R<T> = Result<T, PErr>;

pub fn sp(l: Loc, r: Loc) -> Span {
    Span::new(l.line, l.col, r.line, r.col)
}

pub fn ex(kind: ExprKind, l: Loc, r: Loc) -> Expr {
    Expr {
        kind,
        span: sp(l, r),
    }
}

pub fn st(kind: StmtKind, l: Loc, r: Loc) -> Stmt {
    Stmt {
        kind,
        span: sp(l, r),
    }
}

fn start(e: &Expr) -> Loc {
    Loc::new(e.span.line, e.span.col)
}

fn end(e: &Expr) -> Loc {
    Loc::new(e.span.end_line, e.span.end_col)
}

/// A user error at the span of `e`.
pub fn err_at(msg: impl Into<String>, e: &Expr) -> PErr {
    ParseError::User {
        error: SynErr::span(msg, start(e), end(e)),
    }
}

pub fn err_span(msg: impl Into<String>, l: Loc, r: Loc) -> PErr {
    ParseError::User {
        error: SynErr::span(msg, l, r),
    }
}

pub fn bin(a: Expr, op: BinOp, b: Expr, l: Loc, r: Loc) -> Expr {
    ex(
        ExprKind::BinOp {
            left: Box::new(a),
            op,
            right: Box::new(b),
        },
        l,
        r,
    )
}

pub fn unary(op: UnaryOp, e: Expr, l: Loc, r: Loc) -> Expr {
    ex(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(e),
        },
        l,
        r,
    )
}

pub fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, l: Loc, r: Loc) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    ex(ExprKind::BoolOp { op, values }, l, r)
}

pub fn compare(first: Expr, rest: Vec<(CmpOp, Expr)>, l: Loc, r: Loc) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    ex(
        ExprKind::Compare {
            left: Box::new(first),
            ops,
            comparators,
        },
        l,
        r,
    )
}

pub fn name(id: Ident, l: Loc, r: Loc) -> Expr {
    ex(ExprKind::Name(Name::new(id)), l, r)
}

pub fn number(n: Num, l: Loc, r: Loc) -> Expr {
    let c = match n {
        Num::Int(i) => Constant::Int(i),
        Num::Big(b) => Constant::BigInt(b),
        Num::Float(f) => Constant::Float(f),
        Num::Imag(f) => Constant::Imag(f),
    };
    ex(ExprKind::Constant(c), l, r)
}

pub fn constant(c: Constant, l: Loc, r: Loc) -> Expr {
    ex(ExprKind::Constant(c), l, r)
}

/// `a, b` / `a,` / `a` (a lone starred item is checked where it is used).
pub fn tuple_or_single(mut v: Vec<Expr>, comma: bool, l: Loc, r: Loc) -> R<Expr> {
    if v.len() == 1 && !comma {
        return Ok(v.pop().unwrap_or_else(|| ex(ExprKind::Tuple(vec![]), l, r)));
    }
    Ok(ex(ExprKind::Tuple(v), l, r))
}

/// A bare `*x` where a value is needed.
pub fn no_star(e: Expr) -> R<Expr> {
    if matches!(e.kind, ExprKind::Starred(_)) {
        return Err(err_at("can't use starred expression here", &e));
    }
    Ok(e)
}

/// `( ... )` holding a list of items: a parenthesised expression or a tuple.
pub fn paren(mut v: Vec<Expr>, comma: bool, l: Loc, r: Loc) -> R<Expr> {
    if v.len() == 1 && !comma {
        let e = v.pop().unwrap_or_else(|| ex(ExprKind::Tuple(vec![]), l, r));
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(err_at("cannot use starred expression here", &e));
        }
        return Ok(e);
    }
    Ok(ex(ExprKind::Tuple(v), l, r))
}

pub fn comprehension(
    kind: ComprehensionKind,
    elt: Expr,
    value: Option<Expr>,
    generators: Vec<CompFor>,
    l: Loc,
    r: Loc,
) -> R<Expr> {
    if let ExprKind::Starred(_) = elt.kind {
        return Err(err_at(
            "iterable unpacking cannot be used in comprehension",
            &elt,
        ));
    }
    let c = Comprehension {
        kind,
        elt,
        value,
        generators,
        scope: ScopeInfo::default(),
    };
    Ok(ex(ExprKind::Comprehension(Rc::new(c)), l, r))
}

pub fn comp_for(is_async: bool, target: Expr, iter: Expr, ifs: Vec<Expr>) -> R<CompFor> {
    check_target(&target, Ctx::Store)?;
    Ok(CompFor {
        target,
        iter,
        ifs,
        is_async,
    })
}

/// Adjacent string literals: decoded, f-strings parsed, joined.
pub fn strings(parts: Vec<(Loc, Rc<StrTok>, Loc)>, l: Loc, r: Loc) -> R<Expr> {
    let is_bytes = parts.first().is_some_and(|p| p.1.kind == StrKind::Bytes);
    if parts
        .iter()
        .any(|p| (p.1.kind == StrKind::Bytes) != is_bytes)
    {
        return Err(err_span("cannot mix bytes and nonbytes literals", r, r));
    }
    if is_bytes {
        let mut out = Vec::new();
        for (pl, tok, pr) in &parts {
            out.extend(decode_bytes(&tok.body, tok.raw, *pl, *pr).map_err(user)?);
        }
        return Ok(constant(Constant::Bytes(Rc::from(out)), l, r));
    }
    let mut fparts: Vec<FStringPart> = Vec::new();
    let mut any_f = false;
    for (pl, tok, pr) in &parts {
        if tok.kind == StrKind::FStr {
            any_f = true;
            let body_start = Loc::new(pl.line, pl.col + tok.open_len);
            let parsed = fstring::parse(
                &tok.body,
                tok.raw,
                body_start,
                *pr,
                &super::parse_fstring_expr,
            )
            .map_err(user)?;
            for p in parsed {
                push_part(&mut fparts, p);
            }
        } else {
            let s = decode_str(&tok.body, tok.raw, *pr).map_err(user)?;
            push_part(&mut fparts, FStringPart::Literal(Rc::from(s)));
        }
    }
    if !any_f {
        let mut s = String::new();
        for p in &fparts {
            if let FStringPart::Literal(t) = p {
                s.push_str(t);
            }
        }
        return Ok(constant(Constant::Str(Rc::from(s)), l, r));
    }
    fparts.retain(|p| !matches!(p, FStringPart::Literal(t) if t.is_empty()));
    Ok(ex(ExprKind::JoinedStr(fparts), l, r))
}

fn push_part(parts: &mut Vec<FStringPart>, p: FStringPart) {
    if let FStringPart::Literal(new) = &p {
        if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
            let joined = format!("{prev}{new}");
            *prev = Rc::from(joined);
            return;
        }
    }
    parts.push(p);
}

pub fn user(e: SynErr) -> PErr {
    ParseError::User { error: e }
}

// ---------------------------------------------------------------- targets

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Store,
    Del,
}

/// CPython's name for an expression kind in error messages; None for valid targets.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Set(_) => "set display",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Starred(_) => "starred",
        ExprKind::Comprehension(c) => match c.kind {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        },
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::MatchTest { .. } => "expression",
    }
}

/// Checks an assignment (`Store`) or `del` target, recursing into tuples and lists.
/// A `try` has either `except` or `except*` handlers, never both (CPython's message,
/// marking the keyword of the first handler that differs from the first one).
pub fn check_handlers(handlers: &[ExceptHandler]) -> R<()> {
    let Some(first) = handlers.first() else {
        return Ok(());
    };
    if let Some(h) = handlers.iter().find(|h| h.star != first.star) {
        let l = Loc::new(h.span.line, h.span.col);
        let r = Loc::new(h.span.line, h.span.col + if h.star { 7 } else { 6 });
        return Err(err_span(
            "cannot have both 'except' and 'except*' on the same 'try'",
            l,
            r,
        ));
    }
    Ok(())
}

pub fn check_target(e: &Expr, ctx: Ctx) -> R<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let mut starred = 0;
            for item in items {
                if let ExprKind::Starred(inner) = &item.kind {
                    if ctx == Ctx::Del {
                        return Err(err_at("cannot delete starred", item));
                    }
                    starred += 1;
                    check_target(inner, ctx)?;
                } else {
                    check_target(item, ctx)?;
                }
            }
            if starred > 1 {
                return Err(err_at("multiple starred expressions in assignment", e));
            }
            Ok(())
        }
        ExprKind::Starred(_) if ctx == Ctx::Store => Err(err_at(
            "starred assignment target must be in a list or tuple",
            e,
        )),
        _ => {
            let verb = if ctx == Ctx::Del {
                "delete"
            } else {
                "assign to"
            };
            Err(err_at(format!("cannot {verb} {}", expr_name(e)), e))
        }
    }
}

/// The targets of `a = b = value`, with CPython's "Maybe you meant '=='" hint for a
/// single simple assignment.
fn check_assign_target(e: &Expr, single: bool) -> R<()> {
    if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = e.kind {
        return Err(err_at("assignment to yield expression not possible", e));
    }
    let hint = single
        && !matches!(
            &e.kind,
            ExprKind::Compare { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda(_)
                | ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
                | ExprKind::Constant(Constant::None | Constant::True | Constant::False)
                | ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::Starred(_)
        )
        && !matches!(&e.kind, ExprKind::Comprehension(c) if c.kind == ComprehensionKind::Generator);
    match check_target(e, Ctx::Store) {
        Err(ParseError::User { mut error }) if hint => {
            error.msg = format!("{} here. Maybe you meant '==' instead of '='?", error.msg);
            Err(ParseError::User { error })
        }
        other => other,
    }
}

pub fn expr_or_assign(first: Expr, mut rest: Vec<Expr>, l: Loc, r: Loc) -> R<Stmt> {
    let Some(value) = rest.pop() else {
        return Ok(st(StmtKind::Expr(no_star(first)?), l, r));
    };
    let value = no_star(value)?;
    let mut targets = Vec::with_capacity(rest.len() + 1);
    targets.push(first);
    targets.extend(rest);
    let single = targets.len() == 1;
    for t in &targets {
        check_assign_target(t, single)?;
    }
    Ok(st(StmtKind::Assign { targets, value }, l, r))
}

pub fn aug_assign(target: Expr, op: BinOp, value: Expr, l: Loc, r: Loc) -> R<Stmt> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            );
            return Err(err_at(msg, &target));
        }
    }
    let value = no_star(value)?;
    Ok(st(StmtKind::AugAssign { target, op, value }, l, r))
}

pub fn ann_assign(target: Expr, annotation: Expr, value: Option<Expr>, l: Loc, r: Loc) -> R<Stmt> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => {
            return Err(err_at(
                "only single target (not tuple) can be annotated",
                &target,
            ))
        }
        ExprKind::List(_) => {
            return Err(err_at(
                "only single target (not list) can be annotated",
                &target,
            ))
        }
        _ => return Err(err_at("illegal target for annotation", &target)),
    }
    Ok(st(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        },
        l,
        r,
    ))
}

pub fn del(targets: Vec<Expr>, l: Loc, r: Loc) -> R<Stmt> {
    for t in &targets {
        check_target(t, Ctx::Del)?;
    }
    Ok(st(StmtKind::Del(targets), l, r))
}

// ---------------------------------------------------------------- calls

pub enum ArgItem {
    Pos(Expr),
    Gen(Expr),
    Star(Expr, Loc),
    DStar(Expr),
    Kw(Ident, Expr, Loc),
}

/// Checks argument order (positional, `*`, keywords, `**`) as CPython does; `rpar` is
/// the closing parenthesis, where CPython points for misplaced positional arguments.
pub fn args(items: Vec<ArgItem>, rpar: Loc) -> R<Vec<Arg>> {
    let rpar_end = Loc::new(rpar.line, rpar.col + 1);
    let n = items.len();
    let mut out = Vec::with_capacity(n);
    let mut seen_kw = false;
    let mut seen_dstar = false;
    let mut names: Vec<Ident> = Vec::new();
    for item in items {
        match item {
            ArgItem::Gen(e) => {
                if n > 1 {
                    return Err(err_at("Generator expression must be parenthesized", &e));
                }
                out.push(Arg::Positional(e));
            }
            ArgItem::Pos(e) => {
                if seen_dstar {
                    return Err(err_span(
                        "positional argument follows keyword argument unpacking",
                        rpar,
                        rpar_end,
                    ));
                }
                if seen_kw {
                    return Err(err_span(
                        "positional argument follows keyword argument",
                        rpar,
                        rpar_end,
                    ));
                }
                out.push(Arg::Positional(e));
            }
            ArgItem::Star(e, l) => {
                if seen_dstar {
                    let msg = "iterable argument unpacking follows keyword argument unpacking";
                    return Err(err_span(msg, l, Loc::new(l.line, l.col + 1)));
                }
                out.push(Arg::Star(e));
            }
            ArgItem::Kw(k, e, l) => {
                if names.contains(&k) {
                    return Err(err_span(
                        format!("keyword argument repeated: {k}"),
                        l,
                        end(&e),
                    ));
                }
                names.push(k.clone());
                seen_kw = true;
                out.push(Arg::Keyword(k, e));
            }
            ArgItem::DStar(e) => {
                seen_dstar = true;
                out.push(Arg::DoubleStar(e));
            }
        }
    }
    Ok(out)
}

/// A call; a lone generator argument's span covers the call's parentheses, as in CPython.
pub fn call(func: Expr, mut args: Vec<Arg>, lpar: Loc, l: Loc, r: Loc) -> Expr {
    if args.len() == 1 {
        if let Some(Arg::Positional(e)) = args.first_mut() {
            if matches!(&e.kind, ExprKind::Comprehension(c) if c.kind == ComprehensionKind::Generator)
                && e.span.line == lpar.line
                && e.span.col == lpar.col + 1
            {
                e.span = sp(lpar, r);
            }
        }
    }
    ex(
        ExprKind::Call {
            func: Box::new(func),
            args,
        },
        l,
        r,
    )
}

// ---------------------------------------------------------------- definitions

pub enum ParamItem {
    Plain(Param),
    Star(Option<Param>, Loc, Loc),
    DStar(Param),
    Slash(Loc, Loc),
}

pub fn param(
    name: Ident,
    annotation: Option<Expr>,
    default: Option<Expr>,
    l: Loc,
    r: Loc,
) -> Param {
    Param {
        name,
        default,
        annotation,
        span: sp(l, r),
    }
}

fn perr(msg: impl Into<String>, s: Span) -> PErr {
    err_span(
        msg,
        Loc::new(s.line, s.col),
        Loc::new(s.end_line, s.end_col),
    )
}

/// Sorts a flat parameter list into `Params`, with CPython's ordering errors.
pub fn params(items: Vec<ParamItem>) -> R<Params> {
    let mut p = Params::default();
    let mut after_star = false;
    let mut bare_star: Option<(Loc, Loc)> = None;
    let mut seen_default = false;
    let mut names: Vec<Ident> = Vec::new();
    let mut check_dup = |prm: &Param| -> R<()> {
        if names.contains(&prm.name) {
            return Err(perr(
                format!("duplicate argument '{}' in function definition", prm.name),
                prm.span,
            ));
        }
        names.push(prm.name.clone());
        Ok(())
    };
    for item in items {
        if let Some(kw) = &p.kwarg {
            let s = match &item {
                ParamItem::Plain(x) | ParamItem::DStar(x) => x.span,
                ParamItem::Star(_, l, r) | ParamItem::Slash(l, r) => sp(*l, *r),
            };
            let _ = kw;
            return Err(perr("arguments cannot follow var-keyword argument", s));
        }
        match item {
            ParamItem::Plain(prm) => {
                check_dup(&prm)?;
                if after_star {
                    bare_star = None;
                    p.kwonly.push(prm);
                } else {
                    if prm.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(perr(
                            "non-default argument follows default argument",
                            prm.span,
                        ));
                    }
                    p.args.push(prm);
                }
            }
            ParamItem::Star(prm, l, r) => {
                if after_star {
                    return Err(err_span("* argument may appear only once", l, r));
                }
                after_star = true;
                match prm {
                    Some(prm) => {
                        check_dup(&prm)?;
                        p.vararg = Some(prm);
                    }
                    None => bare_star = Some((l, r)),
                }
            }
            ParamItem::DStar(prm) => {
                if let Some((l, r)) = bare_star {
                    return Err(err_span("named arguments must follow bare *", l, r));
                }
                check_dup(&prm)?;
                p.kwarg = Some(prm);
            }
            ParamItem::Slash(l, r) => {
                if !p.posonly.is_empty() {
                    return Err(err_span("/ may appear only once", l, r));
                }
                if after_star {
                    return Err(err_span("/ must be ahead of *", l, r));
                }
                if p.args.is_empty() {
                    return Err(err_span("at least one argument must precede /", l, r));
                }
                p.posonly = std::mem::take(&mut p.args);
            }
        }
    }
    if let Some((l, r)) = bare_star {
        return Err(err_span("named arguments must follow bare *", l, r));
    }
    Ok(p)
}

#[allow(clippy::too_many_arguments)]
pub fn funcdef(
    is_async: bool,
    name: Ident,
    params: Params,
    returns: Option<Expr>,
    body: Vec<Stmt>,
    l: Loc,
    r: Loc,
) -> FuncDef {
    FuncDef {
        name,
        params,
        body,
        decorators: Vec::new(),
        returns,
        is_async,
        is_lambda: false,
        span: sp(l, r),
        scope: ScopeInfo::default(),
        name_loc: Default::default(),
        bound_name: None,
    }
}

pub fn lambda(params: Params, body: Expr, l: Loc, r: Loc) -> Expr {
    let span = sp(l, r);
    let ret = Stmt {
        kind: StmtKind::Return(Some(body)),
        span,
    };
    let f = FuncDef {
        name: Rc::from("<lambda>"),
        params,
        body: vec![ret],
        decorators: Vec::new(),
        returns: None,
        is_async: false,
        is_lambda: true,
        span,
        scope: ScopeInfo::default(),
        name_loc: Default::default(),
        bound_name: None,
    };
    ex(ExprKind::Lambda(Rc::new(f)), l, r)
}

pub fn func_stmt(decorators: Vec<Expr>, mut f: FuncDef) -> Stmt {
    f.decorators = decorators;
    let span = f.span;
    Stmt {
        kind: StmtKind::FunctionDef(Rc::new(f)),
        span,
    }
}

pub fn class_stmt(decorators: Vec<Expr>, mut c: ClassDef) -> Stmt {
    c.decorators = decorators;
    // The statement covers its body, as CPython's class-building call does: an error
    // raised while creating the class gets no carets under a one-line `class X: pass`.
    let mut span = c.span;
    if let Some(last) = c.body.last() {
        span.end_line = last.span.end_line;
        span.end_col = last.span.end_col;
    }
    Stmt {
        kind: StmtKind::ClassDef(Rc::new(c)),
        span,
    }
}

pub fn classdef(name: Ident, bases: Vec<Arg>, body: Vec<Stmt>, l: Loc, r: Loc) -> ClassDef {
    ClassDef {
        name,
        bases,
        body,
        decorators: Vec::new(),
        span: sp(l, r),
        scope: ScopeInfo::default(),
        name_loc: Default::default(),
        bound_name: None,
    }
}

/// `if`/`elif`/`else`: each `elif` becomes an `If` nested in the previous `orelse`.
pub fn if_chain(
    head: (Loc, Loc, Expr, Vec<Stmt>),
    elifs: Vec<(Loc, Loc, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> R<Stmt> {
    if elifs.len() as u32 > crate::lexer::layout::MAX_EXPR_DEPTH {
        let error = SynErr::offset(
            "RecursionError",
            "maximum recursion depth exceeded during compilation",
            0,
            0,
        );
        return Err(ParseError::User { error });
    }
    let mut tail = orelse.unwrap_or_default();
    for (l, r, test, body) in elifs.into_iter().rev() {
        tail = vec![st(
            StmtKind::If {
                test,
                body,
                orelse: tail,
            },
            l,
            r,
        )];
    }
    let (l, r, test, body) = head;
    Ok(st(
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
        l,
        r,
    ))
}

pub fn import_name(module: Vec<Ident>, asname: Option<Ident>) -> ImportName {
    let bound = asname
        .clone()
        .or_else(|| module.first().cloned())
        .unwrap_or_else(|| Rc::from(""));
    ImportName {
        module,
        asname,
        target: Name::new(bound),
    }
}

pub fn import_alias(name: Ident, asname: Option<Ident>) -> ImportAlias {
    let bound = asname.clone().unwrap_or_else(|| name.clone());
    ImportAlias {
        name,
        asname,
        target: Name::new(bound),
    }
}

pub fn with_target(e: Expr) -> R<Expr> {
    check_target(&e, Ctx::Store)?;
    Ok(e)
}
