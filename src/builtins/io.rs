//! `sys.stdout` and `sys.stderr`: text streams over pyco's buffered output.

use super::{arg_count, method};
use crate::object::{Class, NativeObject, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

pub struct Stream {
    pub is_err: bool,
}

impl NativeObject for Stream {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        let c = vm.native_class("TextIOWrapper");
        if c.dict.get_str("write").is_none() {
            method(&c, "write", |vm, a, _| {
                arg_count(vm, "write", &a[1..], 1, 1)?;
                let s = match &a[1] {
                    Value::Str(s) => s.as_str().to_string(),
                    o => {
                        return Err(vm.type_error(format!(
                            "write() argument must be str, not {}",
                            vm.type_name(o)
                        )))
                    }
                };
                let is_err = a[0]
                    .as_native::<Stream>()
                    .map(|s| s.is_err)
                    .unwrap_or(false);
                if is_err {
                    vm.write_stderr(&s);
                } else {
                    vm.write_stdout(&s);
                }
                Ok(Value::Int(s.chars().count() as i64))
            });
            method(&c, "flush", |vm, _, _| {
                vm.flush_stdout();
                Ok(Value::None)
            });
            method(&c, "isatty", |vm, a, _| {
                let is_err = a[0]
                    .as_native::<Stream>()
                    .map(|s| s.is_err)
                    .unwrap_or(false);
                Ok(Value::Bool(if is_err {
                    std::io::IsTerminal::is_terminal(&std::io::stderr())
                } else {
                    vm.stdout_is_tty
                }))
            });
        }
        c
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> crate::object::PyResult<String> {
        Ok(if self.is_err {
            "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>".into()
        } else {
            "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>".into()
        })
    }
}

pub fn stream(_vm: &Vm, is_err: bool) -> Value {
    Value::Native(Rc::new(Stream { is_err }))
}

/// A file opened by `open()`: text or binary, read or write, over a real OS file.
pub struct File {
    pub name: String,
    pub mode: String,
    pub binary: bool,
    inner: std::cell::RefCell<Option<std::fs::File>>,
    /// Bytes read ahead of what Python asked for (line reads).
    pending: std::cell::RefCell<Vec<u8>>,
}

impl NativeObject for File {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class(if self.binary {
            "BufferedReader"
        } else {
            "TextIOWrapper"
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> crate::object::PyResult<String> {
        Ok(if self.binary {
            format!("<_io.BufferedReader name='{}'>", self.name)
        } else {
            format!(
                "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
                self.name, self.mode
            )
        })
    }
    fn next(&self, vm: &Vm) -> Option<crate::object::PyResult<Option<Value>>> {
        Some(self.readline(vm).map(|v| match &v {
            Value::Str(s) if s.as_str().is_empty() => None,
            Value::Bytes(b) if b.is_empty() => None,
            _ => Some(v),
        }))
    }
    fn is_iterator(&self) -> bool {
        true
    }
}

fn os_error(vm: &Vm, e: std::io::Error, name: &str) -> crate::object::PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        std::io::ErrorKind::AlreadyExists => "File exists".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    };
    let cls = Value::Class(vm.exc_class("OSError"));
    match vm.call(
        &cls,
        &[
            Value::Int(errno as i64),
            Value::string(text),
            Value::str(name),
        ],
        &[],
    ) {
        Ok(v) => vm.make_exception(v, "").unwrap_or_else(|e| e),
        Err(e) => e,
    }
}

impl File {
    fn closed_error(vm: &Vm) -> crate::object::PyErr {
        vm.value_error("I/O operation on closed file.")
    }
    fn with_file<T>(
        &self,
        vm: &Vm,
        f: impl FnOnce(&mut std::fs::File) -> std::io::Result<T>,
    ) -> crate::object::PyResult<T> {
        let mut g = self.inner.borrow_mut();
        let file = g.as_mut().ok_or_else(|| File::closed_error(vm))?;
        f(file).map_err(|e| os_error(vm, e, &self.name))
    }
    fn wrap(&self, vm: &Vm, bytes: Vec<u8>) -> crate::object::PyResult<Value> {
        if self.binary {
            Ok(Value::Bytes(bytes.into()))
        } else {
            String::from_utf8(bytes).map(Value::string).map_err(|_| {
                vm.error(
                    "UnicodeDecodeError",
                    "'utf-8' codec can't decode the file's bytes",
                )
            })
        }
    }
    pub fn read(&self, vm: &Vm, n: Option<usize>) -> crate::object::PyResult<Value> {
        use std::io::Read;
        let mut out = std::mem::take(&mut *self.pending.borrow_mut());
        match n {
            None => {
                self.with_file(vm, |f| f.read_to_end(&mut out))?;
            }
            Some(n) => {
                while out.len() < n {
                    let mut buf = vec![0u8; n - out.len()];
                    let got = self.with_file(vm, |f| f.read(&mut buf))?;
                    if got == 0 {
                        break;
                    }
                    out.extend_from_slice(&buf[..got]);
                }
                if out.len() > n {
                    *self.pending.borrow_mut() = out.split_off(n);
                }
            }
        }
        self.wrap(vm, out)
    }
    pub fn readline(&self, vm: &Vm) -> crate::object::PyResult<Value> {
        use std::io::Read;
        loop {
            let pos = self.pending.borrow().iter().position(|&b| b == b'\n');
            if let Some(p) = pos {
                let rest = self.pending.borrow_mut().split_off(p + 1);
                let line = std::mem::replace(&mut *self.pending.borrow_mut(), rest);
                return self.wrap(vm, line);
            }
            let mut buf = vec![0u8; 8192];
            let got = self.with_file(vm, |f| f.read(&mut buf))?;
            if got == 0 {
                let line = std::mem::take(&mut *self.pending.borrow_mut());
                return self.wrap(vm, line);
            }
            self.pending.borrow_mut().extend_from_slice(&buf[..got]);
        }
    }
    pub fn write(&self, vm: &Vm, data: &Value) -> crate::object::PyResult<Value> {
        use std::io::Write;
        let (bytes, count) = match (data, self.binary) {
            (Value::Str(s), false) => (s.as_str().as_bytes().to_vec(), s.char_len()),
            (Value::Bytes(b), true) => (b.to_vec(), b.len()),
            (other, false) => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(other)
                )))
            }
            (other, true) => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(other)
                )))
            }
        };
        self.with_file(vm, |f| f.write_all(&bytes))?;
        Ok(Value::Int(count as i64))
    }
}

