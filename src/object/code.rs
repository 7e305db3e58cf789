//! Code objects as Python sees them (`f.__code__`, `gen.gi_code`): a read-only summary of a
//! function definition.

use super::{Class, NativeObject, PyResult, Value};
use crate::ast::FuncDef;
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub def: Option<Rc<FuncDef>>,
}

impl NativeObject for Code {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("code")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        let line = self.def.as_ref().map(|d| d.span.line).unwrap_or(1);
        Ok(format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            self.name,
            this.heap_ptr().unwrap_or(0),
            self.filename,
            line
        ))
    }
}

impl Vm {
    /// The code object of a function definition, the same object every time.
    pub fn code_object(&self, def: &Rc<FuncDef>, filename: &Rc<str>) -> Value {
        let key = Rc::as_ptr(def) as usize;
        if let Some(v) = self.code_cache.borrow().get(&key) {
            return v.clone();
        }
        let v = Value::Native(Rc::new(Code {
            name: def.name.clone(),
            qualname: def.scope.qualname.clone(),
            filename: filename.clone(),
            def: Some(def.clone()),
        }));
        self.code_cache.borrow_mut().insert(key, v.clone());
        v
    }
}

/// The attributes of code objects.
pub fn attribute(vm: &Vm, code: &Code, name: &str) -> Option<Value> {
    let def = code.def.as_ref();
    let p = def.map(|d| &d.params);
    Some(match name {
        "co_name" => Value::str(&code.name),
        "co_qualname" => Value::str(&code.qualname),
        "co_filename" => Value::str(&code.filename),
        "co_firstlineno" => Value::Int(def.map(|d| d.first_line()).unwrap_or(1) as i64),
        "co_argcount" => Value::Int(p.map(|p| p.posonly.len() + p.args.len()).unwrap_or(0) as i64),
        "co_posonlyargcount" => Value::Int(p.map(|p| p.posonly.len()).unwrap_or(0) as i64),
        "co_kwonlyargcount" => Value::Int(p.map(|p| p.kwonly.len()).unwrap_or(0) as i64),
        "co_varnames" => Value::tuple(def.map(varnames).unwrap_or_default()),
        "co_flags" => Value::Int(def.map(flags).unwrap_or(0)),
        "co_freevars" => Value::tuple(
            def.map(|d| {
                d.scope
                    .freevars
                    .iter()
                    .map(|f| Value::str(&f.name))
                    .collect()
            })
            .unwrap_or_default(),
        ),
        "co_cellvars" => Value::tuple(
            def.map(|d| {
                d.scope.cell_names[..d.scope.ncells as usize]
                    .iter()
                    .map(|n| Value::str(n))
                    .collect()
            })
            .unwrap_or_default(),
        ),
        _ => {
            let _ = vm;
            return None;
        }
    })
}

/// `co_varnames`: the parameters in CPython's order (positional, keyword-only, then
/// `*args` and `**kwargs`), then the other local variables.
fn varnames(def: &Rc<FuncDef>) -> Vec<Value> {
    let p = &def.params;
    let params: Vec<&str> = p
        .posonly
        .iter()
        .chain(&p.args)
        .chain(&p.kwonly)
        .chain(&p.vararg)
        .chain(&p.kwarg)
        .map(|x| &*x.name)
        .collect();
    let locals = def
        .scope
        .slot_names
        .iter()
        .map(|n| &**n)
        .filter(|n| !params.contains(n));
    params
        .iter()
        .copied()
        .chain(locals)
        .map(Value::str)
        .collect()
}

/// `co_flags`: CPython's `CO_*` bits for the kind of function.
fn flags(def: &Rc<FuncDef>) -> i64 {
    const OPTIMIZED_NEWLOCALS: i64 = 0x3;
    const VARARGS: i64 = 0x4;
    const VARKEYWORDS: i64 = 0x8;
    const NESTED: i64 = 0x10;
    const GENERATOR: i64 = 0x20;
    const COROUTINE: i64 = 0x80;
    const ASYNC_GENERATOR: i64 = 0x200;
    let mut f = OPTIMIZED_NEWLOCALS;
    if def.params.vararg.is_some() {
        f |= VARARGS;
    }
    if def.params.kwarg.is_some() {
        f |= VARKEYWORDS;
    }
    if def.scope.qualname.contains("<locals>") {
        f |= NESTED;
    }
    f |= match (def.is_async, def.scope.is_generator) {
        (false, true) => GENERATOR,
        (true, false) => COROUTINE,
        (true, true) => ASYNC_GENERATOR,
        (false, false) => 0,
    };
    f
}
