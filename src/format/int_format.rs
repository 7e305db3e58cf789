//! `format(int, spec)`: presentation types `b c d o x X n` (and none), plus
//! `e E f F g G %` which format `float(int)`; a port of CPython's
//! `format_long_internal`.

use num_bigint::BigInt;

use super::error::FormatError;
use super::float_format::format_float_resolved;
use super::int_value::IntRef;
use super::number_fill::{fill_number, NumberParts};
use super::spec::{parse_spec, unknown_code, FormatSpec, Resolved};

/// `format(v, spec)` for an int whose Python type is `type_name` (`"int"`,
/// `"bool"`, a subclass name — used in error messages).
///
/// Errors: `Value` for bad specs (`Unknown format code 'z' for object of type
/// 'int'`, `Precision not allowed in integer format specifier`, the decimal
/// digit limit...), `Overflow` for `c` out of range or `float(v)` overflow.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_int_ref(IntRef::Big(v), spec, type_name)
}

/// [`format_int`] for a machine integer, without any `BigInt` work.
pub fn format_i64(v: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_int_ref(IntRef::Small(v), spec, type_name)
}

/// Parse `spec` and format `v` (`int.__format__`).  An empty spec gives
/// `str(v)`.
pub fn format_int_spec(v: &BigInt, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return int_str(v);
    }
    format_int(v, &parse_spec(spec, type_name)?, type_name)
}

/// `str(v)` for an int, enforcing `sys.int_max_str_digits` (ValueError).
pub fn int_str(v: &BigInt) -> Result<String, FormatError> {
    let r = IntRef::Big(v);
    let digits = r.magnitude_digits(10, false)?;
    Ok(if r.is_negative() {
        format!("-{digits}")
    } else {
        digits
    })
}

fn format_int_ref(
    v: IntRef<'_>,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let r = spec.resolve('d', '>')?;
    match r.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, spec, &r),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_resolved(v.to_f64()?, spec, &r),
        other => Err(unknown_code(other, type_name)),
    }
}

