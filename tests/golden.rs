//! Golden-output tests.
//!
//! Every `tests/golden/<name>.py` (except `helper_*.py`, which are modules imported by other
//! tests) is run as `pyco <name>.py` with the current directory set to `tests/golden/` and an
//! empty stdin. Its stdout must equal `<name>.stdout`, its stderr `<name>.stderr` (empty when
//! that file is missing) and its exit status `<name>.status` (0 when missing).
//!
//! The chapter snippets are run where users run them: each `examples/<name>.py` that has a
//! `tests/chapter/<name>.stdout` is run from `examples/` as the trial `chapter__<name>`, with
//! its expectations (and a `<name>.directives` file holding the directive lines, since the
//! snippets themselves stay verbatim) in `tests/chapter/`.
//!
//! Two sets of trials are produced:
//! - `golden::<name>` runs the pyco binary (`PYCO_BIN` overrides the one cargo built);
//! - `cpython::<name>` runs CPython (`PYCO_PYTHON`, else whatever `python3` resolves to) on the
//!   same program and checks that the checked-in expectation still matches it. Programs whose
//!   header says `# pyco-expect: python3.7 ...` or `# pyco-expect: racy ...` are ignored
//!   there, and all of these trials are ignored when no python3 is found.
//!
//! Directives (comments in the first lines of a program):
//! - `# pyco-args: ARG...` extra arguments for pyco, placed before the file name;
//! - `# pyco-expect: python3.7 <reason>` the expectation was written by hand;
//! - `# pyco-expect: racy <reason>` the expectation is one CPython run, but CPython's own
//!   output varies from run to run (prints from real threads interleave), so it is not
//!   re-checked against CPython; pyco, whose threads switch only when one blocks, must
//!   match it exactly.
//! - `# pyco-normalise: thread-idents` thread reprs' `started <ident>` becomes `started ?`
//!   on both sides (the ident differs from run to run under CPython).
//! - `# pyco-needs: MODULE...` third-party modules the program imports (pyco bundles its
//!   own `aiohttp` and `requests`): its `cpython::` trial is ignored when the python3 in
//!   use cannot import one of them (checked once per module); `golden::` always runs.
//!
//! Normalisations (the only ones):
//! - `at 0x<hex>` becomes `at 0x?` on both sides;
//! - in the actual output, `File "<absolute tests/golden dir>/x.py"` becomes `File "x.py"`
//!   (also at the start of a line and after ` at `, as in asyncio's `running at <dir>/x.py:7`).
//!   CPython 3.9+ makes the script path absolute, so its tracebacks name the file that way;
//!   the expectations (and pyco) use the bare name the program was started with. This makes
//!   `PYCO_BIN=<python3>` pass too, which validates the harness itself.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// Per-program time limit; `PYCO_TEST_TIMEOUT` (seconds) overrides it.
const DEFAULT_TIMEOUT_SECS: u64 = 20;
/// How many leading lines are searched for directives.
const DIRECTIVE_LINES: usize = 5;

struct Case {
    name: String,
    /// Where the program is and runs.
    dir: PathBuf,
    file: String,
    /// The expectation files are `<expect_base>.stdout` and so on.
    expect_base: PathBuf,
    pyco_args: Vec<String>,
    hand_written: bool,
    thread_idents: bool,
    /// Modules CPython must be able to import for the `cpython::` trial.
    needs: Vec<String>,
}

struct Outcome {
    stdout: String,
    stderr: String,
    status: Option<i32>,
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/golden");
    let cases = match collect_cases(&dir).and_then(|mut cases| {
        cases.extend(collect_chapter_cases(
            &root.join("examples"),
            &root.join("tests/chapter"),
        )?);
        Ok(cases)
    }) {
        Ok(cases) => cases,
        Err(e) => {
            eprintln!("cannot read the test programs: {e}");
            std::process::exit(2);
        }
    };

    let pyco = Arc::new(
        std::env::var_os("PYCO_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pyco"))),
    );
    let python = find_python().map(Arc::new);

    let importable = importable_modules(python.as_deref().map(PathBuf::as_path), &cases);
    let known = known_failures(&dir);
    let mut trials = Vec::new();
    let cases: Vec<Arc<Case>> = cases.into_iter().map(Arc::new).collect();
    for case in &cases {
        let not_yet = known.contains(&case.name);
        let case = Arc::clone(case);
        let bin = Arc::clone(&pyco);
        trials.push(
            Trial::test(format!("golden::{}", case.name), move || {
                check(&case, &bin, &case.pyco_args)
            })
            .with_kind("golden")
            .with_ignored_flag(not_yet),
        );
    }
    for case in &cases {
        let ignored = python.is_none()
            || case.hand_written
            || case.needs.iter().any(|m| !importable.contains(m));
        let case = Arc::clone(case);
        let python = python.clone();
        trials.push(
            Trial::test(format!("cpython::{}", case.name), move || match &python {
                // Programs made for `--virtual-time` sleep for real under CPython, so on a
                // loaded machine their thread timing can slip: they get a second run.
                Some(bin) => check(&case, bin, &[]).or_else(|first| {
                    if case.pyco_args.iter().any(|a| a == "--virtual-time") {
                        check(&case, bin, &[])
                    } else {
                        Err(first)
                    }
                }),
                None => Err("no python3 found".into()),
            })
            .with_kind("cpython")
            .with_ignored_flag(ignored),
        );
    }
    libtest_mimic::run(&args, trials).exit();
}

