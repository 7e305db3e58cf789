//! Creation of the built-in type objects and the exception hierarchy.

use crate::object::class::{c3_mro, Layout};
use crate::object::{Class, PyDict};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub int: Rc<Class>,
    pub bool_: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub base_exception: Rc<Class>,
}

pub fn new_class(name: &str, module: &str, bases: &[Rc<Class>], builtin: bool) -> Rc<Class> {
    let layout = if bases.iter().any(|b| b.layout == Layout::Exception) || name == "BaseException" {
        Layout::Exception
    } else {
        Layout::Object
    };
    let mro = c3_mro(bases).unwrap_or_default();
    let cls = Rc::new(Class {
        name: RefCell::new(name.into()),
        qualname: RefCell::new(name.into()),
        module: module.into(),
        bases: bases.to_vec(),
        mro: RefCell::new(mro),
        dict: Rc::new(PyDict::new()),
        layout,
        is_builtin: builtin,
        slow_attrs: std::cell::Cell::new(true),
        subclasses: RefCell::new(Vec::new()),
        meta: RefCell::new(None),
        cache: Default::default(),
        instance_size: std::cell::Cell::new(0),
    });
    cls.dict.watched.set(true);
    for b in bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(&cls));
    }
    cls
}

/// The built-in exception hierarchy: (name, base).
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
];

pub fn create() -> (Types, HashMap<&'static str, Rc<Class>>) {
    let object = new_class("object", "builtins", &[], true);
    let o = || vec![object.clone()];
    let int = new_class("int", "builtins", &o(), true);
    let base_exception = new_class("BaseException", "builtins", &o(), true);
    let mut exceptions = HashMap::new();
    exceptions.insert("BaseException", base_exception.clone());
    for (name, base) in EXCEPTIONS {
        let b = exceptions[base].clone();
        exceptions.insert(*name, new_class(name, "builtins", &[b], true));
    }
    let beg = new_class(
        "BaseExceptionGroup",
        "builtins",
        &[base_exception.clone()],
        true,
    );
    let eg = new_class(
        "ExceptionGroup",
        "builtins",
        &[beg.clone(), exceptions["Exception"].clone()],
        true,
    );
    exceptions.insert("BaseExceptionGroup", beg);
    exceptions.insert("ExceptionGroup", eg);
    exceptions.insert("IOError", exceptions["OSError"].clone());
    exceptions.insert("EnvironmentError", exceptions["OSError"].clone());
    let types = Types {
        type_: new_class("type", "builtins", &o(), true),
        none: new_class("NoneType", "builtins", &o(), true),
        not_implemented: new_class("NotImplementedType", "builtins", &o(), true),
        ellipsis: new_class("ellipsis", "builtins", &o(), true),
        bool_: new_class("bool", "builtins", &[int.clone()], true),
        int,
        float: new_class("float", "builtins", &o(), true),
        str_: new_class("str", "builtins", &o(), true),
        bytes: new_class("bytes", "builtins", &o(), true),
        list: new_class("list", "builtins", &o(), true),
        tuple: new_class("tuple", "builtins", &o(), true),
        dict: new_class("dict", "builtins", &o(), true),
        set: new_class("set", "builtins", &o(), true),
        frozenset: new_class("frozenset", "builtins", &o(), true),
        function: new_class("function", "builtins", &o(), true),
        builtin_function: new_class("builtin_function_or_method", "builtins", &o(), true),
        method: new_class("method", "builtins", &o(), true),
        module: new_class("module", "builtins", &o(), true),
        base_exception,
        object,
    };
    (types, exceptions)
}
