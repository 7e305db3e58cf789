//! `asyncio.Queue`, `LifoQueue` and `PriorityQueue`: the items, the getter and putter
//! futures, the unfinished-task count and the loop binding, with CPython's methods,
//! errors and reprs. `put`, `get` and `join` return the native awaitables of
//! `queue_op.rs`.
//!
//! A Python subclass that overrides one of the storage hooks (`_init`, `_put`, `_get`,
//! `qsize`, `empty`, `full`, `put_nowait`, `get_nowait`) has every hook called through
//! Python, as CPython's pure-Python queue does; the inherited defaults then work on what
//! the subclass stored as `self._queue`, if it did.

use super::future::future_of;
use super::queue_op::{OpKind, QueueOp};
use super::{check_kwargs, classes, def, heap, kwarg, prop};
use crate::ast::CmpOp;
use crate::builtins::reg;
use crate::object::{Class, NativeObject, PyDict, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Fifo,
    Lifo,
    Priority,
}

pub struct QueueObj {
    kind: Kind,
    /// The native class (Queue, LifoQueue or PriorityQueue), kept for `type()`.
    class: Rc<Class>,
    maxsize: RefCell<Value>,
    items: RefCell<VecDeque<Value>>,
    /// What a subclass's `_init` stored as `self._queue` (None: `items`).
    custom: RefCell<Option<Value>>,
    /// The class overrides a storage hook: call the hooks through Python.
    hooked: Cell<bool>,
    pub getters: RefCell<VecDeque<Value>>,
    pub putters: RefCell<VecDeque<Value>>,
    unfinished: Cell<i64>,
    /// The futures of `join()` calls waiting for the unfinished count to reach 0.
    pub joiners: RefCell<Vec<Value>>,
    loop_: RefCell<Value>,
    /// The loop `join()` is bound to (CPython's `_finished` Event binds on its own).
    join_loop: RefCell<Value>,
}

impl NativeObject for QueueObj {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        repr_of(vm, this, true)
    }
    fn str(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        repr_of(vm, this, false)
    }
}

/// The Python classes `_setup_queue` registers: QueueEmpty, QueueFull, and
/// `_get_running_loop`.
struct QueueHooks {
    empty: Rc<Class>,
    full: Rc<Class>,
    running_loop: Value,
}

thread_local! {
    static HOOKS: RefCell<Option<Rc<QueueHooks>>> = const { RefCell::new(None) };
}

fn queue_hooks(vm: &Vm) -> PyResult<Rc<QueueHooks>> {
    HOOKS
        .with(|h| h.borrow().clone())
        .ok_or_else(|| vm.runtime_error("_asyncio queues are not set up (import asyncio first)"))
}

/// The hooks a subclass may override; any override sends every hook through Python.
const HOOKS_NAMES: [&str; 8] = [
    "_init",
    "_put",
    "_get",
    "qsize",
    "empty",
    "full",
    "put_nowait",
    "get_nowait",
];

/// The native queue behind `v` (itself, or the base of a subclass instance).
pub fn queue_of(v: &Value) -> Option<&QueueObj> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<QueueObj>(),
        Value::Instance(i) => i.base.as_ref()?.as_native::<QueueObj>(),
        _ => None,
    }
}

