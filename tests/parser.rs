//! Parser tests: every chapter snippet parses, every statement and expression form builds
//! the expected tree, errors render exactly as CPython 3.11 prints them, and hostile input
//! ends in an error instead of a panic.

use pyco::ast::*;
use pyco::parser::{decode_source, parse_expression, parse_interactive, parse_module};

fn parse(src: &str) -> Module {
    match parse_module(src, "t.py") {
        Ok(m) => m,
        Err(e) => panic!("{src:?} failed:\n{}", e.render()),
    }
}

fn one(src: &str) -> Stmt {
    let mut m = parse(src);
    assert_eq!(m.body.len(), 1, "{src:?}");
    m.body.remove(0)
}

fn expr(src: &str) -> Expr {
    match parse_expression(src, "<string>") {
        Ok(e) => e,
        Err(e) => panic!("{src:?} failed:\n{}", e.render()),
    }
}

fn err(src: &str) -> String {
    match parse_module(src, "t.py") {
        Ok(_) => panic!("{src:?} parsed"),
        Err(e) => e.render(),
    }
}

fn span(e: &Expr) -> (u32, u32, u32, u32) {
    (e.span.line, e.span.col, e.span.end_line, e.span.end_col)
}

#[test]
fn chapter_snippets_parse() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/chapter");
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| {
        panic!("chapter snippets not found at {dir} ({e}): the repository expects a copy of shared/ next to it")
    });
    let mut n = 0;
    for entry in entries {
        let path = entry.expect("readable directory entry").path();
        if path.extension().and_then(|x| x.to_str()) != Some("py") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable snippet");
        let name = path.display().to_string();
        let src = decode_source(&bytes, &name).unwrap_or_else(|e| panic!("{}", e.render()));
        if let Err(e) = parse_module(&src, &name) {
            panic!("{name} failed:\n{}", e.render());
        }
        n += 1;
    }
    assert!(
        n >= 20,
        "expected the chapter's snippets in {dir}, found {n}"
    );
}

// ------------------------------------------------------------------ statements

#[test]
fn assignments() {
    let s = one("a = b = c\n");
    let StmtKind::Assign { targets, .. } = &s.kind else {
        panic!()
    };
    assert_eq!(targets.len(), 2);
    let s = one("a, *b = x\n");
    let StmtKind::Assign { targets, .. } = &s.kind else {
        panic!()
    };
    assert!(
        matches!(&targets[0].kind, ExprKind::Tuple(v) if matches!(v[1].kind, ExprKind::Starred(_)))
    );
    for src in [
        "[a, b] = x\n",
        "(a, b), c = x\n",
        "x[0] = x.y = 1\n",
        "x: int = 1\n",
        "x: int\n",
        "a.b: int = 1\n",
    ] {
        parse(src);
    }
    for (src, op) in [
        ("x += 1", BinOp::Add),
        ("x -= 1", BinOp::Sub),
        ("x *= 1", BinOp::Mult),
        ("x @= 1", BinOp::MatMult),
        ("x /= 1", BinOp::Div),
        ("x //= 1", BinOp::FloorDiv),
        ("x %= 1", BinOp::Mod),
        ("x **= 1", BinOp::Pow),
        ("x >>= 1", BinOp::RShift),
        ("x <<= 1", BinOp::LShift),
        ("x &= 1", BinOp::BitAnd),
        ("x ^= 1", BinOp::BitXor),
        ("x |= 1", BinOp::BitOr),
    ] {
        let s = one(src);
        assert!(
            matches!(s.kind, StmtKind::AugAssign { op: o, .. } if o == op),
            "{src}"
        );
    }
    let s = one("x = yield\n");
    assert!(
        matches!(&s.kind, StmtKind::Assign { value, .. } if matches!(value.kind, ExprKind::Yield(None)))
    );
    let s = one("c = yield a + b\n");
    assert!(
        matches!(&s.kind, StmtKind::Assign { value, .. } if matches!(value.kind, ExprKind::Yield(Some(_))))
    );
    let s = one("x = 1, 2\n");
    assert!(
        matches!(&s.kind, StmtKind::Assign { value, .. } if matches!(&value.kind, ExprKind::Tuple(v) if v.len() == 2))
    );
}

