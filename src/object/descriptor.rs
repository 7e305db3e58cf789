//! Descriptors: `property`, `classmethod`, `staticmethod`, and the Rust-implemented
//! attributes of built-in types (`NativeProperty`).

use super::{Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: RefCell<Value>,
}

impl NativeObject for Property {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("property")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct ClassMethod(pub Value);
impl NativeObject for ClassMethod {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("classmethod")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct StaticMethod(pub Value);
impl NativeObject for StaticMethod {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("staticmethod")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub type Getter = fn(&Vm, &Value) -> PyResult<Value>;
pub type Setter = fn(&Vm, &Value, Option<Value>) -> PyResult<()>;

/// An attribute of a built-in type computed in Rust (`range.start`, `exc.args`).
pub struct NativeProperty {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
}
impl NativeProperty {
    /// Give `cls` the read-only computed attribute `name`.
    pub fn add_readonly(cls: &Class, name: &'static str, get: Getter) {
        cls.dict.set_str(
            name,
            Value::Native(Rc::new(NativeProperty {
                name,
                get,
                set: None,
            })),
        );
    }
}
impl NativeObject for NativeProperty {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("getset_descriptor")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `super(cls, obj)`: attribute lookup starting after `cls` in `obj`'s MRO.
pub struct Super {
    pub cls: Rc<Class>,
    pub obj: Value,
}
impl NativeObject for Super {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("super")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "<super: <class '{}'>, <{} object>>",
            self.cls.name(),
            vm.type_name(&self.obj)
        ))
    }
}
