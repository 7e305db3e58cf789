//! The interpreter state shared by the evaluator, the built-in types and the modules:
//! the type objects, the builtins namespace, `sys.modules`, the recursion guard, the
//! stack of exceptions being handled, and the buffered standard output.

pub mod attr;
pub mod c_type_names;
pub mod call;
pub mod clock;
pub mod errors;
pub mod items;
pub mod ops;
pub mod protocol;
pub mod text;
pub mod types;

use crate::object::{Class, PyDict, PyErr, Value};
use crate::source::SourceFile;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

pub use types::Types;

/// One running frame as `Vm::frame_stack` records it: a pointer to the frame, which gives
/// its file, its function's name (`<module>` for a module body) and its current line.
pub struct FrameMark {
    pub frame: *const crate::eval::Frame,
}

impl FrameMark {
    fn location(&self) -> (Rc<SourceFile>, u32, Rc<str>) {
        // Safety: entries are removed before their frames end or move (see
        // `run_frame_body`), and a running frame's file and name never change.
        let f = unsafe { &*self.frame };
        (f.source.clone(), f.line.get(), f.name.clone())
    }
}

pub struct Vm {
    pub types: Types,
    pub exceptions: HashMap<&'static str, Rc<Class>>,
    pub builtins: Rc<PyDict>,
    /// `sys.modules`
    pub modules: Rc<PyDict>,
    /// Classes of native objects, created on first use (looked up on every method call on
    /// a native object, hence the cheap hasher).
    pub native_classes: RefCell<HashMap<&'static str, Rc<Class>, NameHasherBuilder>>,
    /// The `native_classes` entry found last: its name's address and length, and the class.
    last_native: RefCell<Option<(usize, usize, Rc<Class>)>>,
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// The lowest native stack address the evaluator may reach before raising RecursionError.
    pub stack_limit: Cell<usize>,
    /// Exceptions currently being handled (innermost last): `sys.exc_info()`, bare `raise`,
    /// and the implicit `__context__` of new exceptions.
    pub handling: RefCell<Vec<PyErr>>,
    pub argv: RefCell<Vec<String>>,
    /// The directory of the main script, searched by `import`.
    pub script_dir: RefCell<Option<std::path::PathBuf>>,
    stdout: RefCell<Vec<u8>>,
    pub stdout_is_tty: bool,
    /// Sources of the modules being run, for tracebacks.
    pub main_source: RefCell<Option<Rc<SourceFile>>>,
    /// Containers whose repr is being built (to print `[...]` for cycles).
    pub repr_stack: RefCell<Vec<usize>>,
    pub clock: clock::Clock,
    /// Green threads and their scheduling.
    pub sched: crate::runtime::Scheduler,
    /// This interpreter, for the places that must keep it alive (thread fibers).
    pub self_ref: RefCell<std::rc::Weak<Vm>>,
    /// Set once any class gets a descriptor or special method after its creation: the
    /// instance-dict-first attribute fast path is then off for good.
    pub classes_patched: Cell<bool>,
    /// The running frames of the current thread, innermost last: what `warnings` and
    /// `logging` report as the caller's location. Each entry lives exactly as long as its
    /// frame's `run_frame_body` call.
    pub frame_stack: RefCell<Vec<FrameMark>>,
    /// One code object per function definition (`f.__code__ is gen.gi_code`).
    pub code_cache: RefCell<HashMap<usize, Value>>,
    /// Slot vectors of finished calls, reused by the next calls.
    slot_pool: RefCell<Vec<Vec<Option<Value>>>>,
    /// Emptied resume stacks of paused generators, reused when they resume.
    resume_pool: RefCell<Vec<Vec<crate::eval::Resume>>>,
}

impl Vm {
    pub fn new() -> Rc<Vm> {
        let (types, exceptions) = types::create();
        let vm = Rc::new(Vm {
            types,
            exceptions,
            builtins: Rc::new(PyDict::new()),
            modules: Rc::new(PyDict::new()),
            native_classes: RefCell::new(HashMap::default()),
            last_native: RefCell::new(None),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            stack_limit: Cell::new(0),
            handling: RefCell::new(Vec::new()),
            argv: RefCell::new(Vec::new()),
            script_dir: RefCell::new(None),
            stdout: RefCell::new(Vec::new()),
            stdout_is_tty: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            main_source: RefCell::new(None),
            repr_stack: RefCell::new(Vec::new()),
            slot_pool: RefCell::new(Vec::new()),
            resume_pool: RefCell::new(Vec::new()),
            code_cache: RefCell::new(HashMap::new()),
            frame_stack: RefCell::new(Vec::new()),
            classes_patched: Cell::new(false),
            sched: Default::default(),
            self_ref: RefCell::new(std::rc::Weak::new()),
            clock: clock::Clock::new(
                std::env::var("PYCO_VIRTUAL_TIME")
                    .map(|v| v == "1")
                    .unwrap_or(false),
            ),
        });
        *vm.self_ref.borrow_mut() = Rc::downgrade(&vm);
        crate::builtins::install(&vm);
        vm
    }

