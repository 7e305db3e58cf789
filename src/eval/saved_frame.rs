//! A paused generator's frame in compact form: its slots, cells and resume stack only (the
//! generator's body gives back the rest), with the resume records that own nothing packed
//! into one word.

use super::frame::{Frame, Resume};
use crate::object::function::PyCell;
use crate::object::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// Packed records: up to four 16-bit codes, innermost first, a zero code ending the list.
/// A code's low three bits are its kind, the rest its payload.
const CODES: usize = 4;
const END: u16 = 0;
/// The next record of `owned`.
const OWNED: u16 = 1;
const BLOCK: u16 = 2;
const IF: u16 = 3;
const WHILE: u16 = 4;
/// Statement indexes that fit in a code's payload.
const MAX_BLOCK: usize = 1 << 13;
/// Every record is in `owned` (a stack deeper than `CODES`).
const ALL_OWNED: u64 = u64::MAX;

pub struct SavedFrame {
    slots: Box<[Option<Value>]>,
    cells: Box<[Rc<PyCell>]>,
    /// The resume records the packed codes cannot hold, innermost first.
    owned: Box<[Resume]>,
    packed: u64,
}

/// The part of a frame a generator rebuilds from its body on each resumption.
pub struct FrameParts {
    pub globals: Rc<crate::object::PyDict>,
    pub namespace: Option<Rc<crate::object::PyDict>>,
    pub source: Rc<crate::source::SourceFile>,
    pub name: Rc<str>,
    pub def: Option<Rc<crate::ast::FuncDef>>,
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

impl SavedFrame {
    /// Pause `frame`: keep what the generator cannot rebuild, and give the emptied resume
    /// vector back to the interpreter for the next resumption.
    pub fn save(vm: &Vm, frame: Frame) -> (SavedFrame, u32) {
        let Frame {
            slots,
            cells,
            mut resume,
            line,
            ..
        } = frame;
        let (packed, owned) = if resume.len() > CODES {
            (ALL_OWNED, resume.drain(..).collect())
        } else {
            let n_owned = resume.iter().filter(|r| code_of(r).is_none()).count();
            let mut owned = Vec::with_capacity(n_owned);
            let mut packed = 0u64;
            for (i, r) in resume.drain(..).enumerate() {
                let code = match code_of(&r) {
                    Some(c) => {
                        // Block, If and While own nothing: no drop code needs to run.
                        std::mem::forget(r);
                        c
                    }
                    None => {
                        owned.push(r);
                        OWNED
                    }
                };
                packed |= (code as u64) << (16 * i);
            }
            (packed, owned.into_boxed_slice())
        };
        vm.recycle_resume(resume);
        let saved = SavedFrame {
            slots: slots.into_boxed_slice(),
            cells: cells.into_boxed_slice(),
            owned,
            packed,
        };
        (saved, line.get())
    }

    /// A paused frame that has not run yet.
    pub fn new(frame: Frame) -> SavedFrame {
        SavedFrame {
            slots: frame.slots.into_boxed_slice(),
            cells: frame.cells.into_boxed_slice(),
            owned: Box::new([]),
            packed: 0,
        }
    }

    /// The frame to run again, its resume stack unpacked.
    pub fn restore(self, vm: &Vm, parts: FrameParts, ncells: u32, line: u32) -> Frame {
        let mut resume = vm.take_resume();
        if self.packed == ALL_OWNED {
            resume.extend(self.owned.into_vec());
        } else if self.packed != 0 {
            let mut owned = self.owned.into_vec().into_iter();
            for i in 0..CODES {
                let code = (self.packed >> (16 * i)) as u16;
                match code {
                    END => break,
                    OWNED => resume.extend(owned.next()),
                    c => resume.push(record_of(c)),
                }
            }
        }
        Frame {
            slots: self.slots.into_vec(),
            cells: self.cells.into_vec(),
            ncells,
            globals: parts.globals,
            namespace: parts.namespace,
            source: parts.source,
            name: parts.name,
            def: parts.def,
            resume,
            resuming: false,
            sent: None,
            line: std::cell::Cell::new(line),
        }
    }

    /// The resume records that own values (loop iterators, handlers, delegates, ...).
    pub fn owned_records(&self) -> &[Resume] {
        &self.owned
    }

    /// The innermost resume record, when it is one that owns a value.
    pub fn innermost_owned(&self) -> Option<&Resume> {
        if self.packed == ALL_OWNED || (self.packed as u16) & 7 == OWNED {
            self.owned.first()
        } else {
            None
        }
    }
}
