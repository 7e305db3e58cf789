//! `_os`: the system calls behind the Python-source `os` module (`python/os.py`).
//! Failures raise `OSError(errno, strerror, filename)`, which picks CPython's subclass
//! (`FileNotFoundError`, ...).

use crate::builtins::{arg_count, reg};
use crate::object::{PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::ExitStatusExt;
use std::rc::Rc;

/// The C library's message for an errno, as `os.strerror` gives it.
fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    s.split(" (os error").next().unwrap_or(&s).to_string()
}

/// `OSError(errno, strerror, filename[, None, filename2])` for an I/O error.
pub(crate) fn os_error(vm: &Vm, e: &std::io::Error, names: &[&Value]) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = if errno != 0 {
        strerror(errno)
    } else {
        e.to_string()
    };
    let mut args = vec![Value::Int(errno as i64), Value::string(text)];
    match names {
        [] => {}
        [a] => args.push((*a).clone()),
        [a, b, ..] => {
            args.push((*a).clone());
            args.push(Value::None);
            args.push((*b).clone());
        }
    }
    let cls = Value::Class(vm.exc_class("OSError"));
    match vm.call(&cls, &args, &[]) {
        Ok(v) => vm.make_exception(v, "").unwrap_or_else(|e| e),
        Err(e) => e,
    }
}

fn path_arg<'a>(vm: &Vm, fname: &str, v: &'a Value) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{fname}: path should be string, bytes or os.PathLike, not {}",
            vm.type_name(v)
        ))
    })
}

fn float_time(secs: i64, nsecs: i64) -> Value {
    Value::Float(secs as f64 + nsecs as f64 * 1e-9)
}