#[test]
fn simple_statements() {
    let m = parse("pass; break; continue\n");
    assert_eq!(m.body.len(), 3);
    assert!(matches!(one("del a, b[0], c.d\n").kind, StmtKind::Del(ref v) if v.len() == 3));
    assert!(matches!(
        one("return 1, 2\n").kind,
        StmtKind::Return(Some(Expr {
            kind: ExprKind::Tuple(_),
            ..
        }))
    ));
    assert!(matches!(one("return\n").kind, StmtKind::Return(None)));
    assert!(matches!(
        one("raise\n").kind,
        StmtKind::Raise {
            exc: None,
            cause: None
        }
    ));
    assert!(matches!(
        one("raise X from Y\n").kind,
        StmtKind::Raise {
            exc: Some(_),
            cause: Some(_)
        }
    ));
    assert!(matches!(one("global a, b\n").kind, StmtKind::Global(ref v) if v.len() == 2));
    assert!(matches!(one("nonlocal a\n").kind, StmtKind::Nonlocal(ref v) if v.len() == 1));
    assert!(matches!(
        one("assert x, 'm'\n").kind,
        StmtKind::Assert { msg: Some(_), .. }
    ));
    let StmtKind::Import(names) = one("import a.b.c as d, e\n").kind else {
        panic!()
    };
    assert_eq!(names[0].module.len(), 3);
    assert_eq!(names[0].asname.as_deref(), Some("d"));
    assert_eq!(&*names[1].target.id, "e");
    let StmtKind::ImportFrom {
        module,
        level,
        names,
    } = one("from x.y import a as b, c\n").kind
    else {
        panic!()
    };
    assert_eq!(
        (module.len(), level, names.map(|n| n.len())),
        (2, 0, Some(2))
    );
    let StmtKind::ImportFrom { level, names, .. } = one("from . import x\n").kind else {
        panic!()
    };
    assert_eq!((level, names.map(|n| n.len())), (1, Some(1)));
    let StmtKind::ImportFrom { level, module, .. } = one("from ..mod import y\n").kind else {
        panic!()
    };
    assert_eq!((level, module.len()), (2, 1));
    assert!(matches!(
        one("from x import *\n").kind,
        StmtKind::ImportFrom { names: None, .. }
    ));
    parse("from x import (a, b,)\nimport time, re\n");
}

#[test]
fn compound_statements() {
    let s = one("if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n");
    let StmtKind::If { orelse, .. } = &s.kind else {
        panic!()
    };
    let StmtKind::If { orelse, .. } = &orelse[0].kind else {
        panic!()
    };
    assert_eq!(orelse[0].span.line, 5);
    assert!(
        matches!(one("while x:\n    pass\nelse:\n    pass\n").kind, StmtKind::While { ref orelse, .. } if orelse.len() == 1)
    );
    assert!(matches!(
        one("for k, v in d:\n    pass\nelse:\n    pass\n").kind,
        StmtKind::For {
            is_async: false,
            ..
        }
    ));
    let s = one("try:\n    pass\nexcept T:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n");
    let StmtKind::Try {
        handlers,
        orelse,
        finalbody,
        ..
    } = &s.kind
    else {
        panic!()
    };
    assert_eq!((handlers.len(), orelse.len(), finalbody.len()), (3, 1, 1));
    assert_eq!(handlers[1].name.as_ref().map(|n| &*n.id), Some("e"));
    assert!(handlers[2].typ.is_none());
    parse("try:\n    pass\nfinally:\n    pass\n");
    let StmtKind::With { items, .. } = one("with a as b, c as d:\n    pass\n").kind else {
        panic!()
    };
    assert_eq!(items.len(), 2);
    let StmtKind::With { items, .. } = one("with (a as b,\n      c as d,):\n    pass\n").kind
    else {
        panic!()
    };
    assert_eq!(items.len(), 2);
    let StmtKind::With { items, .. } = one("with (a, b) as c:\n    pass\n").kind else {
        panic!()
    };
    assert!(matches!(items[0].context.kind, ExprKind::Tuple(_)));
    let s = one(
        "@dec\n@mod.deco(1)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return 1\n",
    );
    let StmtKind::FunctionDef(f) = &s.kind else {
        panic!()
    };
    assert_eq!(f.decorators.len(), 2);
    assert_eq!(s.span.line, 3);
    assert_eq!(
        (
            f.params.posonly.len(),
            f.params.args.len(),
            f.params.kwonly.len()
        ),
        (2, 1, 2)
    );
    assert!(f.params.vararg.is_some() && f.params.kwarg.is_some() && f.returns.is_some());
    let StmtKind::FunctionDef(f) = one("def f(*, a, b: int = 2): pass\n").kind else {
        panic!()
    };
    assert_eq!(f.params.kwonly.len(), 2);
    let StmtKind::ClassDef(c) = one("class C(A, B, metaclass=M):\n    x = 1\n").kind else {
        panic!()
    };
    assert_eq!(c.bases.len(), 3);
    parse("class C:\n    pass\nclass D():\n    pass\nclass E(Exception): pass\n");
    let StmtKind::FunctionDef(f) = one("async def f():\n    async for x in y:\n        pass\n    async with a as b:\n        await x\n").kind else { panic!() };
    assert!(f.is_async);
    assert!(matches!(
        f.body[0].kind,
        StmtKind::For { is_async: true, .. }
    ));
    assert!(matches!(
        f.body[1].kind,
        StmtKind::With { is_async: true, .. }
    ));
    parse("if x: pass\ndef f(): return 1\nwhile 0: x = 1; y = 2\n");
}

