//! The `sys` module.

use crate::builtins::{arg_count, reg};
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub fn init(vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let argv: Vec<Value> = vm.argv.borrow().iter().map(|s| Value::str(s)).collect();
    d.set_str("argv", Value::list(argv));
    d.set_str("modules", Value::Dict(vm.modules.clone()));
    d.set_str("version", Value::str("3.11.7 (pyco 0.1.0)"));
    const VERSION_FIELDS: &[&str] = &["major", "minor", "micro", "releaselevel", "serial"];
    let vcls = crate::object::structseq::class(
        vm,
        "sys.version_info",
        "version_info",
        "sys",
        VERSION_FIELDS,
    );
    d.set_str(
        "version_info",
        crate::object::structseq::make(
            vm,
            &vcls,
            vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                Value::str("final"),
                Value::Int(0),
            ],
        ),
    );
    d.set_str("platform", Value::str("linux"));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str(
        "executable",
        Value::str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    let path: Vec<Value> = vm
        .script_dir
        .borrow()
        .iter()
        .map(|p| Value::str(&p.to_string_lossy()))
        .collect();
    d.set_str("path", Value::list(path));
    let (stdout, stderr) = (
        crate::builtins::io::stream(vm, false),
        crate::builtins::io::stream(vm, true),
    );
    d.set_str("stdout", stdout.clone());
    d.set_str("stderr", stderr.clone());
    d.set_str("__stdout__", stdout);
    d.set_str("__stderr__", stderr);
    numeric_info(vm, d);
    reg(d, "exit", |vm, args, _| {
        arg_count(vm, "exit", args, 0, 1)?;
        let code = args.first().cloned().unwrap_or(Value::None);
        Err(vm.raise_new(
            vm.exc_class("SystemExit"),
            if code.is_none() { vec![] } else { vec![code] },
        ))
    });
    reg(d, "getrecursionlimit", |vm, _, _| {
        Ok(Value::Int(vm.recursion_limit.get() as i64))
    });
    reg(d, "setrecursionlimit", |vm, args, _| {
        arg_count(vm, "setrecursionlimit", args, 1, 1)?;
        let n = vm.index_value(&args[0])?;
        if n < 1 {
            return Err(vm.value_error("recursion limit must be greater or equal than 1"));
        }
        vm.recursion_limit.set(n.min(u32::MAX as i64) as u32);
        Ok(Value::None)
    });
    reg(d, "set_asyncgen_hooks", |vm, args, kw| {
        let (firstiter, finalizer) = asyncgen_hook_args(vm, args, kw)?;
        crate::object::generator::set_asyncgen_hooks(firstiter, finalizer);
        Ok(Value::None)
    });
    reg(d, "get_asyncgen_hooks", |vm, args, _| {
        arg_count(vm, "get_asyncgen_hooks", args, 0, 0)?;
        let (firstiter, finalizer) = crate::object::generator::asyncgen_hooks();
        let cls = crate::object::structseq::class(
            vm,
            "sys.asyncgen_hooks",
            "asyncgen_hooks",
            "builtins",
            &["firstiter", "finalizer"],
        );
        Ok(crate::object::structseq::make(
            vm,
            &cls,
            vec![firstiter, finalizer],
        ))
    });
    reg(d, "get_int_max_str_digits", |vm, args, _| {
        arg_count(vm, "get_int_max_str_digits", args, 0, 0)?;
        Ok(Value::Int(crate::format::int_max_str_digits() as i64))
    });
    reg(d, "set_int_max_str_digits", |vm, args, kw| {
        let n = match (args, kw.first()) {
            ([n], None) => n,
            ([], Some((k, n))) if &**k == "maxdigits" && kw.len() == 1 => n,
            _ => {
                return Err(vm
                    .type_error("set_int_max_str_digits() takes exactly one argument (maxdigits)"))
            }
        };
        let n = vm.index_value(n)?;
        if n != 0 && n < 640 {
            return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
        }
        crate::format::set_int_max_str_digits(n.max(0) as usize);
        Ok(Value::None)
    });
    reg(d, "exc_info", |vm, _, _| {
        Ok(match vm.handling.borrow().last() {
            Some(e) => Value::tuple(vec![
                Value::Class(e.class()),
                e.value(),
                vm.traceback_value(e),
            ]),
            None => Value::tuple(vec![Value::None, Value::None, Value::None]),
        })
    });
    reg(d, "exception", |vm, _, _| {
        Ok(vm
            .handling
            .borrow()
            .last()
            .map(|e| e.value())
            .unwrap_or(Value::None))
    });
    // The default `sys.excepthook`: print the exception as an uncaught one is printed.
    reg(d, "excepthook", |vm, args, _| {
        arg_count(vm, "excepthook", args, 3, 3)?;
        match &args[1] {
            Value::Instance(i) if i.exc.is_some() => {
                vm.print_exception(&crate::object::PyErr(i.clone()));
                Ok(Value::None)
            }
            other => Err(vm.type_error(format!(
                "print_exception(): Exception expected for value, {} found",
                vm.type_name(other)
            ))),
        }
    });
    if let Some(hook) = d.get_str("excepthook") {
        d.set_str("__excepthook__", hook);
    }
    reg(d, "getsizeof", |vm, args, kw| {
        arg_count(vm, "getsizeof", args, 1, 2)?;
        let _ = kw;
        Ok(Value::Int(super::sys_sizes::getsizeof(vm, &args[0])?))
    });
    Ok(())
}

/// `sys.float_info` and `sys.int_info`, with the values of CPython on x86-64 Linux.
fn numeric_info(vm: &Vm, d: &Rc<PyDict>) {
    use crate::object::structseq;
    const FLOAT_FIELDS: &[&str] = &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let fcls = structseq::class(vm, "sys.float_info", "float_info", "sys", FLOAT_FIELDS);
    let float_info = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    d.set_str("float_info", structseq::make(vm, &fcls, float_info));
    const INT_FIELDS: &[&str] = &[
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ];
    let icls = structseq::class(vm, "sys.int_info", "int_info", "sys", INT_FIELDS);
    let int_info = vec![
        Value::Int(30),
        Value::Int(4),
        Value::Int(4300),
        Value::Int(640),
    ];
    d.set_str("int_info", structseq::make(vm, &icls, int_info));
}

/// The `firstiter` and `finalizer` given to `sys.set_asyncgen_hooks` (by position or
/// keyword; absent ones are `None`), each a callable or None as CPython checks.
fn asyncgen_hook_args(
    vm: &Vm,
    args: &[Value],
    kw: crate::object::function::Kwargs,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let mut given = [args.first().cloned(), args.get(1).cloned()];
    for (k, v) in kw {
        let i = match &**k {
            "firstiter" => 0,
            "finalizer" => 1,
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for set_asyncgen_hooks()"
                )))
            }
        };
        given[i] = Some(v.clone());
    }
    for (i, name) in [(1, "finalizer"), (0, "firstiter")] {
        if let Some(v) = &given[i] {
            if !v.is_none() && !vm.is_callable(v) {
                return Err(
                    vm.type_error(format!("callable {name} expected, got {}", vm.type_name(v)))
                );
            }
        }
    }
    let [firstiter, finalizer] = given;
    Ok((firstiter, finalizer))
}
