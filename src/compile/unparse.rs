//! Expressions back to source text, as CPython writes annotations under
//! `from __future__ import annotations`: canonical spacing, parentheses only where
//! precedence needs them, string constants as their repr.

use crate::ast::{
    Arg, BinOp, BoolOp, CmpOp, Comprehension, ComprehensionKind, Constant, Expr, ExprKind, Span,
    UnaryOp,
};

/// Binding strength, weakest first (CPython's `ast_unparse.c` levels).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple = 1,
    Test = 3,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    /// The next stronger level.
    fn up(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// `e` as CPython's compiler prints it; `source` is the file's text, quoted verbatim for the
/// few forms (lambda, f-string, yield, `:=`) that annotations practically never hold.
pub fn unparse(e: &Expr, source: &str) -> String {
    let mut u = Unparser {
        out: String::new(),
        source,
    };
    u.expr(e, Prec::Test);
    u.out
}

struct Unparser<'a> {
    out: String,
    source: &'a str,
}

impl Unparser<'_> {
    fn open_if(&mut self, cond: bool, s: &str) {
        if cond {
            self.out.push_str(s);
        }
    }

    fn expr(&mut self, e: &Expr, level: Prec) {
        match &e.kind {
            ExprKind::Constant(c) => self.constant(c),
            ExprKind::Name(n) => self.out.push_str(&n.id),
            ExprKind::Attribute { value, attr } => {
                self.expr(value, Prec::Atom);
                let int_value = matches!(
                    value.kind,
                    ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))
                );
                self.out.push_str(if int_value { " ." } else { "." });
                self.out.push_str(attr);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value, Prec::Atom);
                self.out.push('[');
                self.expr(index, Prec::Tuple);
                self.out.push(']');
            }
            ExprKind::Slice { lower, upper, step } => {
                if let Some(l) = lower {
                    self.expr(l, Prec::Test);
                }
                self.out.push(':');
                if let Some(u) = upper {
                    self.expr(u, Prec::Test);
                }
                if let Some(s) = step {
                    self.out.push(':');
                    self.expr(s, Prec::Test);
                }
            }
            ExprKind::Call { func, args } => self.call(func, args),
            ExprKind::BinOp { left, op, right } => {
                let (text, prec) = binop(*op);
                let right_assoc = *op == BinOp::Pow;
                self.open_if(level > prec, "(");
                self.expr(left, if right_assoc { prec.up() } else { prec });
                self.out.push_str(text);
                self.expr(right, if right_assoc { prec } else { prec.up() });
                self.open_if(level > prec, ")");
            }
            ExprKind::UnaryOp { op, operand } => {
                let (text, prec) = match op {
                    UnaryOp::Not => ("not ", Prec::Not),
                    UnaryOp::Neg => ("-", Prec::Factor),
                    UnaryOp::Pos => ("+", Prec::Factor),
                    UnaryOp::Invert => ("~", Prec::Factor),
                };
                self.open_if(level > prec, "(");
                self.out.push_str(text);
                self.expr(operand, prec);
                self.open_if(level > prec, ")");
            }
            ExprKind::BoolOp { op, values } => {
                let (text, prec) = match op {
                    BoolOp::And => (" and ", Prec::And),
                    BoolOp::Or => (" or ", Prec::Or),
                };
                self.open_if(level > prec, "(");
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(text);
                    }
                    self.expr(v, prec.up());
                }
                self.open_if(level > prec, ")");
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open_if(level > Prec::Cmp, "(");
                self.expr(left, Prec::Cmp.up());
                for (op, c) in ops.iter().zip(comparators) {
                    self.out.push_str(cmpop(*op));
                    self.expr(c, Prec::Cmp.up());
                }
                self.open_if(level > Prec::Cmp, ")");
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open_if(level > Prec::Test, "(");
                self.expr(body, Prec::Test.up());
                self.out.push_str(" if ");
                self.expr(test, Prec::Test.up());
                self.out.push_str(" else ");
                self.expr(orelse, Prec::Test);
                self.open_if(level > Prec::Test, ")");
            }
            ExprKind::Tuple(items) => {
                let parens = items.is_empty() || level > Prec::Tuple;
                self.open_if(parens, "(");
                self.items(items);
                if items.len() == 1 {
                    self.out.push(',');
                }
                self.open_if(parens, ")");
            }
            ExprKind::List(items) => {
                self.out.push('[');
                self.items(items);
                self.out.push(']');
            }
            ExprKind::Set(items) if items.is_empty() => self.out.push_str("{*()}"),
            ExprKind::Set(items) => {
                self.out.push('{');
                self.items(items);
                self.out.push('}');
            }
            ExprKind::Dict(entries) => {
                self.out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    match k {
                        Some(k) => {
                            self.expr(k, Prec::Test);
                            self.out.push_str(": ");
                            self.expr(v, Prec::Test);
                        }
                        None => {
                            self.out.push_str("**");
                            self.expr(v, Prec::BitOr);
                        }
                    }
                }
                self.out.push('}');
            }
            ExprKind::Starred(v) => {
                self.out.push('*');
                self.expr(v, Prec::BitOr);
            }
            ExprKind::Comprehension(c) => self.comprehension(c),
            ExprKind::Await(v) => {
                self.open_if(level > Prec::Await, "(");
                self.out.push_str("await ");
                self.expr(v, Prec::Atom);
                self.open_if(level > Prec::Await, ")");
            }
            ExprKind::Lambda(_)
            | ExprKind::JoinedStr(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::NamedExpr { .. }
            | ExprKind::MatchTest { .. } => {
                let text = source_text(self.source, e.span);
                self.out.push_str(&text);
            }
        }
    }

    fn items(&mut self, items: &[Expr]) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.expr(item, Prec::Test);
        }
    }

    fn call(&mut self, func: &Expr, args: &[Arg]) {
        self.expr(func, Prec::Atom);
        self.out.push('(');
        if let [Arg::Positional(e)] = args {
            if let ExprKind::Comprehension(c) = &e.kind {
                if c.kind == ComprehensionKind::Generator {
                    // `f(x for x in y)`: the call's parentheses are the generator's.
                    self.comprehension_body(c);
                    self.out.push(')');
                    return;
                }
            }
        }
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            match a {
                Arg::Positional(e) => self.expr(e, Prec::Test),
                Arg::Star(e) => {
                    self.out.push('*');
                    self.expr(e, Prec::BitOr);
                }
                Arg::Keyword(k, e) => {
                    self.out.push_str(k);
                    self.out.push('=');
                    self.expr(e, Prec::Test);
                }
                Arg::DoubleStar(e) => {
                    self.out.push_str("**");
                    self.expr(e, Prec::BitOr);
                }
            }
        }
        self.out.push(')');
    }

    fn comprehension(&mut self, c: &Comprehension) {
        let (open, close) = match c.kind {
            ComprehensionKind::List => ('[', ']'),
            ComprehensionKind::Set | ComprehensionKind::Dict => ('{', '}'),
            ComprehensionKind::Generator => ('(', ')'),
        };
        self.out.push(open);
        self.comprehension_body(c);
        self.out.push(close);
    }

    fn comprehension_body(&mut self, c: &Comprehension) {
        self.expr(&c.elt, Prec::Test);
        if let Some(v) = &c.value {
            self.out.push_str(": ");
            self.expr(v, Prec::Test);
        }
        for g in &c.generators {
            self.out
                .push_str(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, Prec::Tuple);
            self.out.push_str(" in ");
            self.expr(&g.iter, Prec::Test.up());
            for cond in &g.ifs {
                self.out.push_str(" if ");
                self.expr(cond, Prec::Test.up());
            }
        }
    }

    fn constant(&mut self, c: &Constant) {
        use crate::format::{bytes_repr, float_repr, str_repr};
        let text = match c {
            Constant::None => "None".to_string(),
            Constant::True => "True".to_string(),
            Constant::False => "False".to_string(),
            Constant::Ellipsis => "...".to_string(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(b) => b.to_string(),
            Constant::Float(f) if f.is_infinite() => "1e309".to_string(),
            Constant::Float(f) => float_repr(*f),
            Constant::Imag(f) if f.is_infinite() => "1e309j".to_string(),
            Constant::Imag(f) => format!("{}j", float_repr(*f).trim_end_matches(".0")),
            Constant::Str(s) => str_repr(s),
            Constant::Bytes(b) => bytes_repr(b),
        };
        self.out.push_str(&text);
    }
}

