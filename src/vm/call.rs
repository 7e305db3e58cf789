//! Calling any callable: Python functions (through the evaluator), built-ins, bound
//! methods, classes (instantiation) and objects with `__call__`.

use super::Vm;
use crate::object::class::Layout;
use crate::object::function::Kwargs;
use crate::object::{Class, Instance, PyDict, PyResult, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static NEW: Rc<PyStr> = crate::object::intern::intern("__new__");
    static INIT: Rc<PyStr> = crate::object::intern::intern("__init__");
}

impl Vm {
    /// `func(*args, **kwargs)`
    pub fn call(&self, func: &Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        match func {
            Value::Function(f) => crate::eval::call_function(self, f, args, kwargs),
            Value::Builtin(b) => match &b.receiver {
                None => (b.func)(self, args, kwargs),
                Some(r) => {
                    let mut full: smallvec::SmallVec<[Value; 4]> =
                        smallvec::SmallVec::with_capacity(args.len() + 1);
                    full.push(r.clone());
                    full.extend(args.iter().cloned());
                    (b.func)(self, &full, kwargs)
                }
            },
            Value::BoundMethod(m) => {
                let mut full: smallvec::SmallVec<[Value; 4]> =
                    smallvec::SmallVec::with_capacity(args.len() + 1);
                full.push(m.receiver.clone());
                full.extend(args.iter().cloned());
                self.call(&m.func, &full, kwargs)
            }
            Value::Class(cls) => {
                let meta = cls.meta.borrow().clone();
                if let Some(meta) = meta {
                    if let Some(call @ Value::Function(_)) = meta.lookup("__call__") {
                        let mut full: smallvec::SmallVec<[Value; 4]> =
                            smallvec::SmallVec::with_capacity(args.len() + 1);
                        full.push(func.clone());
                        full.extend(args.iter().cloned());
                        return self.call(&call, &full, kwargs);
                    }
                }
                self.instantiate(cls, args, kwargs)
            }
            _ => {
                let cls = self.type_of(func);
                match cls.lookup("__call__") {
                    Some(f) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(func.clone());
                        full.extend(args.iter().cloned());
                        self.call(&f, &full, kwargs)
                    }
                    None => Err(self.not_a(func, "is not callable")),
                }
            }
        }
    }

    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => {
                true
            }
            _ => self.type_of(v).lookup("__call__").is_some(),
        }
    }

    /// A bare instance of a user class (no `__init__` run).
    pub fn new_instance(&self, cls: &Rc<Class>) -> Value {
        let exc = if cls.layout == Layout::Exception {
            Some(Box::new(RefCell::new(Default::default())))
        } else {
            None
        };
        Value::Instance(Rc::new(Instance {
            class: RefCell::new(cls.clone()),
            dict: Rc::new(PyDict::with_capacity(cls.instance_size.get() as usize)),
            exc,
            base: None,
        }))
    }

    /// `object.__new__` refuses a class that still has abstract methods (set by
    /// `abc.ABCMeta`, so only classes with a metaclass are looked at).
    pub fn check_instantiable(&self, cls: &Rc<Class>) -> PyResult<()> {
        if cls.meta.borrow().is_none() {
            return Ok(());
        }
        let Some(abstracts) = cls.lookup("__abstractmethods__") else {
            return Ok(());
        };
        let mut names: Vec<String> = self
            .collect(&abstracts)?
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect();
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        Err(self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            cls.name(),
            if names.len() > 1 { "s" } else { "" },
            names.join(", ")
        )))
    }

    /// `cls(*args, **kwargs)`: `__new__` then `__init__`, as `type.__call__` does.
    pub fn instantiate(&self, cls: &Rc<Class>, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        let with_first = |first: Value| {
            let mut full: smallvec::SmallVec<[Value; 4]> =
                smallvec::SmallVec::with_capacity(args.len() + 1);
            full.push(first);
            full.extend(args.iter().cloned());
            full
        };
        let new = NEW.with(|n| cls.lookup_cached(n));
        let object_new = match &new {
            Some(Value::Builtin(b)) => b.owner.as_deref() == Some("object"),
            _ => new.is_none(),
        };
        let obj = if object_new {
            self.check_instantiable(cls)?;
            self.new_instance(cls)
        } else {
            let f = match new
                .as_ref()
                .and_then(|f| f.as_native::<crate::object::descriptor::StaticMethod>())
            {
                Some(sm) => sm.0.clone(),
                None => new.clone().unwrap_or(Value::None),
            };
            let obj = self.call(&f, &with_first(Value::Class(cls.clone())), kwargs)?;
            if cls.is_builtin || !self.isinstance(&obj, cls) {
                return Ok(obj);
            }
            obj
        };
        match INIT.with(|n| cls.lookup_cached(n)) {
            Some(Value::Builtin(b)) if b.owner.as_deref() == Some("object") => {
                let extra = !args.is_empty() || !kwargs.is_empty();
                if object_new && extra {
                    return Err(self.type_error(format!("{}() takes no arguments", cls.name())));
                }
            }
            None => {}
            Some(init) => {
                let r = match &init {
                    // A plain `__init__`: the arguments go straight into its slots.
                    Value::Function(f)
                        if kwargs.is_empty() && f.plain_npos as usize == args.len() + 1 =>
                    {
                        let mut slots = self.take_slots(f.def.scope.nslots as usize);
                        slots[0] = Some(obj.clone());
                        for (s, a) in slots[1..].iter_mut().zip(args) {
                            *s = Some(a.clone());
                        }
                        crate::eval::run_call(self, f, slots)?
                    }
                    _ => self.call(&init, &with_first(obj.clone()), kwargs)?,
                };
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
                if let Value::Instance(i) = &obj {
                    // Capped: one odd instance must not make every later one huge.
                    cls.instance_size.set(i.dict.len().min(32) as u32);
                }
            }
        }
        Ok(obj)
    }

    /// An instance of user class `cls` whose built-in base value is `base`.
    pub fn new_subclass_instance(&self, cls: &Rc<Class>, base: Value) -> Value {
        let exc = if cls.layout == Layout::Exception {
            Some(Box::new(RefCell::new(Default::default())))
        } else {
            None
        };
        Value::Instance(Rc::new(Instance {
            class: RefCell::new(cls.clone()),
            dict: Rc::new(PyDict::new()),
            exc,
            base: Some(base),
        }))
    }

    /// For an instance of a user subclass of a built-in type: its built-in value, when no
    /// user class in its MRO overrides `dunder` (so the built-in behaviour applies).
    pub fn builtin_base(&self, v: &Value, dunder: &str) -> Option<Value> {
        let Value::Instance(i) = v else { return None };
        let base = i.base.as_ref()?;
        // Usually answered by the class's lookup cache: the dunder is the built-in type's
        // own method, or nobody defines it.
        let found = i.class.borrow().lookup(dunder);
        match &found {
            None => return Some(base.clone()),
            Some(Value::Builtin(b))
                if &*b.name == dunder
                    && b.owner.as_deref() == Some(&*self.type_of(base).name()) =>
            {
                return Some(base.clone())
            }
            _ => {}
        }
        for c in i.class().mro_iter() {
            if c.dict.get_str(dunder).is_some() {
                return if c.is_builtin {
                    Some(base.clone())
                } else {
                    None
                };
            }
        }
        Some(base.clone())
    }

    /// The nearest built-in class in `cls`'s MRO.
    pub fn builtin_owner(&self, cls: &Rc<Class>) -> Rc<Class> {
        for c in cls.mro_iter() {
            if c.is_builtin {
                return c;
            }
        }
        self.types.object.clone()
    }
}
