//! The resolver walk: the same traversal runs twice over the tree, first gathering symbol
//! tables, then (after `symbols::analyze`) writing each name's location and each scope's
//! `ScopeInfo` into the tree.

use super::symbols::{self, ScopeKind, ScopeTable, ASSIGN, GLOBAL, NONLOCAL, PARAM, USE};
use crate::ast::*;
use crate::parser::SyntaxError;
use std::rc::Rc;

#[derive(PartialEq, Eq, Clone, Copy)]
enum Pass {
    Collect,
    Assign,
}

struct Resolver<'a> {
    pass: Pass,
    scopes: Vec<ScopeTable>,
    /// Index of the current scope in `scopes`.
    current: usize,
    /// Pre-order counter of scopes entered during the second pass.
    next_scope: usize,
    /// Loop nesting within the current function (for break/continue checks).
    loop_depth: u32,
    /// Inside an `except*` handler of the current function: the loop depth at the
    /// handler (`break`/`continue` of an enclosing loop and `return` are errors there).
    except_star_loop: Option<u32>,
    filename: &'a str,
    source: &'a str,
    error: Option<SyntaxError>,
    /// Names of the enclosing classes, for private-name mangling (`__x` -> `_C__x`).
    class_stack: Vec<Ident>,
    /// Set when the module body itself awaits (allowed only at the prompt).
    module_awaits: bool,
}

const EXCEPT_STAR_FLOW: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

