//! The `time` module, reading the interpreter's clock (`Vm::clock`), which is either real
//! or virtual (`--virtual-time`: sleeping advances the clock instantly).

use crate::builtins::{arg_count, reg, to_f64};
use crate::object::{PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// Nanoseconds of CPU time the process has used.
fn process_cpu_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // Safety: `ts` is a valid timespec for the call to fill.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } == 0;
    if ok {
        ts.tv_sec * 1_000_000_000 + ts.tv_nsec
    } else {
        0
    }
}

pub fn init(vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    reg(d, "time", |vm, _, _| Ok(Value::Float(vm.clock.wall())));
    for name in ["monotonic", "perf_counter"] {
        reg(d, name, |vm, _, _| Ok(Value::Float(vm.clock.monotonic())));
    }
    reg(d, "time_ns", |vm, _, _| {
        Ok(Value::Int((vm.clock.wall() * 1e9) as i64))
    });
    for name in ["monotonic_ns", "perf_counter_ns"] {
        reg(d, name, |vm, _, _| {
            Ok(Value::Int((vm.clock.monotonic() * 1e9) as i64))
        });
    }
    // CPU time of the whole process (all green threads share one OS thread), never the
    // virtual clock.
    reg(d, "process_time", |_, _, _| {
        Ok(Value::Float(process_cpu_ns() as f64 / 1e9))
    });
    reg(d, "process_time_ns", |_, _, _| {
        Ok(Value::Int(process_cpu_ns()))
    });
    reg(d, "sleep", |vm, args, _| {
        arg_count(vm, "sleep", args, 1, 1)?;
        let secs = to_f64(vm, &args[0])?;
        if secs < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        vm.sleep_thread(secs)?;
        Ok(Value::None)
    });
    init_calendar(vm, d)
}

const STRUCT_TIME_FIELDS: &[&str] = &[
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The nine fields of `time.gmtime(secs)` (UTC).
fn broken_down(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday (Monday = 0)
    let cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = cum[(m - 1) as usize] + d + if m > 2 && is_leap(y) { 1 } else { 0 };
    [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        yday,
        0,
    ]
}

fn struct_time(vm: &Vm, fields: [i64; 9]) -> Value {
    let cls = crate::object::structseq::class(
        vm,
        "time.struct_time",
        "struct_time",
        "time",
        STRUCT_TIME_FIELDS,
    );
    crate::object::structseq::make(vm, &cls, fields.iter().map(|v| Value::Int(*v)).collect())
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `time.strftime` over the nine fields.
pub fn strftime(fmt: &str, t: &[i64; 9]) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(spec) = chars.next() else {
            out.push('%');
            break;
        };
        let wday = t[6].rem_euclid(7) as usize;
        let mon = (t[1] - 1).clamp(0, 11) as usize;
        match spec {
            'Y' => out.push_str(&t[0].to_string()),
            'y' => out.push_str(&format!("{:02}", t[0].rem_euclid(100))),
            'm' => out.push_str(&format!("{:02}", t[1])),
            'd' => out.push_str(&format!("{:02}", t[2])),
            'H' => out.push_str(&format!("{:02}", t[3])),
            'I' => out.push_str(&format!(
                "{:02}",
                if t[3] % 12 == 0 { 12 } else { t[3] % 12 }
            )),
            'M' => out.push_str(&format!("{:02}", t[4])),
            'S' => out.push_str(&format!("{:02}", t[5])),
            'p' => out.push_str(if t[3] < 12 { "AM" } else { "PM" }),
            'j' => out.push_str(&format!("{:03}", t[7])),
            'a' => out.push_str(&DAYS[wday][..3]),
            'A' => out.push_str(DAYS[wday]),
            'b' | 'h' => out.push_str(&MONTHS[mon][..3]),
            'B' => out.push_str(MONTHS[mon]),
            'w' => out.push_str(&((wday + 1) % 7).to_string()),
            'e' => out.push_str(&format!("{:2}", t[2])),
            'Z' => out.push_str("UTC"),
            'z' => out.push_str("+0000"),
            'c' => out.push_str(&strftime("%a %b %e %H:%M:%S %Y", t)),
            'x' => out.push_str(&strftime("%m/%d/%y", t)),
            'X' => out.push_str(&strftime("%H:%M:%S", t)),
            'F' => out.push_str(&strftime("%Y-%m-%d", t)),
            'T' => out.push_str(&strftime("%H:%M:%S", t)),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out
}

/// Install `gmtime`, `localtime` (UTC: pyco does not read time zones), `mktime`,
/// `strftime`, `asctime`, `ctime` and `struct_time`.
pub fn init_calendar(vm: &Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let cls = crate::object::structseq::class(
        vm,
        "time.struct_time",
        "struct_time",
        "time",
        STRUCT_TIME_FIELDS,
    );
    d.set_str("struct_time", Value::Class(cls));
    d.set_str("timezone", Value::Int(0));
    d.set_str(
        "tzname",
        Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]),
    );
    for name in ["gmtime", "localtime"] {
        reg(d, name, |vm, args, _| {
            arg_count(vm, "gmtime", args, 0, 1)?;
            let secs = match args.first() {
                None | Some(Value::None) => vm.clock.wall(),
                Some(v) => to_f64(vm, v)?,
            };
            Ok(struct_time(vm, broken_down(secs.floor() as i64)))
        });
    }
    reg(d, "mktime", |vm, args, _| {
        arg_count(vm, "mktime", args, 1, 1)?;
        let f = fields_of(vm, &args[0])?;
        let (y, m) = if f[1] <= 2 {
            (f[0] - 1, f[1] + 9)
        } else {
            (f[0], f[1] - 3)
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + f[2] - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146097 + doe - 719468;
        Ok(Value::Float(
            (days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]) as f64,
        ))
    });
    reg(d, "strftime", |vm, args, _| {
        arg_count(vm, "strftime", args, 1, 2)?;
        let fmt = vm.to_str(&args[0])?;
        let f = match args.get(1) {
            Some(t) => fields_of(vm, t)?,
            None => broken_down(vm.clock.wall() as i64),
        };
        Ok(Value::string(strftime(&fmt, &f)))
    });
    for name in ["asctime", "ctime"] {
        reg(d, name, move |vm, args, _| {
            let f = match args.first() {
                Some(v) if name == "asctime" => fields_of(vm, v)?,
                Some(v) => broken_down(to_f64(vm, v)? as i64),
                None => broken_down(vm.clock.wall() as i64),
            };
            Ok(Value::string(strftime("%a %b %e %H:%M:%S %Y", &f)))
        });
    }
    Ok(())
}

fn fields_of(vm: &Vm, v: &Value) -> PyResult<[i64; 9]> {
    let items = vm.collect(v)?;
    if items.len() != 9 {
        return Err(vm.type_error("time tuple must have exactly 9 elements"));
    }
    let mut out = [0i64; 9];
    for (o, it) in out.iter_mut().zip(&items) {
        *o = vm.index_value(it)?;
    }
    Ok(out)
}
