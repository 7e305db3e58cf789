//! `sys.stdout` and `sys.stderr`: text streams over pyco's buffered output.

use super::{arg_count, method};
use crate::object::{Class, NativeObject, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

pub struct Stream {
    pub is_err: bool,
}

impl NativeObject for Stream {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        let c = vm.native_class("TextIOWrapper");
        if c.dict.get_str("write").is_none() {
            method(&c, "write", |vm, a, _| {
                arg_count(vm, "write", &a[1..], 1, 1)?;
                let s = match &a[1] {
                    Value::Str(s) => s.as_str().to_string(),
                    o => {
                        return Err(vm.type_error(format!(
                            "write() argument must be str, not {}",
                            vm.type_name(o)
                        )))
                    }
                };
                let is_err = a[0]
                    .as_native::<Stream>()
                    .map(|s| s.is_err)
                    .unwrap_or(false);
                if is_err {
                    vm.write_stderr(&s);
                } else {
                    vm.write_stdout(&s);
                }
                Ok(Value::Int(s.chars().count() as i64))
            });
            method(&c, "flush", |vm, _, _| {
                vm.flush_stdout();
                Ok(Value::None)
            });
            method(&c, "isatty", |vm, a, _| {
                let is_err = a[0]
                    .as_native::<Stream>()
                    .map(|s| s.is_err)
                    .unwrap_or(false);
                Ok(Value::Bool(if is_err {
                    std::io::IsTerminal::is_terminal(&std::io::stderr())
                } else {
                    vm.stdout_is_tty
                }))
            });
        }
        c
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> crate::object::PyResult<String> {
        Ok(if self.is_err {
            "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>".into()
        } else {
            "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>".into()
        })
    }
}

pub fn stream(_vm: &Vm, is_err: bool) -> Value {
    Value::Native(Rc::new(Stream { is_err }))
}
