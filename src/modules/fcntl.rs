//! `fcntl`: advisory file locks (`flock`, `lockf`) and `fcntl(fd, cmd, int)` on Unix file
//! descriptors, with CPython's constants and errors. A blocking lock that another process
//! holds parks only the calling green thread: pyco retries the non-blocking form between
//! short sleeps, so other threads keep running.

use super::os::os_error;
use crate::builtins::{arg_count, reg};
use crate::object::{PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// How long a thread waiting for a lock sleeps between attempts.
const LOCK_RETRY_SECS: f64 = 0.005;

/// A file descriptor argument: an int, or an object with a `fileno()` method (also what
/// `select` takes).
pub(crate) fn fd_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = match v {
        Value::Int(_) | Value::Bool(_) => vm.index_value(v)?,
        Value::BigInt(_) => {
            return Err(vm.error("OverflowError", "Python int too large to convert to C int"))
        }
        other => {
            if vm.getattr(other, "fileno").is_err() {
                return Err(vm.type_error("argument must be an int, or have a fileno() method."));
            }
            let r = vm.call_method(other, "fileno", &[])?;
            if !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                return Err(vm.type_error("fileno() returned a non-integer"));
            }
            vm.index_value(&r)?
        }
    };
    let fd = i32::try_from(n)
        .map_err(|_| vm.error("OverflowError", "Python int too large to convert to C int"))?;
    if fd < 0 {
        return Err(vm.value_error(format!(
            "file descriptor cannot be a negative integer ({fd})"
        )));
    }
    Ok(fd)
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    if matches!(v, Value::BigInt(_)) {
        return Err(vm.error("OverflowError", "Python int too large to convert to C int"));
    }
    i32::try_from(vm.index_value(v)?)
        .map_err(|_| vm.error("OverflowError", "Python int too large to convert to C int"))
}

fn last_error(vm: &Vm) -> PyErr {
    os_error(vm, &std::io::Error::last_os_error(), &[])
}

/// Run `attempt()` (a non-blocking lock request) until it succeeds. A blocking request is tried without
/// blocking first; while another process holds the lock the thread sleeps and retries.
fn lock_with_retry(vm: &Vm, blocking: bool, attempt: impl Fn() -> i32) -> PyResult<()> {
    loop {
        if attempt() == 0 {
            return Ok(());
        }
        let err = std::io::Error::last_os_error().raw_os_error();
        let busy = matches!(err, Some(libc::EWOULDBLOCK) | Some(libc::EACCES));
        if err == Some(libc::EINTR) || (busy && blocking) {
            vm.sleep_thread(LOCK_RETRY_SECS)?;
            continue;
        }
        return Err(last_error(vm));
    }
}

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    for (name, value) in [
        ("LOCK_SH", libc::LOCK_SH),
        ("LOCK_EX", libc::LOCK_EX),
        ("LOCK_NB", libc::LOCK_NB),
        ("LOCK_UN", libc::LOCK_UN),
        ("F_GETFD", libc::F_GETFD),
        ("F_SETFD", libc::F_SETFD),
        ("F_GETFL", libc::F_GETFL),
        ("F_SETFL", libc::F_SETFL),
        ("FD_CLOEXEC", libc::FD_CLOEXEC),
        ("F_DUPFD", libc::F_DUPFD),
        ("F_DUPFD_CLOEXEC", libc::F_DUPFD_CLOEXEC),
    ] {
        d.set_str(name, Value::Int(value as i64));
    }
    // flock(fd, operation)
    reg(d, "flock", |vm, args, _| {
        arg_count(vm, "flock", args, 2, 2)?;
        let fd = fd_arg(vm, &args[0])?;
        let op = int_arg(vm, &args[1])?;
        let blocking = op & libc::LOCK_NB == 0 && op & libc::LOCK_UN == 0;
        // Safety: flock on a descriptor number; a bad one fails with EBADF.
        lock_with_retry(vm, blocking, || unsafe {
            libc::flock(fd, op | libc::LOCK_NB)
        })?;
        Ok(Value::None)
    });
    // lockf(fd, cmd, len=0, start=0, whence=0): POSIX record locks through fcntl.
    reg(d, "lockf", |vm, args, _| {
        arg_count(vm, "lockf", args, 2, 5)?;
        let fd = fd_arg(vm, &args[0])?;
        let cmd = int_arg(vm, &args[1])?;
        let num = |i: usize| args.get(i).map(|v| vm.index_value(v)).unwrap_or(Ok(0));
        let (len, start, whence) = (num(2)?, num(3)?, num(4)?);
        let lock_type = if cmd & libc::LOCK_UN != 0 {
            libc::F_UNLCK
        } else if cmd & libc::LOCK_SH != 0 {
            libc::F_RDLCK
        } else if cmd & libc::LOCK_EX != 0 {
            libc::F_WRLCK
        } else {
            return Err(vm.value_error("unrecognized lockf argument"));
        };
        let blocking = cmd & libc::LOCK_NB == 0 && cmd != libc::LOCK_UN;
        lock_with_retry(vm, blocking, || {
            // Safety: a zeroed flock struct filled in, passed to fcntl by pointer.
            unsafe {
                let mut l: libc::flock = std::mem::zeroed();
                l.l_type = lock_type as libc::c_short;
                l.l_whence = whence as libc::c_short;
                l.l_start = start as libc::off_t;
                l.l_len = len as libc::off_t;
                libc::fcntl(fd, libc::F_SETLK, &l)
            }
        })?;
        Ok(Value::None)
    });
    // fcntl(fd, cmd, arg=0) with an integer argument.
    reg(d, "fcntl", |vm, args, _| {
        arg_count(vm, "fcntl", args, 2, 3)?;
        let fd = fd_arg(vm, &args[0])?;
        let cmd = int_arg(vm, &args[1])?;
        let arg = match args.get(2) {
            None => 0,
            Some(v @ (Value::Int(_) | Value::Bool(_))) => int_arg(vm, v)?,
            Some(other) => {
                return Err(vm.type_error(format!(
                    "fcntl.fcntl with a {} argument is not supported by pyco (only int)",
                    vm.type_name(other)
                )))
            }
        };
        // Safety: fcntl with an integer argument; invalid commands fail with EINVAL.
        let r = unsafe { libc::fcntl(fd, cmd, arg) };
        if r < 0 {
            return Err(last_error(vm));
        }
        Ok(Value::Int(r as i64))
    });
    Ok(())
}
