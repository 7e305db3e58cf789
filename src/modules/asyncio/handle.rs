//! `Handle` and `TimerHandle`: a scheduled callback with its arguments, as `call_soon`,
//! `call_later` and `call_at` return them (cancel, cancelled, when, repr).

use super::{classes, def, hooks, prop};
use crate::object::{Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct Handle {
    pub callback: RefCell<Value>,
    /// Usually one or two arguments: kept inline.
    pub args: RefCell<smallvec::SmallVec<[Value; 2]>>,
    pub cancelled: Cell<bool>,
    /// The deadline of a `TimerHandle`.
    pub when: Option<f64>,
    /// True while a timer sits in the loop's heap.
    pub scheduled: Cell<bool>,
    pub loop_: Value,
    /// The `contextvars` context the callback runs in (None: the current one).
    pub context: RefCell<Value>,
}

impl NativeObject for Handle {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        let c = classes(vm);
        if self.when.is_some() {
            c.timer_handle.clone()
        } else {
            c.handle.clone()
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let mut info = vec![if self.when.is_some() {
            "TimerHandle".to_string()
        } else {
            "Handle".to_string()
        }];
        if self.cancelled.get() {
            info.push("cancelled".into());
        }
        if let Some(w) = self.when {
            info.push(format!("when={}", vm.to_str(&Value::Float(w))?));
        }
        let cb = self.callback.borrow().clone();
        if !cb.is_none() {
            let f = hooks(vm)?.format_callback_source.clone();
            let args = Value::tuple(self.args.borrow().to_vec());
            info.push(vm.to_str(&vm.call(&f, &[cb, args], &[])?)?);
        }
        Ok(format!("<{}>", info.join(" ")))
    }
}

impl Handle {
    pub fn new(callback: Value, args: Vec<Value>, when: Option<f64>, loop_: Value) -> Handle {
        Handle {
            callback: RefCell::new(callback),
            args: RefCell::new(smallvec::SmallVec::from_vec(args)),
            cancelled: Cell::new(false),
            when,
            scheduled: Cell::new(false),
            loop_,
            context: RefCell::new(Value::None),
        }
    }

    pub fn cancel(&self) {
        if !self.cancelled.get() {
            self.cancelled.set(true);
            *self.callback.borrow_mut() = Value::None;
            self.args.borrow_mut().clear();
        }
    }

    /// Run the callback; an error other than SystemExit/KeyboardInterrupt goes to the
    /// loop's exception handler, as `Handle._run` does.
    pub fn run(&self, vm: &Vm, this: &Value) -> PyResult<()> {
        let cb = self.callback.borrow().clone();
        let args = self.args.borrow().to_vec();
        let ctx = self.context.borrow().clone();
        let r = if ctx.is_none() {
            vm.call(&cb, &args, &[])
        } else {
            let saved = super::task::swap_context(vm, ctx)?;
            let r = vm.call(&cb, &args, &[]);
            super::task::swap_context(vm, saved)?;
            r
        };
        if let Err(e) = r {
            report_callback_error(vm, &self.loop_, this, &cb, &args, e)?;
        }
        Ok(())
    }
}

/// `loop.call_exception_handler` for a callback that raised.
pub fn report_callback_error(
    vm: &Vm,
    loop_: &Value,
    handle: &Value,
    cb: &Value,
    args: &[Value],
    e: crate::object::PyErr,
) -> PyResult<()> {
    if super::is_exit(vm, &e) {
        return Err(e);
    }
    let h = hooks(vm)?;
    let src = vm.call(
        &h.format_callback_source,
        &[cb.clone(), Value::tuple(args.to_vec())],
        &[],
    )?;
    let ctx = crate::object::PyDict::new();
    ctx.set_str(
        "message",
        Value::string(format!("Exception in callback {}", vm.to_str(&src)?)),
    );
    ctx.set_str("exception", e.value());
    ctx.set_str("handle", handle.clone());
    vm.call_method(
        loop_,
        "call_exception_handler",
        &[Value::Dict(Rc::new(ctx))],
    )?;
    Ok(())
}

fn handle<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Handle> {
    v.as_native::<Handle>()
        .ok_or_else(|| vm.type_error("expected an asyncio Handle"))
}

pub fn install(c: &super::Classes) {
    for cls in [&c.handle, &c.timer_handle] {
        def(cls, "cancel", |vm, a, _| {
            handle(vm, &a[0])?.cancel();
            Ok(Value::None)
        });
        def(cls, "cancelled", |vm, a, _| {
            Ok(Value::Bool(handle(vm, &a[0])?.cancelled.get()))
        });
        def(cls, "get_context", |_, _, _| Ok(Value::None));
        def(cls, "__repr__", |vm, a, _| {
            Ok(Value::string(handle(vm, &a[0])?.repr(vm, &a[0])?))
        });
        def(cls, "_run", |vm, a, _| {
            handle(vm, &a[0])?.run(vm, &a[0])?;
            Ok(Value::None)
        });
        prop(
            cls,
            "_cancelled",
            |vm, v| Ok(Value::Bool(handle(vm, v)?.cancelled.get())),
            None,
        );
        prop(
            cls,
            "_callback",
            |vm, v| Ok(handle(vm, v)?.callback.borrow().clone()),
            None,
        );
        prop(
            cls,
            "_args",
            |vm, v| {
                let h = handle(vm, v)?;
                Ok(if h.cancelled.get() {
                    Value::None
                } else {
                    Value::tuple(h.args.borrow().to_vec())
                })
            },
            None,
        );
        prop(cls, "_loop", |vm, v| Ok(handle(vm, v)?.loop_.clone()), None);
    }
    def(&c.handle, "__new__", |vm, a, kw| {
        super::check_kwargs(vm, "Handle", kw, &["context"])?;
        if a.len() != 4 {
            return Err(vm.type_error(format!(
                "Handle.__init__() takes from 4 to 5 positional arguments but {} were given",
                a.len()
            )));
        }
        let args = vm.collect(&a[2])?;
        Ok(Value::Native(Rc::new(Handle::new(
            a[1].clone(),
            args,
            None,
            a[3].clone(),
        ))))
    });
    def(&c.timer_handle, "__new__", |vm, a, kw| {
        super::check_kwargs(vm, "TimerHandle", kw, &["context"])?;
        if a.len() != 5 {
            return Err(vm.type_error(format!(
                "TimerHandle.__init__() takes from 5 to 6 positional arguments but {} were given",
                a.len()
            )));
        }
        let when = crate::builtins::to_f64(vm, &a[1])?;
        let args = vm.collect(&a[3])?;
        Ok(Value::Native(Rc::new(Handle::new(
            a[2].clone(),
            args,
            Some(when),
            a[4].clone(),
        ))))
    });
    let t = &c.timer_handle;
    def(t, "when", |vm, a, _| {
        Ok(Value::Float(handle(vm, &a[0])?.when.unwrap_or(0.0)))
    });
    prop(
        t,
        "_when",
        |vm, v| Ok(Value::Float(handle(vm, v)?.when.unwrap_or(0.0))),
        None,
    );
    prop(
        t,
        "_scheduled",
        |vm, v| Ok(Value::Bool(handle(vm, v)?.scheduled.get())),
        None,
    );
}
