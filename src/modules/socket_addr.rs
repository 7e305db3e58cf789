//! Socket addresses for `_socket`: Python address values (`(host, port)` for `AF_INET`,
//! `(host, port, flowinfo, scope_id)` for `AF_INET6`, a path for `AF_UNIX`) to and from
//! C `sockaddr`s, and name resolution (`getaddrinfo`) with CPython's `socket.gaierror`.
//! A host name (not a numeric address) is looked up on a helper OS thread, which touches
//! no Python object, while the calling green thread parks on a pipe, so a slow DNS query
//! does not stop the other threads. It makes no socket calls itself.

use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::ffi::{CStr, CString};
use std::net::{Ipv4Addr, Ipv6Addr};

/// A C socket address and its length.
pub struct SockAddr {
    pub storage: libc::sockaddr_storage,
    pub len: libc::socklen_t,
}

impl SockAddr {
    pub fn empty() -> SockAddr {
        SockAddr {
            // Safety: sockaddr_storage is plain data; all zeroes is a valid value.
            storage: unsafe { std::mem::zeroed() },
            len: std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }
    pub fn as_ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const _ as *const libc::sockaddr
    }
    pub fn as_mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut _ as *mut libc::sockaddr
    }
}

/// `socket.gaierror(code, message)` (the class `socket.py` registers as
/// `_socket.gaierror`; a plain `OSError` before that).
pub fn gai_error(vm: &Vm, code: i32) -> PyErr {
    gai_error_errno(vm, code, 0)
}

/// `gai_error`, with the errno an `EAI_SYSTEM` failure reports.
fn gai_error_errno(vm: &Vm, code: i32, errno: i32) -> PyErr {
    // Safety: gai_strerror returns a static string for any code.
    let msg = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned();
    if code == libc::EAI_SYSTEM {
        return super::os::os_error(vm, &std::io::Error::from_raw_os_error(errno), &[]);
    }
    let cls = vm
        .modules
        .get_str("_socket")
        .and_then(|m| vm.getattr(&m, "gaierror").ok())
        .unwrap_or_else(|| Value::Class(vm.exc_class("OSError")));
    let args = [Value::Int(code as i64), Value::string(msg)];
    match vm.call(&cls, &args, &[]) {
        Ok(v) => vm.make_exception(v, "").unwrap_or_else(|e| e),
        Err(e) => e,
    }
}

