//! `select`: `select.select(rlist, wlist, xlist[, timeout])` on file descriptors (ints or
//! objects with `fileno()`), plus `poll`-style constants. A call that has to wait parks
//! only the calling green thread on the descriptors (`Vm::park_fds`), so other threads
//! keep running; the readiness itself comes from `poll(2)` with no wait.

use crate::builtins::{arg_count, reg};
use crate::object::{PyDict, PyResult, Value};
use crate::runtime::FdWait;
use crate::vm::Vm;
use std::rc::Rc;

/// The items of one list argument with their descriptors.
fn items(vm: &Vm, v: &Value) -> PyResult<Vec<(Value, i32)>> {
    let seq = vm
        .collect(v)
        .map_err(|_| vm.type_error("arguments 1-3 must be sequences"))?;
    seq.into_iter()
        .map(|item| {
            let fd = super::fcntl::fd_arg(vm, &item)?;
            Ok((item, fd))
        })
        .collect()
}

/// Poll once without waiting: which of `r`, `w`, `x` are ready.
fn poll_now(vm: &Vm, lists: &[Vec<(Value, i32)>; 3]) -> PyResult<[Vec<Value>; 3]> {
    let events = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut polled = Vec::new();
    for (list, ev) in lists.iter().zip(events) {
        for (_, fd) in list {
            polled.push(libc::pollfd {
                fd: *fd,
                events: ev,
                revents: 0,
            });
        }
    }
    // Safety: `polled` is a valid array of pollfd for its length.
    let n = unsafe { libc::poll(polled.as_mut_ptr(), polled.len() as libc::nfds_t, 0) };
    if n < 0 {
        return Err(super::os::os_error(
            vm,
            &std::io::Error::last_os_error(),
            &[],
        ));
    }
    if polled.iter().any(|p| p.revents & libc::POLLNVAL != 0) {
        return Err(super::os::os_error(
            vm,
            &std::io::Error::from_raw_os_error(libc::EBADF),
            &[],
        ));
    }
    let mut out: [Vec<Value>; 3] = Default::default();
    let mut i = 0;
    for (k, list) in lists.iter().enumerate() {
        for (item, _) in list {
            let p = polled[i];
            i += 1;
            let ready = match k {
                0 => p.revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0,
                1 => p.revents & (libc::POLLOUT | libc::POLLERR) != 0,
                _ => p.revents & libc::POLLPRI != 0,
            };
            if ready {
                out[k].push(item.clone());
            }
        }
    }
    Ok(out)
}

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    for (name, value) in [
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
    ] {
        d.set_str(name, Value::Int(value as i64));
    }
    d.set_str("error", Value::Class(_vm.exc_class("OSError")));
    // select(rlist, wlist, xlist, timeout=None) -> (ready to read, to write, exceptional)
    reg(d, "select", |vm, args, _| {
        arg_count(vm, "select", args, 3, 4)?;
        let lists = [
            items(vm, &args[0])?,
            items(vm, &args[1])?,
            items(vm, &args[2])?,
        ];
        let timeout = match args.get(3) {
            None | Some(Value::None) => None,
            Some(v) => {
                let t = crate::builtins::to_f64(vm, v)
                    .map_err(|_| vm.type_error("timeout must be a float or None"))?;
                if t < 0.0 {
                    return Err(vm.value_error("timeout must be non-negative"));
                }
                Some(t)
            }
        };
        let deadline = timeout.map(|t| vm.clock.monotonic() + t);
        let key = vm.sched.new_key();
        let mut waits = Vec::new();
        for (k, list) in lists.iter().enumerate() {
            for (_, fd) in list {
                waits.push(FdWait {
                    fd: *fd,
                    write: k == 1,
                });
            }
        }
        loop {
            let ready = poll_now(vm, &lists)?;
            let done = ready.iter().any(|l| !l.is_empty())
                || deadline.is_some_and(|d| vm.clock.monotonic() >= d);
            if done {
                let [r, w, x] = ready;
                return Ok(Value::tuple(vec![
                    Value::list(r),
                    Value::list(w),
                    Value::list(x),
                ]));
            }
            vm.park_fds(key, &waits, deadline, "waiting in select.select()")?;
        }
    });
    Ok(())
}