/// The modules named by `# pyco-needs:` that `python` can import (one check each).
fn importable_modules(python: Option<&Path>, cases: &[Case]) -> std::collections::HashSet<String> {
    let mut found = std::collections::HashSet::new();
    let Some(python) = python else {
        return found;
    };
    let wanted: std::collections::BTreeSet<&String> =
        cases.iter().flat_map(|c| c.needs.iter()).collect();
    for module in wanted {
        let ok = Command::new(python)
            .args(["-c", &format!("import {module}")])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            found.insert(module.clone());
        }
    }
    found
}

/// Programs pyco does not run correctly yet (`tests/golden/known_failures.txt`, one name
/// per line): their `golden::` trials are reported as ignored until the feature lands
/// (`cargo test --test golden -- --ignored` runs them).
fn known_failures(dir: &Path) -> std::collections::HashSet<String> {
    std::fs::read_to_string(dir.join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn collect_cases(dir: &Path) -> std::io::Result<Vec<Case>> {
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else {
            continue;
        };
        let Some(name) = file.strip_suffix(".py") else {
            continue;
        };
        if name.starts_with("helper_") {
            continue;
        }
        let source = std::fs::read_to_string(&path)?;
        let header: Vec<&str> = source.lines().take(DIRECTIVE_LINES).collect();
        cases.push(new_case(name, dir, file, dir.join(name), &header));
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

/// The examples that have expectations in `chapter_dir`, run from `examples_dir`.
fn collect_chapter_cases(examples_dir: &Path, chapter_dir: &Path) -> std::io::Result<Vec<Case>> {
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(chapter_dir)? {
        let path = entry?.path();
        let Some(name) = path
            .file_name()
            .and_then(|f| f.to_str())
            .and_then(|f| f.strip_suffix(".stdout"))
        else {
            continue;
        };
        let file = format!("{name}.py");
        if !examples_dir.join(&file).exists() {
            return Err(std::io::Error::other(format!(
                "{} has no examples/{file}",
                path.display()
            )));
        }
        let directives =
            match std::fs::read_to_string(chapter_dir.join(format!("{name}.directives"))) {
                Ok(text) => text,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
                Err(e) => return Err(e),
            };
        let header: Vec<&str> = directives.lines().collect();
        cases.push(new_case(
            &format!("chapter__{name}"),
            examples_dir,
            &file,
            chapter_dir.join(name),
            &header,
        ));
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

/// A case whose directives are read from `header` (see the module doc).
fn new_case(name: &str, dir: &Path, file: &str, expect_base: PathBuf, header: &[&str]) -> Case {
    let mut pyco_args = Vec::new();
    let mut hand_written = false;
    let mut thread_idents = false;
    let mut needs = Vec::new();
    for line in header {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("# pyco-args:") {
            pyco_args.extend(rest.split_whitespace().map(str::to_string));
        } else if let Some(rest) = line.strip_prefix("# pyco-expect:") {
            let kind = rest.split_whitespace().next().unwrap_or("");
            hand_written = kind == "python3.7" || kind == "racy";
        } else if let Some(rest) = line.strip_prefix("# pyco-normalise:") {
            thread_idents = rest.split_whitespace().any(|w| w == "thread-idents");
        } else if let Some(rest) = line.strip_prefix("# pyco-needs:") {
            needs.extend(rest.split_whitespace().map(str::to_string));
        }
    }
    Case {
        name: name.to_string(),
        dir: dir.to_path_buf(),
        file: file.to_string(),
        expect_base,
        pyco_args,
        hand_written,
        thread_idents,
        needs,
    }
}

/// `PYCO_PYTHON`, else the executable `python3` reports for itself.
fn find_python() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PYCO_PYTHON") {
        return Some(PathBuf::from(p));
    }
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .stdin(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let path = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!path.is_empty()).then(|| PathBuf::from(path))
}

fn check(case: &Case, bin: &Path, extra_args: &[String]) -> Result<(), Failed> {
    let mut actual = run(case, bin, extra_args)?;
    actual.stdout = strip_golden_dir(&actual.stdout, &case.dir);
    actual.stderr = strip_golden_dir(&actual.stderr, &case.dir);
    let expected_stdout = read_expectation(case, "stdout")?;
    let expected_stderr = read_expectation(case, "stderr")?;
    let expected_status = match read_expectation(case, "status")?.trim() {
        "" => 0,
        s => s
            .parse::<i32>()
            .map_err(|e| format!("bad {}.status: {e}", case.name))?,
    };

    let mut report = String::new();
    if actual.status != Some(expected_status) {
        let got = match actual.status {
            Some(code) => code.to_string(),
            None => "killed by a signal".to_string(),
        };
        report.push_str(&format!(
            "exit status: expected {expected_status}, got {got}\n"
        ));
    }
    for (what, expected, got) in [
        ("stdout", &expected_stdout, &actual.stdout),
        ("stderr", &expected_stderr, &actual.stderr),
    ] {
        let expected = normalize(expected, case.thread_idents);
        let got = normalize(got, case.thread_idents);
        if expected != got {
            report.push_str(&diff(what, &expected, &got));
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        if actual.stderr.trim() != expected_stderr.trim() && !actual.stderr.is_empty() {
            report.push_str("---- full stderr ----\n");
            report.push_str(&tail(&actual.stderr, 30));
        }
        Err(report.into())
    }
}

fn read_expectation(case: &Case, ext: &str) -> Result<String, Failed> {
    let path = PathBuf::from(format!("{}.{ext}", case.expect_base.display()));
    match std::fs::read_to_string(&path) {
        Ok(s) => Ok(s),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if ext == "stdout" {
                Err(format!("missing {} (run tests/regen.py)", path.display()).into())
            } else {
                Ok(String::new())
            }
        }
        Err(e) => Err(format!("cannot read {}: {e}", path.display()).into()),
    }
}

/// Runs `bin [extra_args] file` in the golden directory, killing it when it takes too long.
fn run(case: &Case, bin: &Path, extra_args: &[String]) -> Result<Outcome, Failed> {
    let mut command = Command::new(bin);
    // When the binary is CPython, importing helper_ modules must not leave __pycache__ behind.
    command.env("PYTHONDONTWRITEBYTECODE", "1");
    let mut child = command
        .args(extra_args)
        .arg(&case.file)
        .current_dir(&case.dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;

    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });

    let timeout = Duration::from_secs(
        std::env::var("PYCO_TEST_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(DEFAULT_TIMEOUT_SECS),
    );
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {} s", timeout.as_secs()).into());
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for the child failed: {e}").into()),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        status: status.code(),
    })
}

/// Turns CPython's `File "/abs/golden/dir/x.py"` into `File "x.py"`, and the same
/// absolute prefix at the start of a warning line (`/abs/golden/dir/x.py:6: ...`) and
/// after ` at ` (asyncio's `running at /abs/golden/dir/x.py:7`).
fn strip_golden_dir(text: &str, dir: &Path) -> String {
    let mut dirs = vec![dir.to_path_buf()];
    if let Ok(real) = dir.canonicalize() {
        dirs.push(real);
    }
    let mut out = text.to_string();
    for d in dirs {
        let prefix = format!("File \"{}{}", d.display(), std::path::MAIN_SEPARATOR);
        out = out.replace(&prefix, "File \"");
        let line_start = format!("\n{}{}", d.display(), std::path::MAIN_SEPARATOR);
        out = format!("\n{out}").replace(&line_start, "\n")[1..].to_string();
        let after_at = format!(" at {}{}", d.display(), std::path::MAIN_SEPARATOR);
        out = out.replace(&after_at, " at ");
    }
    out
}

/// Replaces the hex digits of every `at 0x<hex>` with `?`, and with `thread_idents` the
/// digits of every `started <ident>` too.
fn normalize(text: &str, thread_idents: bool) -> String {
    let out = replace_digits_after(text, "at 0x", |b| {
        b.is_ascii_digit() || (b'a'..=b'f').contains(&b)
    });
    if thread_idents {
        replace_digits_after(&out, "started ", |b| b.is_ascii_digit())
    } else {
        out
    }
}

/// Replaces the run of `digit` bytes right after each `pattern` with `?`.
fn replace_digits_after(text: &str, pattern: &str, digit: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(pattern) {
        let after = &rest[pos + pattern.len()..];
        let digits = after.bytes().take_while(|&b| digit(b)).count();
        out.push_str(&rest[..pos + pattern.len()]);
        if digits > 0 {
            out.push('?');
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// A short report around the first differing line.
fn diff(what: &str, expected: &str, got: &str) -> String {
    const CONTEXT: usize = 3;
    const SHOWN: usize = 8;
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = got.split_inclusive('\n').collect();
    let first = exp
        .iter()
        .zip(&act)
        .position(|(a, b)| a != b)
        .unwrap_or(exp.len().min(act.len()));
    let mut out = format!(
        "{what} differs at line {} (expected {} lines, got {}):\n",
        first + 1,
        exp.len(),
        act.len()
    );
    for line in &exp[first.saturating_sub(CONTEXT)..first] {
        out.push_str(&format!("  {}\n", show(line)));
    }
    for line in exp.iter().skip(first).take(SHOWN) {
        out.push_str(&format!("- {}\n", show(line)));
    }
    for line in act.iter().skip(first).take(SHOWN) {
        out.push_str(&format!("+ {}\n", show(line)));
    }
    out
}

/// A line without its newline; a missing final newline is made visible.
fn show(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(l) => l.to_string(),
        None => format!("{line}    [no newline at end]"),
    }
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let mut out = all[all.len().saturating_sub(lines)..].join("\n");
    out.push('\n');
    out
}
