//! The public `SyntaxError` value, CPython's rendering of it, and source decoding
//! (UTF-8 check, BOM) with CPython's messages.

/// A syntax error as CPython reports it (`e.lineno`, `e.offset`, `e.end_offset`, `e.text`).
#[derive(Debug, Clone)]
pub struct SyntaxError {
    /// "SyntaxError" | "IndentationError" | "TabError" (or "RecursionError" for input
    /// nested too deeply to compile).
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    /// 1-based; 0 when the error has no location.
    pub line: u32,
    /// 1-based offset, as CPython's `e.offset`.
    pub col: u32,
    /// 1-based exclusive end, as `e.end_offset`; 0 if none.
    pub end_col: u32,
    /// The offending source line without its newline.
    pub text: Option<String>,
}

impl SyntaxError {
    /// The text CPython prints for this error when it ends a program, byte for byte.
    pub fn render(&self) -> String {
        format!("{}{}: {}\n", self.render_location(), self.kind, self.msg)
    }

    /// The lines above the message: `File "...", line N`, the source line and its caret
    /// (nothing when the error has no location).
    pub fn render_location(&self) -> String {
        if self.line == 0 {
            return String::new();
        }
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        if let Some(text) = &self.text {
            // CPython 3.11 places the caret of most errors by UTF-8 byte offset when it
            // reports a file; the tokenizer errors below it places by character.
            let (col, end_col) = if self.caret_in_bytes() {
                (
                    to_byte_offset(text, self.col),
                    to_byte_offset(text, self.end_col),
                )
            } else {
                (self.col, self.end_col)
            };
            let mut offset = i64::from(col) - 1;
            let trimmed = text.trim_start_matches([' ', '\t', '\x0C']);
            let lead = (text.len() - trimmed.len()) as i64;
            offset -= lead;
            let len = if self.caret_in_bytes() {
                trimmed.len()
            } else {
                trimmed.chars().count()
            } as i64;
            if offset > len {
                offset = len;
            }
            // Carets up to the end offset (at most one past the line's end).
            let reps = if self.kind == "SyntaxError" && end_col > 0 && end_col > col {
                let end = (i64::from(end_col) - 1 - lead).min(len + 1);
                (end - offset).max(1) as usize
            } else {
                1
            };
            out.push_str("    ");
            out.push_str(trimmed);
            out.push('\n');
            if offset >= 0 {
                out.push_str("    ");
                out.push_str(&" ".repeat(offset as usize));
                out.push_str(&"^".repeat(reps));
                out.push('\n');
            }
        }
        out
    }
}

impl SyntaxError {
    fn caret_in_bytes(&self) -> bool {
        const BY_CHAR: [&str; 7] = [
            "unterminated string literal",
            "unterminated triple-quoted",
            "closing parenthesis",
            "unmatched",
            "invalid character",
            "invalid non-printable",
            "invalid decimal literal",
        ];
        self.kind == "SyntaxError" && !BY_CHAR.iter().any(|p| self.msg.starts_with(p))
    }
}

/// A 1-based character offset in `text` as a 1-based UTF-8 byte offset.
fn to_byte_offset(text: &str, col: u32) -> u32 {
    if col == 0 {
        return 0;
    }
    let chars = col as usize - 1;
    let bytes: usize = text.chars().take(chars).map(char::len_utf8).sum();
    let extra = chars.saturating_sub(text.chars().count());
    (bytes + extra) as u32 + 1
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.msg)
        } else {
            write!(f, "{} ({}, line {})", self.msg, self.filename, self.line)
        }
    }
}

impl std::error::Error for SyntaxError {}

/// True when one of the first two lines is a PEP 263 coding declaration.
fn has_coding_declaration(bytes: &[u8]) -> bool {
    bytes.split(|&b| b == b'\n').take(2).any(|line| {
        let line = String::from_utf8_lossy(line);
        let t = line.trim_start_matches([' ', '\t', '\x0C']);
        t.starts_with('#') && (t.contains("coding:") || t.contains("coding="))
    })
}

/// Decodes a source file: strips a UTF-8 BOM and reports invalid UTF-8 as CPython does.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let byte = body.get(at).copied().unwrap_or(0);
            let line = body[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            if bom || has_coding_declaration(body) {
                let line_start = body[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                let text_bytes = body[line_start..]
                    .split(|&b| b == b'\n')
                    .next()
                    .unwrap_or(&[]);
                let text = String::from_utf8_lossy(text_bytes).into_owned();
                let why = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xC2).contains(&byte) || byte >= 0xF5 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                let col = String::from_utf8_lossy(&body[line_start..at])
                    .chars()
                    .count() as u32
                    + 1;
                Err(SyntaxError {
                    kind: "SyntaxError",
                    msg: format!(
                        "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {}: {why}",
                        at - line_start
                    ),
                    filename: filename.to_string(),
                    line,
                    col,
                    end_col: col,
                    text: Some(text),
                })
            } else {
                Err(SyntaxError {
                    kind: "SyntaxError",
                    msg: format!(
                        "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                    ),
                    filename: filename.to_string(),
                    line: 0,
                    col: 0,
                    end_col: 0,
                    text: None,
                })
            }
        }
    }
}