pub fn init(vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    super::os_proc::init(vm, d)?;
    reg(d, "getcwd", |vm, args, _| {
        arg_count(vm, "getcwd", args, 0, 0)?;
        let p = std::env::current_dir().map_err(|e| os_error(vm, &e, &[]))?;
        Ok(Value::string(p.to_string_lossy().into_owned()))
    });
    reg(d, "chdir", |vm, args, _| {
        arg_count(vm, "chdir", args, 1, 1)?;
        let p = path_arg(vm, "chdir", &args[0])?;
        std::env::set_current_dir(p).map_err(|e| os_error(vm, &e, &[&args[0]]))?;
        Ok(Value::None)
    });
    reg(d, "listdir", |vm, args, _| {
        arg_count(vm, "listdir", args, 1, 1)?;
        let p = path_arg(vm, "listdir", &args[0])?;
        let rd = std::fs::read_dir(p).map_err(|e| os_error(vm, &e, &[&args[0]]))?;
        let mut out = Vec::new();
        for entry in rd {
            let entry = entry.map_err(|e| os_error(vm, &e, &[&args[0]]))?;
            out.push(Value::string(
                entry.file_name().to_string_lossy().into_owned(),
            ));
        }
        Ok(Value::list(out))
    });
    reg(d, "getpid", |_, _, _| {
        Ok(Value::Int(std::process::id() as i64))
    });
    reg(d, "getppid", |_, _, _| {
        Ok(Value::Int(std::os::unix::process::parent_id() as i64))
    });
    reg(d, "cpu_count", |_, _, _| {
        Ok(std::thread::available_parallelism()
            .map(|n| Value::Int(n.get() as i64))
            .unwrap_or(Value::None))
    });
    reg(d, "environ", |_, _, _| {
        let dict = PyDict::new();
        for (k, v) in std::env::vars_os() {
            dict.set_str(
                &k.to_string_lossy(),
                Value::string(v.to_string_lossy().into_owned()),
            );
        }
        Ok(Value::Dict(Rc::new(dict)))
    });
    reg(d, "putenv", |vm, args, _| {
        arg_count(vm, "putenv", args, 2, 2)?;
        let k = path_arg(vm, "putenv", &args[0])?;
        let v = path_arg(vm, "putenv", &args[1])?;
        if k.is_empty() || k.contains('=') {
            return Err(vm.value_error("illegal environment variable name"));
        }
        if k.contains('\0') || v.contains('\0') {
            return Err(vm.value_error("embedded null byte"));
        }
        std::env::set_var(k, v);
        Ok(Value::None)
    });
    reg(d, "unsetenv", |vm, args, _| {
        arg_count(vm, "unsetenv", args, 1, 1)?;
        let k = path_arg(vm, "unsetenv", &args[0])?;
        if k.is_empty() || k.contains('=') || k.contains('\0') {
            return Err(vm.value_error("illegal environment variable name"));
        }
        std::env::remove_var(k);
        Ok(Value::None)
    });
    // system(command) -> the wait status (exit code << 8, or the signal number).
    reg(d, "system", |vm, args, _| {
        arg_count(vm, "system", args, 1, 1)?;
        let cmd = path_arg(vm, "system", &args[0])?;
        vm.flush_stdout();
        let status = std::process::Command::new("/bin/sh")
            .arg("-c")
            .arg(cmd)
            .status();
        Ok(Value::Int(match status {
            Ok(s) => s.into_raw() as i64,
            Err(_) => 127 << 8,
        }))
    });
    // popen_read(command) -> (stdout text, wait status): `os.popen(cmd).read()`.
    reg(d, "popen_read", |vm, args, _| {
        arg_count(vm, "popen_read", args, 1, 1)?;
        let cmd = path_arg(vm, "popen", &args[0])?;
        vm.flush_stdout();
        let out = std::process::Command::new("/bin/sh")
            .arg("-c")
            .arg(cmd)
            .stdin(std::process::Stdio::inherit())
            .stderr(std::process::Stdio::inherit())
            .output()
            .map_err(|e| os_error(vm, &e, &[]))?;
        Ok(Value::tuple(vec![
            Value::string(String::from_utf8_lossy(&out.stdout).into_owned()),
            Value::Int(out.status.into_raw() as i64),
        ]))
    });
    // The real user and group ids (the owner of /proc/self).
    reg(d, "ids", |vm, _, _| {
        let m = std::fs::metadata("/proc/self").map_err(|e| os_error(vm, &e, &[]))?;
        Ok(Value::tuple(vec![
            Value::Int(m.uid() as i64),
            Value::Int(m.gid() as i64),
        ]))
    });
    reg(d, "remove", |vm, args, _| {
        arg_count(vm, "remove", args, 1, 1)?;
        let p = path_arg(vm, "remove", &args[0])?;
        // unlink(2) on a directory fails with EISDIR on Linux, as CPython reports it.
        if std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()) {
            return Err(os_error(
                vm,
                &std::io::Error::from_raw_os_error(21),
                &[&args[0]],
            ));
        }
        std::fs::remove_file(p).map_err(|e| os_error(vm, &e, &[&args[0]]))?;
        Ok(Value::None)
    });
    reg(d, "rmdir", |vm, args, _| {
        arg_count(vm, "rmdir", args, 1, 1)?;
        let p = path_arg(vm, "rmdir", &args[0])?;
        std::fs::remove_dir(p).map_err(|e| os_error(vm, &e, &[&args[0]]))?;
        Ok(Value::None)
    });
    reg(d, "mkdir", |vm, args, _| {
        arg_count(vm, "mkdir", args, 2, 2)?;
        let p = path_arg(vm, "mkdir", &args[0])?;
        let mode = vm.index_value(&args[1])?;
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .mode(mode as u32)
            .create(p)
            .map_err(|e| os_error(vm, &e, &[&args[0]]))?;
        Ok(Value::None)
    });
    reg(d, "rename", |vm, args, _| {
        arg_count(vm, "rename", args, 2, 2)?;
        let a = path_arg(vm, "rename", &args[0])?;
        let b = path_arg(vm, "rename", &args[1])?;
        std::fs::rename(a, b).map_err(|e| os_error(vm, &e, &[&args[0], &args[1]]))?;
        Ok(Value::None)
    });
    reg(d, "chmod", |vm, args, _| {
        arg_count(vm, "chmod", args, 2, 2)?;
        let p = path_arg(vm, "chmod", &args[0])?;
        let mode = vm.index_value(&args[1])?;
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode as u32))
            .map_err(|e| os_error(vm, &e, &[&args[0]]))?;
        Ok(Value::None)
    });
    // stat(path, follow_symlinks) -> (mode, ino, dev, nlink, uid, gid, size, atime, mtime,
    // ctime), or None when `quiet` and the path cannot be stat'ed.
    reg(d, "stat", |vm, args, _| {
        arg_count(vm, "stat", args, 3, 3)?;
        let p = path_arg(vm, "stat", &args[0])?;
        let follow = vm.truthy(&args[1])?;
        let quiet = vm.truthy(&args[2])?;
        let m = if follow {
            std::fs::metadata(p)
        } else {
            std::fs::symlink_metadata(p)
        };
        let m = match m {
            Ok(m) => m,
            Err(_) if quiet => return Ok(Value::None),
            Err(e) => return Err(os_error(vm, &e, &[&args[0]])),
        };
        Ok(Value::tuple(vec![
            Value::Int(m.mode() as i64),
            Value::Int(m.ino() as i64),
            Value::Int(m.dev() as i64),
            Value::Int(m.nlink() as i64),
            Value::Int(m.uid() as i64),
            Value::Int(m.gid() as i64),
            Value::Int(m.size() as i64),
            float_time(m.atime(), m.atime_nsec()),
            float_time(m.mtime(), m.mtime_nsec()),
            float_time(m.ctime(), m.ctime_nsec()),
        ]))
    });
    reg(d, "realpath", |vm, args, _| {
        arg_count(vm, "realpath", args, 1, 1)?;
        let p = path_arg(vm, "realpath", &args[0])?;
        Ok(match std::fs::canonicalize(p) {
            Ok(r) => Value::string(r.to_string_lossy().into_owned()),
            Err(_) => Value::None,
        })
    });
    reg(d, "readlink", |vm, args, _| {
        arg_count(vm, "readlink", args, 1, 1)?;
        let p = path_arg(vm, "readlink", &args[0])?;
        let r = std::fs::read_link(p).map_err(|e| os_error(vm, &e, &[&args[0]]))?;
        Ok(Value::string(r.to_string_lossy().into_owned()))
    });
    reg(d, "symlink", |vm, args, _| {
        arg_count(vm, "symlink", args, 2, 2)?;
        let a = path_arg(vm, "symlink", &args[0])?;
        let b = path_arg(vm, "symlink", &args[1])?;
        std::os::unix::fs::symlink(a, b).map_err(|e| os_error(vm, &e, &[&args[0], &args[1]]))?;
        Ok(Value::None)
    });
    reg(d, "urandom", |vm, args, _| {
        use std::io::Read;
        arg_count(vm, "urandom", args, 1, 1)?;
        let n = vm.index_value(&args[0])?;
        if n < 0 {
            return Err(vm.value_error("negative argument not allowed"));
        }
        let mut buf = vec![0u8; n as usize];
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut buf))
            .map_err(|e| os_error(vm, &e, &[]))?;
        Ok(Value::Bytes(buf.into()))
    });
    reg(d, "strerror", |vm, args, _| {
        arg_count(vm, "strerror", args, 1, 1)?;
        Ok(Value::string(strerror(vm.index_value(&args[0])? as i32)))
    });
    reg(d, "_exit", |vm, args, _| {
        arg_count(vm, "_exit", args, 1, 1)?;
        let code = vm.index_value(&args[0])?;
        vm.flush_stdout();
        std::process::exit(code as i32)
    });
    Ok(())
}