    /// `n` empty local slots, reusing a finished call's vector when one is free.
    #[inline]
    pub fn take_slots(&self, n: usize) -> Vec<Option<Value>> {
        let mut v = self.slot_pool.borrow_mut().pop().unwrap_or_default();
        v.resize_with(n, || None);
        v
    }
    #[inline]
    pub fn recycle_slots(&self, mut v: Vec<Option<Value>>) {
        v.clear();
        let mut pool = self.slot_pool.borrow_mut();
        if pool.len() < 256 {
            pool.push(v);
        }
    }

    /// An empty resume stack, reusing a paused generator's when one is free.
    #[inline]
    pub fn take_resume(&self) -> Vec<crate::eval::Resume> {
        self.resume_pool.borrow_mut().pop().unwrap_or_default()
    }
    #[inline]
    pub fn recycle_resume(&self, mut v: Vec<crate::eval::Resume>) {
        v.clear();
        let mut pool = self.resume_pool.borrow_mut();
        if pool.len() < 256 && v.capacity() > 0 {
            pool.push(v);
        }
    }

    /// The file, current line and function name of the frame `depth` levels up from the
    /// innermost one.
    pub fn caller_location(&self, depth: usize) -> Option<(Rc<SourceFile>, u32, Rc<str>)> {
        let stack = self.frame_stack.borrow();
        stack.iter().rev().nth(depth).map(FrameMark::location)
    }

    /// File, current line and function name of every running frame, outermost first.
    pub fn stack_locations(&self) -> Vec<(Rc<SourceFile>, u32, Rc<str>)> {
        self.frame_stack
            .borrow()
            .iter()
            .map(FrameMark::location)
            .collect()
    }

    /// `time.sleep`: output written so far is shown before waiting.
    pub fn sleep(&self, secs: f64) {
        if !self.clock.virtual_mode {
            self.flush_stdout();
        }
        self.clock.sleep(secs);
    }

    /// Write to standard output through pyco's buffer.
    pub fn write_stdout(&self, s: &str) {
        let mut buf = self.stdout.borrow_mut();
        buf.extend_from_slice(s.as_bytes());
        if self.stdout_is_tty || buf.len() > 1 << 16 {
            let _ = std::io::stdout().write_all(&buf);
            let _ = std::io::stdout().flush();
            buf.clear();
        }
    }
    pub fn flush_stdout(&self) {
        let mut buf = self.stdout.borrow_mut();
        if !buf.is_empty() {
            let _ = std::io::stdout().write_all(&buf);
            buf.clear();
        }
        let _ = std::io::stdout().flush();
    }
    /// Write to standard error (after flushing standard output, to keep their order).
    pub fn write_stderr(&self, s: &str) {
        self.flush_stdout();
        let _ = std::io::stderr().write_all(s.as_bytes());
        let _ = std::io::stderr().flush();
    }

    /// The class of a native object type, created on first use.
    pub fn native_class(&self, name: &'static str) -> Rc<Class> {
        // A map entry never changes once made, so the entry found last for the same
        // string (same address and length) is still the answer.
        if let Some((p, n, c)) = &*self.last_native.borrow() {
            if *p == name.as_ptr() as usize && *n == name.len() {
                return c.clone();
            }
        }
        if let Some(c) = self.native_classes.borrow().get(name) {
            *self.last_native.borrow_mut() = Some((name.as_ptr() as usize, name.len(), c.clone()));
            return c.clone();
        }
        // The file types CPython writes in its `_io` module.
        let module = match name {
            "TextIOWrapper" | "BufferedReader" => "_io",
            _ => "builtins",
        };
        let c = types::new_class(name, module, &[self.types.object.clone()], true);
        self.native_classes.borrow_mut().insert(name, c.clone());
        c
    }

    /// Look up a builtin by name.
    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.builtins.get_str(name)
    }
}

/// A fast hasher for short, trusted keys (type names): no protection against collisions
/// chosen by an attacker is needed there.
#[derive(Default)]
pub struct NameHasher(u64);
impl std::hash::Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}
pub type NameHasherBuilder = std::hash::BuildHasherDefault<NameHasher>;

impl Drop for Vm {
    fn drop(&mut self) {
        self.flush_stdout();
    }
}
