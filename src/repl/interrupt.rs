//! Ctrl-C while Python code runs: a SIGINT handler that only sets a flag.
//!
//! The handler does nothing but atomic operations, so it is safe at any point. The
//! interpreter polls [`pending`] at safe points (between statements) and raises
//! `KeyboardInterrupt` when it [`take`]s the flag, as CPython's eval loop does.
//!
//! A second Ctrl-C that arrives before the first was taken falls back to the default
//! action (the process ends by SIGINT): code that never reaches a safe point, such as a
//! long computation inside one built-in call, can still be stopped.
//!
//! At the REPL's prompt the terminal is in raw mode and Ctrl-C is read as a key, not a
//! signal (rustyline reports it as `Interrupted`).

use std::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);
static INSTALLED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: libc::c_int) {
    if PENDING.swap(true, Ordering::SeqCst) {
        // SAFETY: `signal` and `raise` are async-signal-safe.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::raise(libc::SIGINT);
        }
    }
}

/// Install the SIGINT handler (once per process).
pub fn install() {
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: the handler only touches atomics (and re-raises with the default action).
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

/// True when Ctrl-C was pressed and no one has taken it yet: one relaxed load, cheap
/// enough to check after every statement.
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Take a pending Ctrl-C: true once per press. The caller raises `KeyboardInterrupt`.
#[inline]
pub fn take() -> bool {
    PENDING.load(Ordering::Relaxed) && PENDING.swap(false, Ordering::SeqCst)
}

/// Forget a press nobody took (before the REPL runs the next input).
pub fn clear() {
    PENDING.store(false, Ordering::SeqCst);
}
