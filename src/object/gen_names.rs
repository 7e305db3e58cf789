//! The names of a generator, coroutine or async generator: `__name__`, `__qualname__` and
//! the name its frame shows in tracebacks.
//!
//! Most generators keep the names their body implies (the `def`'s name and qualname,
//! `<genexpr>`, `<module>`), so only names that differ are stored: one pointer per
//! generator instead of three strings.

use std::cell::Cell;
use std::rc::Rc;

/// The names a body implies: `__name__` (also the frame's name) and `__qualname__`.
pub struct Defaults {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
}

/// Names that differ from the body's own, set at creation or by assignment.
#[derive(Clone)]
struct Renamed {
    name: Rc<str>,
    qualname: Rc<str>,
    /// The name the frame was created with (renaming the generator does not change it).
    frame: Rc<str>,
}

/// A generator's names: the body's defaults unless renamed.
#[derive(Default)]
pub struct GenNames(Cell<Option<Box<Renamed>>>);

fn same(a: &Rc<str>, b: &Rc<str>) -> bool {
    Rc::ptr_eq(a, b) || a == b
}

impl GenNames {
    /// Names `name`/`qualname` (the frame's name is `name`) for a body implying
    /// `defaults`; stores nothing when they are the same.
    pub fn new(name: &Rc<str>, qualname: &Rc<str>, defaults: Defaults) -> GenNames {
        if same(name, &defaults.name) && same(qualname, &defaults.qualname) {
            return GenNames::default();
        }
        GenNames(Cell::new(Some(Box::new(Renamed {
            name: name.clone(),
            qualname: qualname.clone(),
            frame: name.clone(),
        }))))
    }

    fn read<R>(&self, f: impl FnOnce(Option<&Renamed>) -> R) -> R {
        let r = self.0.take();
        let out = f(r.as_deref());
        self.0.set(r);
        out
    }

    pub fn name(&self, defaults: impl FnOnce() -> Defaults) -> Rc<str> {
        self.read(|r| r.map(|r| r.name.clone()))
            .unwrap_or_else(|| defaults().name)
    }

    pub fn qualname(&self, defaults: impl FnOnce() -> Defaults) -> Rc<str> {
        self.read(|r| r.map(|r| r.qualname.clone()))
            .unwrap_or_else(|| defaults().qualname)
    }

    /// The name the frame shows in tracebacks.
    pub fn frame_name(&self, default_name: impl FnOnce() -> Rc<str>) -> Rc<str> {
        self.read(|r| r.map(|r| r.frame.clone()))
            .unwrap_or_else(default_name)
    }

    /// Replace the name (`qual` false) or the qualname (`qual` true).
    pub fn set(&self, qual: bool, value: Rc<str>, defaults: impl FnOnce() -> Defaults) {
        let mut r = self.0.take().unwrap_or_else(|| {
            let d = defaults();
            Box::new(Renamed {
                frame: d.name.clone(),
                name: d.name,
                qualname: d.qualname,
            })
        });
        if qual {
            r.qualname = value;
        } else {
            r.name = value;
        }
        self.0.set(Some(r));
    }

    /// A copy (for the generator a pending close keeps alive).
    pub fn duplicate(&self) -> GenNames {
        GenNames(Cell::new(self.read(|r| r.map(|r| Box::new(r.clone())))))
    }
}
