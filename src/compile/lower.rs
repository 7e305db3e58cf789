//! Lowering of `yield`, `yield from` and `await` out of larger expressions, so that the
//! evaluator only ever meets them as whole statements (`[target =] yield value`).
//!
//! `x = f(a(), (yield b))` becomes `.y0 = f; .y1 = a(); .y2 = yield b; x = .y0(.y1, .y2)`:
//! everything evaluated before the yield is kept in a temporary first, so CPython's
//! evaluation order holds. `and`/`or`/conditional expressions become `if` statements so a
//! yield in their right-hand part still runs only when CPython would run it. The
//! temporaries' names start with a dot, so they cannot clash with user names.

use crate::ast::*;
use crate::builtins::async_for;
use std::rc::Rc;

/// Lower every function body (and lambda) in the module.
/// With `top_level_await`, the module body is lowered as an `async def` body would be.
pub fn lower_module(module: &mut Module, top_level_await: bool) {
    let mut l = Lowerer {
        next: 0,
        in_async: top_level_await,
    };
    l.block(&mut module.body);
}

struct Lowerer {
    next: u32,
    /// Inside an `async def` (where `async for`/`async with` are expanded).
    in_async: bool,
}

fn is_yield(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_)
    )
}

/// Does evaluating `e` (in its own scope) run a yield or await?
fn contains_yield(e: &Expr) -> bool {
    if let ExprKind::Comprehension(c) = &e.kind {
        if is_async_comprehension(c) || is_async_genexpr(c) {
            return true;
        }
    }
    let mut found = false;
    visit_children(e, &mut |c| found = found || contains_yield(c));
    found || is_yield(e)
}

/// A list/set/dict comprehension that awaits (`async for`, or `await` inside it).
fn is_async_comprehension(c: &Comprehension) -> bool {
    c.kind != ComprehensionKind::Generator
        && (c.generators.iter().any(|g| g.is_async)
            || contains_yield(&c.elt)
            || c.value.as_ref().map(contains_yield).unwrap_or(false)
            || c.generators.iter().enumerate().any(|(i, g)| {
                (i > 0 && contains_yield(&g.iter)) || g.ifs.iter().any(contains_yield)
            }))
}

/// A generator expression that is an async generator: it has `async for`, or awaits in
/// its element, conditions or inner iterables. It is lowered into an `async def`.
fn is_async_genexpr(c: &Comprehension) -> bool {
    c.kind == ComprehensionKind::Generator
        && (c.generators.iter().any(|g| g.is_async)
            || contains_await(&c.elt)
            || c.generators.iter().enumerate().any(|(i, g)| {
                (i > 0 && contains_await(&g.iter)) || g.ifs.iter().any(contains_await)
            }))
}

/// Does evaluating `e` (in its own scope) await?
fn contains_await(e: &Expr) -> bool {
    if matches!(e.kind, ExprKind::Await(_)) {
        return true;
    }
    if let ExprKind::Comprehension(c) = &e.kind {
        if is_async_comprehension(c) {
            return true;
        }
    }
    let mut found = false;
    visit_children(e, &mut |c| found = found || contains_await(c));
    found
}

/// A comprehension's `for`/`if` clauses as nested statements around `innermost`.
fn comprehension_loops(
    generators: impl IntoIterator<Item = CompFor>,
    innermost: Stmt,
    span: Span,
) -> Vec<Stmt> {
    let generators: Vec<CompFor> = generators.into_iter().collect();
    let mut body = vec![innermost];
    for g in generators.into_iter().rev() {
        for cond in g.ifs.into_iter().rev() {
            body = vec![Stmt {
                kind: StmtKind::If {
                    test: cond,
                    body,
                    orelse: vec![],
                },
                span,
            }];
        }
        body = vec![Stmt {
            kind: StmtKind::For {
                target: g.target,
                iter: g.iter,
                body,
                orelse: vec![],
                is_async: g.is_async,
            },
            span,
        }];
    }
    body
}

