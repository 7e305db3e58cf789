//! Symbol tables: what each scope binds, uses and declares, gathered in a first walk.

use crate::ast::{Ident, NameLoc};
use indexmap::IndexMap;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

pub const ASSIGN: u8 = 1;
pub const PARAM: u8 = 2;
pub const GLOBAL: u8 = 4;
pub const NONLOCAL: u8 = 8;
pub const USE: u8 = 16;
/// Captured by an inner scope.
pub const CELL: u8 = 32;
/// Comes from an enclosing scope.
pub const FREE: u8 = 64;

pub struct ScopeTable {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    pub symbols: IndexMap<Ident, u8>,
    pub params: Vec<Ident>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub qualname: Rc<str>,
    /// Filled by `analyze`: where each name lives.
    pub locs: HashMap<Ident, NameLoc>,
    pub info: crate::ast::ScopeInfo,
}

impl ScopeTable {
    pub fn new(kind: ScopeKind, parent: Option<usize>, qualname: Rc<str>) -> ScopeTable {
        ScopeTable {
            kind,
            parent,
            symbols: IndexMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            qualname,
            locs: HashMap::new(),
            info: Default::default(),
        }
    }
    pub fn add(&mut self, name: &Ident, flag: u8) {
        *self.symbols.entry(name.clone()).or_insert(0) |= flag;
    }
    pub fn flags(&self, name: &str) -> u8 {
        self.symbols.get(name).copied().unwrap_or(0)
    }
    /// True when this scope binds `name` as its own local variable.
    pub fn binds(&self, name: &str) -> bool {
        let f = self.flags(name);
        f & (ASSIGN | PARAM) != 0 && f & (GLOBAL | NONLOCAL) == 0
    }
    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }
}

/// Decide where every name of every scope lives. `scopes` is in pre-order (parents first).
pub fn analyze(scopes: &mut [ScopeTable]) {
    // 1. Free variables: find their binder, mark it CELL, pass through intermediates.
    for i in 0..scopes.len() {
        let names: Vec<(Ident, u8)> = scopes[i]
            .symbols
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        for (name, flags) in names {
            let wants_free = match scopes[i].kind {
                ScopeKind::Module => false,
                ScopeKind::Class => {
                    flags & (ASSIGN | GLOBAL) == 0
                        && flags & USE != 0
                        && enclosing_binder(scopes, i, &name).is_some()
                }
                _ => {
                    flags & NONLOCAL != 0
                        || (flags & (ASSIGN | PARAM | GLOBAL) == 0
                            && flags & USE != 0
                            && enclosing_binder(scopes, i, &name).is_some())
                }
            };
            if wants_free {
                mark_free(scopes, i, &name);
            }
        }
    }
    // 2. Final locations and slot/cell numbering, parents first.
    for i in 0..scopes.len() {
        let parent_cells: HashMap<Ident, u32> = match scopes[i].parent {
            Some(p) => scopes[p]
                .info
                .cell_names
                .iter()
                .enumerate()
                .map(|(k, n)| (n.clone(), k as u32))
                .collect(),
            None => HashMap::new(),
        };
        let s = &mut scopes[i];
        let mut locs = HashMap::new();
        let mut info = crate::ast::ScopeInfo {
            qualname: s.qualname.clone(),
            ..Default::default()
        };
        info.is_generator = s.is_generator;
        info.is_coroutine = s.is_coroutine;
        // Cells first (own), then free variables.
        let mut cells: Vec<Ident> = Vec::new();
        let mut frees: Vec<Ident> = Vec::new();
        for (name, flags) in &s.symbols {
            if flags & FREE != 0 {
                frees.push(name.clone());
            } else if flags & CELL != 0 {
                cells.push(name.clone());
            }
        }
        // CPython's order (`co_cellvars`, `co_freevars`, `__closure__`): parameters in
        // their order, then the other cells by name; free variables by name.
        let is_param = |n: &Ident| s.symbols.get(n).is_some_and(|f| f & PARAM != 0);
        let (mut cells, mut rest): (Vec<Ident>, Vec<Ident>) = cells.into_iter().partition(is_param);
        rest.sort();
        cells.append(&mut rest);
        frees.sort();
        info.ncells = cells.len() as u32;
        for (k, n) in cells.iter().chain(frees.iter()).enumerate() {
            locs.insert(n.clone(), NameLoc::Cell(k as u32));
        }
        for n in &frees {
            info.freevars.push(crate::ast::FreeVar {
                name: n.clone(),
                outer: parent_cells.get(n).copied().unwrap_or(0),
            });
        }
        if s.kind == ScopeKind::Class {
            if let Some(k) = cells.iter().position(|n| &**n == "__class__") {
                info.class_cell = Some(k as u32);
            }
        }
        info.cell_names = cells.iter().chain(frees.iter()).cloned().collect();
        match s.kind {
            ScopeKind::Module => {
                for name in s.symbols.keys() {
                    let loc = temp_slot(name, &mut info).unwrap_or(NameLoc::Namespace);
                    locs.insert(name.clone(), loc);
                }
            }
            ScopeKind::Class => {
                for (name, flags) in &s.symbols {
                    if locs.contains_key(name) && flags & ASSIGN == 0 {
                        continue; // free from an enclosing function
                    }
                    let loc = if flags & GLOBAL != 0 {
                        NameLoc::Global
                    } else {
                        temp_slot(name, &mut info).unwrap_or(NameLoc::Namespace)
                    };
                    locs.insert(name.clone(), loc);
                }
            }
            _ => {
                let mut slot = 0u32;
                for p in &s.params {
                    info.slot_names.push(p.clone());
                    if let Some(NameLoc::Cell(c)) = locs.get(p) {
                        info.cell_params.push((slot, *c));
                    } else {
                        locs.insert(p.clone(), NameLoc::Local(slot));
                    }
                    slot += 1;
                }
                for (name, flags) in &s.symbols {
                    if locs.contains_key(name) {
                        continue;
                    }
                    if flags & GLOBAL != 0 {
                        locs.insert(name.clone(), NameLoc::Global);
                    } else if flags & (ASSIGN | PARAM) != 0 {
                        info.slot_names.push(name.clone());
                        locs.insert(name.clone(), NameLoc::Local(slot));
                        slot += 1;
                    } else {
                        locs.insert(name.clone(), NameLoc::Global);
                    }
                }
                info.nslots = slot;
            }
        }
        s.locs = locs;
        s.info = info;
    }
}

