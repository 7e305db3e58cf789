//! The error type shared by all formatting and parsing functions.

use std::fmt;

/// A formatting or parsing failure.  The variant names the Python exception
/// the caller must raise; the payload is CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Raise `ValueError(msg)`.
    Value(String),
    /// Raise `TypeError(msg)`.
    Type(String),
    /// Raise `OverflowError(msg)`.
    Overflow(String),
    /// Raise `MemoryError()`: a width or precision so large that the result
    /// could not sensibly be allocated (CPython would also fail to allocate).
    Memory,
}

impl FormatError {
    /// Name of the Python exception class to raise.
    pub fn exception_name(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Type(_) => "TypeError",
            FormatError::Overflow(_) => "OverflowError",
            FormatError::Memory => "MemoryError",
        }
    }

    /// The exception message (empty for `MemoryError`).
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Type(m) | FormatError::Overflow(m) => m,
            FormatError::Memory => "",
        }
    }

    pub(crate) fn value(msg: impl Into<String>) -> Self {
        FormatError::Value(msg.into())
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for FormatError {}

/// Largest width/precision/padding we are willing to materialise.  CPython
/// would try to allocate and raise `MemoryError`; we refuse up front.
pub(crate) const MAX_ALLOC: usize = 1 << 28;

/// `Err(Memory)` when `n` characters would be unreasonable to allocate.
pub(crate) fn check_alloc(n: usize) -> Result<(), FormatError> {
    if n > MAX_ALLOC {
        Err(FormatError::Memory)
    } else {
        Ok(())
    }
}
