//! Named constructors for the exceptions the interpreter raises, so each CPython message
//! is written once.

use super::Vm;
use crate::object::exception::ExcData;
use crate::object::{Class, Instance, PyDict, PyErr, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    pub fn exc_class(&self, name: &str) -> Rc<Class> {
        match self.exceptions.get(name) {
            Some(c) => c.clone(),
            None => self.types.base_exception.clone(),
        }
    }

    /// A new exception instance of `cls` with `args` (no `__init__` is run).
    pub fn new_exception_instance(&self, cls: Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
        Rc::new(Instance {
            class: RefCell::new(cls),
            dict: Rc::new(PyDict::new()),
            exc: Some(Box::new(RefCell::new(ExcData {
                args,
                ..Default::default()
            }))),
            base: None,
        })
    }

    /// An error about to be raised by the interpreter itself: its context is the
    /// exception being handled, as CPython sets it.
    pub fn raise_new(&self, cls: Rc<Class>, args: Vec<Value>) -> PyErr {
        let e = PyErr(self.new_exception_instance(cls, args));
        self.set_context(&e);
        e
    }

    /// Set `__context__` to the exception being handled (if it is another one).
    pub fn set_context(&self, e: &PyErr) {
        let handling = self.handling.borrow();
        if let Some(ctx) = handling.last() {
            if !ctx.same(e) {
                let mut d = e.data();
                if d.context.is_none() {
                    // Break cycles as CPython does: never make e its own ancestor.
                    let mut cur = Some(ctx.clone());
                    while let Some(c) = cur {
                        if c.same(e) {
                            return;
                        }
                        let next = c.data().context.clone();
                        cur = next;
                    }
                    d.context = Some(ctx.clone());
                }
            }
        }
    }

    pub fn error(&self, name: &str, msg: impl Into<String>) -> PyErr {
        self.raise_new(self.exc_class(name), vec![Value::string(msg.into())])
    }
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("TypeError", msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("ValueError", msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("IndexError", msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("RuntimeError", msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("OverflowError", msg)
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.error("ZeroDivisionError", msg)
    }
    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.error("NameError", format!("name '{name}' is not defined"));
        e.instance().dict.set_str("name", Value::str(name));
        e
    }
    pub fn unbound_local(&self, name: &str) -> PyErr {
        self.error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
    pub fn unbound_free(&self, name: &str) -> PyErr {
        self.error(
            "NameError",
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        self.raise_new(self.exc_class("KeyError"), vec![key])
    }
    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        self.raise_new(self.exc_class("StopIteration"), value.into_iter().collect())
    }
    pub fn attribute_error(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Class(c) => format!(
                "type object '{}' has no attribute '{}'",
                super::c_type_names::c_type_name(c).unwrap_or_else(|| c.name().clone()),
                name
            ),
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        let e = self.error("AttributeError", msg);
        e.instance().dict.set_str("name", Value::str(name));
        e.instance().dict.set_str("obj", obj.clone());
        e
    }
    /// `MemoryError()`: no arguments, as CPython raises it.
    pub fn memory_error(&self) -> PyErr {
        self.raise_new(self.exc_class("MemoryError"), Vec::new())
    }
    pub fn recursion_error(&self) -> PyErr {
        self.error("RecursionError", "maximum recursion depth exceeded")
    }
    pub fn not_implemented_feature(&self, what: &str) -> PyErr {
        self.error(
            "NotImplementedError",
            format!("{what} is not supported by pyco"),
        )
    }
    /// `TypeError: '<type>' object is not iterable` and friends.
    pub fn not_a(&self, obj: &Value, what: &str) -> PyErr {
        self.type_error(format!("'{}' object {}", self.type_name(obj), what))
    }

    /// Wrap a formatting-library error into the exception it stands for.
    pub fn format_error(&self, e: crate::format::FormatError) -> PyErr {
        use crate::format::FormatError;
        match e {
            FormatError::Value(m) => self.value_error(m),
            FormatError::Type(m) => self.type_error(m),
            FormatError::Overflow(m) => self.overflow_error(m),
            FormatError::Memory => self.memory_error(),
        }
    }
}
