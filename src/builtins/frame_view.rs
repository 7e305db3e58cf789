//! The frame object a live generator or coroutine shows as `gi_frame`/`cr_frame`: a view of
//! its paused frame (`f_lineno`, `f_code`, `f_locals`, `f_globals`, `f_back`), read when
//! asked, so it follows the generator as it runs.

use crate::object::descriptor::{Getter, NativeProperty};
use crate::object::generator::{GenBody, Generator};
use crate::object::{NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub struct FrameView {
    /// The generator, coroutine or async generator whose frame this is.
    pub owner: Value,
}

impl NativeObject for FrameView {
    fn class(&self, vm: &Vm) -> Rc<crate::object::Class> {
        vm.native_class("frame")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        let g = owner(vm, this)?;
        Ok(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            this.heap_ptr().unwrap_or(0),
            g.filename(),
            line(g),
            code_name(g)
        ))
    }
}

fn owner<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Generator> {
    v.as_native::<FrameView>()
        .and_then(|f| f.owner.as_native::<Generator>())
        .ok_or_else(|| vm.type_error("expected a frame"))
}

/// The line the frame is at: its current statement (running or paused), or the
/// definition's first line before it has run.
fn line(g: &Generator) -> u32 {
    let current = g.current_line();
    if current != 0 {
        return current;
    }
    match &g.body {
        GenBody::Func(d) => d.span.line,
        GenBody::Comp(c) => c.elt.span.line,
        GenBody::Module(_) => 1,
    }
}

fn code_name(g: &Generator) -> Rc<str> {
    match &g.body {
        GenBody::Func(d) => d.name.clone(),
        _ => g.name(),
    }
}

/// Give the `frame` class its attributes.
pub fn install(vm: &Rc<Vm>) {
    let cls = vm.native_class("frame");
    let attrs: &[(&'static str, Getter)] = &[
        ("f_lineno", |vm, v| {
            Ok(Value::Int(line(owner(vm, v)?) as i64))
        }),
        ("f_code", |vm, v| {
            Ok(super::generator_methods::code_of(vm, owner(vm, v)?))
        }),
        ("f_globals", |vm, v| {
            Ok(Value::Dict(owner(vm, v)?.globals().clone()))
        }),
        ("f_locals", |vm, v| {
            let locals = owner(vm, v)?.paused_locals().unwrap_or_default();
            Ok(Value::Dict(Rc::new(locals)))
        }),
        // A paused frame has no caller.
        ("f_back", |_, _| Ok(Value::None)),
    ];
    for (name, get) in attrs {
        NativeProperty::add_readonly(&cls, name, *get);
    }
}
