//! Functions: Python functions made by `def`/`lambda`, built-in functions, bound methods
//! and the cells closures share.

use super::{PyDict, PyResult, Value};
use crate::ast::FuncDef;
use crate::source::SourceFile;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// A closure cell: a variable shared between a scope and its inner functions.
#[derive(Default)]
pub struct PyCell(pub RefCell<Option<Value>>);

impl PyCell {
    pub fn new(v: Option<Value>) -> Rc<PyCell> {
        Rc::new(PyCell(RefCell::new(v)))
    }
    pub fn get(&self) -> Option<Value> {
        self.0.borrow().clone()
    }
    pub fn set(&self, v: Option<Value>) {
        *self.0.borrow_mut() = v;
    }
}

/// A cell as Python sees it (`f.__closure__[0]`).
pub struct CellRef(pub Rc<PyCell>);

impl super::NativeObject for CellRef {
    fn class(&self, vm: &Vm) -> Rc<super::Class> {
        vm.native_class("cell")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub struct Function {
    pub def: Rc<FuncDef>,
    pub globals: Rc<PyDict>,
    pub defaults: Vec<Value>,
    /// One entry per keyword-only parameter.
    pub kwdefaults: Vec<Option<Value>>,
    pub closure: Vec<Rc<PyCell>>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub module: Rc<str>,
    pub source: Rc<SourceFile>,
    pub doc: RefCell<Value>,
    /// Arbitrary attributes (`f.__wrapped__`, `f.calls = 0`).
    pub dict: Rc<PyDict>,
    /// For a plain function (positional parameters only, not a generator or coroutine):
    /// its number of parameters. A call with exactly that many positional arguments
    /// binds them straight into the slots. `u32::MAX` otherwise.
    pub plain_npos: u32,
}

pub type Kwargs<'a> = &'a [(Rc<str>, Value)];
pub type NativeFn = dyn Fn(&Vm, &[Value], Kwargs) -> PyResult<Value>;

pub struct BuiltinFunction {
    pub name: Rc<str>,
    /// For methods: the type's name (`str`), used in reprs and messages.
    pub owner: Option<Rc<str>>,
    pub func: Box<NativeFn>,
    /// Bound receiver for built-in methods taken from an object (`[].append`).
    pub receiver: Option<Value>,
}

impl BuiltinFunction {
    pub fn new(
        name: &str,
        func: impl Fn(&Vm, &[Value], Kwargs) -> PyResult<Value> + 'static,
    ) -> BuiltinFunction {
        BuiltinFunction {
            name: name.into(),
            owner: None,
            func: Box::new(func),
            receiver: None,
        }
    }
}

/// `obj.method`: a function with its first argument fixed.
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
