//! `complex` numbers: the value type, CPython's arithmetic algorithms (`_Py_c_quot`,
//! `_Py_c_pow` and the repeated-squaring integer power) and its repr.

use super::{Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// Why a complex operation failed (CPython's `EDOM`/`ERANGE`).
pub enum MathError {
    ZeroDivision,
    Overflow,
}

impl Complex {
    pub fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
    pub fn value(self) -> Value {
        Value::Native(Rc::new(self))
    }
    pub fn plus(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
    pub fn minus(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
    pub fn times(self, o: Complex) -> Complex {
        Complex::new(
            self.re * o.re - self.im * o.im,
            self.re * o.im + self.im * o.re,
        )
    }
    pub fn quot(self, o: Complex) -> Result<Complex, MathError> {
        let (abs_re, abs_im) = (o.re.abs(), o.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return Err(MathError::ZeroDivision);
            }
            let ratio = o.im / o.re;
            let denom = o.re + o.im * ratio;
            Ok(Complex::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = o.re / o.im;
            let denom = o.re * ratio + o.im;
            Ok(Complex::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            Ok(Complex::new(f64::NAN, f64::NAN))
        }
    }
    pub fn abs(self) -> f64 {
        self.re.hypot(self.im)
    }
    /// `self ** e`, as CPython's `complex_pow`.
    pub fn pow(self, e: Complex) -> Result<Complex, MathError> {
        let r = if e.im == 0.0 && e.re == e.re.trunc() && e.re.abs() <= 100.0 {
            let n = e.re as i64;
            if n >= 0 {
                Ok(self.powu(n as u64))
            } else {
                Complex::new(1.0, 0.0).quot(self.powu(n.unsigned_abs()))
            }
        } else {
            self.pow_general(e)
        }?;
        // CPython's `_Py_ADJUST_ERANGE2`: an infinite part is an overflow.
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(MathError::Overflow);
        }
        Ok(r)
    }
    fn powu(self, n: u64) -> Complex {
        let mut r = Complex::new(1.0, 0.0);
        let mut p = self;
        let mut mask = 1u64;
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = r.times(p);
            }
            mask <<= 1;
            p = p.times(p);
        }
        r
    }
    fn pow_general(self, e: Complex) -> Result<Complex, MathError> {
        if e.re == 0.0 && e.im == 0.0 {
            return Ok(Complex::new(1.0, 0.0));
        }
        if self.re == 0.0 && self.im == 0.0 {
            if e.im != 0.0 || e.re < 0.0 {
                return Err(MathError::ZeroDivision);
            }
            return Ok(Complex::new(0.0, 0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(e.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * e.re;
        if e.im != 0.0 {
            len /= (at * e.im).exp();
            phase += e.im * vabs.ln();
        }
        Ok(Complex::new(len * phase.cos(), len * phase.sin()))
    }
}

/// A float as `complex.__repr__` writes its parts: shortest repr, no `.0` suffix.
fn part(x: f64) -> String {
    let s = crate::format::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// CPython's complex repr: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", part(c.im));
    }
    let im = part(c.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(c.re))
}

impl NativeObject for Complex {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.native_class("complex")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(repr(*self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(repr(Complex::new(0.0, 1.0)), "1j");
        assert_eq!(repr(Complex::new(1.0, 2.0)), "(1+2j)");
        assert_eq!(repr(Complex::new(-0.0, -1.0)), "(-0-1j)");
        assert_eq!(repr(Complex::new(1.5, f64::INFINITY)), "(1.5+infj)");
        assert_eq!(repr(Complex::new(0.0, 1e20)), "1e+20j");
    }
}
