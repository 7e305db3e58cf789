//! `_os` process and pipe system calls: `fork`, `pipe`, `read`, `write`, `close`,
//! `waitpid` and `kill`. Failures raise `OSError(errno, strerror)` (CPython's subclass,
//! e.g. `ChildProcessError`); calls interrupted by a signal are retried, as CPython does.

use super::os::os_error;
use crate::builtins::{arg_count, reg};
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// The largest single `read` buffer (a larger count reads at most this much, as a short
/// read may).
const MAX_READ: usize = 1 << 24;

fn last_error(vm: &Vm) -> crate::object::PyErr {
    os_error(vm, &std::io::Error::last_os_error(), &[])
}

fn interrupted() -> bool {
    std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR)
}

/// A file descriptor or pid argument (a C int).
fn int_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = vm.index_value(v)?;
    i32::try_from(n)
        .map_err(|_| vm.error("OverflowError", "signed integer is greater than maximum"))
}

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    // fork() -> 0 in the child, the child's pid in the parent. Buffered standard output
    // is written first so the child does not write it again; in the child only the
    // calling thread goes on, as with POSIX threads.
    reg(d, "fork", |vm, args, _| {
        arg_count(vm, "fork", args, 0, 0)?;
        vm.flush_stdout();
        // Safety: pyco runs on one OS thread, so the child's memory is consistent.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            return Err(last_error(vm));
        }
        if pid == 0 {
            vm.keep_only_current_thread();
        }
        Ok(Value::Int(pid as i64))
    });
    reg(d, "pipe", |vm, args, _| {
        arg_count(vm, "pipe", args, 0, 0)?;
        let mut fds = [0i32; 2];
        // Safety: `fds` has room for the two descriptors.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
            return Err(last_error(vm));
        }
        Ok(Value::tuple(vec![
            Value::Int(fds[0] as i64),
            Value::Int(fds[1] as i64),
        ]))
    });
    reg(d, "read", |vm, args, _| {
        arg_count(vm, "read", args, 2, 2)?;
        let fd = int_arg(vm, &args[0])?;
        let n = vm.index_value(&args[1])?;
        if n < 0 {
            return Err(os_error(
                vm,
                &std::io::Error::from_raw_os_error(libc::EINVAL),
                &[],
            ));
        }
        let mut buf = vec![0u8; (n as usize).min(MAX_READ)];
        loop {
            // Safety: `buf` is valid for `buf.len()` bytes.
            let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
            if got >= 0 {
                buf.truncate(got as usize);
                return Ok(Value::Bytes(buf.into()));
            }
            if !interrupted() {
                return Err(last_error(vm));
            }
        }
    });
    reg(d, "write", |vm, args, _| {
        arg_count(vm, "write", args, 2, 2)?;
        let fd = int_arg(vm, &args[0])?;
        let Value::Bytes(data) = &args[1] else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&args[1])
            )));
        };
        loop {
            // Safety: `data` is valid for `data.len()` bytes.
            let put = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
            if put >= 0 {
                return Ok(Value::Int(put as i64));
            }
            if !interrupted() {
                return Err(last_error(vm));
            }
        }
    });
    reg(d, "close", |vm, args, _| {
        arg_count(vm, "close", args, 1, 1)?;
        let fd = int_arg(vm, &args[0])?;
        // Safety: closing a descriptor number; a bad one reports EBADF.
        if unsafe { libc::close(fd) } < 0 && !interrupted() {
            return Err(last_error(vm));
        }
        Ok(Value::None)
    });
    // waitpid(pid, options) -> (pid, wait status); (0, 0) with WNOHANG and no change.
    reg(d, "waitpid", |vm, args, _| {
        arg_count(vm, "waitpid", args, 2, 2)?;
        let pid = int_arg(vm, &args[0])?;
        let options = int_arg(vm, &args[1])?;
        let mut status = 0i32;
        loop {
            // Safety: `status` is a valid out-pointer.
            let got = unsafe { libc::waitpid(pid, &mut status, options) };
            if got >= 0 {
                return Ok(Value::tuple(vec![
                    Value::Int(got as i64),
                    Value::Int(status as i64),
                ]));
            }
            if !interrupted() {
                return Err(last_error(vm));
            }
        }
    });
    reg(d, "kill", |vm, args, _| {
        arg_count(vm, "kill", args, 2, 2)?;
        let pid = int_arg(vm, &args[0])?;
        let sig = int_arg(vm, &args[1])?;
        // Safety: kill(2) has no memory arguments.
        if unsafe { libc::kill(pid, sig) } < 0 {
            return Err(last_error(vm));
        }
        Ok(Value::None)
    });
    Ok(())
}
