//! The syntax tree, as the parser builds it and the resolver completes it.
//!
//! The parser fills every node; the fields marked "filled by the resolver" start at their
//! `Default` value and are set by `compile::resolve` before evaluation. Nothing downstream
//! of the resolver changes the tree.

use num_bigint::BigInt;
use std::rc::Rc;

/// An identifier. Shared, because the same names appear in many nodes and at run time.
pub type Ident = Rc<str>;

/// The name after the dot in `obj.name`: an interned string, so attribute lookups reuse
/// its hash and compare dict keys by pointer.
#[derive(Clone)]
pub struct AttrName {
    key: Rc<crate::object::PyStr>,
    /// Where the name was last found in an instance dict (instances of one class usually
    /// store their attributes in the same order); only a hint, checked on use.
    pub hint: std::cell::Cell<u32>,
}

impl AttrName {
    pub fn key(&self) -> &Rc<crate::object::PyStr> {
        &self.key
    }
}
impl std::ops::Deref for AttrName {
    type Target = str;
    fn deref(&self) -> &str {
        self.key.as_str()
    }
}
impl From<&str> for AttrName {
    fn from(s: &str) -> AttrName {
        AttrName {
            key: crate::object::intern::intern(s),
            hint: std::cell::Cell::new(0),
        }
    }
}
impl From<Ident> for AttrName {
    fn from(s: Ident) -> AttrName {
        AttrName::from(&*s)
    }
}
impl std::fmt::Debug for AttrName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.key.as_str())
    }
}

/// A source range: 1-based lines, 0-based columns counted in characters (not bytes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Span {
    pub fn new(line: u32, col: u32, end_line: u32, end_col: u32) -> Span {
        Span {
            line,
            col,
            end_line,
            end_col,
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            line: self.line,
            col: self.col,
            end_line: other.end_line,
            end_col: other.end_col,
        }
    }
}

