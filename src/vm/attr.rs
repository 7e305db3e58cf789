//! Attribute access: `getattr`/`setattr`/`delattr` with descriptors, and method lookup
//! that avoids building bound-method objects for `obj.method(...)` calls.

use super::Vm;
use crate::ast::AttrName;
use crate::object::descriptor::{ClassMethod, NativeProperty, Property, StaticMethod};
use crate::object::{BoundMethod, Class, Instance, PyResult, Value};
use std::rc::Rc;

/// What `load_method` found: a function to call with the receiver prepended, or a
/// ready callable.
pub enum Method {
    Unbound(Value),
    Plain(Value),
}

impl Vm {
    /// `getattr(obj, name)`
    pub fn getattr(&self, obj: &Value, name: &str) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            let cls = inst.class();
            if cls.slow_attrs.get() {
                if let Some(ga @ Value::Function(_)) = cls.lookup("__getattribute__") {
                    let r = self.call(&ga, &[obj.clone(), Value::str(name)], &[]);
                    return match r {
                        Err(e) if e.is_instance_of(&self.exc_class("AttributeError")) => {
                            match cls.lookup("__getattr__") {
                                Some(f) => self.call(&f, &[obj.clone(), Value::str(name)], &[]),
                                None => Err(e),
                            }
                        }
                        other => other,
                    };
                }
            }
        }
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                if let Value::Instance(inst) = obj {
                    if let Some(ga) = inst.class().lookup("__getattr__") {
                        return self.call(&ga, &[obj.clone(), Value::str(name)], &[]);
                    }
                }
                Err(self.attribute_error(obj, name))
            }
        }
    }

    /// Attribute lookup without `__getattr__` and without raising AttributeError.
    pub fn getattr_opt(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Some(sup) = obj.as_native::<crate::object::descriptor::Super>() {
            return self.super_getattr(sup, name);
        }
        if let Some(code) = obj.as_native::<crate::object::code::Code>() {
            if let Some(v) = crate::object::code::attribute(self, code, name) {
                return Ok(Some(v));
            }
        }
        if let Some(cell) = obj.as_native::<crate::object::function::CellRef>() {
            if name == "cell_contents" {
                return match cell.0.get() {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.value_error("Cell is empty")),
                };
            }
        }
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if !cls.slow_attrs.get() && !self.classes_patched.get() {
                    if let Some(v) = inst.dict.get_str(name) {
                        return Ok(Some(v));
                    }
                }
                let class_attr = cls.lookup(name);
                // User descriptors: data descriptors win over the instance dict.
                if let Some(ca @ Value::Instance(_)) = &class_attr {
                    let dcls = self.type_of(ca);
                    if let Some(get) = dcls.lookup("__get__") {
                        let data =
                            dcls.lookup("__set__").is_some() || dcls.lookup("__delete__").is_some();
                        if data || inst.dict.get_str(name).is_none() {
                            return self
                                .call(
                                    &get,
                                    &[ca.clone(), obj.clone(), Value::Class(cls.clone())],
                                    &[],
                                )
                                .map(Some);
                        }
                    }
                }
                if let Some(Value::Native(n)) = &class_attr {
                    if let Some(p) = n.as_any().downcast_ref::<Property>() {
                        if p.fget.is_none() {
                            return Err(self.error(
                                "AttributeError",
                                format!(
                                    "property '{name}' of '{}' object has no getter",
                                    cls.name()
                                ),
                            ));
                        }
                        return self.call(&p.fget, &[obj.clone()], &[]).map(Some);
                    }
                    if let Some(p) = n.as_any().downcast_ref::<NativeProperty>() {
                        return (p.get)(self, obj).map(Some);
                    }
                }
                if let Some(v) = inst.dict.get_str(name) {
                    return Ok(Some(v));
                }
                match name {
                    "__class__" => return Ok(Some(Value::Class(cls))),
                    "__dict__" => {
                        return Ok(match self.slot_layout(&cls) {
                            None => Some(Value::Dict(inst.dict.clone())),
                            // Only empty `__slots__` (as in the ABCs): the dict itself.
                            Some((slots, true)) if slots.is_empty() => {
                                Some(Value::Dict(inst.dict.clone()))
                            }
                            Some((_, false)) => None,
                            Some((slots, true)) => {
                                // Slot values are not part of `__dict__`.
                                let d = crate::object::PyDict::new();
                                for (k, v) in inst.dict.items() {
                                    if !k
                                        .as_str()
                                        .map(|s| slots.iter().any(|x| x == s))
                                        .unwrap_or(false)
                                    {
                                        d.set(self, k, v)?;
                                    }
                                }
                                Some(Value::Dict(Rc::new(d)))
                            }
                        });
                    }
                    _ => {}
                }
                Ok(class_attr.map(|a| self.bind(a, obj, &cls)))
            }
            Value::Class(cls) => self.class_getattr(cls, name),
            Value::Module(m) => Ok(match m.dict.get_str(name) {
                Some(v) => Some(v),
                None if name == "__dict__" => Some(Value::Dict(m.dict.clone())),
                // PEP 562: a module's own `__getattr__` answers for names it lacks.
                None => match m.dict.get_str("__getattr__") {
                    Some(hook) => match self.call(&hook, &[Value::str(name)], &[]) {
                        Ok(v) => Some(v),
                        Err(e) if e.is_instance_of(&self.exc_class("AttributeError")) => None,
                        Err(e) => return Err(e),
                    },
                    None => None,
                },
            }),
            Value::Function(f) => Ok(match name {
                "__name__" => Some(Value::Str(Rc::new(crate::object::PyStr::new(
                    &f.name.borrow(),
                )))),
                "__qualname__" => Some(Value::Str(Rc::new(crate::object::PyStr::new(
                    &f.qualname.borrow(),
                )))),
                "__module__" => Some(Value::str(&f.module)),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__dict__" => Some(Value::Dict(f.dict.clone())),
                "__defaults__" => Some(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__annotations__" => Some(match f.dict.get_str("__annotations__") {
                    Some(a) => a,
                    None => {
                        let a = Value::Dict(Rc::new(crate::object::PyDict::new()));
                        f.dict.set_str("__annotations__", a.clone());
                        a
                    }
                }),
                "__code__" => Some(self.code_object(&f.def, &f.source.name)),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(
                        f.closure
                            .iter()
                            .map(|c| {
                                Value::Native(Rc::new(crate::object::function::CellRef(c.clone())))
                            })
                            .collect(),
                    )
                }),
                "__kwdefaults__" => {
                    let p = &f.def.params;
                    if f.kwdefaults.iter().all(|d| d.is_none()) {
                        Some(Value::None)
                    } else {
                        let d = crate::object::PyDict::new();
                        for (param, v) in p.kwonly.iter().zip(&f.kwdefaults) {
                            if let Some(v) = v {
                                d.set_str(&param.name, v.clone());
                            }
                        }
                        Some(Value::Dict(Rc::new(d)))
                    }
                }
                "__class__" => Some(Value::Class(self.types.function.clone())),
                _ => match f.dict.get_str(name) {
                    Some(v) => Some(v),
                    None => self.type_attr(obj, name),
                },
            }),
            Value::Builtin(b) => Ok(match name {
                "__name__" => Some(Value::str(&b.name)),
                // A bound method is named after its receiver's type (the class itself
                // for a class method), an unbound one after the type defining it.
                "__qualname__" => Some(match (&b.receiver, &b.owner) {
                    (Some(Value::Module(_)), _) | (None, None) => Value::str(&b.name),
                    (Some(Value::Class(c)), _) => {
                        Value::string(format!("{}.{}", c.qualname(), b.name))
                    }
                    (Some(r), _) => {
                        Value::string(format!("{}.{}", self.type_of(r).qualname(), b.name))
                    }
                    (None, Some(owner)) => Value::string(format!("{owner}.{}", b.name)),
                }),
                "__module__" => Some(if b.owner.is_none() && b.receiver.is_none() {
                    Value::str("builtins")
                } else {
                    Value::None
                }),
                "__self__" => Some(b.receiver.clone().unwrap_or(Value::None)),
                "__doc__" => Some(Value::None),
                "__class__" => Some(Value::Class(self.types.builtin_function.clone())),
                _ => self.type_attr(obj, name),
            }),
            Value::BoundMethod(m) => Ok(match name {
                "__self__" => Some(m.receiver.clone()),
                "__qualname__" if matches!(m.func, Value::Builtin(_)) => {
                    let owner = match &m.receiver {
                        Value::Class(c) => c.qualname(),
                        r => self.type_of(r).qualname(),
                    };
                    let name = self.getattr(&m.func, "__name__")?;
                    Some(Value::string(format!("{owner}.{}", self.to_str(&name)?)))
                }
                "__func__" => Some(m.func.clone()),
                "__class__" => Some(Value::Class(self.types.method.clone())),
                _ => self.getattr_opt(&m.func, name)?,
            }),
            _ => {
                let cls = self.type_of(obj);
                let attr = cls.lookup(name);
                if let Some(Value::Native(n)) = &attr {
                    if let Some(p) = n.as_any().downcast_ref::<NativeProperty>() {
                        return (p.get)(self, obj).map(Some);
                    }
                    if let Some(p) = n.as_any().downcast_ref::<Property>() {
                        return self.call(&p.fget, &[obj.clone()], &[]).map(Some);
                    }
                }
                if name == "__class__" {
                    return Ok(Some(Value::Class(cls)));
                }
                Ok(attr.map(|a| self.bind(a, obj, &cls)))
            }
        }
    }

    /// A metaclass's own `__setattr__` (or `__delattr__` when deleting), written in Python.
    fn metaclass_set_hook(&self, cls: &Rc<Class>, set: bool) -> Option<Value> {
        cls.meta.borrow().as_ref()?;
        let name = if set { "__setattr__" } else { "__delattr__" };
        self.type_of(&Value::Class(cls.clone()))
            .lookup(name)
            .filter(|f| matches!(f, Value::Function(_)))
    }

    /// Assignment to (or deletion of) a class attribute, without the metaclass's hooks
    /// (what `type.__setattr__` does).
    fn set_class_attr(
        &self,
        obj: &Value,
        cls: &Rc<Class>,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<()> {
        if cls.is_builtin {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name,
                cls.name()
            )));
        }
        if matches!(name, "__name__" | "__qualname__") {
            return self.rename_class(cls, name, value);
        }
        // Subclasses share the change: a data descriptor or attribute hook added
        // later makes attribute access take the full path everywhere.
        if matches!(&value, Some(Value::Native(_))) || name.starts_with("__") {
            self.classes_patched.set(true);
        }
        match value {
            Some(v) => cls.dict.set_str(name, v),
            None => {
                if cls.dict.remove_str(name).is_none() {
                    return Err(self.attribute_error(obj, name));
                }
            }
        }
        Ok(())
    }

    /// Attribute assignment without the user's `__setattr__`/`__delattr__` (what
    /// `object.__setattr__` does): descriptors, `__slots__`, then the instance dict.
    pub fn generic_setattr(&self, obj: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
        let inst = match obj {
            Value::Instance(inst) => inst,
            Value::Class(cls) => return self.set_class_attr(obj, cls, name, value),
            _ => return self.setattr(obj, name, value),
        };
        let cls = inst.class();
        if let Some(attr @ Value::Instance(_)) = cls.lookup(name) {
            let dcls = self.type_of(&attr);
            let hook = if value.is_some() {
                "__set__"
            } else {
                "__delete__"
            };
            if let Some(f) = dcls.lookup(hook) {
                let mut args = vec![attr.clone(), obj.clone()];
                args.extend(value);
                self.call(&f, &args, &[])?;
                return Ok(());
            }
        }
        if let Some(Value::Native(n)) = cls.lookup(name) {
            if let Some(p) = n.as_any().downcast_ref::<Property>() {
                let f = if value.is_some() { &p.fset } else { &p.fdel };
                if f.is_none() {
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    return Err(self.error(
                        "AttributeError",
                        format!("property '{name}' of '{}' object has no {what}", cls.name()),
                    ));
                }
                let mut args = vec![obj.clone()];
                args.extend(value);
                self.call(f, &args, &[])?;
                return Ok(());
            }
            if let Some(p) = n.as_any().downcast_ref::<NativeProperty>() {
                if let Some(set) = p.set {
                    return set(self, obj, value);
                }
            }
        }
        // (No class in the MRO has `__slots__`, as the lookup cache usually tells at once:
        // nothing to check.)
        let slotted = cls.lookup("__slots__").is_some() || Rc::ptr_eq(&cls, &self.types.object);
        if let (true, Some(_), Some((slots, has_dict))) = (slotted, &value, self.slot_layout(&cls))
        {
            if !has_dict && !slots.iter().any(|s| s == name) {
                return Err(self.attribute_error(obj, name));
            }
        }
        match value {
            Some(v) => {
                if name == "__class__" {
                    if let Value::Class(c) = v {
                        *inst.class.borrow_mut() = c;
                        return Ok(());
                    }
                }
                inst.dict.set_str(name, v);
                Ok(())
            }
            None => match inst.dict.remove_str(name) {
                Some(_) => Ok(()),
                None => Err(self.attribute_error(obj, name)),
            },
        }
    }

    /// `C.__name__ = ...` / `C.__qualname__ = ...` (strings only; neither can be deleted).
    fn rename_class(&self, cls: &Rc<Class>, name: &str, value: Option<Value>) -> PyResult<()> {
        let slot = if name == "__name__" {
            &cls.name
        } else {
            &cls.qualname
        };
        match value {
            Some(Value::Str(s)) => {
                *slot.borrow_mut() = s.as_str().into();
                Ok(())
            }
            Some(other) => Err(self.type_error(format!(
                "can only assign string to {}.{}, not '{}'",
                cls.name(),
                name,
                self.type_name(&other)
            ))),
            None => Err(self.type_error(format!(
                "cannot delete '{}' attribute of immutable type '{}'",
                name,
                cls.name()
            ))),
        }
    }

    /// `__slots__` in effect for instances of `cls`: the slot names and whether instances
    /// still have a `__dict__`, or None when some class in the MRO has no `__slots__`.
    pub fn slot_layout(&self, cls: &Rc<Class>) -> Option<(Vec<String>, bool)> {
        // A plain `object()` has neither slots nor a `__dict__`.
        if Rc::ptr_eq(cls, &self.types.object) {
            return Some((Vec::new(), false));
        }
        let mut names = Vec::new();
        let mut has_dict = false;
        let mut any = false;
        for c in cls.mro_iter() {
            if c.is_builtin {
                continue;
            }
            match c.dict.get_str("__slots__") {
                None => has_dict = true,
                Some(s) => {
                    any = true;
                    let items = match &s {
                        Value::Str(_) => vec![s.clone()],
                        other => self.collect(other).unwrap_or_default(),
                    };
                    for it in items {
                        if let Some(n) = it.as_str() {
                            if n == "__dict__" {
                                has_dict = true;
                            } else {
                                names.push(n.to_string());
                            }
                        }
                    }
                }
            }
        }
        if any {
            Some((names, has_dict))
        } else {
            None
        }
    }

    fn super_getattr(
        &self,
        sup: &crate::object::descriptor::Super,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let start = match &sup.obj {
            Value::Class(c) if c.is_subclass(&sup.cls) => c.clone(),
            other => self.type_of(other),
        };
        let mro = start.mro_iter();
        let pos = mro
            .iter()
            .position(|c| Rc::ptr_eq(c, &sup.cls))
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for c in &mro[pos..] {
            if let Some(attr) = c.dict.get_str(name) {
                if matches!(&sup.obj, Value::Class(k) if k.is_subclass(&sup.cls)) {
                    if let Value::Native(n) = &attr {
                        if let Some(cm) = n.as_any().downcast_ref::<ClassMethod>() {
                            return Ok(Some(Value::BoundMethod(Rc::new(BoundMethod {
                                func: cm.0.clone(),
                                receiver: sup.obj.clone(),
                            }))));
                        }
                        if let Some(sm) = n.as_any().downcast_ref::<StaticMethod>() {
                            return Ok(Some(sm.0.clone()));
                        }
                    }
                    return Ok(Some(attr));
                }
                if let Value::Native(n) = &attr {
                    if let Some(p) = n.as_any().downcast_ref::<Property>() {
                        return self.call(&p.fget, &[sup.obj.clone()], &[]).map(Some);
                    }
                }
                let cls = self.type_of(&sup.obj);
                return Ok(Some(self.bind(attr, &sup.obj, &cls)));
            }
        }
        Ok(None)
    }

    fn type_attr(&self, obj: &Value, name: &str) -> Option<Value> {
        let cls = self.type_of(obj);
        cls.lookup(name).map(|a| self.bind(a, obj, &cls))
    }

    /// Bind a class attribute found for an instance access.
    fn bind(&self, attr: Value, obj: &Value, cls: &Rc<Class>) -> Value {
        match &attr {
            Value::Function(_) | Value::Builtin(_) if binds(&attr) => {
                Value::BoundMethod(Rc::new(BoundMethod {
                    func: attr,
                    receiver: obj.clone(),
                }))
            }
            Value::Native(n) => {
                if let Some(cm) = n.as_any().downcast_ref::<ClassMethod>() {
                    Value::BoundMethod(Rc::new(BoundMethod {
                        func: cm.0.clone(),
                        receiver: Value::Class(cls.clone()),
                    }))
                } else if let Some(sm) = n.as_any().downcast_ref::<StaticMethod>() {
                    sm.0.clone()
                } else {
                    attr
                }
            }
            _ => attr,
        }
    }

    fn class_getattr(&self, cls: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
        // The type's own data attributes win over the class dict, as in CPython.
        match name {
            "__name__" => return Ok(Some(Value::str(&cls.name()))),
            "__qualname__" => return Ok(Some(Value::str(&cls.qualname()))),
            "__mro__" => {
                return Ok(Some(Value::tuple(
                    cls.mro_iter().into_iter().map(Value::Class).collect(),
                )))
            }
            "__bases__" => {
                return Ok(Some(Value::tuple(
                    cls.bases.iter().map(|b| Value::Class(b.clone())).collect(),
                )))
            }
            _ => {}
        }
        if let Some(attr) = cls.lookup(name) {
            if let Value::Instance(_) = &attr {
                if let Some(get) = self.type_of(&attr).lookup("__get__") {
                    return self
                        .call(
                            &get,
                            &[attr.clone(), Value::None, Value::Class(cls.clone())],
                            &[],
                        )
                        .map(Some);
                }
            }
            if let Value::Native(n) = &attr {
                if let Some(cm) = n.as_any().downcast_ref::<ClassMethod>() {
                    return Ok(Some(Value::BoundMethod(Rc::new(BoundMethod {
                        func: cm.0.clone(),
                        receiver: Value::Class(cls.clone()),
                    }))));
                }
                if let Some(sm) = n.as_any().downcast_ref::<StaticMethod>() {
                    return Ok(Some(sm.0.clone()));
                }
            }
            return Ok(Some(attr));
        }
        Ok(match name {
            "__name__" => Some(Value::str(&cls.name())),
            "__qualname__" => Some(Value::str(&cls.qualname())),
            "__module__" => Some(Value::str(&cls.module)),
            "__doc__" => Some(Value::None),
            "__dict__" => Some(Value::Dict(Rc::new(cls.dict.copy()))),
            "__bases__" => Some(Value::tuple(
                cls.bases.iter().map(|b| Value::Class(b.clone())).collect(),
            )),
            "__base__" => Some(
                cls.bases
                    .first()
                    .map(|b| Value::Class(b.clone()))
                    .unwrap_or(Value::None),
            ),
            "__mro__" => Some(Value::tuple(
                cls.mro_iter().into_iter().map(Value::Class).collect(),
            )),
            "__class__" => Some(Value::Class(
                cls.meta
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| self.types.type_.clone()),
            )),
            _ => {
                if let Some(member) = crate::builtins::slot_member::find(self, cls, name) {
                    return Ok(Some(member));
                }
                // The metaclass's attributes, bound to the class.
                let meta = cls.meta.borrow().clone();
                if let Some(meta) = meta {
                    if let Some(attr) = meta.lookup(name) {
                        if let Value::Native(n) = &attr {
                            if let Some(p) = n.as_any().downcast_ref::<Property>() {
                                return self
                                    .call(&p.fget, &[Value::Class(cls.clone())], &[])
                                    .map(Some);
                            }
                        }
                        return Ok(Some(self.bind(attr, &Value::Class(cls.clone()), &meta)));
                    }
                }
                // Methods of `type` itself (e.g. `C.mro()`, `C.__subclasses__`).
                match self.types.type_.dict.get_str(name) {
                    Some(f @ Value::Builtin(_)) => Some(Value::BoundMethod(Rc::new(BoundMethod {
                        func: f,
                        receiver: Value::Class(cls.clone()),
                    }))),
                    _ => None,
                }
            }
        })
    }

    /// `getattr(obj, name)` for a name from the source: plain instance attributes are read
    /// straight from the instance dict with the name's cached hash.
    #[inline]
    pub fn getattr_name(&self, obj: &Value, name: &AttrName) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            if self.plain_attrs(inst) {
                if let Some(v) = inst.dict.get_name_hinted(name.key(), &name.hint) {
                    return Ok(v);
                }
            }
        }
        self.getattr(obj, name)
    }

    /// `obj.name = value` for a name from the source; the instance dict keeps the shared key.
    #[inline]
    pub fn setattr_name(&self, obj: &Value, name: &AttrName, value: Value) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if self.plain_attrs(inst) && &**name != "__class__" {
                inst.dict.set_name_hinted(name.key(), &name.hint, value);
                return Ok(());
            }
        }
        self.setattr(obj, name, Some(value))
    }

    /// True when `inst`'s attributes are just its dict entries shadowing class attributes
    /// (no descriptors or attribute hooks anywhere).
    #[inline]
    fn plain_attrs(&self, inst: &Instance) -> bool {
        !inst.class.borrow().slow_attrs.get() && !self.classes_patched.get()
    }

    /// `load_method` for a name from the source: an instance's class answers from its
    /// lookup cache.
    #[inline]
    pub fn load_method_name(&self, obj: &Value, name: &AttrName) -> PyResult<Method> {
        match obj {
            Value::Instance(inst) => {
                let found = inst.class.borrow().lookup_cached(name.key());
                if let Some(attr) = found.filter(binds) {
                    if inst.dict.is_empty() || inst.dict.get_name(name.key()).is_none() {
                        return Ok(Method::Unbound(attr));
                    }
                }
            }
            // Native objects have no instance dict: a method of their class is the answer
            // (`Super` resolves attributes itself).
            Value::Native(n) if !n.as_any().is::<crate::object::descriptor::Super>() => {
                let found = n.class(self).lookup_cached(name.key());
                if let Some(attr) = found.filter(binds) {
                    return Ok(Method::Unbound(attr));
                }
            }
            _ => {}
        }
        self.load_method_hashed(obj, name, name.key().hash())
    }

    /// Look up `obj.name` for an immediate call.
    pub fn load_method(&self, obj: &Value, name: &str) -> PyResult<Method> {
        self.load_method_hashed(obj, name, crate::object::str::str_hash(name))
    }

    /// `load_method` with the name's hash already known.
    pub fn load_method_hashed(&self, obj: &Value, name: &str, hash: i64) -> PyResult<Method> {
        if obj
            .as_native::<crate::object::descriptor::Super>()
            .is_some()
        {
            return Ok(Method::Plain(self.getattr(obj, name)?));
        }
        match obj {
            Value::Instance(inst) => {
                let found = inst.class.borrow().lookup_hashed(name, hash);
                if let Some(attr) = found.filter(binds) {
                    if !inst.dict.is_empty() && inst.dict.get_str_hashed(name, hash).is_some() {
                        return Ok(Method::Plain(self.getattr(obj, name)?));
                    }
                    return Ok(Method::Unbound(attr));
                }
                Ok(Method::Plain(self.getattr(obj, name)?))
            }
            Value::Class(_) | Value::Module(_) | Value::Function(_) | Value::BoundMethod(_) => {
                Ok(Method::Plain(self.getattr(obj, name)?))
            }
            _ => {
                let cls = self.type_of(obj);
                match cls.lookup_hashed(name, hash) {
                    Some(attr) if binds(&attr) => Ok(Method::Unbound(attr)),
                    _ => Ok(Method::Plain(self.getattr(obj, name)?)),
                }
            }
        }
    }

    /// Call `obj.name(*args)`.
    pub fn call_method(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        match self.load_method(obj, name)? {
            Method::Unbound(f) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend_from_slice(args);
                self.call(&f, &full, &[])
            }
            Method::Plain(f) => self.call(&f, args, &[]),
        }
    }

    /// `setattr(obj, name, value)`; `value = None` deletes.
    pub fn setattr(&self, obj: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let (false, false, Some(v)) =
                    (cls.slow_attrs.get(), self.classes_patched.get(), &value)
                {
                    if name != "__class__" {
                        inst.dict.set_str(name, v.clone());
                        return Ok(());
                    }
                }
                if value.is_none() {
                    if let Some(da) = cls
                        .lookup("__delattr__")
                        .filter(|f| matches!(f, Value::Function(_)))
                    {
                        self.call(&da, &[obj.clone(), Value::str(name)], &[])?;
                        return Ok(());
                    }
                }
                if value.is_some() {
                    if let Some(sa) = cls
                        .lookup("__setattr__")
                        .filter(|f| matches!(f, Value::Function(_)))
                    {
                        self.call(
                            &sa,
                            &[obj.clone(), Value::str(name), value.unwrap_or(Value::None)],
                            &[],
                        )?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, name, value)
            }
            Value::Class(cls) => {
                if let Some(hook) = self.metaclass_set_hook(cls, value.is_some()) {
                    let mut args = vec![obj.clone(), Value::str(name)];
                    args.extend(value);
                    self.call(&hook, &args, &[])?;
                    return Ok(());
                }
                self.set_class_attr(obj, cls, name, value)
            }
            Value::Module(m) => {
                match value {
                    Some(v) => m.dict.set_str(name, v),
                    None => {
                        if m.dict.remove_str(name).is_none() {
                            return Err(self.attribute_error(obj, name));
                        }
                    }
                }
                Ok(())
            }
            Value::Function(f) => {
                match (name, value) {
                    ("__name__", Some(Value::Str(s))) => *f.name.borrow_mut() = s.as_str().into(),
                    ("__qualname__", Some(Value::Str(s))) => {
                        *f.qualname.borrow_mut() = s.as_str().into()
                    }
                    ("__doc__", Some(v)) => *f.doc.borrow_mut() = v,
                    (_, Some(v)) => f.dict.set_str(name, v),
                    (_, None) => {
                        if f.dict.remove_str(name).is_none() {
                            return Err(self.attribute_error(obj, name));
                        }
                    }
                }
                Ok(())
            }
            _ => {
                let cls = self.type_of(obj);
                if let Some(Value::Native(n)) = cls.lookup(name) {
                    if let Some(p) = n.as_any().downcast_ref::<NativeProperty>() {
                        if let Some(set) = p.set {
                            return set(self, obj, value);
                        }
                        return Err(self.error(
                            "AttributeError",
                            format!(
                                "attribute '{}' of '{}' objects is not writable",
                                name,
                                cls.name()
                            ),
                        ));
                    }
                }
                if cls.lookup(name).is_some() {
                    Err(self.error(
                        "AttributeError",
                        format!("'{}' object attribute '{}' is read-only", cls.name(), name),
                    ))
                } else {
                    Err(self.attribute_error(obj, name))
                }
            }
        }
    }
}

/// Whether a class attribute binds to the instance it is found for: a Python function, or a
/// method of a built-in type. A plain built-in function (`time.gmtime`) stored on a class
/// stays as it is, as CPython's builtin_function_or_method has no `__get__`.
pub(crate) fn binds(attr: &Value) -> bool {
    match attr {
        Value::Function(_) => true,
        Value::Builtin(b) => b.owner.is_some() && b.receiver.is_none(),
        _ => false,
    }
}