/// In a module or class body, the lowering pass's temporaries (names starting with a dot)
/// live in frame slots, not in the namespace, so `globals()`, `vars()` and `dir()` never
/// show them. (The builtins the lowering pass calls have dotted names too; they stay
/// global.)
fn temp_slot(name: &Ident, info: &mut crate::ast::ScopeInfo) -> Option<NameLoc> {
    if !name.starts_with('.') || crate::builtins::lowering_support::is_helper(name) {
        return None;
    }
    let slot = info.nslots;
    info.slot_names.push(name.clone());
    info.nslots += 1;
    Some(NameLoc::Local(slot))
}

/// The nearest enclosing function-like scope that binds `name` (class scopes are skipped;
/// `__class__` is bound by the nearest class scope).
fn enclosing_binder(scopes: &[ScopeTable], i: usize, name: &str) -> Option<usize> {
    let mut cur = scopes[i].parent;
    while let Some(p) = cur {
        let s = &scopes[p];
        match s.kind {
            ScopeKind::Module => return None,
            ScopeKind::Class => {
                if name == "__class__" {
                    return Some(p);
                }
            }
            _ => {
                if s.binds(name) || s.flags(name) & CELL != 0 {
                    return Some(p);
                }
                if s.flags(name) & GLOBAL != 0 {
                    return None;
                }
            }
        }
        cur = s.parent;
    }
    None
}

fn mark_free(scopes: &mut [ScopeTable], i: usize, name: &Ident) {
    let Some(binder) = enclosing_binder(scopes, i, name) else {
        return;
    };
    scopes[i].add(name, FREE);
    let mut cur = scopes[i].parent;
    while let Some(p) = cur {
        if p == binder {
            scopes[p].add(name, CELL);
            return;
        }
        scopes[p].add(name, FREE);
        cur = scopes[p].parent;
    }
}
