//! Python values and the built-in types.
//!
//! `Value` is the one type every Python object is seen through: small, clonable (an `Rc`
//! bump for heap objects), with unboxed `None`, `bool`, `int` (i64 fast path) and `float`.
//! Each built-in type lives in its own file below; their Python-visible methods are
//! registered by `builtins/` on the type objects.

pub mod alloc;
pub mod asyncgen;
pub mod bytearray;
pub mod class;
pub mod code;
pub mod complex;
pub mod coroutine_wrapper;
pub mod descriptor;
pub mod dict;
pub mod exception;
pub mod function;
pub mod gen_names;
pub mod generator;
pub mod generic_alias;
pub mod instance;
pub mod int;
pub mod intern;
pub mod iter;
pub mod keymap;
pub mod list;
pub mod lookup_cache;
pub mod memoryview;
pub mod module;
pub mod native;
pub mod range;
pub mod set;
pub mod str;
pub mod structseq;
pub mod tuple;

use std::rc::Rc;

pub use class::Class;
pub use dict::PyDict;
pub use exception::PyErr;
pub use function::{BoundMethod, BuiltinFunction, Function};
pub use instance::Instance;
pub use list::PyList;
pub use module::Module;
pub use native::NativeObject;
pub use set::PySet;
pub use str::PyStr;
pub use tuple::PyTuple;

/// The result of any operation that may raise a Python exception.
pub type PyResult<T> = Result<T, PyErr>;

/// A Python value.
#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(Rc<num_bigint::BigInt>),
    Float(f64),
    Str(Rc<PyStr>),
    Bytes(Rc<[u8]>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    /// Everything else (range, slice, iterators, generators, property, ...).
    Native(Rc<dyn NativeObject>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }
    /// The address of a heap object, used for identity, `id()` and default reprs.
    pub fn heap_ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
    pub fn as_native<T: 'static>(&self) -> Option<&T> {
        match self {
            Value::Native(n) => n.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            _ => write!(f, "<value>"),
        }
    }
}
