//! Methods of `str` and `bytes`.

use super::{arg_count, kwarg, method, self_str};
use crate::format::case;
use crate::object::{PyResult, PyStr, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn arg_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(other)))),
    }
}

/// Optional `chars` argument of strip-like methods.
fn strip_chars(vm: &Vm, args: &[Value], name: &str) -> PyResult<Option<Vec<char>>> {
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().chars().collect())),
        Some(o) => Err(vm.type_error(format!(
            "{name} arg must be None or str, not {}",
            vm.type_name(o)
        ))),
    }
}

/// The part of `s` between the character positions given by arguments `first` and
/// `first + 1` (`start`/`end`, adjusted as CPython adjusts them: negative counts from the
/// end, `end` stops at the length), with the character offset it starts at. `None` when
/// `start` lies past `end`: a search there finds nothing, not even "".
fn window<'a>(
    vm: &Vm,
    s: &'a PyStr,
    args: &[Value],
    first: usize,
) -> PyResult<Option<(&'a str, usize)>> {
    let len = s.char_len() as i64;
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match args.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(v) => vm.slice_index(v),
        }
    };
    let mut start = get(first, 0)?;
    let mut end = get(first + 1, len)?;
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    if start > end {
        return Ok(None);
    }
    Ok(Some((
        char_sub(s, start as usize, end as usize),
        start as usize,
    )))
}

/// Characters `a..b` of `s` (with `a <= b <= ` its length), borrowed.
fn char_sub(s: &PyStr, a: usize, b: usize) -> &str {
    let text = s.as_str();
    if s.is_ascii() {
        return &text[a..b];
    }
    let mut offsets = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()));
    let from = offsets.nth(a).unwrap_or(text.len());
    let to = match b - a {
        0 => from,
        n => offsets.nth(n - 1).unwrap_or(text.len()),
    };
    &text[from..to]
}

/// The character position of `needle` in `s` within the window of arguments `first` and
/// `first + 1` (the last occurrence when `reverse`).
fn find_in(
    vm: &Vm,
    s: &PyStr,
    needle: &str,
    args: &[Value],
    first: usize,
    reverse: bool,
) -> PyResult<Option<usize>> {
    let Some((sub, offset)) = window(vm, s, args, first)? else {
        return Ok(None);
    };
    let found = if reverse {
        sub.rfind(needle)
    } else {
        sub.find(needle)
    };
    Ok(found.map(|pos| match s.is_ascii() {
        true => offset + pos,
        false => offset + sub[..pos].chars().count(),
    }))
}

fn split_ws(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(Value::str(rest));
            return out;
        }
        match rest.find(char::is_whitespace) {
            Some(i) => {
                out.push(Value::str(&rest[..i]));
                rest = rest[i..].trim_start();
                n += 1;
            }
            None => {
                out.push(Value::str(rest));
                break;
            }
        }
    }
    out
}

fn rsplit_ws(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = s.trim_end();
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(Value::str(rest));
            break;
        }
        match rest.rfind(char::is_whitespace) {
            Some(i) => {
                let w = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                out.push(Value::str(&rest[i + w..]));
                rest = rest[..i].trim_end();
                n += 1;
            }
            None => {
                out.push(Value::str(rest));
                break;
            }
        }
    }
    out.reverse();
    out
}

fn pad(
    vm: &Vm,
    args: &[Value],
    name: &str,
    split: fn(usize, usize) -> (usize, usize),
) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    arg_count(vm, name, &args[1..], 1, 2)?;
    let width = vm.index_value(&args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => ' ',
        Some(Value::Str(c)) if c.char_len() == 1 => c.as_str().chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
    };
    let n = s.char_len();
    if n >= width {
        return Ok(args[0].clone());
    }
    let (left, right) = split(width - n, width);
    let padded = crate::object::alloc::pad_str(vm, s.as_str(), fill, left, right)?;
    Ok(Value::string(padded))
}

/// Methods of `str` that take no arguments: CPython's message for extra ones.
const NO_ARG_METHODS: &[&str] = &[
    "upper",
    "lower",
    "casefold",
    "swapcase",
    "capitalize",
    "title",
    "isdigit",
    "isdecimal",
    "isnumeric",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isidentifier",
    "istitle",
    "isascii",
    "isprintable",
];