fn binop(op: BinOp) -> (&'static str, Prec) {
    match op {
        BinOp::Add => (" + ", Prec::Arith),
        BinOp::Sub => (" - ", Prec::Arith),
        BinOp::Mult => (" * ", Prec::Term),
        BinOp::MatMult => (" @ ", Prec::Term),
        BinOp::Div => (" / ", Prec::Term),
        BinOp::FloorDiv => (" // ", Prec::Term),
        BinOp::Mod => (" % ", Prec::Term),
        BinOp::Pow => (" ** ", Prec::Power),
        BinOp::LShift => (" << ", Prec::Shift),
        BinOp::RShift => (" >> ", Prec::Shift),
        BinOp::BitOr => (" | ", Prec::BitOr),
        BinOp::BitXor => (" ^ ", Prec::BitXor),
        BinOp::BitAnd => (" & ", Prec::BitAnd),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// The text `span` covers (0-based character columns), lines joined by newlines.
fn source_text(source: &str, span: Span) -> String {
    let lines: Vec<&str> = source
        .lines()
        .skip(span.line.saturating_sub(1) as usize)
        .take((span.end_line.saturating_sub(span.line) + 1) as usize)
        .collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let start = if i == 0 { span.col as usize } else { 0 };
        let end = if i + 1 == lines.len() {
            span.end_col as usize
        } else {
            usize::MAX
        };
        if i > 0 {
            out.push('\n');
        }
        out.extend(line.chars().skip(start).take(end.saturating_sub(start)));
    }
    out
}
