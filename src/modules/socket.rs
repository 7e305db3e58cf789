//! `_socket`: OS sockets by descriptor number, the native half of the `socket` module
//! (`src/modules/python/socket.py` holds the `socket` class, its state and reprs).
//!
//! Every descriptor made here is non-blocking at the OS level. A call on a socket with a
//! timeout (`None`: block forever) that would block parks only the calling green thread
//! on the descriptor (`Vm::wait_fd`), so other threads and event loops keep running; a
//! timeout of 0 raises `BlockingIOError` at once, as a non-blocking socket does in
//! CPython. Errors are CPython's `OSError` subclasses (`ConnectionRefusedError: [Errno
//! 111] Connection refused`, `TimeoutError: timed out`, `socket.gaierror`).

use super::socket_addr::{addr_value, parse_addr, SockAddr};
use crate::builtins::{arg_count, reg};
use crate::object::{PyDict, PyErr, PyResult, Value};
use crate::runtime::{FdWait, Wake};
use crate::vm::Vm;
use std::rc::Rc;

/// The largest buffer one `recv` allocates: a socket never has more than a few MiB
/// ready at once, so a bigger request returns what is there, as it would anyway.
const MAX_RECV: usize = 16 << 20;

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn os_err(vm: &Vm, code: i32) -> PyErr {
    super::os::os_error(vm, &std::io::Error::from_raw_os_error(code), &[])
}

fn fd_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = vm.index_value(v)?;
    i32::try_from(n).map_err(|_| vm.error("OverflowError", "fd out of range"))
}

fn int_arg(vm: &Vm, args: &[Value], i: usize, default: i32) -> PyResult<i32> {
    match args.get(i) {
        None => Ok(default),
        Some(v) => i32::try_from(vm.index_value(v)?)
            .map_err(|_| vm.error("OverflowError", "signed integer is greater than maximum")),
    }
}

/// A timeout argument: `None` blocks, a number of seconds (0: non-blocking).
fn timeout_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<f64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(crate::builtins::to_f64(vm, v)?.max(0.0))),
    }
}

fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::builtins::bytearray_methods::bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// The deadline of one operation with `timeout`.
fn deadline_of(vm: &Vm, timeout: Option<f64>) -> Option<f64> {
    timeout.map(|t| vm.clock.monotonic() + t)
}

/// The call would block (`code` is its errno): raise `BlockingIOError` for a
/// non-blocking socket, else park until `fd` is ready or raise `TimeoutError` at the
/// deadline.
fn wait_ready(
    vm: &Vm,
    fd: i32,
    write: bool,
    timeout: Option<f64>,
    deadline: Option<f64>,
    code: i32,
) -> PyResult<()> {
    if timeout == Some(0.0) {
        return Err(os_err(vm, code));
    }
    let what = if write { "writable" } else { "readable" };
    let reason = format!("waiting for socket {fd} to be {what}");
    if vm.wait_fd(FdWait { fd, write }, deadline, &reason)? == Wake::TimedOut {
        return Err(vm.error("TimeoutError", "timed out"));
    }
    Ok(())
}

fn would_block(code: i32) -> bool {
    code == libc::EAGAIN || code == libc::EWOULDBLOCK
}

/// Run `op` (a non-blocking system call returning -1 on error) until it succeeds,
/// waiting for `fd` as the socket's timeout allows.
fn retry(
    vm: &Vm,
    fd: i32,
    write: bool,
    timeout: Option<f64>,
    mut op: impl FnMut() -> isize,
) -> PyResult<isize> {
    let deadline = deadline_of(vm, timeout);
    loop {
        let r = op();
        if r >= 0 {
            return Ok(r);
        }
        let code = errno();
        if code == libc::EINTR {
            continue;
        }
        if would_block(code) {
            wait_ready(vm, fd, write, timeout, deadline, code)?;
            continue;
        }
        return Err(os_err(vm, code));
    }
}

fn set_nonblocking(fd: i32) -> i32 {
    // Safety: fcntl on a descriptor number; a bad one fails with EBADF.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        if fl < 0 {
            return -1;
        }
        libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK)
    }
}