pub fn install(vm: &Rc<Vm>) {
    let c = &vm.types.str_;
    method(c, "upper", |vm, a, _| {
        Ok(Value::string(
            self_str(vm, a, "upper")?.as_str().to_uppercase(),
        ))
    });
    method(c, "lower", |vm, a, _| {
        Ok(Value::string(
            self_str(vm, a, "lower")?.as_str().to_lowercase(),
        ))
    });
    method(c, "casefold", |vm, a, _| {
        Ok(Value::string(case::casefold(
            self_str(vm, a, "casefold")?.as_str(),
        )))
    });
    method(c, "swapcase", |vm, a, _| {
        let s = self_str(vm, a, "swapcase")?;
        Ok(Value::string(
            s.as_str()
                .chars()
                .flat_map(|ch| -> Vec<char> {
                    if ch.is_uppercase() {
                        ch.to_lowercase().collect()
                    } else {
                        ch.to_uppercase().collect()
                    }
                })
                .collect(),
        ))
    });
    method(c, "capitalize", |vm, a, _| {
        Ok(Value::string(case::capitalize(
            self_str(vm, a, "capitalize")?.as_str(),
        )))
    });
    method(c, "title", |vm, a, _| {
        Ok(Value::string(case::title(
            self_str(vm, a, "title")?.as_str(),
        )))
    });
    for (name, which) in [("strip", 0u8), ("lstrip", 1), ("rstrip", 2)] {
        method(c, name, move |vm, a, _| {
            let s = self_str(vm, a, name)?;
            arg_count(vm, name, &a[1..], 0, 1)?;
            let chars = strip_chars(vm, a, name)?;
            let t = s.as_str();
            let pred = |ch: char| match &chars {
                Some(cs) => cs.contains(&ch),
                None => ch.is_whitespace(),
            };
            let r = match which {
                0 => t.trim_matches(pred),
                1 => t.trim_start_matches(pred),
                _ => t.trim_end_matches(pred),
            };
            Ok(Value::str(r))
        });
    }
    method(c, "split", |vm, a, kw| {
        let s = self_str(vm, a, "split")?;
        let sep = a
            .get(1)
            .cloned()
            .or_else(|| kwarg(kw, "sep"))
            .unwrap_or(Value::None);
        let maxsplit = match a.get(2).cloned().or_else(|| kwarg(kw, "maxsplit")) {
            Some(v) => vm.index_value(&v)?,
            None => -1,
        };
        match sep {
            Value::None => Ok(Value::list(split_ws(s.as_str(), maxsplit))),
            Value::Str(sep) => {
                if sep.as_str().is_empty() {
                    return Err(vm.value_error("empty separator"));
                }
                let parts: Vec<Value> = if maxsplit < 0 {
                    s.as_str().split(sep.as_str()).map(Value::str).collect()
                } else {
                    s.as_str()
                        .splitn(maxsplit as usize + 1, sep.as_str())
                        .map(Value::str)
                        .collect()
                };
                Ok(Value::list(parts))
            }
            o => Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&o)))),
        }
    });
    method(c, "rsplit", |vm, a, kw| {
        let s = self_str(vm, a, "rsplit")?;
        let sep = a
            .get(1)
            .cloned()
            .or_else(|| kwarg(kw, "sep"))
            .unwrap_or(Value::None);
        let maxsplit = match a.get(2).cloned().or_else(|| kwarg(kw, "maxsplit")) {
            Some(v) => vm.index_value(&v)?,
            None => -1,
        };
        match sep {
            Value::None => Ok(Value::list(rsplit_ws(s.as_str(), maxsplit))),
            Value::Str(sep) => {
                if sep.as_str().is_empty() {
                    return Err(vm.value_error("empty separator"));
                }
                let mut parts: Vec<Value> = if maxsplit < 0 {
                    s.as_str().rsplit(sep.as_str()).map(Value::str).collect()
                } else {
                    s.as_str()
                        .rsplitn(maxsplit as usize + 1, sep.as_str())
                        .map(Value::str)
                        .collect()
                };
                parts.reverse();
                Ok(Value::list(parts))
            }
            o => Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&o)))),
        }
    });
    method(c, "splitlines", |vm, a, kw| {
        let s = self_str(vm, a, "splitlines")?;
        let keep = match a.get(1).cloned().or_else(|| kwarg(kw, "keepends")) {
            Some(v) => vm.truthy(&v)?,
            None => false,
        };
        let mut out = Vec::new();
        let t = s.as_str();
        let mut start = 0;
        let bytes: Vec<(usize, char)> = t.char_indices().collect();
        let mut i = 0;
        while i < bytes.len() {
            let (pos, ch) = bytes[i];
            if matches!(
                ch,
                '\n' | '\r'
                    | '\x0b'
                    | '\x0c'
                    | '\x1c'
                    | '\x1d'
                    | '\x1e'
                    | '\u{85}'
                    | '\u{2028}'
                    | '\u{2029}'
            ) {
                let mut end = pos + ch.len_utf8();
                if ch == '\r' && i + 1 < bytes.len() && bytes[i + 1].1 == '\n' {
                    end += 1;
                    i += 1;
                }
                out.push(Value::str(if keep {
                    &t[start..end]
                } else {
                    &t[start..pos]
                }));
                start = end;
            }
            i += 1;
        }
        if start < t.len() {
            out.push(Value::str(&t[start..]));
        }
        Ok(Value::list(out))
    });
    method(c, "join", |vm, a, _| {
        let s = self_str(vm, a, "join")?;
        arg_count(vm, "str.join", &a[1..], 1, 1)?;
        if !vm.has_iter(&a[1]) {
            return Err(vm.type_error("can only join an iterable"));
        }
        let items = vm.collect(&a[1])?;
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(s.as_str());
            }
            match it {
                Value::Str(x) => out.push_str(x.as_str()),
                o => {
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        vm.type_name(o)
                    )))
                }
            }
        }
        Ok(Value::string(out))
    });
    method(c, "replace", |vm, a, _| {
        let s = self_str(vm, a, "replace")?;
        arg_count(vm, "replace", &a[1..], 2, 3)?;
        let old = arg_str(vm, &a[1], "replace() argument 1")?;
        let new = arg_str(vm, &a[2], "replace() argument 2")?;
        let count = match a.get(3) {
            Some(v) => vm.index_value(v)?,
            None => -1,
        };
        Ok(Value::string(if count < 0 {
            s.as_str().replace(old, new)
        } else {
            s.as_str().replacen(old, new, count as usize)
        }))
    });
    for (name, reverse, raise) in [
        ("find", false, false),
        ("rfind", true, false),
        ("index", false, true),
        ("rindex", true, true),
    ] {
        method(c, name, move |vm, a, _| {
            let s = self_str(vm, a, name)?;
            arg_count(vm, name, &a[1..], 1, 3)?;
            let needle = arg_str(vm, &a[1], name)?;
            match find_in(vm, s, needle, a, 2, reverse)? {
                Some(i) => Ok(Value::Int(i as i64)),
                None if raise => Err(vm.value_error("substring not found")),
                None => Ok(Value::Int(-1)),
            }
        });
    }
    method(c, "count", |vm, a, _| {
        let s = self_str(vm, a, "count")?;
        arg_count(vm, "count", &a[1..], 1, 3)?;
        let needle = arg_str(vm, &a[1], "count")?;
        let Some((sub, _)) = window(vm, s, a, 2)? else {
            return Ok(Value::Int(0));
        };
        if needle.is_empty() {
            return Ok(Value::Int(sub.chars().count() as i64 + 1));
        }
        Ok(Value::Int(sub.matches(needle).count() as i64))
    });
    for (name, ends) in [("startswith", false), ("endswith", true)] {
        method(c, name, move |vm, a, _| {
            let s = self_str(vm, a, name)?;
            arg_count(vm, name, &a[1..], 1, 3)?;
            let window = window(vm, s, a, 2)?;
            let test = |p: &str| {
                let Some((sub, _)) = window else {
                    return false;
                };
                if ends {
                    sub.ends_with(p)
                } else {
                    sub.starts_with(p)
                }
            };
            match &a[1] {
                Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
                Value::Tuple(t) => {
                    for p in t.as_slice() {
                        if test(arg_str(vm, p, name)?) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    Ok(Value::Bool(false))
                }
                o => Err(vm.type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    vm.type_name(o)
                ))),
            }
        });
    }
    method(c, "center", |vm, a, _| {
        pad(vm, a, "center", |n, width| {
            // CPython's rounding: the extra fill goes left when the width is odd.
            let left = n / 2 + (n & width & 1);
            (left, n - left)
        })
    });
    method(c, "ljust", |vm, a, _| pad(vm, a, "ljust", |n, _| (0, n)));
    method(c, "rjust", |vm, a, _| pad(vm, a, "rjust", |n, _| (n, 0)));
    method(c, "zfill", |vm, a, _| {
        let s = self_str(vm, a, "zfill")?;
        arg_count(vm, "zfill", &a[1..], 1, 1)?;
        let width = vm.index_value(&a[1])?.max(0) as usize;
        let t = s.as_str();
        let n = s.char_len();
        if n >= width {
            return Ok(a[0].clone());
        }
        let (sign, rest) = match t.chars().next() {
            Some(c @ ('+' | '-')) => (c.to_string(), &t[1..]),
            _ => (String::new(), t),
        };
        let zeros = crate::object::alloc::pad_str(vm, rest, '0', width - n, 0)?;
        Ok(Value::string(format!("{sign}{zeros}")))
    });
    for (name, pred) in [
        ("isdigit", case::is_digit as fn(char) -> bool),
        ("isdecimal", case::is_decimal),
        ("isnumeric", case::is_numeric),
        ("isalpha", |c: char| c.is_alphabetic()),
        ("isalnum", |c: char| c.is_alphanumeric()),
        ("isspace", |c: char| c.is_whitespace()),
    ] {
        method(c, name, move |vm, a, _| {
            let s = self_str(vm, a, name)?;
            Ok(Value::Bool(
                !s.as_str().is_empty() && s.as_str().chars().all(pred),
            ))
        });
    }
    method(c, "isupper", |vm, a, _| {
        let s = self_str(vm, a, "isupper")?.as_str();
        Ok(Value::Bool(
            s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase()),
        ))
    });
    method(c, "islower", |vm, a, _| {
        let s = self_str(vm, a, "islower")?.as_str();
        Ok(Value::Bool(
            s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase()),
        ))
    });
    method(c, "isidentifier", |vm, a, _| {
        let s = self_str(vm, a, "isidentifier")?.as_str();
        let mut ch = s.chars();
        Ok(Value::Bool(match ch.next() {
            Some(f) => {
                (f.is_alphabetic() || f == '_') && ch.all(|c| c.is_alphanumeric() || c == '_')
            }
            None => false,
        }))
    });
    method(c, "istitle", |vm, a, _| {
        let s = self_str(vm, a, "istitle")?.as_str();
        let mut prev_cased = false;
        let mut any = false;
        for ch in s.chars() {
            if ch.is_uppercase() || case::is_titlecase(ch) {
                if prev_cased {
                    return Ok(Value::Bool(false));
                }
                prev_cased = true;
                any = true;
            } else if ch.is_lowercase() {
                if !prev_cased {
                    return Ok(Value::Bool(false));
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        Ok(Value::Bool(any))
    });
    for (name, rev) in [("partition", false), ("rpartition", true)] {
        method(c, name, move |vm, a, _| {
            let s = self_str(vm, a, name)?;
            arg_count(vm, name, &a[1..], 1, 1)?;
            let sep = arg_str(vm, &a[1], name)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let t = s.as_str();
            let found = if rev { t.rfind(sep) } else { t.find(sep) };
            Ok(Value::tuple(match found {
                Some(i) => vec![
                    Value::str(&t[..i]),
                    Value::str(sep),
                    Value::str(&t[i + sep.len()..]),
                ],
                None if rev => vec![Value::str(""), Value::str(""), a[0].clone()],
                None => vec![a[0].clone(), Value::str(""), Value::str("")],
            }))
        });
    }
    method(c, "removeprefix", |vm, a, _| {
        let s = self_str(vm, a, "removeprefix")?.as_str();
        let p = arg_str(vm, &a[1], "removeprefix() argument")?;
        Ok(Value::str(s.strip_prefix(p).unwrap_or(s)))
    });
    method(c, "removesuffix", |vm, a, _| {
        let s = self_str(vm, a, "removesuffix")?.as_str();
        let p = arg_str(vm, &a[1], "removesuffix() argument")?;
        Ok(Value::str(s.strip_suffix(p).unwrap_or(s)))
    });
    method(c, "encode", |vm, a, kw| {
        let s = self_str(vm, a, "encode")?;
        arg_count(vm, "encode", &a[1..], 0, 2)?;
        let (encoding, errors) = super::codecs::codec_args(vm, "encode", &a[1..], kw)?;
        Ok(Value::Bytes(
            super::codecs::encode(vm, s.as_str(), &encoding, &errors)?.into(),
        ))
    });
    method(c, "expandtabs", |vm, a, _| {
        let s = self_str(vm, a, "expandtabs")?.as_str();
        let size = match a.get(1) {
            // CPython's tabsize is a C int.
            Some(v) => match i32::try_from(vm.index_value(v)?) {
                Ok(n) => n.max(0) as usize,
                Err(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
            },
            None => 8,
        };
        let mut out = String::new();
        let mut col = 0;
        for ch in s.chars() {
            match ch {
                '\t' => {
                    if size > 0 {
                        let n = size - col % size;
                        out.try_reserve(n).map_err(|_| vm.memory_error())?;
                        out.extend(std::iter::repeat_n(' ', n));
                        col += n;
                    }
                }
                '\n' | '\r' => {
                    out.push(ch);
                    col = 0;
                }
                _ => {
                    out.push(ch);
                    col += 1;
                }
            }
        }
        Ok(Value::string(out))
    });
    method(c, "isascii", |vm, a, _| {
        Ok(Value::Bool(self_str(vm, a, "isascii")?.is_ascii()))
    });
    method(c, "isprintable", |vm, a, _| {
        Ok(Value::Bool(
            self_str(vm, a, "isprintable")?
                .as_str()
                .chars()
                .all(crate::format::is_printable),
        ))
    });
    // Wrap the no-argument methods with CPython's arity check.
    for name in NO_ARG_METHODS {
        if let Some(Value::Builtin(b)) = c.dict.get_str(name) {
            let inner = b.clone();
            let qual = format!("str.{name}");
            method(c, name, move |vm, a, kw| {
                if a.len() > 1 {
                    return Err(vm.type_error(format!(
                        "{qual}() takes no arguments ({} given)",
                        a.len() - 1
                    )));
                }
                (inner.func)(vm, a, kw)
            });
        }
    }
    method(c, "format", |vm, a, kw| {
        let s = self_str(vm, a, "format")?;
        Ok(Value::string(crate::builtins::str_methods::str_format(
            vm,
            s.as_str(),
            &a[1..],
            kw,
        )?))
    });
    method(c, "format_map", |vm, a, _| {
        let s = self_str(vm, a, "format_map")?;
        let m = a
            .get(1)
            .cloned()
            .ok_or_else(|| vm.type_error("format_map() takes exactly one argument (0 given)"))?;
        Ok(Value::string(str_format_with(
            vm,
            s.as_str(),
            &[],
            &|vm, k| vm.getitem(&m, &Value::str(k)),
        )?))
    });
    method(c, "__len__", |vm, a, _| {
        Ok(Value::Int(self_str(vm, a, "__len__")?.char_len() as i64))
    });
    method(c, "__contains__", |vm, a, _| {
        Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
    });
    method(c, "__add__", |vm, a, _| {
        vm.binary_op(crate::ast::BinOp::Add, &a[0], &a[1])
    });
    method(c, "__mod__", |vm, a, _| {
        vm.binary_op(crate::ast::BinOp::Mod, &a[0], &a[1])
    });
    method(c, "__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1]));
    method(c, "__iter__", |vm, a, _| vm.iter(&a[0]));
    method(c, "__eq__", |vm, a, _| {
        Ok(Value::Bool(vm.eq(&a[0], &a[1])?))
    });
    method(c, "__hash__", |vm, a, _| Ok(Value::Int(vm.hash(&a[0])?)));
    method(c, "__str__", |_, a, _| Ok(a[0].clone()));
    method(c, "__repr__", |vm, a, _| Ok(Value::string(vm.repr(&a[0])?)));
    method(c, "__format__", |vm, a, _| {
        let spec = a
            .get(1)
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        Ok(Value::string(vm.format(&a[0], &spec)?))
    });
    let maketrans = Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(
        "maketrans",
        |vm, a, _| {
            let d = crate::object::PyDict::new();
            match (a.first(), a.get(1)) {
                (Some(Value::Str(x)), Some(Value::Str(y))) => {
                    if x.char_len() != y.char_len() {
                        return Err(vm.value_error(
                            "the first two maketrans arguments must have equal length",
                        ));
                    }
                    for (p, q) in x.as_str().chars().zip(y.as_str().chars()) {
                        d.set(vm, Value::Int(p as i64), Value::Int(q as i64))?;
                    }
                    if let Some(Value::Str(z)) = a.get(2) {
                        for p in z.as_str().chars() {
                            d.set(vm, Value::Int(p as i64), Value::None)?;
                        }
                    }
                }
                (Some(Value::Dict(m)), None) => {
                    for (k, v) in m.items() {
                        let k = match &k {
                            Value::Str(s) => {
                                Value::Int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0))
                            }
                            other => other.clone(),
                        };
                        d.set(vm, k, v)?;
                    }
                }
                _ => return Err(vm.type_error("maketrans() argument error")),
            }
            Ok(Value::Dict(Rc::new(d)))
        },
    )));
    c.dict.set_str(
        "maketrans",
        Value::Native(Rc::new(crate::object::descriptor::StaticMethod(maketrans))),
    );
    method(c, "translate", |vm, a, _| {
        let s = self_str(vm, a, "translate")?.as_str().to_string();
        let table = a
            .get(1)
            .cloned()
            .ok_or_else(|| vm.type_error("translate() takes exactly one argument (0 given)"))?;
        let mut out = String::new();
        for ch in s.chars() {
            match vm.getitem(&table, &Value::Int(ch as i64)) {
                Ok(Value::None) => {}
                Ok(Value::Str(r)) => out.push_str(r.as_str()),
                Ok(Value::Int(n)) => out.push(char::from_u32(n as u32).unwrap_or(ch)),
                Ok(_) => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
                Err(e) if e.is_instance_of(&vm.exc_class("LookupError")) => out.push(ch),
                Err(e) => return Err(e),
            }
        }
        Ok(Value::string(out))
    });

    let b = &vm.types.bytes;
    method(b, "__repr__", |vm, a, _| Ok(Value::string(vm.repr(&a[0])?)));
    method(b, "decode", |vm, a, kw| match &a[0] {
        Value::Bytes(b) => {
            arg_count(vm, "decode", &a[1..], 0, 2)?;
            let (encoding, errors) = super::codecs::codec_args(vm, "decode", &a[1..], kw)?;
            Ok(Value::string(super::codecs::decode(
                vm, b, &encoding, &errors,
            )?))
        }
        _ => Err(vm.type_error("decode() requires a bytes object")),
    });
    method(b, "hex", |vm, a, kw| match &a[0] {
        Value::Bytes(b) => Ok(Value::string(super::memoryview_methods::hex_string(
            vm,
            "hex",
            b,
            &a[1..],
            kw,
        )?)),
        _ => Err(vm.type_error("descriptor 'hex' for 'bytes' objects doesn't apply")),
    });
    let fromhex = Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(
        "fromhex",
        |vm, a, _| {
            let s = a
                .get(1)
                .and_then(|v| v.as_str())
                .ok_or_else(|| vm.type_error("fromhex() argument must be str"))?;
            let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
            let mut out = Vec::with_capacity(digits.len() / 2);
            for (i, pair) in digits.chunks(2).enumerate() {
                let hex: String = pair.iter().collect();
                match u8::from_str_radix(&hex, 16) {
                    Ok(v) if pair.len() == 2 => out.push(v),
                    _ => {
                        return Err(vm.value_error(format!(
                            "non-hexadecimal number found in fromhex() arg at position {}",
                            i * 2 + usize::from(pair.len() == 2 && pair[0].is_ascii_hexdigit())
                        )))
                    }
                }
            }
            Ok(Value::Bytes(out.into()))
        },
    )));
    b.dict.set_str(
        "fromhex",
        Value::Native(Rc::new(crate::object::descriptor::ClassMethod(fromhex))),
    );
    // Text-like methods of bytes: the same algorithms as str, on a latin-1 view of the
    // bytes (one char per byte), with the results turned back into bytes. (Case mapping
    // and the `is*` tests, which see only ASCII, are in `bytes_ascii`.)
    for name in [
        "split",
        "rsplit",
        "strip",
        "lstrip",
        "rstrip",
        "replace",
        "find",
        "rfind",
        "index",
        "rindex",
        "count",
        "startswith",
        "endswith",
        "join",
        "partition",
        "rpartition",
        "center",
        "ljust",
        "rjust",
        "zfill",
        "splitlines",
        "expandtabs",
        "removeprefix",
        "removesuffix",
    ] {
        let Some(Value::Builtin(str_method)) = c.dict.get_str(name) else {
            continue;
        };
        method(b, name, move |vm, a, kw| {
            let latin1 = |bs: &[u8]| Value::string(bs.iter().map(|&x| byte_char(x)).collect());
            // Any bytes-like argument (bytes, bytearray, memoryview) is read as bytes.
            let like = super::bytearray_methods::bytes_like;
            let mut conv = Vec::with_capacity(a.len());
            for (i, v) in a.iter().enumerate() {
                conv.push(match v {
                    _ if i == 1 && name == "join" => {
                        if !vm.has_iter(v) {
                            return Err(vm.type_error("can only join an iterable"));
                        }
                        let mut items = Vec::new();
                        for (k, x) in vm.collect(v)?.into_iter().enumerate() {
                            match like(&x) {
                                Some(bs) => items.push(latin1(&bs)),
                                None => {
                                    return Err(vm.type_error(format!(
                                        "sequence item {k}: expected a bytes-like object, {} found",
                                        vm.type_name(&x)
                                    )))
                                }
                            }
                        }
                        Value::list(items)
                    }
                    Value::Bytes(bs) => latin1(bs),
                    Value::Tuple(t) if i > 0 => Value::tuple(
                        t.as_slice()
                            .iter()
                            .map(|x| match like(x) {
                                Some(bs) => latin1(&bs),
                                None => x.clone(),
                            })
                            .collect(),
                    ),
                    _ if i > 0 && like(v).is_some() => latin1(&like(v).unwrap_or_default()),
                    Value::Str(_)
                        if i == 1
                            && matches!(name, "find" | "rfind" | "index" | "rindex" | "count") =>
                    {
                        return Err(vm.type_error(format!(
                            "argument should be integer or bytes-like object, not '{}'",
                            vm.type_name(v)
                        )))
                    }
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
                        if i == 1
                            && matches!(name, "find" | "rfind" | "index" | "rindex" | "count") =>
                    {
                        match u8::try_from(vm.index_value(v).unwrap_or(-1)) {
                            Ok(x) => latin1(&[x]),
                            Err(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
                        }
                    }
                    Value::Str(_) if i == 1 && matches!(name, "startswith" | "endswith") => {
                        return Err(vm.type_error(format!(
                            "{name} first arg must be bytes or a tuple of bytes, not str"
                        )))
                    }
                    Value::Str(_) if i > 0 => {
                        return Err(vm.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            vm.type_name(v)
                        )))
                    }
                    other => other.clone(),
                });
            }
            let r = (str_method.func)(vm, &conv, kw).map_err(|e| {
                if matches!(name, "index" | "rindex")
                    && e.is_instance_of(&vm.exc_class("ValueError"))
                {
                    vm.value_error("subsection not found")
                } else {
                    e
                }
            })?;
            fn back(v: Value) -> Value {
                match v {
                    Value::Str(s) => Value::Bytes(
                        s.as_str()
                            .chars()
                            .map(char_byte)
                            .collect::<Vec<u8>>()
                            .into(),
                    ),
                    Value::List(l) => Value::list(l.to_vec().into_iter().map(back).collect()),
                    Value::Tuple(t) => {
                        Value::tuple(t.as_slice().iter().cloned().map(back).collect())
                    }
                    other => other,
                }
            }
            Ok(back(r))
        });
    }
    method(b, "__len__", |vm, a, _| {
        Ok(Value::Int(vm.len(&a[0])? as i64))
    });
    method(b, "__iter__", |vm, a, _| vm.iter(&a[0]));
    method(b, "__getitem__", |vm, a, _| vm.getitem(&a[0], &a[1]));
}

