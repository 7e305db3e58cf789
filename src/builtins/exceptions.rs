//! The methods and attributes shared by all exceptions (`args`, `__str__`, `__repr__`,
//! `__traceback__`, chaining), plus `StopIteration.value` and `SystemExit.code`.

use super::method;
use crate::object::descriptor::{Getter, NativeProperty, Setter};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `__traceback__ = tb` and `with_traceback(tb)`: `None` empties the traceback, a
/// traceback object gives the entries from it inwards.
pub fn set_traceback(vm: &Vm, e: &PyErr, tb: &Value) -> PyResult<()> {
    let entries = match tb {
        Value::None => Vec::new(),
        _ => match tb.as_native::<crate::eval::traceback::Traceback>() {
            Some(t) => t.entries[t.index.min(t.entries.len())..]
                .iter()
                .rev()
                .cloned()
                .collect(),
            None => return Err(vm.type_error("__traceback__ must be a traceback or None")),
        },
    };
    let mut d = e.data();
    d.traceback = entries;
    d.tb_value = None;
    Ok(())
}

fn exc_of(vm: &Vm, v: &Value) -> PyResult<PyErr> {
    match v {
        Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i.clone())),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'BaseException' object but received '{}'",
            vm.type_name(v)
        ))),
    }
}

fn prop(cls: &Rc<crate::object::Class>, name: &'static str, get: Getter, set: Option<Setter>) {
    cls.dict.set_str(
        name,
        Value::Native(Rc::new(NativeProperty { name, get, set })),
    );
}

/// `OSError`'s arguments as CPython parses them: with 3 to 5 of them, the third (and
/// fifth) are `filename` (and `filename2`) and `args` keeps only errno and strerror.
fn set_os_args(e: &PyErr, args: &[Value]) {
    let mut d = e.data();
    d.os_error = Some(
        (2..=5)
            .contains(&args.len())
            .then(|| (args[0].clone(), args[1].clone())),
    );
    if (3..=5).contains(&args.len()) {
        let second = args.get(4).cloned().unwrap_or(Value::None);
        d.filenames = Some((args[2].clone(), second));
        d.args = args[..2].to_vec();
    } else {
        d.filenames = None;
        d.args = args.to_vec();
    }
}

/// An OSError's `errno` and `strerror`: those given to `__init__`, else (for one made
/// without it, straight from two arguments) its `args`.
fn errno_strerror(d: &crate::object::exception::ExcData) -> Option<(Value, Value)> {
    match &d.os_error {
        Some(given) => given.clone(),
        None => (d.args.len() == 2).then(|| (d.args[0].clone(), d.args[1].clone())),
    }
}

