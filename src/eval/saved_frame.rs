//! A paused generator's frame. Most generators are resumed a few times at most, and a
//! program may hold very many of them paused: those keep a compact form, their slots,
//! cells and resume stack only (the generator's body gives back the rest), with a resume
//! stack of a few records that own nothing (the usual `yield` in a loop or an `if`) packed
//! into one word. A generator resumed again and again keeps its whole frame instead, so
//! resuming it costs no rebuilding.

use super::frame::{Frame, Resume};
use crate::object::function::PyCell;
use crate::object::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// Packed records: up to four 16-bit codes, innermost first, a zero code ending the list.
/// A code's low three bits are its kind, the rest its payload.
const CODES: usize = 4;
const END: u16 = 0;
const BLOCK: u16 = 2;
const IF: u16 = 3;
const WHILE: u16 = 4;
/// Statement indexes that fit in a code's payload.
const MAX_BLOCK: usize = 1 << 13;

/// A paused frame's resume stack.
enum Stack {
    /// The records as the frame left them (some own a value, or there are many).
    Full(Vec<Resume>),
    /// The records as codes.
    Packed(u64),
}

pub struct SavedFrame(Saved);

enum Saved {
    Compact {
        slots: Box<[Option<Value>]>,
        cells: Box<[Rc<PyCell>]>,
        stack: Stack,
    },
    Whole(Box<Frame>),
}

/// The part of a frame a generator rebuilds from its body on each resumption.
pub struct FrameParts {
    pub globals: Rc<crate::object::PyDict>,
    pub namespace: Option<Rc<crate::object::PyDict>>,
    pub source: Rc<crate::source::SourceFile>,
    pub name: Rc<str>,
    pub def: Option<Rc<crate::ast::FuncDef>>,
    pub ncells: u32,
}

fn code_of(r: &Resume) -> Option<u16> {
    match *r {
        Resume::Block(k) if k < MAX_BLOCK => Some(((k as u16) << 3) | BLOCK),
        Resume::If(b) => Some(((b as u16) << 3) | IF),
        Resume::While { in_else } => Some(((in_else as u16) << 3) | WHILE),
        _ => None,
    }
}

fn record_of(code: u16) -> Resume {
    let payload = code >> 3;
    match code & 7 {
        BLOCK => Resume::Block(payload as usize),
        IF => Resume::If(payload != 0),
        _ => Resume::While {
            in_else: payload != 0,
        },
    }
}

/// The records as codes, if there are few enough and all own nothing.
fn pack(resume: &[Resume]) -> Option<u64> {
    if resume.len() > CODES {
        return None;
    }
    let mut packed = 0u64;
    for (i, r) in resume.iter().enumerate() {
        packed |= (code_of(r)? as u64) << (16 * i);
    }
    Some(packed)
}

impl SavedFrame {
    /// A paused frame with these slots and cells that has not run yet.
    pub fn new(slots: Vec<Option<Value>>, cells: Vec<Rc<PyCell>>) -> SavedFrame {
        SavedFrame(Saved::Compact {
            slots: slots.into_boxed_slice(),
            cells: cells.into_boxed_slice(),
            stack: Stack::Packed(0),
        })
    }

    /// Pause `frame`: whole when `keep_whole`, else in compact form (a packed resume
    /// stack gives its vector back to the interpreter for the next resumption).
    #[inline]
    pub fn save(vm: &Vm, mut frame: Box<Frame>, keep_whole: bool) -> SavedFrame {
        if keep_whole {
            return SavedFrame(Saved::Whole(frame));
        }
        let resume = std::mem::take(&mut frame.resume);
        let stack = match pack(&resume) {
            Some(packed) => {
                vm.recycle_resume(resume);
                Stack::Packed(packed)
            }
            None => Stack::Full(resume),
        };
        SavedFrame(Saved::Compact {
            slots: std::mem::take(&mut frame.slots).into_boxed_slice(),
            cells: std::mem::take(&mut frame.cells).into_boxed_slice(),
            stack,
        })
    }

    /// The frame to run again, its resume stack unpacked; `parts` gives what a compact
    /// frame does not keep.
    #[inline]
    pub fn restore(self, vm: &Vm, parts: impl FnOnce() -> FrameParts, line: u32) -> Box<Frame> {
        let (slots, cells, stack) = match self.0 {
            Saved::Whole(frame) => return frame,
            Saved::Compact {
                slots,
                cells,
                stack,
            } => (slots, cells, stack),
        };
        let resume = match stack {
            Stack::Full(v) => v,
            Stack::Packed(packed) => {
                let mut v = vm.take_resume();
                for i in 0..CODES {
                    match (packed >> (16 * i)) as u16 {
                        END => break,
                        c => v.push(record_of(c)),
                    }
                }
                v
            }
        };
        let parts = parts();
        Box::new(Frame {
            slots: slots.into_vec(),
            cells: cells.into_vec(),
            ncells: parts.ncells,
            globals: parts.globals,
            namespace: parts.namespace,
            source: parts.source,
            name: parts.name,
            def: parts.def,
            resume,
            resuming: false,
            sent: None,
            line: std::cell::Cell::new(line),
        })
    }

    /// The frame, when it is kept whole.
    pub fn whole(&self) -> Option<&Frame> {
        match &self.0 {
            Saved::Whole(f) => Some(f),
            Saved::Compact { .. } => None,
        }
    }

    /// The paused frame's local slots and cells.
    pub fn variables(&self) -> (&[Option<Value>], &[Rc<PyCell>]) {
        match &self.0 {
            Saved::Compact { slots, cells, .. } => (slots, cells),
            Saved::Whole(f) => (&f.slots, &f.cells),
        }
    }

    /// The resume records, innermost first, unless packed (then none owns a value).
    pub fn unpacked_records(&self) -> &[Resume] {
        match &self.0 {
            Saved::Compact {
                stack: Stack::Full(v),
                ..
            } => v,
            Saved::Compact { .. } => &[],
            Saved::Whole(f) => &f.resume,
        }
    }
}
