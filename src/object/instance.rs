//! Instances of user classes (and of exception classes, which carry `ExcData`).

use super::exception::ExcData;
use super::{Class, PyDict};
use std::cell::RefCell;
use std::rc::Rc;

pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    pub dict: Rc<PyDict>,
    /// Present when the class derives from `BaseException` (boxed: most instances are not
    /// exceptions and stay small).
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// For instances of user subclasses of built-in types (`class Stack(list)`): the
    /// built-in value the instance is.
    pub base: Option<super::Value>,
}

impl Instance {
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }
}
