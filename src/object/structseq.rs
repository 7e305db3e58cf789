//! Struct sequences (`sys.version_info`, `time.struct_time`): tuples whose items also
//! have names, printed as `name(field=value, ...)`.

use super::descriptor::Property;
use super::{BuiltinFunction, Class, PyDict, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// The struct-sequence class `module.name` with these fields (made once, then cached).
pub fn class(
    vm: &Vm,
    key: &'static str,
    name: &str,
    module: &str,
    fields: &'static [&'static str],
) -> Rc<Class> {
    if let Some(c) = vm.native_classes.borrow().get(key) {
        return c.clone();
    }
    let ns = Rc::new(PyDict::new());
    ns.set_str("__module__", Value::str(module));
    ns.set_str("n_fields", Value::Int(fields.len() as i64));
    ns.set_str("n_sequence_fields", Value::Int(fields.len() as i64));
    for (i, field) in fields.iter().enumerate() {
        let get = BuiltinFunction::new(field, move |vm, args, _| {
            vm.getitem(&args[0], &Value::Int(i as i64))
        });
        let prop = Property {
            fget: Value::Builtin(Rc::new(get)),
            fset: Value::None,
            fdel: Value::None,
            doc: RefCell::new(Value::None),
        };
        ns.set_str(field, Value::Native(Rc::new(prop)));
    }
    // Types CPython names without a module (`asyncgen_hooks`) live in `builtins`.
    let qual = if module == "builtins" {
        name.to_string()
    } else {
        format!("{module}.{name}")
    };
    let mut repr = BuiltinFunction::new("__repr__", move |vm, args, _| {
        let items = vm.collect(&args[0])?;
        let mut parts = Vec::with_capacity(items.len());
        for (f, v) in fields.iter().zip(&items) {
            parts.push(format!("{}={}", f, vm.repr(v)?));
        }
        Ok(Value::string(format!("{}({})", qual, parts.join(", "))))
    });
    repr.owner = Some(name.into());
    ns.set_str("__repr__", Value::Builtin(Rc::new(repr)));
    let tuple = Value::Class(vm.types.tuple.clone());
    let cls = match crate::eval::build_class(vm, name, name, &[tuple], ns) {
        Ok(c) => c,
        Err(_) => vm.types.tuple.clone(),
    };
    vm.native_classes.borrow_mut().insert(key, cls.clone());
    cls
}

/// A struct-sequence value.
pub fn make(vm: &Vm, cls: &Rc<Class>, values: Vec<Value>) -> Value {
    vm.new_subclass_instance(cls, Value::tuple(values))
}
