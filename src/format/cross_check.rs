//! Randomised cross-check against a real CPython 3.11 (test only).
//!
//! Generates a few thousand random values and specs, lets one `python3`
//! process compute the reference results, and compares.  Skips (with a note)
//! when no CPython 3.11 is available.  `PYCO_PYTHON` selects the
//! interpreter, `PYCO_SEED` the random seed, `PYCO_CROSS_N` the number of
//! cases per kind (default 400).

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::Command;

use num_bigint::BigInt;

use super::*;

const SCRIPT: &str = r#"
import sys, struct
def F(h): return struct.unpack('>d', bytes.fromhex(h))[0]
def S(h): return bytes.fromhex(h).decode('utf-8')
def B(x): return 'nan' if x != x else struct.pack('>d', x).hex()
out = []
for line in open(sys.argv[1], encoding='ascii'):
    f = line.rstrip('\n').split('\t')
    k = f[0]
    try:
        if k == 'repr': r = repr(F(f[1]))
        elif k == 'ffmt': r = format(F(f[1]), S(f[2]))
        elif k == 'ifmt': r = format(int(f[1]), S(f[2]))
        elif k == 'sfmt': r = format(S(f[1]), S(f[2]))
        elif k == 'pint': r = ('%' + S(f[2]) + f[3]) % int(f[1])
        elif k == 'pflt': r = ('%' + S(f[2]) + f[3]) % F(f[1])
        elif k == 'pstr': r = ('%' + S(f[2]) + 's') % S(f[1])
        elif k == 'int': r = hex(int(S(f[1]), int(f[2])))
        elif k == 'float': r = B(float(S(f[1])))
        elif k == 'round': r = B(round(F(f[1]), int(f[2])))
        elif k == 'srepr': r = repr(S(f[1]))
        elif k == 'divmod':
            q, m = divmod(F(f[1]), F(f[2])); r = B(q) + ',' + B(m)
        else: r = '?'
        out.append('OK ' + r.encode('utf-8').hex())
    except Exception as e:
        out.append('ERR ' + type(e).__name__ + ' ' + str(e).encode('utf-8').hex())
sys.stdout.write('\n'.join(out) + '\n')
"#;

/// xorshift64* generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

fn hex(s: &str) -> String {
    s.bytes().fold(String::new(), |mut acc, b| {
        let _ = write!(acc, "{b:02x}");
        acc
    })
}