/// The direct sub-expressions evaluated in `e`'s scope, in evaluation order.
fn visit_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &e.kind {
        ExprKind::Constant(_) | ExprKind::Name(_) | ExprKind::Lambda(_) => {}
        ExprKind::JoinedStr(parts) => visit_fstring(parts, f),
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for p in [lower, upper, step].into_iter().flatten() {
                f(p);
            }
        }
        ExprKind::Call { func, args } => {
            f(func);
            for a in args {
                match a {
                    Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::DoubleStar(x) => {
                        f(x)
                    }
                }
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
            items.iter().for_each(f)
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        ExprKind::Starred(x) => f(x),
        ExprKind::Comprehension(c) => {
            if let Some(g) = c.generators.first() {
                f(&g.iter);
            }
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                f(v);
            }
        }
        ExprKind::YieldFrom(v) | ExprKind::Await(v) => f(v),
        ExprKind::NamedExpr { value, .. } => f(value),
        // The subject is the match statement's temporary; patterns hold no yields.
        ExprKind::MatchTest { subject, .. } => f(subject),
    }
}

fn visit_fstring(parts: &[FStringPart], f: &mut dyn FnMut(&Expr)) {
    for p in parts {
        if let FStringPart::Expr { value, spec, .. } = p {
            f(value);
            if let Some(s) = spec {
                visit_fstring(s, f);
            }
        }
    }
}

/// Mutable access to the direct sub-expressions, in evaluation order.
fn children_mut(e: &mut Expr) -> Vec<&mut Expr> {
    let mut out: Vec<&mut Expr> = Vec::new();
    match &mut e.kind {
        ExprKind::Attribute { value, .. } => out.push(value),
        ExprKind::Subscript { value, index } => {
            out.push(value);
            out.push(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for p in [lower, upper, step].into_iter().flatten() {
                out.push(p);
            }
        }
        ExprKind::Call { func, args } => {
            out.push(func);
            for a in args {
                match a {
                    Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::DoubleStar(x) => {
                        out.push(x)
                    }
                }
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            out.push(left);
            out.push(right);
        }
        ExprKind::UnaryOp { operand, .. } => out.push(operand),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push(left);
            out.extend(comparators.iter_mut());
        }
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
            out.extend(items.iter_mut())
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    out.push(k);
                }
                out.push(v);
            }
        }
        ExprKind::Starred(x) => out.push(x),
        ExprKind::JoinedStr(parts) => fstring_mut(parts, &mut out),
        ExprKind::NamedExpr { value, .. } => out.push(value),
        _ => {}
    }
    out
}

fn fstring_mut<'a>(parts: &'a mut [FStringPart], out: &mut Vec<&'a mut Expr>) {
    for p in parts {
        if let FStringPart::Expr { value, spec, .. } = p {
            out.push(value);
            if let Some(s) = spec {
                fstring_mut(s, out);
            }
        }
    }
}

fn name_expr(id: &Ident, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Name(Name::new(id.clone())),
        span,
    }
}

fn assign(id: &Ident, value: Expr, span: Span) -> Stmt {
    Stmt {
        kind: StmtKind::Assign {
            targets: vec![name_expr(id, value.span)],
            value,
        },
        span,
    }
}

impl Lowerer {
    fn temp(&mut self) -> Ident {
        let n = self.next;
        self.next += 1;
        format!(".y{n}").into()
    }

    /// Replace `e` by a temporary assigned (in `out`) from its current value.
    fn spill(&mut self, e: &mut Expr, out: &mut Vec<Stmt>, span: Span) {
        if matches!(e.kind, ExprKind::Constant(_)) {
            return;
        }
        let t = self.temp();
        let placeholder = name_expr(&t, e.span);
        let value = std::mem::replace(e, placeholder);
        out.push(assign(&t, value, span));
    }

    /// Rewrite `e` so that it contains no yield, putting the statements that must run
    /// first into `out`.
    fn expr(&mut self, e: &mut Expr, out: &mut Vec<Stmt>, span: Span) {
        if !contains_yield(e) {
            return;
        }
        if is_yield(e) {
            // Lower the operand, then the yield itself becomes `tmp = yield ...`.
            match &mut e.kind {
                ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => {
                    self.expr(v, out, span)
                }
                _ => {}
            }
            self.spill(e, out, span);
            return;
        }
        match &mut e.kind {
            ExprKind::BoolOp { .. } | ExprKind::IfExp { .. } => {
                self.conditional(e, out, span);
                return;
            }
            ExprKind::Comprehension(c) => {
                if is_async_genexpr(c) {
                    self.async_genexpr(e, out, span);
                    return;
                }
                if self.in_async && is_async_comprehension(c) {
                    self.async_comprehension(e, out, span);
                    return;
                }
                if let Some(c) = Rc::get_mut(c) {
                    if let Some(g) = c.generators.first_mut() {
                        self.expr(&mut g.iter, out, span);
                    }
                }
                return;
            }
            _ => {}
        }
        let mut kids = children_mut(e);
        let last = kids.iter().rposition(|k| contains_yield(k));
        if let Some(last) = last {
            for (i, k) in kids.iter_mut().enumerate() {
                if i < last {
                    self.expr(k, out, span);
                    if !matches!(k.kind, ExprKind::Starred(_)) {
                        self.spill(k, out, span);
                    } else if let ExprKind::Starred(inner) = &mut k.kind {
                        self.spill(inner, out, span);
                    }
                } else if i == last {
                    self.expr(k, out, span);
                }
            }
        }
    }

