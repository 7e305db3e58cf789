//! The case-mapping and `is*` methods of `bytes`: as in CPython they see only ASCII
//! letters, digits and whitespace; every other byte is left alone or fails the test.

use super::method;
use crate::object::{PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn data<'a>(vm: &Vm, a: &'a [Value], name: &str) -> PyResult<&'a [u8]> {
    match a.first() {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            a.first()
                .map(|v| vm.type_name(v))
                .unwrap_or("NoneType".into())
        ))),
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `bytes.title()`: upper-case a letter after a non-letter, lower-case the others.
fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn istitle(b: &[u8]) -> bool {
    let mut prev_cased = false;
    let mut any = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    any
}

type Mapping = fn(&[u8]) -> Vec<u8>;
type Test = fn(&[u8]) -> bool;

pub fn install(vm: &Rc<Vm>) {
    let b = &vm.types.bytes;
    let maps: [(&'static str, Mapping); 5] = [
        ("upper", |b| b.to_ascii_uppercase()),
        ("lower", |b| b.to_ascii_lowercase()),
        ("swapcase", |b| {
            b.iter()
                .map(|&c| {
                    if c.is_ascii_uppercase() {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                })
                .collect()
        }),
        ("title", title),
        ("capitalize", |b| {
            let mut out = b.to_ascii_lowercase();
            if let Some(first) = out.first_mut() {
                *first = first.to_ascii_uppercase();
            }
            out
        }),
    ];
    for (name, f) in maps {
        method(b, name, move |vm, a, _| {
            Ok(Value::Bytes(f(data(vm, a, name)?).into()))
        });
    }
    let tests: [(&'static str, Test); 8] = [
        ("isdigit", |b| {
            !b.is_empty() && b.iter().all(u8::is_ascii_digit)
        }),
        ("isalpha", |b| {
            !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
        }),
        ("isalnum", |b| {
            !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
        }),
        ("isspace", |b| {
            !b.is_empty() && b.iter().all(|&c| is_space(c))
        }),
        ("isupper", |b| {
            b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
        }),
        ("islower", |b| {
            b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
        }),
        ("istitle", istitle),
        ("isascii", |b| b.is_ascii()),
    ];
    for (name, f) in tests {
        method(b, name, move |vm, a, _| {
            Ok(Value::Bool(f(data(vm, a, name)?)))
        });
    }
}