#[test]
fn statement_spans_cover_first_line() {
    let s = one("if x == 1:\n    pass\n");
    assert_eq!(
        (s.span.line, s.span.col, s.span.end_line, s.span.end_col),
        (1, 0, 1, 10)
    );
    let m = parse("def f():\n    x = (1 +\n         2)\n");
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!()
    };
    let sp = f.body[0].span;
    assert_eq!((sp.line, sp.col, sp.end_line, sp.end_col), (2, 4, 3, 11));
}

// ------------------------------------------------------------------ expressions

#[test]
fn precedence() {
    let e = expr("-2**2");
    assert!(matches!(
        e.kind,
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            ..
        }
    ));
    let e = expr("2**-1");
    assert!(matches!(e.kind, ExprKind::BinOp { op: BinOp::Pow, .. }));
    let e = expr("2**3**2");
    let ExprKind::BinOp { right, .. } = e.kind else {
        panic!()
    };
    assert!(matches!(right.kind, ExprKind::BinOp { op: BinOp::Pow, .. }));
    let e = expr("a or b and not c");
    assert!(matches!(e.kind, ExprKind::BoolOp { op: BoolOp::Or, ref values } if values.len() == 2));
    let e = expr("a < b <= c is not d not in e");
    let ExprKind::Compare { ops, .. } = e.kind else {
        panic!()
    };
    assert_eq!(ops, vec![CmpOp::Lt, CmpOp::LtE, CmpOp::IsNot, CmpOp::NotIn]);
    let e = expr("1 + 2 * 3 - 4 // 5 % 6 @ m | 7 ^ 8 & 9 << 1 >> 2");
    assert!(matches!(
        e.kind,
        ExprKind::BinOp {
            op: BinOp::BitOr,
            ..
        }
    ));
    assert!(matches!(expr("a if b else c").kind, ExprKind::IfExp { .. }));
    assert!(matches!(
        expr("lambda a, *b, c=1, **d: a").kind,
        ExprKind::Lambda(_)
    ));
    assert!(matches!(
        expr("await x ** 2").kind,
        ExprKind::BinOp { op: BinOp::Pow, .. }
    ));
    assert!(matches!(
        expr("(y := f(x))").kind,
        ExprKind::NamedExpr { .. }
    ));
}

