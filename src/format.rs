//! CPython 3.11 compatible formatting and parsing of numbers and strings.
//!
//! Everything here is pure Rust and matches CPython byte for byte:
//!
//! * [`float_repr`] — `repr(float)` / `str(float)`.
//! * [`parse_spec`] + [`format_int`] / [`format_i64`] / [`format_float`] /
//!   [`format_str`] — the `format()` mini-language (`format(x, spec)`,
//!   f-strings, `str.format`).  [`format_int_spec`] and friends parse and
//!   format in one call.
//! * [`percent_int`] / [`percent_float`] / [`pad_percent`] — the numeric
//!   conversions of printf-style `%` formatting.
//! * [`parse_int`] / [`parse_float`] — `int(str, base)` and `float(str)`.
//! * [`int_str`], [`int_to_base`] — `str(int)` (with the 4300 digit limit),
//!   `bin`/`oct`/`hex`.
//! * [`float_round`], [`float_round_half_even`], [`float_floordiv_mod`],
//!   [`float_mod`] — float arithmetic helpers whose results are subtle.
//! * [`str_repr`], [`bytes_repr`] — `repr(str)` and `repr(bytes)`.
//!
//! Errors are reported as [`FormatError`], whose variant says which Python
//! exception type the caller must raise; the message is CPython's text.
//! No function panics on any input.

mod bytes_repr;
pub mod case;
mod case_tables;
mod digits;
mod error;
mod float_format;
mod float_layout;
mod float_ops;
mod float_repr;
mod int_base;
mod int_format;
mod int_value;
mod limits;
mod number_fill;
mod parse_float;
mod parse_int;
mod percent;
mod spec;
mod str_format;
mod str_repr;
mod tables;
mod unicode;

#[cfg(test)]
mod cross_check;

pub use bytes_repr::bytes_repr;
pub use error::FormatError;
pub use float_format::{format_float, format_float_spec};
pub use float_ops::{float_floordiv_mod, float_mod, float_round, float_round_half_even};
pub use float_repr::float_repr;
pub use int_base::int_to_base;
pub use int_format::{format_i64, format_int, format_int_spec, int_str};
pub use limits::{int_max_str_digits, set_int_max_str_digits};
pub use parse_float::parse_float;
pub use parse_int::parse_int;
pub use percent::{pad_percent, percent_float, percent_i64, percent_int, PercentFlags};
pub use spec::{parse_spec, FormatSpec};
pub use str_format::{format_str, format_str_spec};
pub use str_repr::str_repr;
pub use unicode::{decimal_value, is_printable, is_space};