    /// `a and b`, `a or b`, `x if c else y` with a yield: into `if` statements on a temporary.
    fn conditional(&mut self, e: &mut Expr, out: &mut Vec<Stmt>, span: Span) {
        let t = self.temp();
        let espan = e.span;
        let kind = std::mem::replace(&mut e.kind, ExprKind::Name(Name::new(t.clone())));
        match kind {
            ExprKind::IfExp {
                mut test,
                mut body,
                mut orelse,
            } => {
                self.expr(&mut test, out, span);
                let mut then_block = Vec::new();
                self.expr(&mut body, &mut then_block, span);
                then_block.push(assign(&t, *body, span));
                let mut else_block = Vec::new();
                self.expr(&mut orelse, &mut else_block, span);
                else_block.push(assign(&t, *orelse, span));
                out.push(Stmt {
                    kind: StmtKind::If {
                        test: *test,
                        body: then_block,
                        orelse: else_block,
                    },
                    span,
                });
            }
            ExprKind::BoolOp { op, values } => {
                // t = v0; if t (or `not t`): t = v1; if ...: t = v2 ...
                let mut values = values.into_iter();
                let Some(mut first) = values.next() else {
                    return;
                };
                self.expr(&mut first, out, span);
                out.push(assign(&t, first, span));
                let mut rest: Vec<Expr> = values.collect();
                // Build nested ifs from the innermost out.
                let mut inner: Vec<Stmt> = Vec::new();
                while let Some(mut v) = rest.pop() {
                    let mut block = Vec::new();
                    self.expr(&mut v, &mut block, span);
                    block.push(assign(&t, v, span));
                    block.append(&mut inner);
                    let cond = match op {
                        BoolOp::And => name_expr(&t, espan),
                        BoolOp::Or => Expr {
                            kind: ExprKind::UnaryOp {
                                op: UnaryOp::Not,
                                operand: Box::new(name_expr(&t, espan)),
                            },
                            span: espan,
                        },
                    };
                    inner = vec![Stmt {
                        kind: StmtKind::If {
                            test: cond,
                            body: block,
                            orelse: Vec::new(),
                        },
                        span,
                    }];
                }
                out.append(&mut inner);
            }
            other => e.kind = other,
        }
    }

