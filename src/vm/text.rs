//! Text conversions that need the interpreter: `format()`, `%`-formatting, `ascii()`,
//! and the `str()` of exceptions.

use super::Vm;
use crate::format::{self, PercentFlags};
use crate::object::int::to_big;
use crate::object::{PyResult, Value};

impl Vm {
    /// `format(v, spec)`
    pub fn format(&self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Str(s) if spec.is_empty() => Ok(s.as_str().to_string()),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let tn = self.type_name(v);
                let sp = format::parse_spec(spec, &tn).map_err(|e| self.format_error(e))?;
                let b = to_big(v).unwrap_or_default();
                format::format_int(&b, &sp, &tn).map_err(|e| self.format_error(e))
            }
            Value::Float(x) => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let sp = format::parse_spec(spec, "float").map_err(|e| self.format_error(e))?;
                format::format_float(*x, &sp, "float").map_err(|e| self.format_error(e))
            }
            Value::Str(s) => {
                let sp = format::parse_spec(spec, "str").map_err(|e| self.format_error(e))?;
                format::format_str(s.as_str(), &sp, "str").map_err(|e| self.format_error(e))
            }
            _ => {
                if let Some(f) = self.type_of(v).lookup("__format__") {
                    if matches!(v, Value::Instance(_)) {
                        let r = self.call(&f, &[v.clone(), Value::str(spec)], &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(self.type_error(format!(
                                "__format__ must return a str, not {}",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                if spec.is_empty() {
                    self.to_str(v)
                } else {
                    Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )))
                }
            }
        }
    }

    /// `ascii(v)`: repr with non-ASCII characters escaped.
    pub fn ascii(&self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 128 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(out)
    }

    /// `str(exc)`: the single argument's str, the args tuple's repr, or ''.
    pub fn exception_str(&self, v: &Value) -> PyResult<String> {
        let Value::Instance(inst) = v else {
            return self.to_str(v);
        };
        let args = match &inst.exc {
            Some(d) => d.borrow().args.clone(),
            None => return self.to_str(v),
        };
        let cls = inst.class();
        if cls.is_subclass(&self.exc_class("KeyError")) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        for (name, encode) in [("UnicodeEncodeError", true), ("UnicodeDecodeError", false)] {
            if cls.is_subclass(&self.exc_class(name)) {
                if let Some(s) = crate::builtins::codecs::unicode_error_str(&args, encode) {
                    return Ok(s);
                }
            }
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.to_str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// `fmt % args`
    pub fn percent_format(&self, fmt: &str, args: &Value) -> PyResult<String> {
        self.percent_format_in(fmt, args, false)
    }

    /// `fmt % args` for a bytes `fmt`: its bytes and the result are Latin-1 text; `%s`
    /// and `%b` take bytes-like arguments, `%r` is `%a`, `%c` takes a byte.
    pub fn percent_format_bytes(&self, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
        let text: String = fmt.iter().map(|&b| b as char).collect();
        let out = self.percent_format_in(&text, args, true)?;
        Ok(out.chars().map(|c| c as u32 as u8).collect())
    }

    fn percent_format_in(&self, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
        let (items, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.as_slice().to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Value::Instance(_)
                if self.type_of(args).lookup("__getitem__").is_some()
                    && !matches!(args, Value::Str(_)) =>
            {
                (vec![args.clone()], Some(args.clone()))
            }
            other => (vec![other.clone()], None),
        };
        let mut out = String::with_capacity(fmt.len() + 16);
        let chars: Vec<char> = fmt.chars().collect();
        let mut i = 0;
        let mut next_arg = 0;
        let mut used_mapping = false;
        let mut take = |vm: &Vm| -> PyResult<Value> {
            match items.get(next_arg) {
                Some(v) => {
                    next_arg += 1;
                    Ok(v.clone())
                }
                None => Err(vm.type_error("not enough arguments for format string")),
            }
        };
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            // %(name)
            let mut keyed: Option<Value> = None;
            if chars[i] == '(' {
                let mut depth = 1;
                let start = i + 1;
                let mut j = start;
                while j < chars.len() && depth > 0 {
                    match chars[j] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                if depth > 0 {
                    return Err(self.value_error("incomplete format key"));
                }
                let key: String = chars[start..j - 1].iter().collect();
                let m = match &mapping {
                    Some(m) => m.clone(),
                    None => return Err(self.type_error("format requires a mapping")),
                };
                used_mapping = true;
                let key = if bytes {
                    Value::Bytes(
                        key.chars()
                            .map(|c| c as u32 as u8)
                            .collect::<Vec<u8>>()
                            .into(),
                    )
                } else {
                    Value::string(key)
                };
                keyed = Some(self.getitem(&m, &key)?);
                i = j;
            }
            let mut flags = PercentFlags::default();
            while i < chars.len() {
                match chars[i] {
                    '-' => flags.left = true,
                    '+' => flags.plus = true,
                    ' ' => flags.space = true,
                    '#' => flags.alt = true,
                    '0' => flags.zero = true,
                    _ => break,
                }
                i += 1;
            }
            let num = |i: &mut usize,
                       vm: &Vm,
                       take: &mut dyn FnMut(&Vm) -> PyResult<Value>|
             -> PyResult<Option<usize>> {
                if *i < chars.len() && chars[*i] == '*' {
                    *i += 1;
                    let v = take(vm)?;
                    let n = vm.index_value(&v)?;
                    return Ok(Some(n.max(0) as usize));
                }
                let start = *i;
                while *i < chars.len() && chars[*i].is_ascii_digit() {
                    *i += 1;
                }
                if *i > start {
                    Ok(chars[start..*i].iter().collect::<String>().parse().ok())
                } else {
                    Ok(None)
                }
            };
            flags.width = num(&mut i, self, &mut take)?;
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                flags.precision = Some(num(&mut i, self, &mut take)?.unwrap_or(0));
            }
            while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
                i += 1;
            }
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let conv = chars[i];
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = match keyed.take() {
                Some(v) => v,
                None => take(self)?,
            };
            let piece = match conv {
                's' | 'b' if bytes => {
                    let Some(b) = crate::builtins::bytearray_methods::bytes_like(&arg) else {
                        return Err(self.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            self.type_name(&arg)
                        )));
                    };
                    let text: String = b.iter().map(|&x| x as char).collect();
                    format::pad_percent(&text, &flags).map_err(|e| self.format_error(e))?
                }
                'r' if bytes => format::pad_percent(&self.ascii(&arg)?, &flags)
                    .map_err(|e| self.format_error(e))?,
                'c' if bytes => {
                    let b = match &arg {
                        Value::Bytes(b) if b.len() == 1 => b[0],
                        Value::Int(n) if (0..256).contains(n) => *n as u8,
                        Value::Int(_) => {
                            return Err(self.overflow_error("%c arg not in range(256)"))
                        }
                        _ => {
                            return Err(self.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    };
                    format::pad_percent(&(b as char).to_string(), &flags)
                        .map_err(|e| self.format_error(e))?
                }
                's' => format::pad_percent(&self.to_str(&arg)?, &flags)
                    .map_err(|e| self.format_error(e))?,
                'r' => format::pad_percent(&self.repr(&arg)?, &flags)
                    .map_err(|e| self.format_error(e))?,
                'a' => format::pad_percent(&self.ascii(&arg)?, &flags)
                    .map_err(|e| self.format_error(e))?,
                'c' => {
                    let s = match &arg {
                        Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                        Value::Int(n) => match char::from_u32(*n as u32) {
                            Some(c) if *n >= 0 => c.to_string(),
                            _ => return Err(self.overflow_error("%c arg not in range(0x110000)")),
                        },
                        _ => return Err(self.type_error("%c requires int or char")),
                    };
                    format::pad_percent(&s, &flags).map_err(|e| self.format_error(e))?
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                    let b = match &arg {
                        Value::Float(x) if matches!(conv, 'd' | 'i' | 'u') => {
                            if !x.is_finite() {
                                return Err(
                                    self.overflow_error("cannot convert float infinity to integer")
                                );
                            }
                            to_big(&crate::object::int::from_big(
                                num_traits::FromPrimitive::from_f64(x.trunc()).unwrap_or_default(),
                            ))
                        }
                        v => to_big(v).or_else(|| {
                            self.type_of(v)
                                .lookup("__index__")
                                .and_then(|_| self.index_value(v).ok())
                                .map(num_bigint::BigInt::from)
                        }),
                    };
                    match b {
                        Some(b) => format::percent_int(&b, &flags, conv)
                            .map_err(|e| self.format_error(e))?,
                        None => {
                            let what = if matches!(conv, 'd' | 'i' | 'u') {
                                "a real number"
                            } else {
                                "an integer"
                            };
                            return Err(self.type_error(format!(
                                "%{} format: {} is required, not {}",
                                conv,
                                what,
                                self.type_name(&arg)
                            )));
                        }
                    }
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let x = match &arg {
                        Value::Float(x) => *x,
                        Value::Int(n) => *n as f64,
                        Value::Bool(b) => *b as i64 as f64,
                        Value::BigInt(b) => {
                            num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::INFINITY)
                        }
                        _ => {
                            return Err(self.type_error(format!(
                                "must be real number, not {}",
                                self.type_name(&arg)
                            )))
                        }
                    };
                    format::percent_float(x, &flags, conv).map_err(|e| self.format_error(e))?
                }
                other => {
                    return Err(self.value_error(format!(
                        "unsupported format character '{}' (0x{:x}) at index {}",
                        other,
                        other as u32,
                        i - 1
                    )))
                }
            };
            out.push_str(&piece);
        }
        if next_arg < items.len() && !used_mapping && mapping.is_none() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(out)
    }
}