#[test]
fn atoms_and_displays() {
    assert!(matches!(expr("()").kind, ExprKind::Tuple(ref v) if v.is_empty()));
    assert!(matches!(expr("(1,)").kind, ExprKind::Tuple(ref v) if v.len() == 1));
    assert!(matches!(expr("[*a, 1,]").kind, ExprKind::List(ref v) if v.len() == 2));
    assert!(matches!(expr("{1, *a}").kind, ExprKind::Set(ref v) if v.len() == 2));
    assert!(
        matches!(expr("{1: 2, **d}").kind, ExprKind::Dict(ref v) if v.len() == 2 && v[1].0.is_none())
    );
    assert!(matches!(expr("{}").kind, ExprKind::Dict(_)));
    for (src, kind) in [
        (
            "[x for x in y if x if y for z in x]",
            ComprehensionKind::List,
        ),
        ("{x for x in y}", ComprehensionKind::Set),
        ("{k: v for k, v in y}", ComprehensionKind::Dict),
        ("(x async for x in y)", ComprehensionKind::Generator),
    ] {
        let ExprKind::Comprehension(c) = expr(src).kind else {
            panic!("{src}")
        };
        assert_eq!(c.kind, kind);
    }
    let ExprKind::Call { args, .. } = expr("f(x for x in y)").kind else {
        panic!()
    };
    assert_eq!(args.len(), 1);
    let ExprKind::Call { args, .. } = expr("f(a, *b, c=1, *d, **e, f=2)").kind else {
        panic!()
    };
    assert_eq!(args.len(), 6);
    let ExprKind::Subscript { index, .. } = expr("a[:, 1]").kind else {
        panic!()
    };
    assert!(
        matches!(index.kind, ExprKind::Tuple(ref v) if matches!(v[0].kind, ExprKind::Slice { .. }))
    );
    let ExprKind::Subscript { index, .. } = expr("a[::2]").kind else {
        panic!()
    };
    assert!(matches!(
        index.kind,
        ExprKind::Slice {
            lower: None,
            upper: None,
            step: Some(_)
        }
    ));
    assert!(matches!(
        expr("...").kind,
        ExprKind::Constant(Constant::Ellipsis)
    ));
    assert!(matches!(
        expr("None").kind,
        ExprKind::Constant(Constant::None)
    ));
    assert!(matches!(expr("print((yield))").kind, ExprKind::Call { .. }));
    parse("def g():\n    yield\n    yield a, b\n    x = yield from y\n");
}

#[test]
fn expression_spans() {
    let e = expr("foo(a, b) + x.y[1]");
    assert_eq!(span(&e), (1, 0, 1, 18));
    let ExprKind::BinOp { left, right, .. } = e.kind else {
        panic!()
    };
    assert_eq!(span(&left), (1, 0, 1, 9));
    assert_eq!(span(&right), (1, 12, 1, 18));
    let m = parse("x = '中文' + yy\n");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::BinOp { right, .. } = &value.kind else {
        panic!()
    };
    assert_eq!(span(right), (1, 11, 1, 13));
    let e = expr("(a)");
    assert_eq!(span(&e), (1, 1, 1, 2));
}

#[test]
fn numbers() {
    assert!(matches!(
        expr("1_000").kind,
        ExprKind::Constant(Constant::Int(1000))
    ));
    assert!(matches!(
        expr("0x_ff").kind,
        ExprKind::Constant(Constant::Int(255))
    ));
    assert!(matches!(
        expr("0o17").kind,
        ExprKind::Constant(Constant::Int(15))
    ));
    assert!(matches!(
        expr("0b101").kind,
        ExprKind::Constant(Constant::Int(5))
    ));
    assert!(matches!(
        expr("123456789012345678901234567890").kind,
        ExprKind::Constant(Constant::BigInt(_))
    ));
    for (src, v) in [
        ("1.", 1.0),
        (".5", 0.5),
        ("1e10", 1e10),
        ("1_000.5", 1000.5),
        ("2.5E-3", 2.5e-3),
    ] {
        assert!(
            matches!(expr(src).kind, ExprKind::Constant(Constant::Float(f)) if f == v),
            "{src}"
        );
    }
    for (src, v) in [("1j", 1.0), ("2.5J", 2.5), ("1e3j", 1e3), ("1_0j", 10.0)] {
        assert!(
            matches!(expr(src).kind, ExprKind::Constant(Constant::Imag(f)) if f == v),
            "{src}"
        );
    }
}

fn string(src: &str) -> String {
    match expr(src).kind {
        ExprKind::Constant(Constant::Str(s)) => s.to_string(),
        other => panic!("{src}: {other:?}"),
    }
}

