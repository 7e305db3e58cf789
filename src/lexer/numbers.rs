//! Numeric literal callbacks for the raw lexer: decimal, hex/octal/binary and float
//! literals, with `_` separators; ints beyond `i64` become big ints.

use super::tokens::{Num, RawError, Tok};
use logos::Lexer;
use num_bigint::BigInt;
use std::rc::Rc;

fn digits(s: &str) -> String {
    s.chars().filter(|&c| c != '_').collect()
}

fn int_value(text: &str, radix: u32) -> Result<Num, RawError> {
    if let Ok(v) = i64::from_str_radix(text, radix) {
        return Ok(Num::Int(v));
    }
    match BigInt::parse_bytes(text.as_bytes(), radix) {
        Some(b) => Ok(Num::Big(Rc::new(b))),
        None => Err(RawError::BadNumber {
            msg: "invalid decimal literal",
            at: 0,
        }),
    }
}

pub fn decimal(lex: &mut Lexer<Tok>) -> Result<Num, RawError> {
    let d = digits(lex.slice());
    if d.len() > 1 && d.starts_with('0') && d.bytes().any(|b| b != b'0') {
        return Err(RawError::BadNumber {
            msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            at: 0,
        });
    }
    int_value(&d, 10)
}

pub fn radix(lex: &mut Lexer<Tok>) -> Result<Num, RawError> {
    let s = lex.slice();
    let radix = match s.as_bytes().get(1) {
        Some(b'x' | b'X') => 16,
        Some(b'o' | b'O') => 8,
        _ => 2,
    };
    int_value(&digits(&s[2..]), radix)
}

pub fn bad_radix(lex: &mut Lexer<Tok>) -> Result<Num, RawError> {
    let msg = match lex.slice().as_bytes().get(1) {
        Some(b'x' | b'X') => "invalid hexadecimal literal",
        Some(b'o' | b'O') => "invalid octal literal",
        _ => "invalid binary literal",
    };
    Err(RawError::BadNumber { msg, at: 1 })
}

pub fn float(lex: &mut Lexer<Tok>) -> Result<Num, RawError> {
    let d = digits(lex.slice());
    d.parse::<f64>()
        .map(Num::Float)
        .map_err(|_| RawError::BadNumber {
            msg: "invalid decimal literal",
            at: 0,
        })
}

pub fn imaginary(lex: &mut Lexer<Tok>) -> Result<Num, RawError> {
    let d = digits(lex.slice());
    d.trim_end_matches(['j', 'J'])
        .parse::<f64>()
        .map(Num::Imag)
        .map_err(|_| RawError::BadNumber {
            msg: "invalid imaginary literal",
            at: 0,
        })
}