/// Resolve every name of a parsed module in place.
pub fn resolve_module(
    module: &mut Module,
    filename: &str,
    source: &str,
    top_level_await: bool,
) -> Result<(), SyntaxError> {
    let mut module_scope = ScopeTable::new(ScopeKind::Module, None, "<module>".into());
    module_scope.is_coroutine = top_level_await;
    let mut r = Resolver {
        pass: Pass::Collect,
        scopes: vec![module_scope],
        current: 0,
        next_scope: 1,
        loop_depth: 0,
        except_star_loop: None,
        filename,
        source,
        error: None,
        class_stack: Vec::new(),
        module_awaits: false,
    };
    r.block(&mut module.body);
    if let Some(e) = r.error.take() {
        return Err(e);
    }
    symbols::analyze(&mut r.scopes);
    r.check_nonlocals()?;
    r.pass = Pass::Assign;
    r.current = 0;
    r.next_scope = 1;
    r.block(&mut module.body);
    module.scope = r.scopes[0].info.clone();
    module.scope.is_coroutine = r.module_awaits;
    match r.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

impl Resolver<'_> {
    fn fail(&mut self, span: Span, msg: impl Into<String>) {
        if self.error.is_none() {
            let text = self
                .source
                .lines()
                .nth(span.line.saturating_sub(1) as usize)
                .map(String::from);
            let end_col = if span.end_line == span.line && span.end_col > span.col {
                span.end_col + 1
            } else {
                span.col + 2
            };
            self.error = Some(SyntaxError {
                kind: "SyntaxError",
                msg: msg.into(),
                filename: self.filename.to_string(),
                line: span.line,
                col: span.col + 1,
                end_col,
                text,
            });
        }
    }

    fn check_nonlocals(&mut self) -> Result<(), SyntaxError> {
        Ok(())
    }

    fn scope(&mut self) -> &mut ScopeTable {
        &mut self.scopes[self.current]
    }

    /// Enter a new scope (created in the first pass, found again in the second).
    fn enter(&mut self, kind: ScopeKind, qualname: Rc<str>) -> usize {
        let saved = self.current;
        match self.pass {
            Pass::Collect => {
                self.scopes
                    .push(ScopeTable::new(kind, Some(saved), qualname));
                self.current = self.scopes.len() - 1;
            }
            Pass::Assign => {
                self.current = self.next_scope;
                self.next_scope += 1;
            }
        }
        saved
    }

    /// The qualified-name prefix for scopes nested in the current one.
    fn child_qualname(&self, name: &str) -> Rc<str> {
        let s = &self.scopes[self.current];
        match s.kind {
            ScopeKind::Module => name.into(),
            ScopeKind::Class => format!("{}.{}", s.qualname, name).into(),
            _ => format!("{}.<locals>.{}", s.qualname, name).into(),
        }
    }

    fn in_function(&self) -> bool {
        self.scopes[self.current].is_function_like()
    }

    // ---- names ----

    /// CPython's private-name mangling inside a class: `__x` becomes `_Class__x`.
    fn mangle(&self, id: &Ident) -> Option<Ident> {
        let cls = self.class_stack.last()?;
        if !id.starts_with("__") || id.ends_with("__") || id.contains('.') {
            return None;
        }
        let stripped = cls.trim_start_matches('_');
        if stripped.is_empty() {
            return None;
        }
        Some(format!("_{stripped}{id}").into())
    }

    fn name(&mut self, name: &mut Name, flag: u8) {
        if self.pass == Pass::Collect {
            if let Some(m) = self.mangle(&name.id) {
                *name = Name::new(m);
            }
        }
        match self.pass {
            Pass::Collect => {
                if &*name.id == "super" && flag == USE {
                    let cls: Ident = "__class__".into();
                    self.scope().add(&cls, USE);
                }
                let id = name.id.clone();
                self.scope().add(&id, flag);
            }
            Pass::Assign => {
                name.loc = self.scopes[self.current]
                    .locs
                    .get(&name.id)
                    .copied()
                    .unwrap_or(NameLoc::Global);
            }
        }
    }

    fn bind_ident(&mut self, id: &Ident, _span: Span) -> Name {
        let id = self.mangle(id).unwrap_or_else(|| id.clone());
        let mut n = Name::new(id);
        self.name(&mut n, ASSIGN);
        n
    }

    // ---- statements ----

    fn block(&mut self, stmts: &mut [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, stmt: &mut Stmt) {
        let span = stmt.span;
        match &mut stmt.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                self.aug_target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                if !matches!(
                    self.scopes[self.current].kind,
                    ScopeKind::Function | ScopeKind::Comprehension
                ) {
                    self.expr(annotation);
                }
                if value.is_some() || !matches!(target.kind, ExprKind::Name(_)) {
                    self.target(target);
                } else if let ExprKind::Name(n) = &mut target.kind {
                    // `x: int` alone makes x local without binding it.
                    self.name(n, ASSIGN);
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.del_target(t);
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break | StmtKind::Continue
                if self.except_star_loop == Some(self.loop_depth) =>
            {
                self.fail(span, EXCEPT_STAR_FLOW);
            }
            StmtKind::Break => {
                if self.loop_depth == 0 {
                    self.fail(span, "'break' outside loop");
                }
            }
            StmtKind::Continue => {
                if self.loop_depth == 0 {
                    self.fail(span, "'continue' not properly in loop");
                }
            }
            StmtKind::Return(v) if self.except_star_loop.is_some() => {
                let at = v.as_ref().map(|v| v.span).unwrap_or(span);
                self.fail(at, EXCEPT_STAR_FLOW);
            }
            StmtKind::Return(v) => {
                if !self.in_function() {
                    self.fail(span, "'return' outside function");
                }
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Global(names) => {
                if self.pass == Pass::Collect {
                    for n in names.iter() {
                        let f = self.scopes[self.current].flags(n);
                        if f & PARAM != 0 {
                            self.fail(span, format!("name '{n}' is parameter and global"));
                        } else if f & (USE | ASSIGN) != 0 {
                            let what = if f & ASSIGN != 0 {
                                "assigned to"
                            } else {
                                "used"
                            };
                            self.fail(
                                span,
                                format!("name '{n}' is {what} before global declaration"),
                            );
                        }
                        let n = n.clone();
                        self.scope().add(&n, GLOBAL);
                    }
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.pass == Pass::Collect {
                    if self.scopes[self.current].kind == ScopeKind::Module {
                        self.fail(span, "nonlocal declaration not allowed at module level");
                        return;
                    }
                    for n in names.iter() {
                        let f = self.scopes[self.current].flags(n);
                        if f & PARAM != 0 {
                            self.fail(span, format!("name '{n}' is parameter and nonlocal"));
                        } else if f & (USE | ASSIGN) != 0 {
                            let what = if f & ASSIGN != 0 {
                                "assigned to"
                            } else {
                                "used"
                            };
                            self.fail(
                                span,
                                format!("name '{n}' is {what} before nonlocal declaration"),
                            );
                        }
                        let n = n.clone();
                        self.scope().add(&n, NONLOCAL);
                        // The binding must exist in an enclosing function.
                        let mut cur = self.scopes[self.current].parent;
                        let mut found = false;
                        while let Some(p) = cur {
                            let s = &self.scopes[p];
                            if s.kind == ScopeKind::Module {
                                break;
                            }
                            if s.kind != ScopeKind::Class
                                && (s.flags(&n) & (ASSIGN | PARAM | NONLOCAL) != 0)
                            {
                                found = true;
                                break;
                            }
                            cur = s.parent;
                        }
                        if !found {
                            self.fail(span, format!("no binding for nonlocal '{n}' found"));
                        }
                    }
                }
            }
            StmtKind::Import(names) => {
                for n in names {
                    let bound = n.asname.clone().unwrap_or_else(|| n.module[0].clone());
                    n.target = self.bind_ident(&bound, span);
                }
            }
            StmtKind::ImportFrom { names, .. } => match names {
                Some(names) => {
                    for n in names {
                        let bound = n.asname.clone().unwrap_or_else(|| n.name.clone());
                        n.target = self.bind_ident(&bound, span);
                    }
                }
                None => {
                    if self.in_function() && self.pass == Pass::Collect {
                        self.fail(span, "import * only allowed at module level");
                    }
                }
            },
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.loop_depth += 1;
                self.block(body);
                self.loop_depth -= 1;
                self.block(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.check_async(span, "'async for' outside async function");
                }
                self.expr(iter);
                self.target(target);
                self.loop_depth += 1;
                self.block(body);
                self.loop_depth -= 1;
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
                    if let Some(t) = &mut h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &mut h.name {
                        self.name(n, ASSIGN);
                    }
                    let saved_star = self.except_star_loop;
                    if h.star {
                        self.except_star_loop = Some(self.loop_depth);
                    }
                    self.block(&mut h.body);
                    self.except_star_loop = saved_star;
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.check_async(span, "'async with' outside async function");
                }
                for it in items {
                    self.expr(&mut it.context);
                    if let Some(t) = &mut it.target {
                        self.target(t);
                    }
                }
                self.block(body);
            }
            StmtKind::FunctionDef(def) => {
                let name = def.name.clone();
                match Rc::get_mut(def) {
                    Some(d) => {
                        self.function(d);
                        let bound = self.bind_ident(&name, span);
                        d.name_loc = bound.loc;
                        d.bound_name = (bound.id != name).then_some(bound.id);
                    }
                    None => self.fail(span, "internal error: shared function definition"),
                }
            }
            StmtKind::ClassDef(def) => match Rc::get_mut(def) {
                Some(d) => {
                    self.class(d);
                    let name = d.name.clone();
                    let bound = self.bind_ident(&name, span);
                    d.name_loc = bound.loc;
                    d.bound_name = (bound.id != name).then_some(bound.id);
                }
                None => self.fail(span, "internal error: shared class definition"),
            },
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
        }
    }

    fn check_async(&mut self, span: Span, msg: &str) {
        if self.pass == Pass::Collect && !self.scopes[self.current].is_coroutine {
            self.fail(span, msg.to_string());
        }
        self.note_module_await();
    }

    /// An await-like construct in the current scope: at the top level (allowed only at
    /// the prompt) it makes the module body a coroutine.
    fn note_module_await(&mut self) {
        // Comprehensions other than generator expressions run inline in their scope.
        let mut i = self.current;
        while self.scopes[i].kind == ScopeKind::Comprehension && !self.scopes[i].is_generator {
            match self.scopes[i].parent {
                Some(p) => i = p,
                None => return,
            }
        }
        if self.scopes[i].kind == ScopeKind::Module {
            self.module_awaits = true;
        }
    }

    fn function(&mut self, def: &mut FuncDef) {
        // Defaults, annotations and decorators belong to the enclosing scope.
        for d in &mut def.decorators {
            self.expr(d);
        }
        let p = &mut def.params;
        for param in p
            .posonly
            .iter_mut()
            .chain(p.args.iter_mut())
            .chain(p.kwonly.iter_mut())
        {
            if let Some(d) = &mut param.default {
                self.expr(d);
            }
        }
        for param in p.all_mut() {
            if let Some(a) = &mut param.annotation {
                self.expr(a);
            }
        }
        if let Some(r) = &mut def.returns {
            self.expr(r);
        }
        let qualname = if def.is_lambda {
            self.child_qualname("<lambda>")
        } else {
            self.child_qualname(&def.name)
        };
        let saved = self.enter(ScopeKind::Function, qualname);
        let saved_loops = std::mem::replace(&mut self.loop_depth, 0);
        let saved_star = self.except_star_loop.take();
        if self.pass == Pass::Collect {
            let s = self.scope();
            s.is_coroutine = def.is_async;
            let p = &def.params;
            let mut seen = std::collections::HashSet::new();
            let mut dup = None;
            for param in p.all() {
                if !seen.insert(param.name.clone()) {
                    dup = Some((param.name.clone(), param.span));
                }
                s.params.push(param.name.clone());
                s.add(&param.name, PARAM);
            }
            if let Some((n, sp)) = dup {
                self.fail(
                    sp,
                    format!("duplicate argument '{n}' in function definition"),
                );
            }
        }
        self.block(&mut def.body);
        if self.pass == Pass::Assign {
            def.scope = self.scopes[self.current].info.clone();
        }
        self.loop_depth = saved_loops;
        self.except_star_loop = saved_star;
        self.current = saved;
    }

    fn class(&mut self, def: &mut ClassDef) {
        for d in &mut def.decorators {
            self.expr(d);
        }
        for b in &mut def.bases {
            self.arg(b);
        }
        let qualname = self.child_qualname(&def.name);
        let saved = self.enter(ScopeKind::Class, qualname);
        let saved_loops = std::mem::replace(&mut self.loop_depth, 0);
        let saved_star = self.except_star_loop.take();
        self.class_stack.push(def.name.clone());
        self.block(&mut def.body);
        self.class_stack.pop();
        if self.pass == Pass::Assign {
            def.scope = self.scopes[self.current].info.clone();
        }
        self.loop_depth = saved_loops;
        self.except_star_loop = saved_star;
        self.current = saved;
    }

    // ---- targets ----

    fn target(&mut self, t: &mut Expr) {
        match &mut t.kind {
            ExprKind::Name(n) => self.name(n, ASSIGN),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            ExprKind::Attribute { value, attr } => {
                if self.pass == Pass::Collect {
                    if let Some(m) = self.mangle(&Ident::from(&**attr)) {
                        *attr = m.into();
                    }
                }
                self.expr(value)
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            _ => {
                let span = t.span;
                self.fail(span, "cannot assign to expression");
            }
        }
    }

    fn aug_target(&mut self, t: &mut Expr) {
        match &mut t.kind {
            ExprKind::Name(n) => {
                self.name(n, ASSIGN);
                if self.pass == Pass::Collect {
                    let id = n.id.clone();
                    self.scope().add(&id, USE);
                }
            }
            _ => self.target(t),
        }
    }

    fn del_target(&mut self, t: &mut Expr) {
        match &mut t.kind {
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.del_target(i);
                }
            }
            _ => self.target(t),
        }
    }

    // ---- expressions ----

    fn arg(&mut self, a: &mut Arg) {
        match a {
            Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::DoubleStar(e) => {
                self.expr(e)
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        let span = e.span;
        match &mut e.kind {
            ExprKind::Constant(_) => {}
            ExprKind::JoinedStr(parts) => self.fstring(parts),
            ExprKind::Name(n) => self.name(n, USE),
            ExprKind::Attribute { value, attr } => {
                if self.pass == Pass::Collect {
                    if let Some(m) = self.mangle(&Ident::from(&**attr)) {
                        *attr = m.into();
                    }
                }
                self.expr(value)
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                for a in args {
                    self.arg(a);
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda(def) => match Rc::get_mut(def) {
                Some(d) => self.function(d),
                None => self.fail(span, "internal error: shared lambda"),
            },
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::Comprehension(c) => match Rc::get_mut(c) {
                Some(c) => self.comprehension(c, span),
                None => self.fail(span, "internal error: shared comprehension"),
            },
            ExprKind::Yield(v) => {
                self.mark_yield(span, "yield");
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_yield(span, "yield from");
                if self.pass == Pass::Collect && self.scopes[self.current].is_coroutine {
                    self.fail(span, "'yield from' inside async function");
                }
                self.expr(v);
            }
            ExprKind::Await(v) => {
                if self.pass == Pass::Collect {
                    let s = &self.scopes[self.current];
                    let ok = match s.kind {
                        ScopeKind::Function | ScopeKind::Module => s.is_coroutine,
                        ScopeKind::Comprehension => true,
                        _ => false,
                    };
                    if !ok {
                        let msg = if s.kind == ScopeKind::Function {
                            "'await' outside async function"
                        } else {
                            "'await' outside function"
                        };
                        self.fail(span, msg);
                    }
                    self.note_module_await();
                }
                self.expr(v);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.walrus_target(target);
            }
            ExprKind::MatchTest { subject, pattern } => {
                self.expr(subject);
                self.pattern(pattern);
            }
        }
    }

    /// The values a `case` pattern reads, and the names it binds.
    fn pattern(&mut self, p: &mut Pattern) {
        match p {
            Pattern::Wildcard | Pattern::Singleton(_) | Pattern::Star(None) => {}
            Pattern::Capture(n) | Pattern::Star(Some(n)) => self.name(n, ASSIGN),
            Pattern::Value(e) => self.expr(e),
            Pattern::Sequence(items) | Pattern::Or(items) => {
                for i in items {
                    self.pattern(i);
                }
            }
            Pattern::Mapping { keys, values, rest } => {
                for k in keys {
                    self.expr(k);
                }
                for v in values {
                    self.pattern(v);
                }
                if let Some(n) = rest {
                    self.name(n, ASSIGN);
                }
            }
            Pattern::Class { cls, args, kwargs } => {
                self.expr(cls);
                for a in args {
                    self.pattern(a);
                }
                for (_, k) in kwargs {
                    self.pattern(k);
                }
            }
            Pattern::As(inner, n) => {
                self.pattern(inner);
                self.name(n, ASSIGN);
            }
        }
    }

    fn fstring(&mut self, parts: &mut [FStringPart]) {
        for p in parts {
            if let FStringPart::Expr { value, spec, .. } = p {
                self.expr(value);
                if let Some(spec) = spec {
                    self.fstring(spec);
                }
            }
        }
    }

    fn mark_yield(&mut self, span: Span, what: &str) {
        if self.pass != Pass::Collect {
            return;
        }
        let kind = self.scopes[self.current].kind;
        match kind {
            ScopeKind::Function => self.scope().is_generator = true,
            ScopeKind::Comprehension => {
                let q = self.scopes[self.current].qualname.clone();
                let which = q
                    .rsplit('.')
                    .next()
                    .unwrap_or("")
                    .trim_matches(|c| c == '<' || c == '>')
                    .to_string();
                let which = match which.as_str() {
                    "listcomp" => "list comprehension",
                    "setcomp" => "set comprehension",
                    "dictcomp" => "dict comprehension",
                    _ => "generator expression",
                };
                self.fail(span, format!("'{what}' inside {which}"));
            }
            _ => self.fail(
                span,
                format!(
                    "'{}' outside function",
                    what.split(' ').next().unwrap_or(what)
                ),
            ),
        }
    }

    fn walrus_target(&mut self, target: &mut Name) {
        // Inside comprehensions the target binds in the nearest enclosing non-comprehension scope.
        if self.scopes[self.current].kind != ScopeKind::Comprehension {
            self.name(target, ASSIGN);
            return;
        }
        match self.pass {
            Pass::Collect => {
                let mut owner = self.current;
                while self.scopes[owner].kind == ScopeKind::Comprehension {
                    owner = self.scopes[owner].parent.unwrap_or(0);
                }
                let id = target.id.clone();
                self.scopes[owner].add(&id, ASSIGN);
                let flag = if self.scopes[owner].kind == ScopeKind::Module {
                    GLOBAL
                } else {
                    USE
                };
                let mut cur = self.current;
                while self.scopes[cur].kind == ScopeKind::Comprehension {
                    if flag == USE {
                        self.scopes[cur].add(&id, NONLOCAL);
                    } else {
                        self.scopes[cur].add(&id, GLOBAL);
                    }
                    cur = self.scopes[cur].parent.unwrap_or(0);
                }
            }
            Pass::Assign => self.name(target, ASSIGN),
        }
    }

    fn comprehension(&mut self, c: &mut Comprehension, span: Span) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = c.generators.first_mut() {
            self.expr(&mut first.iter);
        }
        let label = match c.kind {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        };
        let qualname = self.child_qualname(label);
        let enclosing_async = self.scopes[self.current].is_coroutine;
        let saved = self.enter(ScopeKind::Comprehension, qualname);
        let saved_loops = std::mem::replace(&mut self.loop_depth, 0);
        let saved_star = self.except_star_loop.take();
        if self.pass == Pass::Collect {
            let dot0: Ident = ".0".into();
            let s = self.scope();
            s.params.push(dot0.clone());
            s.add(&dot0, PARAM);
            s.is_generator = c.kind == ComprehensionKind::Generator;
            let is_async = c.generators.iter().any(|g| g.is_async);
            // A generator expression is an async generator only when it has `async for`
            // (CPython also counts `await` inside it; such genexps are not supported here).
            s.is_coroutine =
                is_async || (enclosing_async && c.kind != ComprehensionKind::Generator);
            if is_async && c.kind != ComprehensionKind::Generator {
                self.note_module_await();
            }
            if is_async && !enclosing_async && c.kind != ComprehensionKind::Generator {
                self.fail(
                    span,
                    "asynchronous comprehension outside of an asynchronous function",
                );
            }
        }
        for (i, g) in c.generators.iter_mut().enumerate() {
            if i > 0 {
                self.expr(&mut g.iter);
            }
            self.target(&mut g.target);
            for cond in &mut g.ifs {
                self.expr(cond);
            }
        }
        self.expr(&mut c.elt);
        if let Some(v) = &mut c.value {
            self.expr(v);
        }
        if self.pass == Pass::Assign {
            c.scope = self.scopes[self.current].info.clone();
        }
        self.loop_depth = saved_loops;
        self.except_star_loop = saved_star;
        self.current = saved;
    }
}