/// The char standing for byte `b` when a `bytes` method runs the `str` algorithm: the
/// Latin-1 char, except for the bytes that are whitespace or line breaks to `str` but not
/// to `bytes` (`\x1c`-`\x1f`, `\x85`, `\xa0`), which become private-use chars.
fn byte_char(b: u8) -> char {
    match b {
        0x1c..=0x1f | 0x85 | 0xa0 => char::from_u32(0xE000 + u32::from(b)).unwrap_or('\0'),
        _ => b as char,
    }
}

/// The byte a char from `byte_char` stands for.
fn char_byte(c: char) -> u8 {
    match c as u32 {
        n @ 0xE000..=0xE0FF => (n - 0xE000) as u8,
        n => n as u8,
    }
}

/// `str.format(*args, **kwargs)`
pub fn str_format(
    vm: &Vm,
    fmt: &str,
    args: &[Value],
    kw: crate::object::function::Kwargs,
) -> PyResult<String> {
    str_format_with(vm, fmt, args, &|vm, k| {
        kw.iter()
            .find(|(n, _)| &**n == k)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| vm.key_error(Value::str(k)))
    })
}

type KeyLookup<'a> = dyn Fn(&Vm, &str) -> PyResult<Value> + 'a;

fn str_format_with(vm: &Vm, fmt: &str, args: &[Value], named: &KeyLookup) -> PyResult<String> {
    let numbering = (std::cell::Cell::new(0usize), std::cell::Cell::new(false));
    format_fields(vm, fmt, args, named, &numbering)
}