/// `open(file, mode='r', encoding=None)`
pub fn open(
    vm: &Vm,
    args: &[Value],
    kw: crate::object::function::Kwargs,
) -> crate::object::PyResult<Value> {
    let path = args
        .first()
        .cloned()
        .or_else(|| super::kwarg(kw, "file"))
        .ok_or_else(|| vm.type_error("open() missing required argument 'file' (pos 1)"))?;
    let name = match &path {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )))
        }
    };
    let mode = match args.get(1).cloned().or_else(|| super::kwarg(kw, "mode")) {
        Some(Value::Str(m)) => m.as_str().to_string(),
        None => "r".to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(&other)
            )))
        }
    };
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') => opts.read(true).write(plus),
        Some('w') => opts.write(true).create(true).truncate(true).read(plus),
        Some('a') => opts.append(true).create(true).read(plus),
        Some('x') => opts.write(true).create_new(true).read(plus),
        _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
    };
    let file = opts.open(&name).map_err(|e| os_error(vm, e, &name))?;
    Ok(Value::Native(Rc::new(File {
        name,
        mode,
        binary,
        inner: std::cell::RefCell::new(Some(file)),
        pending: std::cell::RefCell::new(Vec::new()),
    })))
}

fn this_file<'a>(vm: &Vm, v: &'a Value) -> crate::object::PyResult<&'a File> {
    v.as_native::<File>()
        .ok_or_else(|| vm.type_error("expected a file object"))
}