/// A host name argument: `str`, `bytes` or `bytearray`.
fn host_str(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(b) = crate::builtins::bytearray_methods::bytes_like(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(vm.type_error(format!(
        "str, bytes or bytearray expected, not {}",
        vm.type_name(v)
    )))
}

fn port_of(vm: &Vm, fname: &str, v: &Value) -> PyResult<u16> {
    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    let n = match v {
        Value::BigInt(_) => -1,
        _ => vm.index_value(v)?,
    };
    u16::try_from(n)
        .map_err(|_| vm.error("OverflowError", format!("{fname}(): port must be 0-65535.")))
}

/// Resolve a host for `family` (numeric forms first, then the resolver).
fn resolve(vm: &Vm, host: &str, family: i32) -> PyResult<SockAddr> {
    let infos = getaddrinfo_raw(vm, Some(host), None, family, 0, 0, 0)?;
    infos
        .into_iter()
        .next()
        .map(|i| i.addr)
        .ok_or_else(|| gai_error(vm, libc::EAI_NONAME))
}

/// A Python address value to a C address of `family`, as `fname()` (bind, connect, ...)
/// takes it.
pub fn parse_addr(vm: &Vm, fname: &str, family: i32, addr: &Value) -> PyResult<SockAddr> {
    let mut sa = SockAddr::empty();
    match family {
        libc::AF_INET | libc::AF_INET6 => {
            let fam = if family == libc::AF_INET {
                "AF_INET"
            } else {
                "AF_INET6"
            };
            let Value::Tuple(tup) = addr else {
                return Err(vm.type_error(format!(
                    "{fname}(): {fam} address must be tuple, not {}",
                    vm.type_name(addr)
                )));
            };
            let t = tup.as_slice();
            let ok_len = if family == libc::AF_INET {
                t.len() == 2
            } else {
                (2..=4).contains(&t.len())
            };
            if !ok_len {
                return Err(vm.type_error(if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)".to_string()
                } else {
                    format!(
                        "{fname}(): AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                    )
                }));
            }
            let host = host_str(vm, &t[0])?;
            let port = port_of(vm, fname, &t[1])?;
            if family == libc::AF_INET {
                let ip: Ipv4Addr = match host.as_str() {
                    "" => Ipv4Addr::UNSPECIFIED,
                    "<broadcast>" => Ipv4Addr::BROADCAST,
                    h => match h.parse() {
                        Ok(ip) => ip,
                        Err(_) => {
                            let r = resolve(vm, h, libc::AF_INET)?;
                            // Safety: the resolver returned an AF_INET address.
                            let sin = unsafe { &*(r.as_ptr() as *const libc::sockaddr_in) };
                            Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr))
                        }
                    },
                };
                // Safety: storage is big enough for a sockaddr_in.
                let sin = unsafe { &mut *(sa.as_mut_ptr() as *mut libc::sockaddr_in) };
                sin.sin_family = libc::AF_INET as libc::sa_family_t;
                sin.sin_port = port.to_be();
                sin.sin_addr.s_addr = u32::from(ip).to_be();
                sa.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
            } else {
                let flow = match t.get(2) {
                    Some(v) => vm.index_value(v)? as u32,
                    None => 0,
                };
                let scope = match t.get(3) {
                    Some(v) => vm.index_value(v)? as u32,
                    None => 0,
                };
                let ip: Ipv6Addr = match host.as_str() {
                    "" => Ipv6Addr::UNSPECIFIED,
                    h => match h.parse() {
                        Ok(ip) => ip,
                        Err(_) => {
                            let r = resolve(vm, h, libc::AF_INET6)?;
                            // Safety: the resolver returned an AF_INET6 address.
                            let sin6 = unsafe { &*(r.as_ptr() as *const libc::sockaddr_in6) };
                            Ipv6Addr::from(sin6.sin6_addr.s6_addr)
                        }
                    },
                };
                // Safety: storage is big enough for a sockaddr_in6.
                let sin6 = unsafe { &mut *(sa.as_mut_ptr() as *mut libc::sockaddr_in6) };
                sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
                sin6.sin6_port = port.to_be();
                sin6.sin6_flowinfo = flow.to_be();
                sin6.sin6_scope_id = scope;
                sin6.sin6_addr.s6_addr = ip.octets();
                sa.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
            }
        }
        libc::AF_UNIX => {
            let path: Vec<u8> = if let Some(s) = addr.as_str() {
                s.as_bytes().to_vec()
            } else if let Some(b) = crate::builtins::bytearray_methods::bytes_like(addr) {
                b
            } else {
                return Err(vm.type_error(format!(
                    "{fname}(): AF_UNIX address must be str or bytes, not {}",
                    vm.type_name(addr)
                )));
            };
            // Safety: storage is big enough for a sockaddr_un.
            let sun = unsafe { &mut *(sa.as_mut_ptr() as *mut libc::sockaddr_un) };
            if path.len() >= sun.sun_path.len() {
                return Err(vm.error("OSError", "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in sun.sun_path.iter_mut().zip(&path) {
                *d = *s as libc::c_char;
            }
            let base = std::mem::size_of::<libc::sa_family_t>();
            sa.len = (base + path.len() + usize::from(path.first() != Some(&0))) as libc::socklen_t;
        }
        _ => {
            return Err(vm.error(
                "OSError",
                format!(
                    "{fname}(): bad family {family} (pyco supports AF_INET, AF_INET6, AF_UNIX)"
                ),
            ))
        }
    }
    Ok(sa)
}