/// The replacement fields of a format string; nested specs share the automatic numbering.
fn format_fields(
    vm: &Vm,
    fmt: &str,
    args: &[Value],
    named: &KeyLookup,
    numbering: &(std::cell::Cell<usize>, std::cell::Cell<bool>),
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        if ch == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if ch != '{' {
            out.push(ch);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching '}' (allowing one level of nested fields in the spec).
        let mut depth = 1;
        let mut j = i + 1;
        while j < chars.len() && depth > 0 {
            match chars[j] {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth > 0 {
                j += 1;
            }
        }
        if j >= chars.len() {
            if i + 1 == chars.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        let (head, spec) = match field.find(':') {
            Some(p) => (&field[..p], Some(&field[p + 1..])),
            None => (&field[..], None),
        };
        let (name, conv) = match head.find('!') {
            Some(p) => (&head[..p], Some(&head[p + 1..])),
            None => (head, None),
        };
        // name: first part up to '.' or '['
        let split = name.find(['.', '[']).unwrap_or(name.len());
        let (first, rest) = name.split_at(split);
        let mut value = if first.is_empty() {
            let auto = numbering.0.get();
            if numbering.1.get() {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let v = args.get(auto).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {auto} out of range for positional args tuple"
                ))
            })?;
            numbering.0.set(auto + 1);
            v
        } else if let Ok(n) = first.parse::<usize>() {
            if numbering.0.get() > 0 {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            numbering.1.set(true);
            args.get(n).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                ))
            })?
        } else {
            named(vm, first)?
        };
        let mut r = rest;
        while !r.is_empty() {
            if let Some(after) = r.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                value = vm.getattr(&value, &after[..end])?;
                r = &after[end..];
            } else if let Some(after) = r.strip_prefix('[') {
                let end = after
                    .find(']')
                    .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                let key = &after[..end];
                let k = match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key),
                };
                value = vm.getitem(&value, &k)?;
                r = &after[end + 1..];
            } else {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        let value = match conv {
            None => value,
            Some("r") => Value::string(vm.repr(&value)?),
            Some("s") => Value::string(vm.to_str(&value)?),
            Some("a") => Value::string(vm.ascii(&value)?),
            Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
        };
        let spec = match spec {
            Some(s) if s.contains('{') => format_fields(vm, s, args, named, numbering)?,
            Some(s) => s.to_string(),
            None => String::new(),
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}