fn q<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a QueueObj> {
    queue_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{what}' requires a 'Queue' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

fn truthy_call(vm: &Vm, this: &Value, name: &str) -> PyResult<bool> {
    let r = vm.call_method(this, name, &[])?;
    vm.truthy(&r)
}

/// The native class of a queue of this kind.
fn kind_class(vm: &Vm, kind: Kind) -> Rc<Class> {
    let c = classes(vm);
    match kind {
        Kind::Fifo => c.queue.clone(),
        Kind::Lifo => c.lifo_queue.clone(),
        Kind::Priority => c.priority_queue.clone(),
    }
}

impl QueueObj {
    fn new(kind: Kind, class: Rc<Class>) -> QueueObj {
        QueueObj {
            kind,
            class,
            maxsize: RefCell::new(Value::Int(0)),
            items: RefCell::new(VecDeque::new()),
            custom: RefCell::new(None),
            hooked: Cell::new(false),
            getters: RefCell::new(VecDeque::new()),
            putters: RefCell::new(VecDeque::new()),
            unfinished: Cell::new(0),
            joiners: RefCell::new(Vec::new()),
            loop_: RefCell::new(Value::None),
            join_loop: RefCell::new(Value::None),
        }
    }

    /// `__init__(maxsize=0)`.
    fn init(&self, vm: &Vm, this: &Value, maxsize: Value) -> PyResult<()> {
        *self.maxsize.borrow_mut() = maxsize.clone();
        self.getters.borrow_mut().clear();
        self.putters.borrow_mut().clear();
        self.unfinished.set(0);
        self.joiners.borrow_mut().clear();
        self.hooked.set(overrides_hooks(vm, this));
        if self.hooked.get() {
            vm.call_method(this, "_init", &[maxsize])?;
        } else {
            self.default_init();
        }
        Ok(())
    }

    fn default_init(&self) {
        *self.custom.borrow_mut() = None;
        self.items.borrow_mut().clear();
    }

    // ---- the storage hooks: through Python when hooked, else the defaults ----

    pub fn qsize(&self, vm: &Vm, this: &Value) -> PyResult<Value> {
        if self.hooked.get() {
            return vm.call_method(this, "qsize", &[]);
        }
        self.default_qsize(vm)
    }

    fn default_qsize(&self, vm: &Vm) -> PyResult<Value> {
        let custom = self.custom.borrow().clone();
        match custom {
            Some(c) => Ok(Value::Int(vm.len(&c)? as i64)),
            None => Ok(Value::Int(self.items.borrow().len() as i64)),
        }
    }

    pub fn empty(&self, vm: &Vm, this: &Value) -> PyResult<bool> {
        if self.hooked.get() {
            return truthy_call(vm, this, "empty");
        }
        self.default_empty(vm)
    }

    fn default_empty(&self, vm: &Vm) -> PyResult<bool> {
        let custom = self.custom.borrow().clone();
        match custom {
            Some(c) => Ok(!vm.truthy(&c)?),
            None => Ok(self.items.borrow().is_empty()),
        }
    }

    pub fn full(&self, vm: &Vm, this: &Value) -> PyResult<bool> {
        if self.hooked.get() {
            return truthy_call(vm, this, "full");
        }
        self.default_full(vm, this)
    }

    fn default_full(&self, vm: &Vm, this: &Value) -> PyResult<bool> {
        let maxsize = self.maxsize.borrow().clone();
        if let (Value::Int(m), false) = (&maxsize, self.hooked.get()) {
            if *m <= 0 {
                return Ok(false);
            }
            if self.custom.borrow().is_none() {
                return Ok(self.items.borrow().len() as i64 >= *m);
            }
        }
        let r = vm.compare(CmpOp::LtE, &maxsize, &Value::Int(0))?;
        if vm.truthy(&r)? {
            return Ok(false);
        }
        let n = self.qsize(vm, this)?;
        let r = vm.compare(CmpOp::GtE, &n, &maxsize)?;
        vm.truthy(&r)
    }

    fn put_item(&self, vm: &Vm, this: &Value, item: Value) -> PyResult<()> {
        if self.hooked.get() {
            vm.call_method(this, "_put", &[item])?;
            return Ok(());
        }
        self.default_put(vm, item)
    }

    fn default_put(&self, vm: &Vm, item: Value) -> PyResult<()> {
        let custom = self.custom.borrow().clone();
        if let Some(c) = custom {
            if self.kind == Kind::Priority {
                return with_list(vm, &c, |heap| heap::push(vm, heap, item));
            }
            vm.call_method(&c, "append", &[item])?;
            return Ok(());
        }
        if self.kind == Kind::Priority {
            let mut heap = std::mem::take(&mut *self.items.borrow_mut());
            let r = heap::push(vm, &mut heap, item);
            self.restore(heap);
            return r;
        }
        self.items.borrow_mut().push_back(item);
        Ok(())
    }

    fn get_item(&self, vm: &Vm, this: &Value) -> PyResult<Value> {
        if self.hooked.get() {
            return vm.call_method(this, "_get", &[]);
        }
        self.default_get(vm)
    }

    fn default_get(&self, vm: &Vm) -> PyResult<Value> {
        let custom = self.custom.borrow().clone();
        if let Some(c) = custom {
            return match self.kind {
                Kind::Fifo => vm.call_method(&c, "popleft", &[]),
                Kind::Lifo => vm.call_method(&c, "pop", &[]),
                Kind::Priority => with_list(vm, &c, |heap| {
                    if heap.is_empty() {
                        return Err(vm.error("IndexError", "index out of range"));
                    }
                    heap::pop(vm, heap)
                }),
            };
        }
        let empty_error = |vm: &Vm| match self.kind {
            Kind::Fifo => vm.error("IndexError", "pop from an empty deque"),
            _ => vm.error("IndexError", "pop from empty list"),
        };
        match self.kind {
            Kind::Fifo => self
                .items
                .borrow_mut()
                .pop_front()
                .ok_or_else(|| empty_error(vm)),
            Kind::Lifo => self
                .items
                .borrow_mut()
                .pop_back()
                .ok_or_else(|| empty_error(vm)),
            Kind::Priority => {
                let mut heap = std::mem::take(&mut *self.items.borrow_mut());
                if heap.is_empty() {
                    return Err(vm.error("IndexError", "index out of range"));
                }
                let r = heap::pop(vm, &mut heap);
                self.restore(heap);
                r
            }
        }
    }

    /// Put the heap back, after items Python code added meanwhile (if any).
    fn restore(&self, mut heap: VecDeque<Value>) {
        let mut items = self.items.borrow_mut();
        heap.extend(items.drain(..));
        *items = heap;
    }

    // ---- the public operations ----

    /// `put_nowait(item)`.
    pub fn put_nowait(&self, vm: &Vm, this: &Value, item: Value) -> PyResult<()> {
        if self.hooked.get() {
            vm.call_method(this, "put_nowait", &[item])?;
            return Ok(());
        }
        self.default_put_nowait(vm, this, item)
    }

    fn default_put_nowait(&self, vm: &Vm, this: &Value, item: Value) -> PyResult<()> {
        if self.full(vm, this)? {
            return Err(vm.raise_new(queue_hooks(vm)?.full.clone(), vec![]));
        }
        self.put_item(vm, this, item)?;
        self.unfinished.set(self.unfinished.get() + 1);
        wakeup_next(vm, &self.getters)
    }

    /// `get_nowait()`.
    pub fn get_nowait(&self, vm: &Vm, this: &Value) -> PyResult<Value> {
        if self.hooked.get() {
            return vm.call_method(this, "get_nowait", &[]);
        }
        self.default_get_nowait(vm, this)
    }

    fn default_get_nowait(&self, vm: &Vm, this: &Value) -> PyResult<Value> {
        if self.empty(vm, this)? {
            return Err(vm.raise_new(queue_hooks(vm)?.empty.clone(), vec![]));
        }
        let item = self.get_item(vm, this)?;
        wakeup_next(vm, &self.putters)?;
        Ok(item)
    }

    fn task_done(&self, vm: &Vm) -> PyResult<()> {
        if self.unfinished.get() <= 0 {
            return Err(vm.value_error("task_done() called too many times"));
        }
        self.unfinished.set(self.unfinished.get() - 1);
        if self.unfinished.get() == 0 {
            let joiners = self.joiners.borrow().clone();
            for f in joiners {
                if !fut_done(vm, &f)? {
                    vm.call_method(&f, "set_result", &[Value::Bool(true)])?;
                }
            }
        }
        Ok(())
    }

    pub fn unfinished(&self) -> i64 {
        self.unfinished.get()
    }

    /// `_get_loop()`: bind to the running loop on first use; a future for it to wait on.
    pub fn new_waiter(&self, vm: &Vm, this: &Value, for_join: bool) -> PyResult<Value> {
        let h = queue_hooks(vm)?;
        let running = vm.call(&h.running_loop, &[], &[])?;
        let slot = if for_join {
            &self.join_loop
        } else {
            &self.loop_
        };
        if slot.borrow().is_none() {
            *slot.borrow_mut() = running.clone();
        }
        if !running.is(&slot.borrow()) {
            let who = if for_join {
                "<asyncio.locks.Event object>".to_string()
            } else {
                vm.repr(this)?
            };
            return Err(vm.runtime_error(format!("{who} is bound to a different event loop")));
        }
        vm.call_method(&running, "create_future", &[])
    }
}

/// Run `f` on the items of a Python list (a subclass's `_queue`), as heapq requires.
fn with_list<T>(
    vm: &Vm,
    c: &Value,
    f: impl FnOnce(&mut VecDeque<Value>) -> PyResult<T>,
) -> PyResult<T> {
    let Value::List(l) = c else {
        return Err(vm.type_error("heap argument must be a list"));
    };
    let mut heap: VecDeque<Value> = std::mem::take(&mut *l.items.borrow_mut()).into();
    let r = f(&mut heap);
    let mut items = l.items.borrow_mut();
    let added = std::mem::take(&mut *items);
    heap.extend(added);
    *items = heap.into();
    r
}

/// True when `fut.done()`.
pub fn fut_done(vm: &Vm, f: &Value) -> PyResult<bool> {
    match future_of(f) {
        Some(fo) if matches!(f, Value::Native(_)) => Ok(fo.done()),
        _ => truthy_call(vm, f, "done"),
    }
}

/// `_wakeup_next(waiters)`: give `None` to the first waiter not yet done.
pub fn wakeup_next(vm: &Vm, waiters: &RefCell<VecDeque<Value>>) -> PyResult<()> {
    loop {
        let Some(w) = waiters.borrow_mut().pop_front() else {
            return Ok(());
        };
        if let (Value::Native(_), Some(fo)) = (&w, future_of(&w)) {
            if !fo.done() {
                return fo.set_result(vm, &w, Value::None);
            }
            continue;
        }
        if !truthy_call(vm, &w, "done")? {
            vm.call_method(&w, "set_result", &[Value::None])?;
            return Ok(());
        }
    }
}

/// Does the class of `this` (a Python subclass) override one of the storage hooks?
fn overrides_hooks(vm: &Vm, this: &Value) -> bool {
    let Value::Instance(i) = this else {
        return false;
    };
    let own = classes(vm).queue.clone();
    let cls = i.class();
    HOOKS_NAMES
        .iter()
        .any(|name| match (cls.lookup(name), own.dict.get_str(name)) {
            (Some(a), Some(b)) => !a.is(&b),
            _ => true,
        })
}

/// CPython's `_format()`: `maxsize=N _queue=[...] _getters[N] _putters[N] tasks=N`.
fn format(vm: &Vm, this: &Value) -> PyResult<String> {
    let qo = q(vm, this, "_format")?;
    let mut out = format!("maxsize={}", vm.repr(&qo.maxsize.borrow().clone())?);
    let queue = vm.getattr_opt(this, "_queue")?.unwrap_or(Value::None);
    if vm.truthy(&queue)? {
        let items = vm.collect(&queue)?;
        out += &format!(" _queue={}", vm.repr(&Value::list(items))?);
    }
    let g = qo.getters.borrow().len();
    if g > 0 {
        out += &format!(" _getters[{g}]");
    }
    let p = qo.putters.borrow().len();
    if p > 0 {
        out += &format!(" _putters[{p}]");
    }
    if qo.unfinished.get() != 0 {
        out += &format!(" tasks={}", qo.unfinished.get());
    }
    Ok(out)
}

fn repr_of(vm: &Vm, this: &Value, with_id: bool) -> PyResult<String> {
    let name = vm.type_name(this);
    let body = format(vm, this)?;
    if with_id {
        let id = this.heap_ptr().unwrap_or(0);
        Ok(format!("<{name} at {id:#x} {body}>"))
    } else {
        Ok(format!("<{name} {body}>"))
    }
}

fn op(this: &Value, kind: OpKind) -> Value {
    Value::Native(Rc::new(QueueOp::new(this.clone(), kind)))
}

/// `Queue(maxsize=0)`'s argument.
fn maxsize_arg(vm: &Vm, a: &[Value], kw: crate::object::function::Kwargs) -> PyResult<Value> {
    check_kwargs(vm, "Queue.__init__", kw, &["maxsize"])?;
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "Queue.__init__() takes from 1 to 2 positional arguments but {} were given",
            a.len() + 1
        )));
    }
    Ok(a.first()
        .cloned()
        .or_else(|| kwarg(kw, "maxsize"))
        .unwrap_or(Value::Int(0)))
}