/// A C address as CPython shows it: `(host, port)`, `(host, port, flowinfo, scope_id)`
/// or a path.
pub fn addr_value(sa: &SockAddr) -> Value {
    let family = sa.storage.ss_family as i32;
    match family {
        libc::AF_INET => {
            // Safety: the family says this is a sockaddr_in.
            let sin = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_in) };
            let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            Value::tuple(vec![
                Value::string(ip.to_string()),
                Value::Int(u16::from_be(sin.sin_port) as i64),
            ])
        }
        libc::AF_INET6 => {
            // Safety: the family says this is a sockaddr_in6.
            let sin6 = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_in6) };
            let ip = Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            Value::tuple(vec![
                Value::string(ip.to_string()),
                Value::Int(u16::from_be(sin6.sin6_port) as i64),
                Value::Int(u32::from_be(sin6.sin6_flowinfo) as i64),
                Value::Int(sin6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // Safety: the family says this is a sockaddr_un.
            let sun = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_un) };
            let base = std::mem::size_of::<libc::sa_family_t>();
            let n = (sa.len as usize)
                .saturating_sub(base)
                .min(sun.sun_path.len());
            let raw: Vec<u8> = sun.sun_path[..n].iter().map(|&c| c as u8).collect();
            if raw.first() == Some(&0) {
                // Linux abstract namespace: bytes, as CPython returns them.
                return Value::Bytes(raw.into());
            }
            let end = raw.iter().position(|&c| c == 0).unwrap_or(raw.len());
            Value::string(String::from_utf8_lossy(&raw[..end]).into_owned())
        }
        _ => Value::tuple(vec![
            Value::Int(family as i64),
            Value::Bytes(Vec::new().into()),
        ]),
    }
}

/// One `getaddrinfo` result.
pub struct AddrInfo {
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
    pub canonname: String,
    pub addr: SockAddr,
}

/// The resolver's arguments, owned, so a lookup can run on another OS thread.
struct Query {
    host: Option<CString>,
    port: Option<CString>,
    family: i32,
    socktype: i32,
    proto: i32,
    flags: i32,
}

/// A failed lookup: the `EAI_*` code and, for `EAI_SYSTEM`, the errno.
type LookupError = (i32, i32);

/// Call the C resolver (no Python objects: it may run on a helper OS thread).
fn lookup(q: &Query) -> Result<Vec<AddrInfo>, LookupError> {
    // Safety: hints is plain data; the pointers given to getaddrinfo live for the call,
    // and the result list is freed once read.
    unsafe {
        let mut hints: libc::addrinfo = std::mem::zeroed();
        hints.ai_family = q.family;
        hints.ai_socktype = q.socktype;
        hints.ai_protocol = q.proto;
        hints.ai_flags = q.flags;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let rc = libc::getaddrinfo(
            q.host.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            q.port.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &hints,
            &mut res,
        );
        if rc != 0 {
            let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            return Err((rc, errno));
        }
        let mut out = Vec::new();
        let mut p = res;
        while !p.is_null() {
            let ai = &*p;
            let mut addr = SockAddr::empty();
            let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
            std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, addr.as_mut_ptr() as *mut u8, n);
            addr.len = n as libc::socklen_t;
            let canonname = if ai.ai_canonname.is_null() {
                String::new()
            } else {
                CStr::from_ptr(ai.ai_canonname)
                    .to_string_lossy()
                    .into_owned()
            };
            out.push(AddrInfo {
                family: ai.ai_family,
                socktype: ai.ai_socktype,
                protocol: ai.ai_protocol,
                canonname,
                addr,
            });
            p = ai.ai_next;
        }
        libc::freeaddrinfo(res);
        Ok(out)
    }
}