pub fn install(vm: &Rc<Vm>) {
    let be = &vm.types.base_exception;
    method(be, "__new__", |vm, a, _| match a.first() {
        Some(Value::Class(c)) => {
            let inst = vm.new_exception_instance(c.clone(), a[1..].to_vec());
            Ok(Value::Instance(inst))
        }
        _ => Err(vm.type_error("BaseException.__new__(X): X is not a type object")),
    });
    method(be, "__init__", |vm, a, _| {
        let e = exc_of(vm, &a[0])?;
        e.data().args = a[1..].to_vec();
        Ok(Value::None)
    });
    method(be, "__str__", |vm, a, _| {
        Ok(Value::string(vm.exception_str(&a[0])?))
    });
    method(be, "__repr__", |vm, a, _| {
        let e = exc_of(vm, &a[0])?;
        let args = e.data().args.clone();
        let name = e.class().name();
        Ok(Value::string(match args.len() {
            1 => format!("{}({})", name, vm.repr(&args[0])?),
            _ => format!("{}{}", name, vm.repr(&Value::tuple(args))?),
        }))
    });
    method(be, "with_traceback", |vm, a, _| {
        let tb = a.get(1).cloned().unwrap_or(Value::None);
        set_traceback(vm, &exc_of(vm, &a[0])?, &tb)?;
        Ok(a[0].clone())
    });
    prop(
        be,
        "args",
        |vm, v| Ok(Value::tuple(exc_of(vm, v)?.data().args.clone())),
        Some(|vm, v, new| {
            let new = new.ok_or_else(|| vm.type_error("args may not be deleted"))?;
            exc_of(vm, v)?.data().args = vm.collect(&new)?;
            Ok(())
        }),
    );
    prop(
        be,
        "__traceback__",
        |vm, v| Ok(vm.traceback_value(&exc_of(vm, v)?)),
        Some(|vm, v, new| {
            let new = new.ok_or_else(|| vm.type_error("__traceback__ may not be deleted"))?;
            set_traceback(vm, &exc_of(vm, v)?, &new)
        }),
    );
    prop(
        be,
        "__context__",
        |vm, v| {
            Ok(exc_of(vm, v)?
                .data()
                .context
                .as_ref()
                .map(|e| e.value())
                .unwrap_or(Value::None))
        },
        Some(|vm, v, new| {
            let ctx = match new {
                Some(Value::None) | None => None,
                Some(x) => Some(vm.make_exception(
                    x,
                    "exception context must be None or derive from BaseException",
                )?),
            };
            exc_of(vm, v)?.data().context = ctx;
            Ok(())
        }),
    );
    prop(
        be,
        "__cause__",
        |vm, v| {
            Ok(exc_of(vm, v)?
                .data()
                .cause
                .as_ref()
                .map(|e| e.value())
                .unwrap_or(Value::None))
        },
        Some(|vm, v, new| {
            let cause = match new {
                Some(Value::None) | None => None,
                Some(x) => Some(vm.make_exception(
                    x,
                    "exception cause must be None or derive from BaseException",
                )?),
            };
            let e = exc_of(vm, v)?;
            let mut d = e.data();
            d.cause = cause;
            d.suppress_context = true;
            Ok(())
        }),
    );
    prop(
        be,
        "__suppress_context__",
        |vm, v| Ok(Value::Bool(exc_of(vm, v)?.data().suppress_context)),
        Some(|vm, v, new| {
            let b = match new {
                Some(x) => vm.truthy(&x)?,
                None => false,
            };
            exc_of(vm, v)?.data().suppress_context = b;
            Ok(())
        }),
    );
    let os = vm.exc_class("OSError");
    method(&os, "__new__", |vm, a, _| {
        let Some(Value::Class(c)) = a.first() else {
            return Err(vm.type_error("OSError.__new__(X): X is not a type object"));
        };
        let mut cls = c.clone();
        // OSError(errno, strerror) builds the subclass for that errno, as CPython does.
        if std::rc::Rc::ptr_eq(&cls, &vm.exc_class("OSError")) && a.len() >= 3 {
            if let Value::Int(n) = a[1] {
                let sub = match n {
                    1 | 13 => Some("PermissionError"),
                    2 => Some("FileNotFoundError"),
                    3 => Some("ProcessLookupError"),
                    4 => Some("InterruptedError"),
                    10 => Some("ChildProcessError"),
                    11 | 114 | 115 => Some("BlockingIOError"),
                    17 => Some("FileExistsError"),
                    20 => Some("NotADirectoryError"),
                    21 => Some("IsADirectoryError"),
                    32 => Some("BrokenPipeError"),
                    103 => Some("ConnectionAbortedError"),
                    104 => Some("ConnectionResetError"),
                    110 => Some("TimeoutError"),
                    111 => Some("ConnectionRefusedError"),
                    _ => None,
                };
                if let Some(s) = sub {
                    cls = vm.exc_class(s);
                }
            }
        }
        let inst = vm.new_exception_instance(cls, Vec::new());
        set_os_args(&PyErr(inst.clone()), &a[1..]);
        Ok(Value::Instance(inst))
    });
    method(&os, "__init__", |vm, a, _| {
        set_os_args(&exc_of(vm, &a[0])?, &a[1..]);
        Ok(Value::None)
    });
    method(&os, "__str__", |vm, a, _| {
        let e = exc_of(vm, &a[0])?;
        let (os_error, filenames) = {
            let d = e.data();
            (errno_strerror(&d), d.filenames.clone())
        };
        if let Some((errno, strerror)) = os_error {
            let mut s = format!("[Errno {}] {}", vm.to_str(&errno)?, vm.to_str(&strerror)?);
            match filenames {
                Some((f, Value::None)) => s.push_str(&format!(": {}", vm.repr(&f)?)),
                Some((f, f2)) => s.push_str(&format!(": {} -> {}", vm.repr(&f)?, vm.repr(&f2)?)),
                None => {}
            }
            return Ok(Value::string(s));
        }
        Ok(Value::string(vm.exception_str(&a[0])?))
    });
    let os_arg = |i: usize| -> Getter {
        match i {
            0 => |vm, v| {
                let e = errno_strerror(&exc_of(vm, v)?.data());
                Ok(e.map(|(errno, _)| errno).unwrap_or(Value::None))
            },
            1 => |vm, v| {
                let e = errno_strerror(&exc_of(vm, v)?.data());
                Ok(e.map(|(_, strerror)| strerror).unwrap_or(Value::None))
            },
            2 => |vm, v| {
                let d = exc_of(vm, v)?;
                let f = d.data().filenames.clone();
                Ok(f.map(|(f, _)| f).unwrap_or(Value::None))
            },
            _ => |vm, v| {
                let d = exc_of(vm, v)?;
                let f = d.data().filenames.clone();
                Ok(f.map(|(_, f2)| f2).unwrap_or(Value::None))
            },
        }
    };
    prop(&os, "errno", os_arg(0), None);
    prop(&os, "strerror", os_arg(1), None);
    prop(&os, "filename", os_arg(2), None);
    prop(&os, "filename2", os_arg(3), None);
    let tb = vm.native_class("traceback");
    prop(
        &tb,
        "tb_lineno",
        |vm, v| {
            let t = v
                .as_native::<crate::eval::traceback::Traceback>()
                .ok_or_else(|| vm.type_error("expected traceback"))?;
            Ok(Value::Int(
                t.entry().map(|e| e.span.line as i64).unwrap_or(0),
            ))
        },
        None,
    );
    prop(
        &tb,
        "tb_next",
        |vm, v| {
            let t = v
                .as_native::<crate::eval::traceback::Traceback>()
                .ok_or_else(|| vm.type_error("expected traceback"))?;
            Ok(t.next())
        },
        None,
    );
    let stop = vm.exc_class("StopIteration");
    prop(
        &stop,
        "value",
        |vm, v| {
            Ok(exc_of(vm, v)?
                .data()
                .args
                .first()
                .cloned()
                .unwrap_or(Value::None))
        },
        None,
    );
    let exit = vm.exc_class("SystemExit");
    prop(
        &exit,
        "code",
        |vm, v| {
            let args = exc_of(vm, v)?.data().args.clone();
            Ok(match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args),
            })
        },
        None,
    );
    // `UnicodeEncodeError(encoding, object, start, end, reason)` and the decode one.
    fn unicode_arg<const I: usize>(vm: &Vm, v: &Value) -> PyResult<Value> {
        let args = exc_of(vm, v)?.data().args.clone();
        Ok(if args.len() == 5 {
            args[I].clone()
        } else {
            Value::None
        })
    }
    for name in ["UnicodeEncodeError", "UnicodeDecodeError"] {
        let cls = vm.exc_class(name);
        prop(&cls, "encoding", unicode_arg::<0>, None);
        prop(&cls, "object", unicode_arg::<1>, None);
        prop(&cls, "start", unicode_arg::<2>, None);
        prop(&cls, "end", unicode_arg::<3>, None);
        prop(&cls, "reason", unicode_arg::<4>, None);
    }
    let key = vm.exc_class("KeyError");
    method(&key, "__str__", |vm, a, _| {
        let args = exc_of(vm, &a[0])?.data().args.clone();
        Ok(Value::string(if args.len() == 1 {
            vm.repr(&args[0])?
        } else {
            vm.exception_str(&a[0])?
        }))
    });
}
