//! f-string evaluation: literal parts, `!r`/`!s`/`!a` conversions, nested format specs.

use super::expr::eval_expr;
use super::Frame;
use crate::ast::FStringPart;
use crate::object::PyResult;
use crate::vm::Vm;

pub fn eval_fstring(vm: &Vm, f: &mut Frame, parts: &[FStringPart]) -> PyResult<String> {
    let mut out = String::new();
    for p in parts {
        match p {
            FStringPart::Literal(s) => out.push_str(s),
            FStringPart::Expr {
                value,
                conversion,
                spec,
                debug_text,
            } => {
                if let Some(t) = debug_text {
                    out.push_str(t);
                }
                let v = eval_expr(vm, f, value)?;
                let v = match conversion {
                    Some('r') => crate::object::Value::string(vm.repr(&v)?),
                    Some('s') => crate::object::Value::string(vm.to_str(&v)?),
                    Some('a') => crate::object::Value::string(vm.ascii(&v)?),
                    _ => v,
                };
                let spec_s = match spec {
                    Some(sp) => eval_fstring(vm, f, sp)?,
                    None => String::new(),
                };
                out.push_str(&vm.format(&v, &spec_s)?);
            }
        }
    }
    Ok(out)
}