/// Run a lookup of a host name on a helper OS thread and park the calling green thread
/// on a pipe until it answers, so other green threads run during a slow DNS query.
fn lookup_on_thread(vm: &Vm, q: Query, what: &str) -> PyResult<Result<Vec<AddrInfo>, LookupError>> {
    let mut fds = [0i32; 2];
    // Safety: pipe2 writes two descriptors into fds.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } < 0 {
        return Ok(lookup(&q));
    }
    let (read_fd, write_fd) = (fds[0], fds[1]);
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("pyco-resolver".into())
        .spawn(move || {
            let _ = tx.send(lookup(&q));
            // Safety: the write end belongs to this thread; a closed read end only
            // makes the write fail (SIGPIPE is ignored).
            unsafe {
                libc::write(write_fd, b"x".as_ptr() as *const libc::c_void, 1);
                libc::close(write_fd);
            }
        });
    if spawned.is_err() {
        // Safety: closing the pipe this function made.
        unsafe {
            libc::close(read_fd);
            libc::close(write_fd);
        }
        return Err(vm.runtime_error("can't start a thread for the name lookup"));
    }
    let reason = format!("looking up {what}");
    let result = loop {
        match rx.try_recv() {
            Ok(r) => break Ok(r),
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                break Err(vm.runtime_error("the name lookup thread ended without an answer"))
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                let fd = crate::runtime::FdWait {
                    fd: read_fd,
                    write: false,
                };
                if let Err(e) = vm.wait_fd(fd, None, &reason) {
                    break Err(e);
                }
            }
        }
    };
    // Safety: closing the read end this function made.
    unsafe { libc::close(read_fd) };
    result
}

/// The C resolver, with CPython's `gaierror` on failure. Numeric hosts are answered
/// at once; names are looked up on a helper thread while other green threads run.
pub fn getaddrinfo_raw(
    vm: &Vm,
    host: Option<&str>,
    port: Option<&str>,
    family: i32,
    socktype: i32,
    proto: i32,
    flags: i32,
) -> PyResult<Vec<AddrInfo>> {
    let cstr = |s: &str| CString::new(s).map_err(|_| vm.value_error("embedded null character"));
    let q = Query {
        host: host.map(cstr).transpose()?,
        port: port.map(cstr).transpose()?,
        family,
        socktype,
        proto,
        flags,
    };
    let numeric = match host {
        None => true,
        Some(h) => h.parse::<std::net::IpAddr>().is_ok() || flags & libc::AI_NUMERICHOST != 0,
    };
    let answer = if numeric {
        lookup(&q)
    } else {
        lookup_on_thread(vm, q, host.unwrap_or(""))?
    };
    answer.map_err(|(code, errno)| gai_error_errno(vm, code, errno))
}

/// `getaddrinfo(host, port, family, type, proto, flags)` arguments as CPython takes
/// them: host `None`/str/bytes, port `None`/int/str/bytes.
pub fn getaddrinfo(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    let host = match args.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(host_str(vm, v)?),
    };
    let port = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_))) => Some(vm.index_value(v)?.to_string()),
        Some(v) if v.as_str().is_some() => v.as_str().map(str::to_string),
        Some(v) => match crate::builtins::bytearray_methods::bytes_like(v) {
            Some(b) => Some(String::from_utf8_lossy(&b).into_owned()),
            None => return Err(vm.error("OSError", "Int or String expected")),
        },
    };
    let int = |i: usize| -> PyResult<i32> {
        match args.get(i) {
            None => Ok(0),
            Some(v) => Ok(vm.index_value(v)? as i32),
        }
    };
    let infos = getaddrinfo_raw(
        vm,
        host.as_deref(),
        port.as_deref(),
        int(2)?,
        int(3)?,
        int(4)?,
        int(5)?,
    )?;
    Ok(Value::list(
        infos
            .iter()
            .map(|i| {
                Value::tuple(vec![
                    Value::Int(i.family as i64),
                    Value::Int(i.socktype as i64),
                    Value::Int(i.protocol as i64),
                    Value::string(i.canonname.clone()),
                    addr_value(&i.addr),
                ])
            })
            .collect(),
    ))
}