fn unhex(h: &str) -> String {
    let bytes: Vec<u8> = (0..h.len() / 2)
        .filter_map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).ok())
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn fbits(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn show_bits(x: f64) -> String {
    if x.is_nan() {
        "nan".into()
    } else {
        fbits(x)
    }
}

fn random_float(r: &mut Rng) -> f64 {
    match r.below(10) {
        0 => f64::from_bits(r.next()),
        1 => r.pick(&[
            0.0,
            -0.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            1e16,
            1e-5,
            1e-4,
            0.1 + 0.2,
        ]),
        2 => (r.below(2_000_001) as f64 - 1_000_000.0) / 10f64.powi(r.below(8) as i32),
        3 => (r.below(1000) as f64 + 0.5) / 10f64.powi(r.below(4) as i32),
        4 => (r.below(1 << 53) as f64) * 2f64.powi(r.below(200) as i32 - 100),
        5 => (r.below(100) as f64 * 0.125 - 6.0) * 10f64.powi(r.below(40) as i32 - 20),
        6 => {
            let x = f64::from_bits(r.next() & 0x7fff_ffff_ffff_ffff);
            if x.is_finite() {
                x
            } else {
                1.5
            }
        }
        7 => (r.below(100_000) as f64) * 10f64.powi(r.below(30) as i32),
        // Near 2**53, where shortest-repr ties between two candidates occur.
        8 => ((1u64 << 52) | r.below(1 << 52)) as f64 * 2f64.powi(r.below(10) as i32 - 5),
        _ => -(r.below(1 << 20) as f64) / 1024.0,
    }
}

fn random_int(r: &mut Rng) -> BigInt {
    let v = match r.below(5) {
        0 => BigInt::from(r.below(300) as i64 - 150),
        1 => BigInt::from(r.next() as i64),
        2 => {
            let mut v = BigInt::from(r.next());
            for _ in 0..r.below(6) {
                v = (v << 64u32) + BigInt::from(r.next());
            }
            v
        }
        3 => BigInt::from(10).pow(r.below(40) as u32) - BigInt::from(r.below(3)),
        _ => BigInt::from(r.below(0x110100)),
    };
    if r.chance(30) {
        -v
    } else {
        v
    }
}

/// A spec of random characters from the mini-language's alphabet, to
/// exercise error paths and their order.
fn garbage_spec(r: &mut Rng) -> String {
    let alphabet: Vec<char> = "<>=^+- z#0123456789,_.bcdeEfFgGnosxX%中*\0"
        .chars()
        .collect();
    let n = r.below(9);
    (0..n).map(|_| r.pick(&alphabet)).collect()
}

fn random_spec(r: &mut Rng, types: &str) -> String {
    if r.chance(25) {
        return garbage_spec(r);
    }
    let mut s = String::new();
    match r.below(6) {
        0 => s.push(r.pick(&['<', '>', '=', '^'])),
        1 => {
            s.push(r.pick(&['*', '0', 'x', ' ', '中', '<', '.']));
            s.push(r.pick(&['<', '>', '=', '^']));
        }
        _ => {}
    }
    if r.chance(30) {
        s.push(r.pick(&['+', '-', ' ']));
    }
    if r.chance(5) {
        s.push('z');
    }
    if r.chance(20) {
        s.push('#');
    }
    if r.chance(20) {
        s.push('0');
    }
    if r.chance(50) {
        let _ = write!(s, "{}", r.below(26));
    }
    if r.chance(20) {
        s.push(r.pick(&[',', '_']));
    }
    if r.chance(45) {
        let p = if r.chance(10) {
            r.below(70)
        } else {
            r.below(18)
        };
        let _ = write!(s, ".{p}");
    }
    let types: Vec<char> = types.chars().collect();
    if r.chance(85) {
        let t = r.pick(&types);
        if t != '-' {
            s.push(t);
        }
    }
    s
}

fn random_flags(r: &mut Rng) -> (String, PercentFlags) {
    let mut s = String::new();
    let mut f = PercentFlags::default();
    for _ in 0..r.below(4) {
        let c = r.pick(&['-', '+', ' ', '#', '0']);
        s.push(c);
        match c {
            '-' => f.left = true,
            '+' => f.plus = true,
            ' ' => f.space = true,
            '#' => f.alt = true,
            _ => f.zero = true,
        }
    }
    if r.chance(60) {
        let w = 1 + r.below(25) as usize;
        let _ = write!(s, "{w}");
        f.width = Some(w);
    }
    if r.chance(50) {
        let p = r.below(25) as usize;
        let _ = write!(s, ".{p}");
        f.precision = Some(p);
    }
    (s, f)
}

fn random_text(r: &mut Rng, alphabet: &[&str], max_len: u64) -> String {
    let n = r.below(max_len + 1);
    (0..n).map(|_| r.pick(alphabet)).collect()
}

fn random_unicode(r: &mut Rng) -> String {
    let n = r.below(8);
    (0..n)
        .filter_map(|_| {
            let cp = match r.below(6) {
                0 => r.below(0x80),
                1 => r.below(0x100),
                2 => r.below(0x3000),
                3 => r.below(0x10000),
                4 => r.below(0x110000),
                _ => 0x20 + r.below(0x5f),
            };
            char::from_u32(cp as u32)
        })
        .collect()
}

fn ok(s: &str) -> String {
    format!("OK {}", hex(s))
}

fn res(r: Result<String, FormatError>) -> String {
    match r {
        Ok(s) => ok(&s),
        Err(e) => format!("ERR {} {}", e.exception_name(), hex(e.message())),
    }
}

/// Build the cases: (line for Python, our own answer).
fn build_cases(seed: u64, per_kind: usize) -> Vec<(String, String)> {
    let mut r = Rng(seed | 1);
    let mut cases = Vec::new();
    let int_alpha = &[
        "0", "1", "7", "9", "a", "f", "z", "_", "_", " ", "-", "+", "0x", "0o", "0b", "٣",
        "\u{3000}", "x", "é", "\t",
    ];
    let float_alpha = &[
        "0", "1", "5", "9", ".", "e", "E", "-", "+", "_", " ", "inf", "nan", "Infinity", "i", "n",
        "٣", "\u{2003}", "x", "00", "e-3", "e400",
    ];
    for _ in 0..per_kind {
        let x = random_float(&mut r);
        cases.push((format!("repr\t{}", fbits(x)), ok(&float_repr(x))));

        let x = random_float(&mut r);
        let spec = random_spec(&mut r, "eEfFgGn%-----dx");
        cases.push((
            format!("ffmt\t{}\t{}", fbits(x), hex(&spec)),
            res(format_float_spec(x, &spec, "float")),
        ));

        let v = random_int(&mut r);
        let spec = random_spec(&mut r, "bcdoxXn-----eEfFgG%s");
        let skip_surrogate =
            spec.ends_with('c') && v >= BigInt::from(0xd800) && v <= BigInt::from(0xdfff);
        if !skip_surrogate {
            cases.push((
                format!("ifmt\t{v}\t{}", hex(&spec)),
                res(format_int_spec(&v, &spec, "int")),
            ));
        }

        let s = random_unicode(&mut r);
        let spec = random_spec(&mut r, "s-----d");
        cases.push((
            format!("sfmt\t{}\t{}", hex(&s), hex(&spec)),
            res(format_str_spec(&s, &spec, "str")),
        ));

        let v = random_int(&mut r);
        let (fs, f) = random_flags(&mut r);
        let conv = r.pick(&['d', 'i', 'u', 'o', 'x', 'X']);
        cases.push((
            format!("pint\t{v}\t{}\t{conv}", hex(&fs)),
            res(percent_int(&v, &f, conv)),
        ));

        let x = random_float(&mut r);
        let (fs, f) = random_flags(&mut r);
        let conv = r.pick(&['e', 'E', 'f', 'F', 'g', 'G']);
        cases.push((
            format!("pflt\t{}\t{}\t{conv}", fbits(x), hex(&fs)),
            res(percent_float(x, &f, conv)),
        ));

        let s = random_unicode(&mut r);
        let (fs, f) = random_flags(&mut r);
        cases.push((
            format!("pstr\t{}\t{}", hex(&s), hex(&fs)),
            res(pad_percent(&s, &f)),
        ));

        let s = random_text(&mut r, int_alpha, 8);
        let base = r.pick(&[0u32, 0, 10, 10, 2, 8, 16, 36, 7]);
        let ours = parse_int(&s, base).map(|v| int_to_base(&v, 16, true));
        cases.push((format!("int\t{}\t{base}", hex(&s)), res(ours)));

        let s = random_text(&mut r, float_alpha, 6);
        cases.push((
            format!("float\t{}", hex(&s)),
            res(parse_float(&s).map(show_bits)),
        ));

        let x = random_float(&mut r);
        let n = r.below(40) as i64 - 20;
        cases.push((
            format!("round\t{}\t{n}", fbits(x)),
            res(float_round(x, n).map(show_bits)),
        ));

        let s = random_unicode(&mut r);
        cases.push((format!("srepr\t{}", hex(&s)), ok(&str_repr(&s))));

        let (a, b) = (random_float(&mut r), random_float(&mut r));
        if b != 0.0 {
            let (q, m) = float_floordiv_mod(a, b);
            cases.push((
                format!("divmod\t{}\t{}", fbits(a), fbits(b)),
                ok(&format!("{},{}", show_bits(q), show_bits(m))),
            ));
        }
    }
    // Python reads floats big-endian: our bits are already printed so.
    cases
}

fn python() -> Option<String> {
    let exe = std::env::var("PYCO_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&exe)
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .ok()?;
    (String::from_utf8_lossy(&out.stdout).trim() == "True").then_some(exe)
}

#[test]
fn random_cases_match_cpython() {
    let Some(exe) = python() else {
        eprintln!("note: CPython 3.11 not found (set PYCO_PYTHON); skipping cross-check");
        return;
    };
    let seed = std::env::var("PYCO_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_1234_abcd_0001u64);
    let per_kind = std::env::var("PYCO_CROSS_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(400);
    let cases = build_cases(seed, per_kind);
    let path = std::env::temp_dir().join(format!("pyco-format-cross-{}.txt", std::process::id()));
    let mut file = std::fs::File::create(&path).expect("create temp file");
    for (line, _) in &cases {
        writeln!(file, "{line}").expect("write temp file");
    }
    drop(file);
    let out = Command::new(&exe)
        .args(["-c", SCRIPT])
        .arg(&path)
        .output()
        .expect("run python");
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let expected: Vec<&str> = stdout.lines().collect();
    assert_eq!(expected.len(), cases.len());
    let mut failures = Vec::new();
    for ((line, ours), want) in cases.iter().zip(&expected) {
        if ours != want {
            let decode = |s: &str| -> String {
                let mut parts = s.splitn(3, ' ');
                match (parts.next(), parts.next(), parts.next()) {
                    (Some("OK"), Some(h), _) => format!("{:?}", unhex(h)),
                    (Some("ERR"), Some(t), Some(h)) => format!("{t}: {:?}", unhex(h)),
                    _ => s.to_string(),
                }
            };
            let fields: Vec<String> = line
                .split('\t')
                .map(|f| {
                    if f.len() % 2 == 0
                        && !f.is_empty()
                        && f.bytes().all(|b| b.is_ascii_hexdigit())
                        && !f.bytes().all(|b| b.is_ascii_digit())
                    {
                        format!("{f}={:?}", unhex(f))
                    } else {
                        f.to_string()
                    }
                })
                .collect();
            failures.push(format!(
                "{}\n   python: {}\n   ours:   {}",
                fields.join(" "),
                decode(want),
                decode(ours)
            ));
        }
    }
    eprintln!(
        "cross-check: {} cases, {} mismatches",
        cases.len(),
        failures.len()
    );
    for f in failures.iter().take(40) {
        eprintln!("{f}");
    }
    assert!(failures.is_empty());
}