/// The methods of file objects.
pub fn install_files(vm: &Vm) {
    for cname in ["TextIOWrapper", "BufferedReader"] {
        let c = vm.native_class(cname);
        method(&c, "read", |vm, a, _| {
            let n = match a.get(1) {
                None | Some(Value::None) => None,
                Some(v) => {
                    let n = vm.index_value(v)?;
                    if n < 0 {
                        None
                    } else {
                        Some(n as usize)
                    }
                }
            };
            this_file(vm, &a[0])?.read(vm, n)
        });
        method(&c, "readline", |vm, a, _| {
            this_file(vm, &a[0])?.readline(vm)
        });
        method(&c, "readlines", |vm, a, _| {
            let f = this_file(vm, &a[0])?;
            let mut out = Vec::new();
            loop {
                let line = f.readline(vm)?;
                let empty = matches!(&line, Value::Str(s) if s.as_str().is_empty())
                    || matches!(&line, Value::Bytes(b) if b.is_empty());
                if empty {
                    break;
                }
                out.push(line);
            }
            Ok(Value::list(out))
        });
        method(&c, "write", |vm, a, _| {
            arg_count(vm, "write", &a[1..], 1, 1)?;
            if let Some(s) = a[0].as_native::<Stream>() {
                let text = match &a[1] {
                    Value::Str(t) => t.as_str().to_string(),
                    o => {
                        return Err(vm.type_error(format!(
                            "write() argument must be str, not {}",
                            vm.type_name(o)
                        )))
                    }
                };
                if s.is_err {
                    vm.write_stderr(&text);
                } else {
                    vm.write_stdout(&text);
                }
                return Ok(Value::Int(text.chars().count() as i64));
            }
            this_file(vm, &a[0])?.write(vm, &a[1])
        });
        method(&c, "isatty", |vm, a, _| match a[0].as_native::<Stream>() {
            Some(s) if s.is_err => Ok(Value::Bool(std::io::IsTerminal::is_terminal(
                &std::io::stderr(),
            ))),
            Some(_) => Ok(Value::Bool(vm.stdout_is_tty)),
            None => Ok(Value::Bool(false)),
        });
        method(&c, "writelines", |vm, a, _| {
            arg_count(vm, "writelines", &a[1..], 1, 1)?;
            let f = this_file(vm, &a[0])?;
            // One write for all the lines (files are unbuffered: this keeps them together,
            // as a buffered file's flush would). A line of the wrong type is reported by
            // `write` after the ones before it are written.
            let lines = vm.collect(&a[1])?;
            let mut text = String::new();
            let mut bytes = Vec::new();
            let mut bad = None;
            for line in &lines {
                match (line, f.binary) {
                    (Value::Str(s), false) => text.push_str(s.as_str()),
                    (Value::Bytes(b), true) => bytes.extend_from_slice(b),
                    _ => {
                        bad = Some(line);
                        break;
                    }
                }
            }
            let joined = if f.binary {
                Value::Bytes(bytes.into())
            } else {
                Value::string(text)
            };
            f.write(vm, &joined)?;
            if let Some(line) = bad {
                f.write(vm, line)?;
            }
            Ok(Value::None)
        });
        method(&c, "flush", |vm, a, _| {
            use std::io::Write;
            if a[0].as_native::<Stream>().is_some() {
                vm.flush_stdout();
                return Ok(Value::None);
            }
            this_file(vm, &a[0])?.with_file(vm, |f| f.flush())?;
            Ok(Value::None)
        });
        method(&c, "close", |vm, a, _| {
            this_file(vm, &a[0])?.inner.borrow_mut().take();
            Ok(Value::None)
        });
        method(&c, "fileno", |vm, a, _| {
            use std::os::unix::io::AsRawFd;
            Ok(Value::Int(
                this_file(vm, &a[0])?.with_file(vm, |f| Ok(f.as_raw_fd()))? as i64,
            ))
        });
        method(&c, "__enter__", |_, a, _| Ok(a[0].clone()));
        method(&c, "__exit__", |vm, a, _| {
            this_file(vm, &a[0])?.inner.borrow_mut().take();
            Ok(Value::Bool(false))
        });
        method(&c, "__iter__", |_, a, _| Ok(a[0].clone()));
        method(&c, "__next__", |vm, a, _| match vm.next(&a[0])? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        });
        // `sys.stdout` and `sys.stderr` share this class: never closed, mode 'w'.
        let closed: crate::object::descriptor::Getter = |vm, v| {
            if v.as_native::<Stream>().is_some() {
                return Ok(Value::Bool(false));
            }
            Ok(Value::Bool(this_file(vm, v)?.inner.borrow().is_none()))
        };
        c.dict.set_str(
            "closed",
            Value::Native(Rc::new(crate::object::descriptor::NativeProperty {
                name: "closed",
                get: closed,
                set: None,
            })),
        );
        let name: crate::object::descriptor::Getter = |vm, v| {
            if let Some(s) = v.as_native::<Stream>() {
                return Ok(Value::str(if s.is_err { "<stderr>" } else { "<stdout>" }));
            }
            Ok(Value::str(&this_file(vm, v)?.name))
        };
        c.dict.set_str(
            "name",
            Value::Native(Rc::new(crate::object::descriptor::NativeProperty {
                name: "name",
                get: name,
                set: None,
            })),
        );
        let mode: crate::object::descriptor::Getter = |vm, v| {
            if v.as_native::<Stream>().is_some() {
                return Ok(Value::str("w"));
            }
            Ok(Value::str(&this_file(vm, v)?.mode))
        };
        c.dict.set_str(
            "mode",
            Value::Native(Rc::new(crate::object::descriptor::NativeProperty {
                name: "mode",
                get: mode,
                set: None,
            })),
        );
    }
}