/// `connect`; returns 0 or the errno of the failure (`connect_ex`), raising only
/// `TimeoutError` / `BlockingIOError` decisions through `wait`.
fn connect_errno(vm: &Vm, fd: i32, sa: &SockAddr, timeout: Option<f64>) -> PyResult<i32> {
    // Safety: sa is a valid address of the given length.
    let r = unsafe { libc::connect(fd, sa.as_ptr(), sa.len) };
    if r == 0 {
        return Ok(0);
    }
    let code = errno();
    if code != libc::EINPROGRESS && code != libc::EINTR {
        return Ok(code);
    }
    if timeout == Some(0.0) {
        return Ok(code);
    }
    let deadline = deadline_of(vm, timeout);
    let reason = format!("connecting socket {fd}");
    if vm.wait_fd(FdWait { fd, write: true }, deadline, &reason)? == Wake::TimedOut {
        return Err(vm.error("TimeoutError", "timed out"));
    }
    Ok(so_error(fd))
}

fn so_error(fd: i32) -> i32 {
    let mut err: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // Safety: getsockopt writes one int into err.
    let r = unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_ERROR,
            &mut err as *mut _ as *mut libc::c_void,
            &mut len,
        )
    };
    if r < 0 {
        errno()
    } else {
        err
    }
}

fn name_of(
    vm: &Vm,
    fd: i32,
    f: unsafe extern "C" fn(i32, *mut libc::sockaddr, *mut libc::socklen_t) -> i32,
) -> PyResult<Value> {
    let mut sa = SockAddr::empty();
    // Safety: sa has room for any address; the call writes its length back.
    if unsafe { f(fd, sa.as_mut_ptr(), &mut sa.len) } < 0 {
        return Err(os_err(vm, errno()));
    }
    Ok(addr_value(&sa))
}

const CONSTANTS: &[(&str, i32)] = &[
    ("AF_UNSPEC", libc::AF_UNSPEC),
    ("AF_INET", libc::AF_INET),
    ("AF_INET6", libc::AF_INET6),
    ("AF_UNIX", libc::AF_UNIX),
    ("SOCK_STREAM", libc::SOCK_STREAM),
    ("SOCK_DGRAM", libc::SOCK_DGRAM),
    ("SOCK_RAW", libc::SOCK_RAW),
    ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK),
    ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC),
    ("SOL_SOCKET", libc::SOL_SOCKET),
    ("SO_REUSEADDR", libc::SO_REUSEADDR),
    ("SO_REUSEPORT", libc::SO_REUSEPORT),
    ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
    ("SO_BROADCAST", libc::SO_BROADCAST),
    ("SO_ERROR", libc::SO_ERROR),
    ("SO_TYPE", libc::SO_TYPE),
    ("SO_DOMAIN", libc::SO_DOMAIN),
    ("SO_PROTOCOL", libc::SO_PROTOCOL),
    ("SO_RCVBUF", libc::SO_RCVBUF),
    ("SO_SNDBUF", libc::SO_SNDBUF),
    ("SO_LINGER", libc::SO_LINGER),
    ("SO_ACCEPTCONN", libc::SO_ACCEPTCONN),
    ("IPPROTO_IP", libc::IPPROTO_IP),
    ("IPPROTO_TCP", libc::IPPROTO_TCP),
    ("IPPROTO_UDP", libc::IPPROTO_UDP),
    ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
    ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
    ("TCP_NODELAY", libc::TCP_NODELAY),
    ("SHUT_RD", libc::SHUT_RD),
    ("SHUT_WR", libc::SHUT_WR),
    ("SHUT_RDWR", libc::SHUT_RDWR),
    ("AI_PASSIVE", libc::AI_PASSIVE),
    ("AI_CANONNAME", libc::AI_CANONNAME),
    ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
    ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
    ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG),
    ("AI_V4MAPPED", libc::AI_V4MAPPED),
    ("AI_ALL", libc::AI_ALL),
    ("EAI_NONAME", libc::EAI_NONAME),
    ("EAI_AGAIN", libc::EAI_AGAIN),
    ("EAI_FAIL", libc::EAI_FAIL),
    ("EAI_FAMILY", libc::EAI_FAMILY),
    ("EAI_SERVICE", libc::EAI_SERVICE),
    ("MSG_PEEK", libc::MSG_PEEK),
    ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
    ("MSG_WAITALL", libc::MSG_WAITALL),
    ("MSG_OOB", libc::MSG_OOB),
    ("SOMAXCONN", libc::SOMAXCONN),
];