fn format_long(v: IntRef<'_>, spec: &FormatSpec, r: &Resolved) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if r.ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v.to_c_long()?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(FormatError::Overflow(
                "%c arg not in range(0x110000)".into(),
            ));
        }
        // Lone surrogates cannot live in a Rust string.
        let c = char::from_u32(x as u32).ok_or_else(|| {
            FormatError::value("%c arg is a surrogate, which str cannot hold here")
        })?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: c.encode_utf8(&mut buf),
        };
        return fill_number(&parts, r, spec.width, spec.sign);
    }
    let (base, prefix) = match r.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = v.magnitude_digits(base, r.ty == 'X')?;
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    fill_number(&parts, r, spec.width, spec.sign)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(v: &str, spec: &str) -> String {
        let b: BigInt = v.parse().unwrap();
        match format_int_spec(&b, spec, "int") {
            Ok(s) => s,
            Err(e) => format!("{}: {}", e.exception_name(), e.message()),
        }
    }

    // Expectations generated with CPython 3.11.7: format(int(v), spec).
    const CASES: &[(&str, &str, &str)] = &[
        ("0", "", "0"),
        ("-42", "", "-42"),
        ("-1234567", "", "-1234567"),
        ("100000000000000000000", "", "100000000000000000000"),
        ("5", "d", "5"),
        ("65", "d", "65"),
        ("-9223372036854775808", "d", "-9223372036854775808"),
        ("1114111", "d", "1114111"),
        ("255", "b", "11111111"),
        ("2147483648", "b", "10000000000000000000000000000000"),
        ("-999999999999999999999999999993", "b", "-1100100111110010110010011100110100000100011001110100111011011110101000111111111111111111111111111001"),
        ("-18446744073709551617", "b", "-10000000000000000000000000000000000000000000000000000000000000001"),
        ("1234567", "o", "4553207"),
        ("18446744073709551616", "o", "2000000000000000000000"),
        ("1114112", "o", "4200000"),
        ("-1", "o", "-1"),
        ("9223372036854775807", "x", "7fffffffffffffff"),
        ("1267650600228229401496703205376", "x", "10000000000000000000000000"),
        ("0", "x", "0"),
        ("-42", "x", "-2a"),
        ("100000000000000000000", "X", "56BC75E2D63100000"),
        ("12345678901234567890", "X", "AB54A98CEB1F0AD2"),
        ("5", "X", "5"),
        ("65", "X", "41"),
        ("1114111", "#b", "0b100001111111111111111"),
        ("1", "#b", "0b1"),
        ("255", "#b", "0b11111111"),
        ("2147483648", "#b", "0b10000000000000000000000000000000"),
        ("-18446744073709551617", "#o", "-0o2000000000000000000001"),
        ("42", "#o", "0o52"),
        ("1234567", "#o", "0o4553207"),
        ("18446744073709551616", "#o", "0o2000000000000000000000"),
        ("-1", "#x", "-0x1"),
        ("-255", "#x", "-0xff"),
        ("9223372036854775807", "#x", "0x7fffffffffffffff"),
        ("1267650600228229401496703205376", "#x", "0x10000000000000000000000000"),
        ("-42", "#X", "-0X2A"),
        ("-1234567", "#X", "-0X12D687"),
        ("100000000000000000000", "#X", "0X56BC75E2D63100000"),
        ("12345678901234567890", "#X", "0XAB54A98CEB1F0AD2"),
        ("65", "c", "A"),
        ("-9223372036854775808", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("1114111", "c", "\u{10ffff}"),
        ("1", "c", "\u{1}"),
        ("2147483648", "n", "2147483648"),
        ("-999999999999999999999999999993", "n", "-999999999999999999999999999993"),
        ("-18446744073709551617", "n", "-18446744073709551617"),
        ("42", "n", "42"),
        ("18446744073709551616", ",", "18,446,744,073,709,551,616"),
        ("1114112", ",", "1,114,112"),
        ("-1", ",", "-1"),
        ("-255", ",", "-255"),
        ("1267650600228229401496703205376", "_", "1_267_650_600_228_229_401_496_703_205_376"),
        ("0", "_", "0"),
        ("-42", "_", "-42"),
        ("-1234567", "_", "-1_234_567"),
        ("12345678901234567890", "_b", "1010_1011_0101_0100_1010_1001_1000_1100_1110_1011_0001_1111_0000_1010_1101_0010"),
        ("5", "_b", "101"),
        ("65", "_b", "100_0001"),
        ("-9223372036854775808", "_b", "-1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        ("1", "_o", "1"),
        ("255", "_o", "377"),
        ("2147483648", "_o", "200_0000_0000"),
        ("-999999999999999999999999999993", "_o", "-14_4762_6234_6404_3164_7336_5077_7777_7771"),
        ("42", "_x", "2a"),
        ("1234567", "_x", "12_d687"),
        ("18446744073709551616", "_x", "1_0000_0000_0000_0000"),
        ("1114112", "_x", "11_0000"),
        ("-255", "_X", "-FF"),
        ("9223372036854775807", "_X", "7FFF_FFFF_FFFF_FFFF"),
        ("1267650600228229401496703205376", "_X", "10_0000_0000_0000_0000_0000_0000"),
        ("0", "_X", "0"),
        ("-1234567", "#_x", "-0x12_d687"),
        ("100000000000000000000", "#_x", "0x5_6bc7_5e2d_6310_0000"),
        ("12345678901234567890", "#_x", "0xab54_a98c_eb1f_0ad2"),
        ("5", "#_x", "0x5"),
        ("-9223372036854775808", ",d", "-9,223,372,036,854,775,808"),
        ("1114111", ",d", "1,114,111"),
        ("1", ",d", "1"),
        ("255", ",d", "255"),
        ("-999999999999999999999999999993", "+", "-999999999999999999999999999993"),
        ("-18446744073709551617", "+", "-18446744073709551617"),
        ("42", "+", "+42"),
        ("1234567", "+", "+1234567"),
        ("1114112", "-", "1114112"),
        ("-1", "-", "-1"),
        ("-255", "-", "-255"),
        ("9223372036854775807", "-", "9223372036854775807"),
        ("0", " ", " 0"),
        ("-42", " ", "-42"),
        ("-1234567", " ", "-1234567"),
        ("100000000000000000000", " ", " 100000000000000000000"),
        ("5", "+,", "+5"),
        ("65", "+,", "+65"),
        ("-9223372036854775808", "+,", "-9,223,372,036,854,775,808"),
        ("1114111", "+,", "+1,114,111"),
        ("255", "10", "       255"),
        ("2147483648", "10", "2147483648"),
        ("-999999999999999999999999999993", "10", "-999999999999999999999999999993"),
        ("-18446744073709551617", "10", "-18446744073709551617"),
        ("1234567", "<10", "1234567   "),
        ("18446744073709551616", "<10", "18446744073709551616"),
        ("1114112", "<10", "1114112   "),
        ("-1", "<10", "-1        "),
        ("9223372036854775807", "^10", "9223372036854775807"),
        ("1267650600228229401496703205376", "^10", "1267650600228229401496703205376"),
        ("0", "^10", "    0     "),
        ("-42", "^10", "   -42    "),
        ("100000000000000000000", ">10", "100000000000000000000"),
        ("12345678901234567890", ">10", "12345678901234567890"),
        ("5", ">10", "         5"),
        ("65", ">10", "        65"),
        ("1114111", "=10", "   1114111"),
        ("1", "=10", "         1"),
        ("255", "=10", "       255"),
        ("2147483648", "=10", "2147483648"),
        ("-18446744073709551617", "010", "-18446744073709551617"),
        ("42", "010", "0000000042"),
        ("1234567", "010", "0001234567"),
        ("18446744073709551616", "010", "18446744073709551616"),
        ("-1", "0=10", "-000000001"),
        ("-255", "0=10", "-000000255"),
        ("9223372036854775807", "0=10", "9223372036854775807"),
        ("1267650600228229401496703205376", "0=10", "1267650600228229401496703205376"),
        ("-42", "*^15,", "******-42******"),
        ("-1234567", "*^15,", "**-1,234,567***"),
        ("100000000000000000000", "*^15,", "100,000,000,000,000,000,000"),
        ("12345678901234567890", "*^15,", "12,345,678,901,234,567,890"),
        ("65", "#010x", "0x00000041"),
        ("-9223372036854775808", "#010x", "-0x8000000000000000"),
        ("1114111", "#010x", "0x0010ffff"),
        ("1", "#010x", "0x00000001"),
        ("2147483648", "#012_b", "0b1000_0000_0000_0000_0000_0000_0000_0000"),
        ("-999999999999999999999999999993", "#012_b", "-0b1100_1001_1111_0010_1100_1001_1100_1101_0000_0100_0110_0111_0100_1110_1101_1110_1010_0011_1111_1111_1111_1111_1111_1111_1001"),
        ("-18446744073709551617", "#012_b", "-0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001"),
        ("42", "#012_b", "0b0_0010_1010"),
        ("18446744073709551616", "e", "1.844674e+19"),
        ("1114112", "e", "1.114112e+06"),
        ("-1", "e", "-1.000000e+00"),
        ("-255", "e", "-2.550000e+02"),
        ("1267650600228229401496703205376", ".2e", "1.27e+30"),
        ("0", ".2e", "0.00e+00"),
        ("-42", ".2e", "-4.20e+01"),
        ("-1234567", ".2e", "-1.23e+06"),
        ("12345678901234567890", "E", "1.234568E+19"),
        ("5", "E", "5.000000E+00"),
        ("65", "E", "6.500000E+01"),
        ("-9223372036854775808", "E", "-9.223372E+18"),
        ("1", "f", "1.000000"),
        ("255", "f", "255.000000"),
        ("2147483648", "f", "2147483648.000000"),
        ("-999999999999999999999999999993", "f", "-1000000000000000019884624838656.000000"),
        ("42", ".3f", "42.000"),
        ("1234567", ".3f", "1234567.000"),
        ("18446744073709551616", ".3f", "18446744073709551616.000"),
        ("1114112", ".3f", "1114112.000"),
        ("-255", "g", "-255"),
        ("9223372036854775807", "g", "9.22337e+18"),
        ("1267650600228229401496703205376", "g", "1.26765e+30"),
        ("0", "g", "0"),
        ("-1234567", "G", "-1.23457E+06"),
        ("100000000000000000000", "G", "1E+20"),
        ("12345678901234567890", "G", "1.23457E+19"),
        ("5", "G", "5"),
        ("-9223372036854775808", "%", "-922337203685477580800.000000%"),
        ("1114111", "%", "111411100.000000%"),
        ("1", "%", "100.000000%"),
        ("255", "%", "25500.000000%"),
        ("-999999999999999999999999999993", ".1%", "-100000000000000005366162204393472.0%"),
        ("-18446744073709551617", ".1%", "-1844674407370955161600.0%"),
        ("42", ".1%", "4200.0%"),
        ("1234567", ".1%", "123456700.0%"),
        ("1114112", ",.2f", "1,114,112.00"),
        ("-1", ",.2f", "-1.00"),
        ("-255", ",.2f", "-255.00"),
        ("9223372036854775807", ",.2f", "9,223,372,036,854,775,808.00"),
        ("0", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-42", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1234567", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("100000000000000000000", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("5", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("65", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-9223372036854775808", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1114111", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("255", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("2147483648", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-999999999999999999999999999993", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-18446744073709551617", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1234567", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("18446744073709551616", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1114112", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-1", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("9223372036854775807", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("1267650600228229401496703205376", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("0", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("-42", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("100000000000000000000", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("12345678901234567890", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("5", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("65", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("1114111", "xx", "ValueError: Invalid format specifier 'xx' for object of type 'int'"),
        ("1", "xx", "ValueError: Invalid format specifier 'xx' for object of type 'int'"),
        ("255", "xx", "ValueError: Invalid format specifier 'xx' for object of type 'int'"),
        ("2147483648", "xx", "ValueError: Invalid format specifier 'xx' for object of type 'int'"),
        ("-18446744073709551617", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("42", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("1234567", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("18446744073709551616", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("-1", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("-255", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("9223372036854775807", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("1267650600228229401496703205376", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("-42", "_n", "ValueError: Cannot specify '_' with 'n'."),
        ("-1234567", "_n", "ValueError: Cannot specify '_' with 'n'."),
        ("100000000000000000000", "_n", "ValueError: Cannot specify '_' with 'n'."),
        ("12345678901234567890", "_n", "ValueError: Cannot specify '_' with 'n'."),
        ("65", "zd", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-9223372036854775808", "zd", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1114111", "zd", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1", "zd", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("2147483648", "=", "2147483648"),
        ("-999999999999999999999999999993", "=", "-999999999999999999999999999993"),
        ("-18446744073709551617", "=", "-18446744073709551617"),
        ("42", "=", "42"),
        ("18446744073709551616", "020,", "18,446,744,073,709,551,616"),
        ("1114112", "020,", "0,000,000,001,114,112"),
        ("-1", "020,", "-000,000,000,000,001"),
        ("-255", "020,", "-000,000,000,000,255"),
        ("1267650600228229401496703205376", "0<8", "1267650600228229401496703205376"),
        ("0", "0<8", "00000000"),
        ("-42", "0<8", "-4200000"),
        ("-1234567", "0<8", "-1234567"),
        ("12345678901234567890", "x<8", "12345678901234567890"),
        ("5", "x<8", "5xxxxxxx"),
        ("65", "x<8", "65xxxxxx"),
        ("-9223372036854775808", "x<8", "-9223372036854775808"),
        ("1", "\u{0}", "ValueError: Unknown format code '\\x0' for object of type 'int'"),
        ("255", "\u{0}", "ValueError: Unknown format code '\\x0' for object of type 'int'"),
        ("2147483648", "\u{0}", "ValueError: Unknown format code '\\x0' for object of type 'int'"),
        ("-999999999999999999999999999993", "\u{0}", "ValueError: Unknown format code '\\x0' for object of type 'int'"),
        ("42", "中^9", "中中中42中中中中"),
        ("1234567", "中^9", "中1234567中"),
        ("18446744073709551616", "中^9", "18446744073709551616"),
        ("1114112", "中^9", "中1114112中"),
        ("-255", "^", "-255"),
        ("9223372036854775807", "^", "9223372036854775807"),
        ("1267650600228229401496703205376", "^", "1267650600228229401496703205376"),
        ("0", "^", "0"),
        ("-1234567", "#", "-1234567"),
        ("100000000000000000000", "#", "100000000000000000000"),
        ("12345678901234567890", "#", "12345678901234567890"),
        ("5", "#", "5"),
        ("-9223372036854775808", "03", "-9223372036854775808"),
        ("1114111", "03", "1114111"),
        ("1", "03", "001"),
        ("255", "03", "255"),
        ("-999999999999999999999999999993", "+010_", "-999_999_999_999_999_999_999_999_999_993"),
        ("-18446744073709551617", "+010_", "-18_446_744_073_709_551_617"),
        ("42", "+010_", "+0_000_042"),
        ("1234567", "+010_", "+1_234_567"),
        ("1114112", " 012,", " 001,114,112"),
        ("-1", " 012,", "-000,000,001"),
        ("-255", " 012,", "-000,000,255"),
        ("9223372036854775807", " 012,", " 9,223,372,036,854,775,807"),
        ("0", ">+12,d", "          +0"),
        ("-42", ">+12,d", "         -42"),
        ("-1234567", ">+12,d", "  -1,234,567"),
        ("100000000000000000000", ">+12,d", "+100,000,000,000,000,000,000"),
        ("5", "#<10o", "5#########"),
        ("65", "#<10o", "101#######"),
        ("-9223372036854775808", "#<10o", "-1000000000000000000000"),
        ("1114111", "#<10o", "4177777###"),
        ("255", "=^-8", "==255==="),
        ("2147483648", "=^-8", "2147483648"),
        ("-999999999999999999999999999993", "=^-8", "-999999999999999999999999999993"),
        ("-18446744073709551617", "=^-8", "-18446744073709551617"),
        ("1234567", "+#x", "+0x12d687"),
        ("18446744073709551616", "+#x", "+0x10000000000000000"),
        ("1114112", "+#x", "+0x110000"),
        ("-1", "+#x", "-0x1"),
        ("9223372036854775807", "-#X", "0X7FFFFFFFFFFFFFFF"),
        ("1267650600228229401496703205376", "-#X", "0X10000000000000000000000000"),
        ("0", "-#X", "0X0"),
        ("-42", "-#X", "-0X2A"),
        ("100000000000000000000", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("12345678901234567890", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("5", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("65", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1114111", ".", "ValueError: Format specifier missing precision"),
        ("1", ".", "ValueError: Format specifier missing precision"),
        ("255", ".", "ValueError: Format specifier missing precision"),
        ("2147483648", ".", "ValueError: Format specifier missing precision"),
        ("-18446744073709551617", "99999999999999999999", "ValueError: Too many decimal digits in format string"),
        ("42", "99999999999999999999", "ValueError: Too many decimal digits in format string"),
        ("1234567", "99999999999999999999", "ValueError: Too many decimal digits in format string"),
        ("18446744073709551616", "99999999999999999999", "ValueError: Too many decimal digits in format string"),
        ("-1", "!", "ValueError: Unknown format code '!' for object of type 'int'"),
        ("-255", "!", "ValueError: Unknown format code '!' for object of type 'int'"),
        ("9223372036854775807", "!", "ValueError: Unknown format code '!' for object of type 'int'"),
        ("1267650600228229401496703205376", "!", "ValueError: Unknown format code '!' for object of type 'int'"),
        ("-42", "n10", "ValueError: Invalid format specifier 'n10' for object of type 'int'"),
        ("-1234567", "n10", "ValueError: Invalid format specifier 'n10' for object of type 'int'"),
        ("100000000000000000000", "n10", "ValueError: Invalid format specifier 'n10' for object of type 'int'"),
        ("12345678901234567890", "n10", "ValueError: Invalid format specifier 'n10' for object of type 'int'"),
        ("65", "_c", "ValueError: Cannot specify '_' with 'c'."),
        ("-9223372036854775808", "_c", "ValueError: Cannot specify '_' with 'c'."),
        ("1114111", "_c", "ValueError: Cannot specify '_' with 'c'."),
        ("1", "_c", "ValueError: Cannot specify '_' with 'c'."),
        ("2147483648", "05c", "OverflowError: %c arg not in range(0x110000)"),
        ("-999999999999999999999999999993", "05c", "OverflowError: Python int too large to convert to C long"),
        ("-18446744073709551617", "05c", "OverflowError: Python int too large to convert to C long"),
        ("42", "05c", "0000*"),
        ("18446744073709551616", "10c", "OverflowError: Python int too large to convert to C long"),
        ("1114112", "10c", "OverflowError: %c arg not in range(0x110000)"),
        ("-1", "10c", "OverflowError: %c arg not in range(0x110000)"),
        ("-255", "10c", "OverflowError: %c arg not in range(0x110000)"),
        ("1267650600228229401496703205376", "^5c", "OverflowError: Python int too large to convert to C long"),
        ("0", "^5c", "  \u{0}  "),
        ("-42", "^5c", "OverflowError: %c arg not in range(0x110000)"),
        ("-1234567", "^5c", "OverflowError: %c arg not in range(0x110000)"),
        ("12345678901234567890", ".0f", "12345678901234567168"),
        ("5", ".0f", "5"),
        ("65", ".0f", "65"),
        ("-9223372036854775808", ".0f", "-9223372036854775808"),
        ("1", "#.0f", "1."),
        ("255", "#.0f", "255."),
        ("2147483648", "#.0f", "2147483648."),
        ("-999999999999999999999999999993", "#.0f", "-1000000000000000019884624838656."),
        ("42", "#e", "4.200000e+01"),
        ("1234567", "#e", "1.234567e+06"),
        ("18446744073709551616", "#e", "1.844674e+19"),
        ("1114112", "#e", "1.114112e+06"),
        ("-255", "+.3g", "-255"),
        ("9223372036854775807", "+.3g", "+9.22e+18"),
        ("1267650600228229401496703205376", "+.3g", "+1.27e+30"),
        ("0", "+.3g", "+0"),
        ("-1234567", "020_d", "-000_000_001_234_567"),
        ("100000000000000000000", "020_d", "100_000_000_000_000_000_000"),
        ("12345678901234567890", "020_d", "12_345_678_901_234_567_890"),
        ("5", "020_d", "0_000_000_000_000_005"),
        ("-9223372036854775808", "0=+12d", "-9223372036854775808"),
        ("1114111", "0=+12d", "+00001114111"),
        ("1", "0=+12d", "+00000000001"),
        ("255", "0=+12d", "+00000000255"),
        ("-999999999999999999999999999993", "F", "-1000000000000000019884624838656.000000"),
        ("-18446744073709551617", "F", "-18446744073709551616.000000"),
        ("42", "F", "42.000000"),
        ("1234567", "F", "1234567.000000"),
        ("1114112", ".10%", "111411200.0000000000%"),
        ("-1", ".10%", "-100.0000000000%"),
        ("-255", ".10%", "-25500.0000000000%"),
        ("9223372036854775807", ".10%", "922337203685477580800.0000000000%"),
        ("0", "_.2f", "0.00"),
        ("-42", "_.2f", "-42.00"),
        ("-1234567", "_.2f", "-1_234_567.00"),
        ("100000000000000000000", "_.2f", "100_000_000_000_000_000_000.00"),
        ("5", ",%", "500.000000%"),
        ("65", ",%", "6,500.000000%"),
        ("-9223372036854775808", ",%", "-922,337,203,685,477,580,800.000000%"),
        ("1114111", ",%", "111,411,100.000000%"),
        ("255", "#015_X", "0X000_0000_00FF"),
        ("2147483648", "#015_X", "0X000_8000_0000"),
        ("-999999999999999999999999999993", "#015_X", "-0XC_9F2C_9CD0_4674_EDEA_3FFF_FFF9"),
        ("-18446744073709551617", "#015_X", "-0X1_0000_0000_0000_0001"),
        ("1234567", "0_b", "1_0010_1101_0110_1000_0111"),
        ("18446744073709551616", "0_b", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        ("1114112", "0_b", "1_0001_0000_0000_0000_0000"),
        ("-1", "0_b", "-1"),
    ];

    #[test]
    fn table() {
        for &(v, spec, want) in CASES {
            assert_eq!(fmt(v, spec), want, "format({v}, {spec:?})");
            if let Ok(small) = v.parse::<i64>() {
                let got = match parse_spec(spec, "int").and_then(|s| format_i64(small, &s, "int")) {
                    Ok(s) => s,
                    Err(e) => format!("{}: {}", e.exception_name(), e.message()),
                };
                if !spec.is_empty() {
                    assert_eq!(got, want, "format_i64({v}, {spec:?})");
                }
            }
        }
        assert!(CASES.len() > 100);
    }

    #[test]
    fn type_name_in_errors() {
        let s = parse_spec("s", "bool").unwrap();
        assert_eq!(
            format_i64(1, &s, "bool").unwrap_err().message(),
            "Unknown format code 's' for object of type 'bool'"
        );
    }
}
