//! The interpreter-wide `sys.int_max_str_digits` limit (default 4300) that
//! CPython 3.11 applies to decimal int <-> str conversions.

use std::sync::atomic::{AtomicUsize, Ordering};

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

/// Current limit on decimal digits for int/str conversion; 0 means unlimited.
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// Set the limit (`sys.set_int_max_str_digits`).  The caller validates the
/// argument (CPython requires 0 or >= 640).
pub fn set_int_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// Message for a too long int -> str conversion.
pub(crate) fn to_str_error(limit: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// Message for a too long str -> int conversion.
pub(crate) fn to_int_error(limit: usize, digits: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: \
         value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}