fn one_arg<'a>(vm: &Vm, a: &'a [Value], name: &str, param: &str) -> PyResult<&'a Value> {
    match a.len() {
        2 => Ok(&a[1]),
        n if n < 2 => Err(vm.type_error(format!(
            "Queue.{name}() missing 1 required positional argument: '{param}'"
        ))),
        n => Err(vm.type_error(format!(
            "Queue.{name}() takes 2 positional arguments but {n} were given"
        ))),
    }
}

fn no_args(vm: &Vm, a: &[Value], name: &str) -> PyResult<()> {
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "Queue.{name}() takes 1 positional argument but {} were given",
            a.len()
        )));
    }
    Ok(())
}

/// `Queue[int]`: a generic alias, shown as `asyncio.queues.Queue[int]`.
fn class_getitem(vm: &Vm, a: &[Value]) -> PyResult<Value> {
    let (Some(Value::Class(cls)), Some(key)) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("__class_getitem__() takes exactly one argument"));
    };
    let module = match cls.dict.get_str("__module__") {
        Some(m) => vm.to_str(&m)?,
        None => cls.module.to_string(),
    };
    vm.generic_alias(cls, &format!("{module}.{}", cls.qualname()), key)
}

pub fn install(c: &super::Classes, d: &Rc<PyDict>) {
    let t = &c.queue;
    for (cls, kind) in [
        (&c.queue, Kind::Fifo),
        (&c.lifo_queue, Kind::Lifo),
        (&c.priority_queue, Kind::Priority),
    ] {
        cls.dict.set_str("__module__", Value::str("asyncio.queues"));
        def(cls, "__new__", move |vm, a, kw| {
            let cls = match a.first() {
                Some(Value::Class(c)) => c.clone(),
                _ => return Err(vm.type_error("Queue.__new__(X): X is not a type object")),
            };
            let own = kind_class(vm, kind);
            let native = Value::Native(Rc::new(QueueObj::new(kind, own.clone())));
            if Rc::ptr_eq(&cls, &own) {
                // A built-in type's `__init__` is not run for it: initialise here.
                let maxsize = maxsize_arg(vm, &a[1..], kw)?;
                q(vm, &native, "__init__")?.init(vm, &native, maxsize)?;
                return Ok(native);
            }
            if !cls.is_subclass(&own) {
                return Err(vm.type_error(format!(
                    "{}.__new__({}): {} is not a subtype of {}",
                    own.name(),
                    cls.name(),
                    cls.name(),
                    own.name()
                )));
            }
            Ok(vm.new_subclass_instance(&cls, native))
        });
    }
    def(t, "__init__", |vm, a, kw| {
        if matches!(&a[0], Value::Instance(_)) {
            let maxsize = maxsize_arg(vm, &a[1..], kw)?;
            q(vm, &a[0], "__init__")?.init(vm, &a[0], maxsize)?;
        }
        Ok(Value::None)
    });
    def(t, "__repr__", |vm, a, _| {
        Ok(Value::string(repr_of(vm, &a[0], true)?))
    });
    def(t, "__str__", |vm, a, _| {
        Ok(Value::string(repr_of(vm, &a[0], false)?))
    });
    def(t, "_format", |vm, a, _| {
        Ok(Value::string(format(vm, &a[0])?))
    });
    def(t, "_init", |vm, a, _| {
        let qo = q(vm, &a[0], "_init")?;
        one_arg(vm, a, "_init", "maxsize")?;
        if qo.hooked.get() {
            // A subclass may use `self._queue` itself: give it a real container, as
            // CPython's (a deque for Queue, a list for LifoQueue and PriorityQueue).
            let store = if qo.kind == Kind::Fifo {
                let m = vm.import_module("collections")?;
                let deque = vm.getattr(&m, "deque")?;
                vm.call(&deque, &[], &[])?
            } else {
                Value::list(vec![])
            };
            qo.items.borrow_mut().clear();
            *qo.custom.borrow_mut() = Some(store);
        } else {
            qo.default_init();
        }
        Ok(Value::None)
    });
    def(t, "_put", |vm, a, _| {
        let item = one_arg(vm, a, "_put", "item")?.clone();
        q(vm, &a[0], "_put")?.default_put(vm, item)?;
        Ok(Value::None)
    });
    def(t, "_get", |vm, a, _| {
        no_args(vm, a, "_get")?;
        q(vm, &a[0], "_get")?.default_get(vm)
    });
    def(t, "qsize", |vm, a, _| {
        no_args(vm, a, "qsize")?;
        q(vm, &a[0], "qsize")?.default_qsize(vm)
    });
    def(t, "empty", |vm, a, _| {
        no_args(vm, a, "empty")?;
        Ok(Value::Bool(q(vm, &a[0], "empty")?.default_empty(vm)?))
    });
    def(t, "full", |vm, a, _| {
        no_args(vm, a, "full")?;
        Ok(Value::Bool(q(vm, &a[0], "full")?.default_full(vm, &a[0])?))
    });
    def(t, "put_nowait", |vm, a, _| {
        let item = one_arg(vm, a, "put_nowait", "item")?.clone();
        q(vm, &a[0], "put_nowait")?.default_put_nowait(vm, &a[0], item)?;
        Ok(Value::None)
    });
    def(t, "get_nowait", |vm, a, _| {
        no_args(vm, a, "get_nowait")?;
        q(vm, &a[0], "get_nowait")?.default_get_nowait(vm, &a[0])
    });
    def(t, "put", |vm, a, _| {
        let item = one_arg(vm, a, "put", "item")?.clone();
        q(vm, &a[0], "put")?;
        Ok(op(&a[0], OpKind::Put(item)))
    });
    def(t, "get", |vm, a, _| {
        no_args(vm, a, "get")?;
        q(vm, &a[0], "get")?;
        Ok(op(&a[0], OpKind::Get))
    });
    def(t, "join", |vm, a, _| {
        no_args(vm, a, "join")?;
        q(vm, &a[0], "join")?;
        Ok(op(&a[0], OpKind::Join))
    });
    def(t, "task_done", |vm, a, _| {
        no_args(vm, a, "task_done")?;
        q(vm, &a[0], "task_done")?.task_done(vm)?;
        Ok(Value::None)
    });
    let getitem = crate::object::function::BuiltinFunction::new("__class_getitem__", |vm, a, _| {
        class_getitem(vm, a)
    });
    t.dict.set_str(
        "__class_getitem__",
        Value::Native(Rc::new(crate::object::descriptor::ClassMethod(
            Value::Builtin(Rc::new(getitem)),
        ))),
    );
    prop(
        t,
        "maxsize",
        |vm, v| Ok(q(vm, v, "maxsize")?.maxsize.borrow().clone()),
        None,
    );
    prop(
        t,
        "_maxsize",
        |vm, v| Ok(q(vm, v, "_maxsize")?.maxsize.borrow().clone()),
        Some(|vm, v, new| {
            *q(vm, v, "_maxsize")?.maxsize.borrow_mut() = new.unwrap_or(Value::None);
            Ok(())
        }),
    );
    prop(
        t,
        "_queue",
        |vm, v| {
            let qo = q(vm, v, "_queue")?;
            let custom = qo.custom.borrow().clone();
            Ok(custom.unwrap_or_else(|| Value::list(qo.items.borrow().iter().cloned().collect())))
        },
        Some(|vm, v, new| {
            let qo = q(vm, v, "_queue")?;
            qo.items.borrow_mut().clear();
            *qo.custom.borrow_mut() = new;
            Ok(())
        }),
    );
    prop(
        t,
        "_getters",
        |vm, v| {
            let qo = q(vm, v, "_getters")?;
            Ok(Value::list(qo.getters.borrow().iter().cloned().collect()))
        },
        None,
    );
    prop(
        t,
        "_putters",
        |vm, v| {
            let qo = q(vm, v, "_putters")?;
            Ok(Value::list(qo.putters.borrow().iter().cloned().collect()))
        },
        None,
    );
    prop(
        t,
        "_unfinished_tasks",
        |vm, v| Ok(Value::Int(q(vm, v, "_unfinished_tasks")?.unfinished.get())),
        None,
    );
    prop(
        t,
        "_loop",
        |vm, v| Ok(q(vm, v, "_loop")?.loop_.borrow().clone()),
        None,
    );
    reg(d, "_setup_queue", |vm, a, _| {
        if a.len() != 3 {
            return Err(vm.type_error("_setup_queue() takes 3 arguments"));
        }
        let class = |v: &Value| match v {
            Value::Class(c) => Ok(c.clone()),
            _ => Err(vm.type_error("_setup_queue(): expected a class")),
        };
        let h = QueueHooks {
            empty: class(&a[0])?,
            full: class(&a[1])?,
            running_loop: a[2].clone(),
        };
        HOOKS.with(|x| *x.borrow_mut() = Some(Rc::new(h)));
        Ok(Value::None)
    });
}
