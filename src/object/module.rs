//! Module objects: a name and a namespace dict.

use super::PyDict;
use std::rc::Rc;

pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<PyDict>,
}