pub fn init(_vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    for (name, value) in CONSTANTS {
        d.set_str(name, Value::Int(*value as i64));
    }
    d.set_str("INADDR_ANY", Value::Int(0));
    d.set_str("INADDR_LOOPBACK", Value::Int(0x7f00_0001));
    // socket(family, type, proto) -> fd
    reg(d, "socket", |vm, args, _| {
        arg_count(vm, "socket", args, 3, 3)?;
        let (family, ty, proto) = (
            int_arg(vm, args, 0, 0)?,
            int_arg(vm, args, 1, 0)?,
            int_arg(vm, args, 2, 0)?,
        );
        // Safety: socket() with integer arguments; bad ones fail with an errno.
        let fd =
            unsafe { libc::socket(family, ty | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, proto) };
        if fd < 0 {
            return Err(os_err(vm, errno()));
        }
        Ok(Value::Int(fd as i64))
    });
    // socketpair(family, type, proto) -> (fd, fd)
    reg(d, "socketpair", |vm, args, _| {
        arg_count(vm, "socketpair", args, 3, 3)?;
        let (family, ty, proto) = (
            int_arg(vm, args, 0, 0)?,
            int_arg(vm, args, 1, 0)?,
            int_arg(vm, args, 2, 0)?,
        );
        let mut fds = [0i32; 2];
        // Safety: socketpair writes two descriptors into fds.
        let r = unsafe {
            libc::socketpair(
                family,
                ty | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC,
                proto,
                fds.as_mut_ptr(),
            )
        };
        if r < 0 {
            return Err(os_err(vm, errno()));
        }
        Ok(Value::tuple(vec![
            Value::Int(fds[0] as i64),
            Value::Int(fds[1] as i64),
        ]))
    });
    // adopt(fd): make an existing descriptor non-blocking (socket(fileno=fd)).
    reg(d, "adopt", |vm, args, _| {
        arg_count(vm, "adopt", args, 1, 1)?;
        let fd = fd_arg(vm, &args[0])?;
        if set_nonblocking(fd) < 0 {
            return Err(os_err(vm, errno()));
        }
        Ok(Value::None)
    });
    reg(d, "close", |vm, args, _| {
        arg_count(vm, "close", args, 1, 1)?;
        let fd = fd_arg(vm, &args[0])?;
        // Safety: closing a descriptor number the socket object owns.
        if unsafe { libc::close(fd) } < 0 {
            let code = errno();
            // As CPython: a connection reset while closing is not an error.
            if code != libc::ECONNRESET {
                return Err(os_err(vm, code));
            }
        }
        Ok(Value::None)
    });
    // bind(fd, family, address)
    reg(d, "bind", |vm, args, _| {
        arg_count(vm, "bind", args, 3, 3)?;
        let fd = fd_arg(vm, &args[0])?;
        let sa = parse_addr(vm, "bind", int_arg(vm, args, 1, 0)?, &args[2])?;
        // Safety: sa is a valid address of its length.
        if unsafe { libc::bind(fd, sa.as_ptr(), sa.len) } < 0 {
            return Err(os_err(vm, errno()));
        }
        Ok(Value::None)
    });
    reg(d, "listen", |vm, args, _| {
        arg_count(vm, "listen", args, 2, 2)?;
        let fd = fd_arg(vm, &args[0])?;
        let backlog = int_arg(vm, args, 1, 128)?.max(0);
        // Safety: listen on a descriptor number.
        if unsafe { libc::listen(fd, backlog) } < 0 {
            return Err(os_err(vm, errno()));
        }
        Ok(Value::None)
    });
    // accept(fd, timeout) -> (new fd, address)
    reg(d, "accept", |vm, args, _| {
        arg_count(vm, "accept", args, 2, 2)?;
        let fd = fd_arg(vm, &args[0])?;
        let timeout = timeout_arg(vm, args.get(1))?;
        let mut sa = SockAddr::empty();
        let new_fd = retry(vm, fd, false, timeout, || {
            sa = SockAddr::empty();
            // Safety: sa has room for any address.
            unsafe {
                libc::accept4(
                    fd,
                    sa.as_mut_ptr(),
                    &mut sa.len,
                    libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC,
                ) as isize
            }
        })?;
        Ok(Value::tuple(vec![
            Value::Int(new_fd as i64),
            addr_value(&sa),
        ]))
    });
    // connect(fd, family, address, timeout)
    reg(d, "connect", |vm, args, _| {
        arg_count(vm, "connect", args, 4, 4)?;
        let fd = fd_arg(vm, &args[0])?;
        let sa = parse_addr(vm, "connect", int_arg(vm, args, 1, 0)?, &args[2])?;
        let timeout = timeout_arg(vm, args.get(3))?;
        match connect_errno(vm, fd, &sa, timeout)? {
            0 => Ok(Value::None),
            code => Err(os_err(vm, code)),
        }
    });
    // connect_ex(fd, family, address, timeout) -> errno
    reg(d, "connect_ex", |vm, args, _| {
        arg_count(vm, "connect_ex", args, 4, 4)?;
        let fd = fd_arg(vm, &args[0])?;
        let sa = parse_addr(vm, "connect_ex", int_arg(vm, args, 1, 0)?, &args[2])?;
        let timeout = timeout_arg(vm, args.get(3))?;
        match connect_errno(vm, fd, &sa, timeout) {
            Ok(code) => Ok(Value::Int(code as i64)),
            Err(e) if e.is_instance_of(&vm.exc_class("TimeoutError")) => {
                Ok(Value::Int(libc::EWOULDBLOCK as i64))
            }
            Err(e) => Err(e),
        }
    });
    // send(fd, data, flags, timeout) -> bytes sent
    reg(d, "send", |vm, args, _| {
        arg_count(vm, "send", args, 4, 4)?;
        let fd = fd_arg(vm, &args[0])?;
        let data = data_arg(vm, &args[1])?;
        let flags = int_arg(vm, args, 2, 0)? | libc::MSG_NOSIGNAL;
        let timeout = timeout_arg(vm, args.get(3))?;
        let n = retry(vm, fd, true, timeout, || {
            // Safety: data is a live buffer of its length.
            unsafe { libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), flags) }
        })?;
        Ok(Value::Int(n as i64))
    });
    // sendall(fd, data, flags, timeout): the timeout covers the whole call.
    reg(d, "sendall", |vm, args, _| {
        arg_count(vm, "sendall", args, 4, 4)?;
        let fd = fd_arg(vm, &args[0])?;
        let data = data_arg(vm, &args[1])?;
        let flags = int_arg(vm, args, 2, 0)? | libc::MSG_NOSIGNAL;
        let timeout = timeout_arg(vm, args.get(3))?;
        let deadline = deadline_of(vm, timeout);
        let mut sent = 0;
        while sent < data.len() {
            let rest = &data[sent..];
            // Safety: rest is a live buffer of its length.
            let r =
                unsafe { libc::send(fd, rest.as_ptr() as *const libc::c_void, rest.len(), flags) };
            if r >= 0 {
                sent += r as usize;
                continue;
            }
            let code = errno();
            if code == libc::EINTR {
                continue;
            }
            if would_block(code) {
                wait_ready(vm, fd, true, timeout, deadline, code)?;
                continue;
            }
            return Err(os_err(vm, code));
        }
        Ok(Value::None)
    });
    // sendto(fd, data, flags, family, address, timeout) -> bytes sent
    reg(d, "sendto", |vm, args, _| {
        arg_count(vm, "sendto", args, 6, 6)?;
        let fd = fd_arg(vm, &args[0])?;
        let data = data_arg(vm, &args[1])?;
        let flags = int_arg(vm, args, 2, 0)? | libc::MSG_NOSIGNAL;
        let sa = parse_addr(vm, "sendto", int_arg(vm, args, 3, 0)?, &args[4])?;
        let timeout = timeout_arg(vm, args.get(5))?;
        let n = retry(vm, fd, true, timeout, || {
            // Safety: data and sa are live for the call.
            unsafe {
                libc::sendto(
                    fd,
                    data.as_ptr() as *const libc::c_void,
                    data.len(),
                    flags,
                    sa.as_ptr(),
                    sa.len,
                )
            }
        })?;
        Ok(Value::Int(n as i64))
    });
    // recv(fd, bufsize, flags, timeout) -> bytes
    reg(d, "recv", |vm, args, _| {
        arg_count(vm, "recv", args, 4, 4)?;
        let fd = fd_arg(vm, &args[0])?;
        let size = vm.index_value(&args[1])?;
        if size < 0 {
            return Err(vm.value_error("negative buffersize in recv"));
        }
        let flags = int_arg(vm, args, 2, 0)?;
        let timeout = timeout_arg(vm, args.get(3))?;
        let mut buf = vec![0u8; (size as usize).min(MAX_RECV)];
        let n = retry(vm, fd, false, timeout, || {
            // Safety: buf is a live, writable buffer of its length.
            unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), flags) }
        })?;
        buf.truncate(n as usize);
        Ok(Value::Bytes(buf.into()))
    });
    // recvfrom(fd, bufsize, flags, timeout) -> (bytes, address)
    reg(d, "recvfrom", |vm, args, _| {
        arg_count(vm, "recvfrom", args, 4, 4)?;
        let fd = fd_arg(vm, &args[0])?;
        let size = vm.index_value(&args[1])?;
        if size < 0 {
            return Err(vm.value_error("negative buffersize in recvfrom"));
        }
        let flags = int_arg(vm, args, 2, 0)?;
        let timeout = timeout_arg(vm, args.get(3))?;
        let mut buf = vec![0u8; (size as usize).min(MAX_RECV)];
        let mut sa = SockAddr::empty();
        let n = retry(vm, fd, false, timeout, || {
            sa = SockAddr::empty();
            // Safety: buf and sa are live, writable buffers of their lengths.
            unsafe {
                libc::recvfrom(
                    fd,
                    buf.as_mut_ptr() as *mut libc::c_void,
                    buf.len(),
                    flags,
                    sa.as_mut_ptr(),
                    &mut sa.len,
                )
            }
        })?;
        buf.truncate(n as usize);
        let addr = if sa.len == 0 {
            Value::None
        } else {
            addr_value(&sa)
        };
        Ok(Value::tuple(vec![Value::Bytes(buf.into()), addr]))
    });
    reg(d, "shutdown", |vm, args, _| {
        arg_count(vm, "shutdown", args, 2, 2)?;
        let fd = fd_arg(vm, &args[0])?;
        let how = int_arg(vm, args, 1, 0)?;
        // Safety: shutdown on a descriptor number.
        if unsafe { libc::shutdown(fd, how) } < 0 {
            return Err(os_err(vm, errno()));
        }
        Ok(Value::None)
    });
    // setsockopt(fd, level, option, int or bytes)
    reg(d, "setsockopt", |vm, args, _| {
        arg_count(vm, "setsockopt", args, 4, 4)?;
        let fd = fd_arg(vm, &args[0])?;
        let (level, opt) = (int_arg(vm, args, 1, 0)?, int_arg(vm, args, 2, 0)?);
        let bytes = match &args[3] {
            v @ (Value::Int(_) | Value::Bool(_)) => {
                let n = i32::try_from(vm.index_value(v)?).map_err(|_| {
                    vm.error("OverflowError", "signed integer is greater than maximum")
                })?;
                n.to_ne_bytes().to_vec()
            }
            v => data_arg(vm, v)?,
        };
        // Safety: bytes is a live buffer of its length.
        let r = unsafe {
            libc::setsockopt(
                fd,
                level,
                opt,
                bytes.as_ptr() as *const libc::c_void,
                bytes.len() as libc::socklen_t,
            )
        };
        if r < 0 {
            return Err(os_err(vm, errno()));
        }
        Ok(Value::None)
    });
    // getsockopt(fd, level, option) -> int
    reg(d, "getsockopt", |vm, args, _| {
        arg_count(vm, "getsockopt", args, 3, 3)?;
        let fd = fd_arg(vm, &args[0])?;
        let (level, opt) = (int_arg(vm, args, 1, 0)?, int_arg(vm, args, 2, 0)?);
        let mut v: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // Safety: getsockopt writes at most one int into v.
        let r = unsafe {
            libc::getsockopt(
                fd,
                level,
                opt,
                &mut v as *mut _ as *mut libc::c_void,
                &mut len,
            )
        };
        if r < 0 {
            return Err(os_err(vm, errno()));
        }
        Ok(Value::Int(v as i64))
    });
    reg(d, "getsockname", |vm, args, _| {
        arg_count(vm, "getsockname", args, 1, 1)?;
        name_of(vm, fd_arg(vm, &args[0])?, libc::getsockname)
    });
    reg(d, "getpeername", |vm, args, _| {
        arg_count(vm, "getpeername", args, 1, 1)?;
        name_of(vm, fd_arg(vm, &args[0])?, libc::getpeername)
    });
    // getaddrinfo(host, port, family, type, proto, flags) -> [(family, type, proto, canonname, sockaddr)]
    reg(d, "getaddrinfo", |vm, args, _| {
        arg_count(vm, "getaddrinfo", args, 2, 6)?;
        super::socket_addr::getaddrinfo(vm, args)
    });
    reg(d, "gethostname", |vm, args, _| {
        arg_count(vm, "gethostname", args, 0, 0)?;
        let mut buf = [0u8; 256];
        // Safety: gethostname writes a NUL-terminated name into buf.
        if unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) } < 0 {
            return Err(os_err(vm, errno()));
        }
        let end = buf.iter().position(|&c| c == 0).unwrap_or(buf.len());
        Ok(Value::string(
            String::from_utf8_lossy(&buf[..end]).into_owned(),
        ))
    });
    Ok(())
}
