//! `member_descriptor`: what `C.name` gives for a name in `C.__slots__`. Slot values live
//! in the instance dict, so the descriptor only reads and writes that entry.

use super::{arg_count, method};
use crate::object::descriptor::NativeProperty;
use crate::object::{Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

pub struct MemberDescriptor {
    pub name: Rc<str>,
    pub owner: Rc<Class>,
}

impl NativeObject for MemberDescriptor {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("member_descriptor")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "<member '{}' of '{}' objects>",
            self.name,
            self.owner.name()
        ))
    }
}

/// The slot `name` declared by `cls` or one of its bases, as a member descriptor.
pub fn find(vm: &Vm, cls: &Rc<Class>, name: &str) -> Option<Value> {
    for c in cls.mro_iter() {
        if c.is_builtin {
            continue;
        }
        let Some(slots) = c.dict.get_str("__slots__") else {
            continue;
        };
        let names = match &slots {
            Value::Str(_) => vec![slots.clone()],
            other => vm.collect(other).unwrap_or_default(),
        };
        if names.iter().any(|n| n.as_str() == Some(name)) {
            return Some(Value::Native(Rc::new(MemberDescriptor {
                name: name.into(),
                owner: c,
            })));
        }
    }
    None
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemberDescriptor> {
    v.as_native::<MemberDescriptor>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'member_descriptor' object"))
}

/// The instance argument, which must be an instance of the slot's class.
fn check_owner(vm: &Vm, m: &MemberDescriptor, obj: &Value) -> PyResult<()> {
    if vm.type_of(obj).is_subclass(&m.owner) {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        m.name,
        m.owner.name(),
        vm.type_name(obj)
    )))
}

pub fn install(vm: &Rc<Vm>) {
    let c = vm.native_class("member_descriptor");
    method(&c, "__get__", |vm, a, _| {
        arg_count(vm, "__get__", &a[1..], 1, 2)?;
        let m = this(vm, &a[0])?;
        if a[1].is_none() {
            return Ok(a[0].clone());
        }
        check_owner(vm, m, &a[1])?;
        vm.getattr(&a[1], &m.name)
    });
    method(&c, "__set__", |vm, a, _| {
        arg_count(vm, "__set__", &a[1..], 2, 2)?;
        let m = this(vm, &a[0])?;
        check_owner(vm, m, &a[1])?;
        vm.generic_setattr(&a[1], &m.name, Some(a[2].clone()))?;
        Ok(Value::None)
    });
    method(&c, "__delete__", |vm, a, _| {
        arg_count(vm, "__delete__", &a[1..], 1, 1)?;
        let m = this(vm, &a[0])?;
        check_owner(vm, m, &a[1])?;
        vm.generic_setattr(&a[1], &m.name, None)?;
        Ok(Value::None)
    });
    NativeProperty::add_readonly(&c, "__name__", |vm, v| Ok(Value::str(&this(vm, v)?.name)));
    NativeProperty::add_readonly(&c, "__objclass__", |vm, v| {
        Ok(Value::Class(this(vm, v)?.owner.clone()))
    });
}