    fn block(&mut self, stmts: &mut Vec<Stmt>) {
        let old = std::mem::take(stmts);
        for mut s in old {
            let mut prefix = Vec::new();
            self.stmt(&mut s, &mut prefix);
            stmts.append(&mut prefix);
            stmts.push(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt, out: &mut Vec<Stmt>) {
        let span = s.span;
        if self.in_async {
            let expanded = match &mut s.kind {
                StmtKind::With {
                    is_async: true,
                    items,
                    body,
                } => Some(self.async_with(std::mem::take(items), std::mem::take(body), span)),
                StmtKind::For { is_async: true, .. } => Some(self.async_for(s, span)),
                _ => None,
            };
            if let Some(mut stmts) = expanded {
                // Lower the expansion itself (its awaits sit inside expressions).
                self.block(&mut stmts);
                let last = stmts.pop();
                out.extend(stmts);
                if let Some(last) = last {
                    *s = last;
                }
                return;
            }
        }
        match &mut s.kind {
            StmtKind::Expr(e) => self.top_value(e, out, span),
            StmtKind::Assign { value, targets } => {
                if targets.iter().any(contains_yield) {
                    // The value runs first (kept in a temporary), then each target's parts.
                    self.top_value(value, out, span);
                    self.spill(value, out, span);
                    for t in targets.iter_mut() {
                        self.target_parts(t, out, span);
                    }
                } else {
                    self.top_value(value, out, span);
                }
            }
            StmtKind::AugAssign { value, .. } => self.expr(value, out, span),
            StmtKind::AnnAssign { value: Some(v), .. } => self.top_value(v, out, span),
            StmtKind::Return(Some(v)) => self.expr(v, out, span),
            StmtKind::Raise { exc, cause } => {
                if let Some(x) = exc {
                    self.expr(x, out, span);
                }
                if let Some(c) = cause {
                    self.expr(c, out, span);
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test, out, span);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.block(body);
                self.block(orelse);
                if contains_yield(test) {
                    // `while <yield...>:` -> `while True: <prefix>; if not test: <else>; break; <body>`
                    let mut head = Vec::new();
                    self.expr(test, &mut head, span);
                    let t = std::mem::replace(
                        test,
                        Expr {
                            kind: ExprKind::Constant(Constant::True),
                            span: test.span,
                        },
                    );
                    let tspan = t.span;
                    let mut exit = std::mem::take(orelse);
                    exit.push(Stmt {
                        kind: StmtKind::Break,
                        span,
                    });
                    head.push(Stmt {
                        kind: StmtKind::If {
                            test: Expr {
                                kind: ExprKind::UnaryOp {
                                    op: UnaryOp::Not,
                                    operand: Box::new(t),
                                },
                                span: tspan,
                            },
                            body: exit,
                            orelse: vec![],
                        },
                        span,
                    });
                    head.append(body);
                    *body = head;
                }
            }
            StmtKind::For {
                iter, body, orelse, ..
            } => {
                self.expr(iter, out, span);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.block(body);
                for h in handlers {
                    self.block(&mut h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::With { items, body, .. } => {
                if let Some(first) = items.first_mut() {
                    self.expr(&mut first.context, out, span);
                }
                self.block(body);
            }
            StmtKind::Assert { test, .. } => self.expr(test, out, span),
            StmtKind::FunctionDef(def) => {
                if let Some(d) = Rc::get_mut(def) {
                    let saved = std::mem::replace(&mut self.next, 0);
                    let saved_async = std::mem::replace(&mut self.in_async, d.is_async);
                    self.block(&mut d.body);
                    self.next = saved;
                    self.in_async = saved_async;
                }
            }
            StmtKind::ClassDef(def) => {
                if let Some(d) = Rc::get_mut(def) {
                    self.block(&mut d.body);
                }
            }
            _ => {}
        }
        self.lambdas_in_stmt(s);
    }

    /// `async with` as PEP 492 spells it out: `__aenter__`/`__aexit__` awaited around the
    /// body, `__aexit__` told about an exception and able to suppress it.
    fn async_with(&mut self, mut items: Vec<WithItem>, body: Vec<Stmt>, span: Span) -> Vec<Stmt> {
        if items.is_empty() {
            return body;
        }
        let first = items.remove(0);
        let whole = body.last().map_or(span, |b| span.to(b.span));
        let mut inner = if items.is_empty() {
            body
        } else {
            vec![Stmt {
                kind: StmtKind::With {
                    items,
                    body,
                    is_async: true,
                },
                span,
            }]
        };
        let (m, x, ok, e) = (self.temp(), self.temp(), self.temp(), self.temp());
        let sp = first.context.span;
        let n = |id: &Ident| name_expr(id, sp);
        let attr = |value: Expr, a: &str| Expr {
            kind: ExprKind::Attribute {
                value: Box::new(value),
                attr: a.into(),
            },
            span: sp,
        };
        let call = |func: Expr, args: Vec<Expr>| Expr {
            kind: ExprKind::Call {
                func: Box::new(func),
                args: args.into_iter().map(Arg::Positional).collect(),
            },
            span: sp,
        };
        let await_ = |v: Expr| Expr {
            kind: ExprKind::Await(Box::new(v)),
            span: sp,
        };
        let type_of = |v: Expr| call(name_expr(&"type".into(), sp), vec![v]);
        let none = || Expr {
            kind: ExprKind::Constant(Constant::None),
            span: sp,
        };
        let item = |v: Expr, i: i64| Expr {
            kind: ExprKind::Subscript {
                value: Box::new(v),
                index: Box::new(Expr {
                    kind: ExprKind::Constant(Constant::Int(i)),
                    span: sp,
                }),
            },
            span: sp,
        };
        // `.x = (type(m).__aenter__, type(m).__aexit__)`, checked as CPython checks them.
        let methods = crate::builtins::lowering_support::ASYNC_WITH_METHODS.into();
        let mut out = vec![
            assign(&m, first.context, span),
            // Its errors point at the whole statement, as CPython's do.
            assign(
                &x,
                Expr {
                    span: whole,
                    ..call(name_expr(&methods, sp), vec![n(&m)])
                },
                span,
            ),
        ];
        let entered = await_(call(item(n(&x), 0), vec![n(&m)]));
        match first.target {
            // Binding the target is part of the block: `__aexit__` sees its failure.
            Some(t) => {
                let v = self.temp();
                out.push(assign(&v, entered, span));
                // Its errors point at the target, as CPython's do.
                let tspan = t.span;
                inner.insert(
                    0,
                    Stmt {
                        kind: StmtKind::Assign {
                            targets: vec![t],
                            value: name_expr(&v, sp),
                        },
                        span: tspan,
                    },
                );
            }
            None => out.push(Stmt {
                kind: StmtKind::Expr(entered),
                span,
            }),
        }
        out.push(assign(&x, item(n(&x), 1), span));
        out.push(assign(
            &ok,
            Expr {
                kind: ExprKind::Constant(Constant::True),
                span: sp,
            },
            span,
        ));
        let exit_with_exc = await_(call(
            n(&x),
            vec![n(&m), type_of(n(&e)), n(&e), attr(n(&e), "__traceback__")],
        ));
        let handler = ExceptHandler {
            typ: Some(name_expr(&"BaseException".into(), sp)),
            star: false,
            name: Some(Name::new(e.clone())),
            body: vec![
                assign(
                    &ok,
                    Expr {
                        kind: ExprKind::Constant(Constant::False),
                        span: sp,
                    },
                    span,
                ),
                Stmt {
                    kind: StmtKind::If {
                        test: Expr {
                            kind: ExprKind::UnaryOp {
                                op: UnaryOp::Not,
                                operand: Box::new(exit_with_exc),
                            },
                            span: sp,
                        },
                        body: vec![Stmt {
                            kind: StmtKind::Raise {
                                exc: None,
                                cause: None,
                            },
                            span,
                        }],
                        orelse: vec![],
                    },
                    span,
                },
            ],
            span,
        };
        let inner_try = Stmt {
            kind: StmtKind::Try {
                body: inner,
                handlers: vec![handler],
                orelse: vec![],
                finalbody: vec![],
            },
            span,
        };
        let normal_exit = Stmt {
            kind: StmtKind::Expr(await_(call(n(&x), vec![n(&m), none(), none(), none()]))),
            span,
        };
        out.push(Stmt {
            kind: StmtKind::Try {
                body: vec![inner_try],
                handlers: vec![],
                orelse: vec![],
                finalbody: vec![Stmt {
                    kind: StmtKind::If {
                        test: n(&ok),
                        body: vec![normal_exit],
                        orelse: vec![],
                    },
                    span,
                }],
            },
            span,
        });
        out
    }

    /// An awaiting comprehension inside `async def`, as statements the coroutine can suspend
    /// in: `t = []; [async] for ...: if ...: t.append(elt)`; the expression becomes `t`.
    /// (Its loop variables are the function's, unlike CPython's own scope.)
    /// An async generator expression becomes a hidden `async def <genexpr>(.0)` defined
    /// just before the statement, called with the first iterable (evaluated here, as
    /// CPython does: `__aiter__` for `async for`, `iter` otherwise):
    /// `(f(x) async for x in xs if p(x))` is
    /// `def <genexpr>(.0): async for x in .0: if p(x): yield f(x)`, `.t = <genexpr>`,
    /// `del <genexpr>`, then `.t(__pyco_aiter__(xs))` in place of the expression.
    fn async_genexpr(&mut self, e: &mut Expr, out: &mut Vec<Stmt>, span: Span) {
        let espan = e.span;
        // The parser makes each comprehension node once: it is not shared.
        if !matches!(&e.kind, ExprKind::Comprehension(rc) if Rc::strong_count(rc) == 1 && Rc::weak_count(rc) == 0)
        {
            return;
        }
        let ExprKind::Comprehension(c) =
            std::mem::replace(&mut e.kind, ExprKind::Constant(Constant::None))
        else {
            return;
        };
        let Ok(c) = Rc::try_unwrap(c) else {
            return;
        };
        let mut generators = c.generators.into_iter();
        let Some(first) = generators.next() else {
            return;
        };
        let dot0: Ident = ".0".into();
        let genexpr: Ident = "<genexpr>".into();
        let call = |func: Expr, args: Vec<Expr>| Expr {
            kind: ExprKind::Call {
                func: Box::new(func),
                args: args.into_iter().map(Arg::Positional).collect(),
            },
            span: espan,
        };
        let first_iter = if first.is_async {
            call(name_expr(&async_for::AITER.into(), espan), vec![first.iter])
        } else {
            call(name_expr(&"iter".into(), espan), vec![first.iter])
        };
        let first = CompFor {
            iter: name_expr(&dot0, espan),
            ..first
        };
        let innermost = Stmt {
            kind: StmtKind::Expr(Expr {
                kind: ExprKind::Yield(Some(Box::new(c.elt))),
                span: espan,
            }),
            span,
        };
        let body = comprehension_loops(std::iter::once(first).chain(generators), innermost, span);
        let def = FuncDef {
            name: genexpr.clone(),
            params: Params {
                args: vec![Param {
                    name: dot0,
                    default: None,
                    annotation: None,
                    span: espan,
                }],
                ..Default::default()
            },
            body,
            decorators: vec![],
            returns: None,
            is_async: true,
            is_lambda: false,
            span: espan,
            scope: ScopeInfo::default(),
            name_loc: Default::default(),
            bound_name: None,
        };
        let mut def_stmt = Stmt {
            kind: StmtKind::FunctionDef(Rc::new(def)),
            span,
        };
        self.stmt(&mut def_stmt, out);
        out.push(def_stmt);
        let t = self.temp();
        out.push(assign(&t, name_expr(&genexpr, espan), span));
        out.push(Stmt {
            kind: StmtKind::Del(vec![name_expr(&genexpr, espan)]),
            span,
        });
        e.kind = call(name_expr(&t, espan), vec![first_iter]).kind;
        // The first iterable runs here, in the enclosing scope: it may await.
        self.expr(e, out, span);
    }

    fn async_comprehension(&mut self, e: &mut Expr, out: &mut Vec<Stmt>, span: Span) {
        let espan = e.span;
        let t = self.temp();
        let ExprKind::Comprehension(c) =
            std::mem::replace(&mut e.kind, ExprKind::Name(Name::new(t.clone())))
        else {
            return;
        };
        let c = Rc::try_unwrap(c).unwrap_or_else(|rc| Comprehension {
            kind: rc.kind,
            elt: Expr {
                kind: ExprKind::Constant(Constant::None),
                span: espan,
            },
            value: None,
            generators: Vec::new(),
            scope: Default::default(),
        });
        let n = |id: &Ident| name_expr(id, espan);
        let call = |func: Expr, args: Vec<Expr>| Expr {
            kind: ExprKind::Call {
                func: Box::new(func),
                args: args.into_iter().map(Arg::Positional).collect(),
            },
            span: espan,
        };
        let attr = |value: Expr, a: &str| Expr {
            kind: ExprKind::Attribute {
                value: Box::new(value),
                attr: a.into(),
            },
            span: espan,
        };
        let init = match c.kind {
            ComprehensionKind::List => Expr {
                kind: ExprKind::List(vec![]),
                span: espan,
            },
            ComprehensionKind::Dict => Expr {
                kind: ExprKind::Dict(vec![]),
                span: espan,
            },
            _ => call(name_expr(&"set".into(), espan), vec![]),
        };
        let mut generated = vec![assign(&t, init, span)];
        let innermost = match c.kind {
            ComprehensionKind::Dict => Stmt {
                kind: StmtKind::Assign {
                    targets: vec![Expr {
                        kind: ExprKind::Subscript {
                            value: Box::new(n(&t)),
                            index: Box::new(c.elt),
                        },
                        span: espan,
                    }],
                    value: c.value.unwrap_or(Expr {
                        kind: ExprKind::Constant(Constant::None),
                        span: espan,
                    }),
                },
                span,
            },
            ComprehensionKind::Set => Stmt {
                kind: StmtKind::Expr(call(attr(n(&t), "add"), vec![c.elt])),
                span,
            },
            _ => Stmt {
                kind: StmtKind::Expr(call(attr(n(&t), "append"), vec![c.elt])),
                span,
            },
        };
        let body = comprehension_loops(c.generators, innermost, span);
        generated.extend(body);
        self.block(&mut generated);
        out.extend(generated);
    }

    /// `async for` as PEP 492 spells it out: `__aiter__` once, `await __anext__()` per
    /// item until StopAsyncIteration, the `else` branch only when the iterator ran out
    /// (the iterator's temporary is cleared first).
    fn async_for(&mut self, s: &mut Stmt, span: Span) -> Vec<Stmt> {
        let StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } = std::mem::replace(&mut s.kind, StmtKind::Pass)
        else {
            return vec![];
        };
        let (it, done) = (self.temp(), self.temp());
        let sp = iter.span;
        let n = |id: &Ident| name_expr(id, sp);
        let call = |func: Expr, args: Vec<Expr>| Expr {
            kind: ExprKind::Call {
                func: Box::new(func),
                args: args.into_iter().map(Arg::Positional).collect(),
            },
            span: sp,
        };
        let c = |k: Constant| Expr {
            kind: ExprKind::Constant(k),
            span: sp,
        };
        let builtin = |name: &str| name_expr(&name.into(), sp);
        let mut out = vec![
            assign(&it, call(builtin(async_for::AITER), vec![iter]), span),
            assign(&done, c(Constant::False), span),
        ];
        let next = Expr {
            kind: ExprKind::Await(Box::new(call(builtin(async_for::ANEXT), vec![n(&it)]))),
            span: sp,
        };
        let fetch = Stmt {
            kind: StmtKind::Try {
                body: vec![Stmt {
                    kind: StmtKind::Assign {
                        targets: vec![target],
                        value: next,
                    },
                    span,
                }],
                handlers: vec![ExceptHandler {
                    typ: Some(name_expr(&"StopAsyncIteration".into(), sp)),
                    star: false,
                    name: None,
                    body: vec![
                        assign(&done, c(Constant::True), span),
                        Stmt {
                            kind: StmtKind::Break,
                            span,
                        },
                    ],
                    span,
                }],
                orelse: vec![],
                finalbody: vec![],
            },
            span,
        };
        let mut loop_body = vec![fetch];
        loop_body.extend(body);
        out.push(Stmt {
            kind: StmtKind::While {
                test: c(Constant::True),
                body: loop_body,
                orelse: vec![],
            },
            span,
        });
        // The iterator is let go once the loop ends (CPython pops it), so an async
        // generator left by `break` is finalised now, not with the frame.
        out.push(assign(&it, c(Constant::None), span));
        out.push(Stmt {
            kind: StmtKind::If {
                test: n(&done),
                body: orelse,
                orelse: vec![],
            },
            span,
        });
        out
    }

    /// The sub-expressions of an assignment target that run before the store, in order.
    fn target_parts(&mut self, t: &mut Expr, out: &mut Vec<Stmt>, span: Span) {
        match &mut t.kind {
            ExprKind::Subscript { value, index } => {
                let later = contains_yield(index);
                self.expr(value, out, span);
                if later {
                    self.spill(value, out, span);
                }
                self.expr(index, out, span);
            }
            ExprKind::Attribute { value, .. } => self.expr(value, out, span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target_parts(i, out, span);
                }
            }
            ExprKind::Starred(inner) => self.target_parts(inner, out, span),
            _ => {}
        }
    }

    /// A statement's value that may itself be a yield: only its operand is lowered.
    fn top_value(&mut self, e: &mut Expr, out: &mut Vec<Stmt>, span: Span) {
        if is_yield(e) {
            match &mut e.kind {
                ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => {
                    self.expr(v, out, span)
                }
                _ => {}
            }
        } else {
            self.expr(e, out, span);
        }
    }

    /// Lambdas whose body yields (`lambda: (yield)`) are lowered as functions.
    fn lambdas_in_stmt(&mut self, s: &mut Stmt) {
        fn walk(l: &mut Lowerer, e: &mut Expr) {
            if let ExprKind::Lambda(def) = &mut e.kind {
                if let Some(d) = Rc::get_mut(def) {
                    let saved = std::mem::replace(&mut l.next, 0);
                    l.block(&mut d.body);
                    l.next = saved;
                }
                return;
            }
            for k in children_mut(e) {
                walk(l, k);
            }
        }
        match &mut s.kind {
            StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } | StmtKind::Return(Some(e)) => {
                walk(self, e)
            }
            _ => {}
        }
    }
}
