//! The event loop's watch list of file descriptors: the reader and writer handles
//! `loop.add_reader`/`add_writer` registered, and a non-waiting `poll` that says which
//! of them are ready. Waiting itself is the scheduler's (`Vm::park_fds`), so a loop
//! with nothing to do parks its green thread on its timers and descriptors together.

use super::handle::Handle;
use crate::object::Value;
use crate::runtime::FdWait;
use std::cell::RefCell;
use std::collections::BTreeMap;

#[derive(Default)]
pub struct Selector {
    readers: RefCell<BTreeMap<i32, Value>>,
    writers: RefCell<BTreeMap<i32, Value>>,
}

impl Selector {
    pub fn is_empty(&self) -> bool {
        self.readers.borrow().is_empty() && self.writers.borrow().is_empty()
    }

    fn side(&self, write: bool) -> &RefCell<BTreeMap<i32, Value>> {
        if write {
            &self.writers
        } else {
            &self.readers
        }
    }

    /// Register `handle` for `fd`; returns the handle it replaces.
    pub fn add(&self, fd: i32, write: bool, handle: Value) -> Option<Value> {
        self.side(write).borrow_mut().insert(fd, handle)
    }

    /// Unregister `fd`; returns its handle.
    pub fn remove(&self, fd: i32, write: bool) -> Option<Value> {
        self.side(write).borrow_mut().remove(&fd)
    }

    pub fn get(&self, fd: i32, write: bool) -> Option<Value> {
        self.side(write).borrow().get(&fd).cloned()
    }

    /// Every watched descriptor, for the scheduler to wait on.
    pub fn waits(&self) -> Vec<FdWait> {
        let mut v: Vec<FdWait> = self
            .readers
            .borrow()
            .keys()
            .map(|&fd| FdWait { fd, write: false })
            .collect();
        v.extend(
            self.writers
                .borrow()
                .keys()
                .map(|&fd| FdWait { fd, write: true }),
        );
        v
    }

    pub fn clear(&self) {
        self.readers.borrow_mut().clear();
        self.writers.borrow_mut().clear();
    }

    /// Poll without waiting; the handles to run, by descriptor (its reader before its
    /// writer). As CPython's selector: a hang-up or error makes a descriptor both
    /// readable and writable; a cancelled handle is unregistered instead of run.
    pub fn ready_handles(&self) -> Vec<Value> {
        let mut interest: BTreeMap<i32, i16> = BTreeMap::new();
        for &fd in self.readers.borrow().keys() {
            *interest.entry(fd).or_default() |= libc::POLLIN;
        }
        for &fd in self.writers.borrow().keys() {
            *interest.entry(fd).or_default() |= libc::POLLOUT;
        }
        let mut polled: Vec<libc::pollfd> = interest
            .iter()
            .map(|(&fd, &events)| libc::pollfd {
                fd,
                events,
                revents: 0,
            })
            .collect();
        // Safety: `polled` is a valid array of pollfd for its length.
        let n = unsafe { libc::poll(polled.as_mut_ptr(), polled.len() as libc::nfds_t, 0) };
        let mut out = Vec::new();
        if n <= 0 {
            return out;
        }
        for p in polled.iter().filter(|p| p.revents != 0) {
            let readable = p.revents & !libc::POLLOUT != 0;
            let writable = p.revents & !libc::POLLIN != 0;
            for (write, ready) in [(false, readable), (true, writable)] {
                if !ready {
                    continue;
                }
                let Some(h) = self.get(p.fd, write) else {
                    continue;
                };
                let cancelled = h
                    .as_native::<Handle>()
                    .map(|h| h.cancelled.get())
                    .unwrap_or(false);
                if cancelled {
                    self.remove(p.fd, write);
                } else {
                    out.push(h);
                }
            }
        }
        out
    }
}