#[test]
fn strings() {
    assert_eq!(string(r#"'a' "b" '''c''' """d""""#), "abcd");
    assert_eq!(
        string(r#"'\n\t\\\'\"\x41\u4e2d\U0001F600\101\q'"#),
        "\n\t\\'\"A中😀A\\q"
    );
    assert_eq!(string(r"r'\n\q' R'\x'"), "\\n\\q\\x");
    assert_eq!(string("'a\\\nb'"), "ab");
    assert_eq!(string("u'x' U'y'"), "xy");
    assert_eq!(string("'中文 😀'"), "中文 😀");
    assert!(
        matches!(expr(r"b'a\x00' rb'\n' Br'x'").kind, ExprKind::Constant(Constant::Bytes(ref b)) if &**b == b"a\0\\nx")
    );
    assert!(parse_module("x = 'a' b'b'\n", "t").is_err());
    parse("x = '''a\n\nb'''\ny = 1 # coding=utf-8 comment 中文\n");
}

fn fparts(src: &str) -> Vec<FStringPart> {
    match expr(src).kind {
        ExprKind::JoinedStr(p) => p,
        other => panic!("{src}: {other:?}"),
    }
}

#[test]
fn fstrings() {
    let p = fparts("f'a{x}b'");
    assert_eq!(p.len(), 3);
    let p = fparts("f'{x!r}'");
    assert!(matches!(
        &p[0],
        FStringPart::Expr {
            conversion: Some('r'),
            spec: None,
            ..
        }
    ));
    let p = fparts("f'{x:>10}'");
    assert!(
        matches!(&p[0], FStringPart::Expr { spec: Some(s), .. } if matches!(&s[0], FStringPart::Literal(t) if &**t == ">10"))
    );
    let p = fparts("f'{x:{width}.{prec}f}'");
    let FStringPart::Expr { spec: Some(s), .. } = &p[0] else {
        panic!()
    };
    assert_eq!(s.len(), 4);
    let p = fparts("f'{{literal}} {x}'");
    assert!(matches!(&p[0], FStringPart::Literal(t) if &**t == "{literal} "));
    let p = fparts("f'{x = }'");
    assert!(
        matches!(&p[0], FStringPart::Expr { debug_text: Some(d), conversion: Some('r'), .. } if &**d == "x = ")
    );
    let p = fparts("f'{x=:>5}'");
    assert!(matches!(
        &p[0],
        FStringPart::Expr {
            debug_text: Some(_),
            conversion: None,
            spec: Some(_),
            ..
        }
    ));
    let p = fparts(r#"f"{d['k']}" 'tail' f'{a != b}{(lambda y: y)(1)}{x[1:2]}'"#);
    assert_eq!(p.len(), 5);
    // Embedded expressions carry their position in the file.
    let m = parse("s = 1\nt = f'ab{ value }'\n");
    let StmtKind::Assign { value, .. } = &m.body[1].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(p) = &value.kind else {
        panic!()
    };
    let FStringPart::Expr { value, .. } = &p[1] else {
        panic!()
    };
    assert_eq!(span(value), (2, 10, 2, 15));
    let m = parse("x = f'''\n{a +\n b}'''\n");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(p) = &value.kind else {
        panic!()
    };
    let FStringPart::Expr { value, .. } = &p[1] else {
        panic!()
    };
    assert_eq!(span(value), (2, 1, 3, 2));
}

#[test]
fn layout() {
    // Tabs, comments, blank lines, no final newline, backslash continuation, brackets.
    parse("if x:\n\tif y:\n\t\tpass\n\n  # comment\n\tz = [1,\n2]\n");
    parse("x = 1 + \\\n    2\ny = (1,\n# c\n  2)");
    parse("\n\n# only comments\n   \n");
    parse("def f():\n    return 1\n\n\n\nf()");
    let m = parse("\u{FEFF}x = 1\n".trim_start_matches('\u{FEFF}'));
    assert_eq!(m.body.len(), 1);
    parse("x = 1\r\nif x:\r\n    y = 2\r\n");
}

#[test]
fn interactive() {
    assert!(parse_interactive("x = (1,\n").unwrap().is_none());
    assert!(parse_interactive("s = '''abc\n").unwrap().is_none());
    assert!(parse_interactive("if x:\n").unwrap().is_none());
    assert!(parse_interactive("if x:\n    y = 1\n").unwrap().is_none());
    assert!(parse_interactive("if x:\n    y = 1\n\n").unwrap().is_some());
    assert!(parse_interactive("x = 1 + \\").unwrap().is_none());
    assert!(parse_interactive("x = 1\n").unwrap().is_some());
    assert!(parse_interactive("x = )\n").is_err());
}

#[test]
fn decoding() {
    assert_eq!(
        decode_source(b"\xEF\xBB\xBFx = 1\n", "t.py").unwrap(),
        "x = 1\n"
    );
    let e = decode_source(b"x = 1\ny = '\xff'\n", "t.py").unwrap_err();
    assert_eq!(
        e.render(),
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
    );
    let e = decode_source(b"# coding: utf-8\nx = \"a\xffb\"\n", "t.py").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e
        .msg
        .starts_with("(unicode error) 'utf-8' codec can't decode byte 0xff"));
}

// ------------------------------------------------------------------ robustness

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let parens = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    let e = parse_module(&parens, "t.py").unwrap_err();
    assert_eq!(e.msg, "too many nested parentheses");
    assert_eq!(e.col, 205);
    parse(&format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199)));
    let ifs: String = (0..200)
        .map(|i| format!("{}if 1:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(200)
        + "pass\n";
    let e = parse_module(&ifs, "t.py").unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str()),
        ("IndentationError", "too many levels of indentation")
    );
    let ifs: String = (0..90)
        .map(|i| format!("{}if 1:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(90)
        + "pass\n";
    parse(&ifs);
    for src in [
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}1\n", "1+".repeat(100_000)),
        format!("x = {}b\n", "not ".repeat(100_000)),
    ] {
        let e = parse_module(&src, "t.py").unwrap_err();
        assert_eq!(e.kind, "RecursionError");
    }
    parse(&format!("x = {}1\n", "-".repeat(2990)));
    let elifs = |n: usize| {
        "if x == 0:\n    pass\n".to_string()
            + &(1..n)
                .map(|i| format!("elif x == {i}:\n    pass\n"))
                .collect::<String>()
    };
    parse(&elifs(2900));
    assert_eq!(
        parse_module(&elifs(5000), "t.py").unwrap_err().kind,
        "RecursionError"
    );
}

#[test]
fn garbage_never_panics() {
    let pieces = [
        "(", ")", "[", "]", "{", "}", "if", "else", ":", "x", "1", "'s'", "f'{x}'", "f'{", "\n",
        "    ", "\t", "lambda", "*", "**", "=", ",", ".", "yield", "not", "for", "in", "@", "\\",
        "#", "def", "class", "async", "await", "-", "'''", "\"", "0x", "1e", "€", "\u{0}", "é",
        "!", "?",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..300 {
        let mut src = String::new();
        for _ in 0..60 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            src.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            if seed & 1 == 0 {
                src.push(' ');
            }
        }
        let _ = parse_module(&src, "t.py").map_err(|e| e.render());
        let _ = parse_expression(&src, "t.py");
        let _ = parse_interactive(&src);
    }
}

#[test]
fn large_source() {
    let mut src = String::new();
    while src.len() < 2_000_000 {
        src.push_str("def f(a, b=2, *c, d, **e):\n    x = [i * 2 for i in range(a) if i % 3]\n    return {k: v for k, v in e.items()}, f'{a!r:>10}'\n");
    }
    let m = parse(&src);
    assert!(m.body.len() > 10_000);
}

// ------------------------------------------------------------------ error rendering

#[test]
fn errors_render_like_cpython() {
    let mut failures = Vec::new();
    for (src, expected) in CASES {
        let got = err(src);
        if got != *expected {
            failures.push(format!("{src:?}\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Source and what `python3 t.py` (CPython 3.11) prints for it.
const CASES: &[(&str, &str)] = &[
    ("def f(:\n", "  File \"t.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"),
    ("if x\n  pass\n", "  File \"t.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"),
    ("x = (1,\n2\n", "  File \"t.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"),
    ("x = 1)\n", "  File \"t.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n"),
    ("x = (1]\n", "  File \"t.py\", line 1\n    x = (1]\n          ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n"),
    ("  x = 1\n", "  File \"t.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"),
    ("if x:\npass\n", "  File \"t.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"),
    ("def f():\n\nx=1\n", "  File \"t.py\", line 3\n    x=1\n    ^\nIndentationError: expected an indented block after function definition on line 1\n"),
    ("if 1:\n    x\n  y\n", "  File \"t.py\", line 3\n    y\n     ^\nIndentationError: unindent does not match any outer indentation level\n"),
    ("x = 'abc\n", "  File \"t.py\", line 1\n    x = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
    ("x = '''abc\n\nd\n", "  File \"t.py\", line 1\n    x = '''abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n"),
    ("x = 1abc\n", "  File \"t.py\", line 1\n    x = 1abc\n        ^\nSyntaxError: invalid decimal literal\n"),
    ("print \"hi\"\n", "  File \"t.py\", line 1\n    print \"hi\"\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
    ("f() = 1\n", "  File \"t.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"),
    ("1 = x\n", "  File \"t.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"),
    ("x = 1 € 2\n", "  File \"t.py\", line 1\n    x = 1 € 2\n          ^\nSyntaxError: invalid character '€' (U+20AC)\n"),
    ("x = f'{}'\n", "  File \"t.py\", line 1\n    x = f'{}'\n             ^\nSyntaxError: f-string: empty expression not allowed\n"),
    ("x = f'{x!z}'\n", "  File \"t.py\", line 1\n    x = f'{x!z}'\n                ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"),
    ("x = f'{x'\n", "  File \"t.py\", line 1\n    x = f'{x'\n             ^\nSyntaxError: f-string: expecting '}'\n"),
    ("if 1:\n\tx = 1\n        y = 2\n", "  File \"t.py\", line 3\n    y = 2\nTabError: inconsistent use of tabs and spaces in indentation\n"),
    ("x = 1 + -", "  File \"t.py\", line 1\n    x = 1 + -\n             ^\nSyntaxError: invalid syntax\n"),
    ("if x:\n    pass\nelse\n", "  File \"t.py\", line 3\n    else\n        ^\nSyntaxError: expected ':'\n"),
    ("x = 0123\n", "  File \"t.py\", line 1\n    x = 0123\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"),
    ("x = 1_\n", "  File \"t.py\", line 1\n    x = 1_\n         ^\nSyntaxError: invalid decimal literal\n"),
    ("f(a for a in b, c)\n", "  File \"t.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"),
    ("def f():\n    return 1\n  x\n", "  File \"t.py\", line 3\n    x\n     ^\nIndentationError: unindent does not match any outer indentation level\n"),
    ("x = 0x\n", "  File \"t.py\", line 1\n    x = 0x\n         ^\nSyntaxError: invalid hexadecimal literal\n"),
    ("x = 0b12\n", "  File \"t.py\", line 1\n    x = 0b12\n           ^\nSyntaxError: invalid digit '2' in binary literal\n"),
    ("class A:\n", "  File \"t.py\", line 1\n    class A:\nIndentationError: expected an indented block after class definition on line 1\n"),
    ("while x:\nfoo()\n", "  File \"t.py\", line 2\n    foo()\n    ^\nIndentationError: expected an indented block after 'while' statement on line 1\n"),
    ("x = 1 + \\ 2\n", "  File \"t.py\", line 1\n    x = 1 + \\ 2\n             ^\nSyntaxError: unexpected character after line continuation character\n"),
    ("x = (1,\n2]\n", "  File \"t.py\", line 2\n    2]\n     ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n"),
    ("(a, f()) = 1\n", "  File \"t.py\", line 1\n    (a, f()) = 1\n        ^^^\nSyntaxError: cannot assign to function call\n"),
    ("None = 1\n", "  File \"t.py\", line 1\n    None = 1\n    ^^^^\nSyntaxError: cannot assign to None\n"),
    ("a < b = 1\n", "  File \"t.py\", line 1\n    a < b = 1\n    ^^^^^\nSyntaxError: cannot assign to comparison\n"),
    ("f() += 1\n", "  File \"t.py\", line 1\n    f() += 1\n    ^^^\nSyntaxError: 'function call' is an illegal expression for augmented assignment\n"),
    ("del f()\n", "  File \"t.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n"),
    ("for f() in x: pass\n", "  File \"t.py\", line 1\n    for f() in x: pass\n        ^^^\nSyntaxError: cannot assign to function call\n"),
    ("(a, b): int\n", "  File \"t.py\", line 1\n    (a, b): int\n    ^^^^^^\nSyntaxError: only single target (not tuple) can be annotated\n"),
    ("*a = 1\n", "  File \"t.py\", line 1\n    *a = 1\n    ^^\nSyntaxError: starred assignment target must be in a list or tuple\n"),
    ("x = *a\n", "  File \"t.py\", line 1\n    x = *a\n        ^^\nSyntaxError: can't use starred expression here\n"),
    ("a, *b, *c = d\n", "  File \"t.py\", line 1\n    a, *b, *c = d\n    ^^^^^^^^^\nSyntaxError: multiple starred expressions in assignment\n"),
    ("[*a for a in b]\n", "  File \"t.py\", line 1\n    [*a for a in b]\n     ^^\nSyntaxError: iterable unpacking cannot be used in comprehension\n"),
    ("f(**a, *b)\n", "  File \"t.py\", line 1\n    f(**a, *b)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"),
    ("f(a=1, b)\n", "  File \"t.py\", line 1\n    f(a=1, b)\n            ^\nSyntaxError: positional argument follows keyword argument\n"),
    ("def f(a=1, b): pass\n", "  File \"t.py\", line 1\n    def f(a=1, b): pass\n               ^\nSyntaxError: non-default argument follows default argument\n"),
    ("def f(*): pass\n", "  File \"t.py\", line 1\n    def f(*): pass\n          ^\nSyntaxError: named arguments must follow bare *\n"),
    ("def f(a, a): pass\n", "  File \"t.py\", line 1\n    def f(a, a): pass\n             ^\nSyntaxError: duplicate argument 'a' in function definition\n"),
    ("f(a=1, a=2)\n", "  File \"t.py\", line 1\n    f(a=1, a=2)\n           ^^^\nSyntaxError: keyword argument repeated: a\n"),
    ("x = 1 if 2\n", "  File \"t.py\", line 1\n    x = 1 if 2\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"),
    ("print(a b)\n", "  File \"t.py\", line 1\n    print(a b)\n          ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("x = 'a' b'b'\n", "  File \"t.py\", line 1\n    x = 'a' b'b'\n                ^\nSyntaxError: cannot mix bytes and nonbytes literals\n"),
    ("x = \"éé\" + f(:)\n", "  File \"t.py\", line 1\n    x = \"éé\" + f(:)\n                   ^\nSyntaxError: invalid syntax\n"),
    ("y = ['é' a]\n", "  File \"t.py\", line 1\n    y = ['é' a]\n         ^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("x = '\\N{DASH}'\n", "  File \"t.py\", line 1\n    x = '\\N{DASH}'\n                  ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name\n"),
    ("x = b'é'\n", "  File \"t.py\", line 1\n    x = b'é'\n        ^^^^^\nSyntaxError: bytes can only contain ASCII literal characters\n"),
    ("x = '\\x4'\n", "  File \"t.py\", line 1\n    x = '\\x4'\n             ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n"),
    ("x = [\n  1,\n  2\n  3]\n", "  File \"t.py\", line 3\n    2\n    ^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("x = 10 +* 2\n", "  File \"t.py\", line 1\n    x = 10 +* 2\n            ^\nSyntaxError: invalid syntax\n"),
    ("async def f():\n    async with x:\n    pass\n", "  File \"t.py\", line 3\n    pass\n    ^\nIndentationError: expected an indented block after 'with' statement on line 2\n"),
    ("x = $\n", "  File \"t.py\", line 1\n    x = $\n        ^\nSyntaxError: invalid syntax\n"),
    ("x = 1 +\\", "  File \"t.py\", line 1\n    x = 1 +\\\n            ^\nSyntaxError: unexpected EOF while parsing\n"),
    ("x = \"abc\\\n", "  File \"t.py\", line 1\n    x = \"abc\\\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
    ("x = 5 if else 3\n", "  File \"t.py\", line 1\n    x = 5 if else 3\n             ^^^^\nSyntaxError: invalid syntax\n"),
    ("while True:\n\tif x:\n        pass\n", "  File \"t.py\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n"),
    ("x = 'a'; print 'a'\n", "  File \"t.py\", line 1\n    x = 'a'; print 'a'\n             ^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
    ("é = f'{}'\n", "  File \"t.py\", line 1\n    é = f'{}'\n              ^\nSyntaxError: f-string: empty expression not allowed\n"),
    ("x = f'{a!r:>{b}}' + f'{'\n", "  File \"t.py\", line 1\n    x = f'{a!r:>{b}}' + f'{'\n                            ^\nSyntaxError: f-string: expecting '}'\n"),
    ("x = ((1)\n", "  File \"t.py\", line 1\n    x = ((1)\n        ^\nSyntaxError: '(' was never closed\n"),
    ("x = 1 if 2 else\n", "  File \"t.py\", line 1\n    x = 1 if 2 else\n                   ^\nSyntaxError: invalid syntax\n"),
];