/// A whole program or module.
#[derive(Debug, Default)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// Filled by the resolver: slots used by the module's comprehension temporaries etc.
    pub scope: ScopeInfo,
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: targets left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    Del(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    /// `import a.b as c, d`
    Import(Vec<ImportName>),
    /// `from ..a.b import x as y, z` / `from a import *` (names = None).
    ImportFrom {
        module: Vec<Ident>,
        level: u32,
        names: Option<Vec<ImportAlias>>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    FunctionDef(Rc<FuncDef>),
    ClassDef(Rc<ClassDef>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
}

#[derive(Debug)]
pub struct ImportName {
    /// Dotted path, e.g. `["os", "path"]`.
    pub module: Vec<Ident>,
    pub asname: Option<Ident>,
    /// Filled by the resolver: where the bound name (asname or first component) lives.
    pub target: Name,
}

#[derive(Debug)]
pub struct ImportAlias {
    pub name: Ident,
    pub asname: Option<Ident>,
    /// Filled by the resolver: where `asname or name` is bound.
    pub target: Name,
}

#[derive(Debug)]
pub struct ExceptHandler {
    /// `except T` / `except (A, B)`; None for a bare `except:`.
    pub typ: Option<Expr>,
    /// `as e`
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
    /// The `except ...:` line.
    pub span: Span,
    /// `except* T:` (PEP 654); a `try` has only starred or only plain handlers.
    pub star: bool,
}

#[derive(Debug)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `def` / `async def` / `lambda`. Shared with the function objects made from it.
#[derive(Debug)]
pub struct FuncDef {
    pub name: Ident,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
    pub is_lambda: bool,
    /// The `def` line (for lambdas, the lambda expression).
    pub span: Span,
    /// Filled by the resolver.
    pub scope: ScopeInfo,
    /// Filled by the resolver: where the `def` binds its name.
    pub name_loc: NameLoc,
    /// Filled by the resolver: the name bound, when private-name mangling changes it.
    pub bound_name: Option<Ident>,
}

impl FuncDef {
    /// The code's first line (`co_firstlineno`): that of the first decorator, else the
    /// `def` line, as in CPython 3.8+.
    pub fn first_line(&self) -> u32 {
        self.decorators
            .first()
            .map_or(self.span.line, |d| d.span.line)
    }
}

#[derive(Debug, Default)]
pub struct Params {
    /// Before `/`.
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

impl Params {
    /// Every parameter in signature order (`*args` after the positional ones, `**kwargs`
    /// last).
    pub fn all(&self) -> impl Iterator<Item = &Param> {
        self.posonly
            .iter()
            .chain(self.args.iter())
            .chain(self.vararg.iter())
            .chain(self.kwonly.iter())
            .chain(self.kwarg.iter())
    }

    /// The same, to change them.
    pub fn all_mut(&mut self) -> impl Iterator<Item = &mut Param> {
        self.posonly
            .iter_mut()
            .chain(self.args.iter_mut())
            .chain(self.vararg.iter_mut())
            .chain(self.kwonly.iter_mut())
            .chain(self.kwarg.iter_mut())
    }
}

#[derive(Debug)]
pub struct Param {
    pub name: Ident,
    pub default: Option<Expr>,
    pub annotation: Option<Expr>,
    pub span: Span,
}

#[derive(Debug)]
pub struct ClassDef {
    pub name: Ident,
    /// Positional bases and keywords (`metaclass=...`), as call arguments.
    pub bases: Vec<Arg>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub span: Span,
    /// Filled by the resolver.
    pub scope: ScopeInfo,
    /// Filled by the resolver: where the `class` statement binds its name.
    pub name_loc: NameLoc,
    /// Filled by the resolver: the name bound, when private-name mangling changes it.
    pub bound_name: Option<Ident>,
}

/// What the resolver learns about one scope (module, function, class body, comprehension).
#[derive(Debug, Default, Clone)]
pub struct ScopeInfo {
    /// Number of local slots (parameters first, in declaration order).
    pub nslots: u32,
    /// Slot names, for error messages and `locals()`.
    pub slot_names: Vec<Ident>,
    /// Number of cells this scope creates (its variables captured by inner scopes).
    /// The frame's cells are these, followed by one per free variable.
    pub ncells: u32,
    /// Names of the cells then of the free variables.
    pub cell_names: Vec<Ident>,
    /// Parameters that live in cells: (parameter slot, cell index).
    pub cell_params: Vec<(u32, u32)>,
    /// The free variables, in cell order after the scope's own cells.
    pub freevars: Vec<FreeVar>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// The qualified name (`Outer.method.<locals>.inner`).
    pub qualname: Rc<str>,
    /// For class scopes whose methods use `super()`/`__class__`: the cell holding the class.
    pub class_cell: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct FreeVar {
    pub name: Ident,
    /// Index of the cell in the enclosing scope's frame.
    pub outer: u32,
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum ExprKind {
    Constant(Constant),
    /// An f-string (after joining adjacent literals).
    JoinedStr(Vec<FStringPart>),
    Name(Name),
    Attribute {
        value: Box<Expr>,
        attr: AttrName,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// Only inside a subscript: `a:b:c`.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c`
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda(Rc<FuncDef>),
    /// Elements may be `Starred`.
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    /// `None` key means `**mapping`.
    Dict(Vec<(Option<Expr>, Expr)>),
    Starred(Box<Expr>),
    Comprehension(Rc<Comprehension>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
    /// `target := value`
    NamedExpr {
        target: Name,
        value: Box<Expr>,
    },
    /// Does `subject` match `pattern`? Binds the pattern's names when it does. A `match`
    /// statement is parsed into an `if` chain of these (see `parser::patterns`).
    MatchTest {
        subject: Box<Expr>,
        pattern: Box<Pattern>,
    },
}

/// A `case` pattern (PEP 634).
#[derive(Debug)]
pub enum Pattern {
    /// `_`
    Wildcard,
    /// `name`: always matches, binding the subject.
    Capture(Name),
    /// A literal or a dotted name: matches what compares equal.
    Value(Expr),
    /// `None`, `True`, `False`: match by identity.
    Singleton(Constant),
    /// `*name` (or `*_`, None) inside a sequence pattern.
    Star(Option<Name>),
    /// `[p, q, *rest]` / `(p, q)` / `p, q`.
    Sequence(Vec<Pattern>),
    /// `{key: p, **rest}`.
    Mapping {
        keys: Vec<Expr>,
        values: Vec<Pattern>,
        rest: Option<Name>,
    },
    /// `Cls(p, q, attr=r)`.
    Class {
        cls: Expr,
        args: Vec<Pattern>,
        kwargs: Vec<(Ident, Pattern)>,
    },
    /// `p | q`
    Or(Vec<Pattern>),
    /// `p as name`
    As(Box<Pattern>, Name),
}

#[derive(Debug, Clone)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    /// An imaginary literal: `2j` is `Imag(2.0)`.
    Imag(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
}

#[derive(Debug)]
pub enum FStringPart {
    Literal(Rc<str>),
    Expr {
        value: Box<Expr>,
        /// `!r`, `!s`, `!a`
        conversion: Option<char>,
        /// The format spec after `:`, itself possibly holding nested `{}` fields.
        spec: Option<Vec<FStringPart>>,
        /// For `f"{x=}"`: the text `x=` to print before the value.
        debug_text: Option<Rc<str>>,
    },
}

/// A variable reference with the resolver's verdict on where it lives.
#[derive(Debug, Clone)]
pub struct Name {
    pub id: Ident,
    /// Filled by the resolver.
    pub loc: NameLoc,
    /// `name_hash(id)`, computed once for the namespace lookups of globals and builtins.
    pub hash: i64,
    /// The interned string for `id`: namespace keys stored through it match by address.
    pub key: Rc<crate::object::PyStr>,
    /// Where the name was last found in the globals (or, with the top bit set, the
    /// builtins) dict; only a hint, checked on use, so global loads skip the hash probe.
    pub hint: std::cell::Cell<u32>,
}

impl Name {
    pub fn new(id: Ident) -> Name {
        let key = crate::object::intern::intern(&id);
        Name {
            hash: key.hash(),
            id,
            loc: NameLoc::Unresolved,
            key,
            hint: std::cell::Cell::new(0),
        }
    }
}

/// The hash of a string, shared by identifiers here and `str` objects at run time, folded
/// so that -1 (an error marker in CPython's protocol) never occurs.
pub fn name_hash(s: &str) -> i64 {
    // Eight bytes at a time (identifiers are short), then a final avalanche.
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes = s.as_bytes();
    let mut h: u64 = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 32;
    let h = (h >> 1) as i64;
    if h == 0 || h == -1 {
        -2
    } else {
        h
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NameLoc {
    #[default]
    Unresolved,
    /// A plain local slot of the current frame.
    Local(u32),
    /// A slot of the current frame holding a cell (captured or free variable).
    Cell(u32),
    /// Module globals, then builtins.
    Global,
    /// Class body or module level: the frame's namespace dict, then globals, then builtins.
    Namespace,
}

#[derive(Debug)]
pub enum Arg {
    Positional(Expr),
    /// `*iterable`
    Star(Expr),
    Keyword(Ident, Expr),
    /// `**mapping`
    DoubleStar(Expr),
}

#[derive(Debug)]
pub struct Comprehension {
    pub kind: ComprehensionKind,
    /// The element (for dict comprehensions, the key).
    pub elt: Expr,
    /// For dict comprehensions, the value.
    pub value: Option<Expr>,
    pub generators: Vec<CompFor>,
    /// Filled by the resolver: the comprehension's own scope.
    pub scope: ScopeInfo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Debug)]
pub struct CompFor {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
