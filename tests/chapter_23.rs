//! Chapter snippet 23 (`examples/23_processpool_fcntl_log_filter.py`) never ends, under
//! CPython as under pyco: its loop compares `strftime('%Y-%m-%d %H:%M')` with
//! `"2018-05-2 16:00"`, which is never produced. This runs the real binary on it in a
//! temporary directory and checks that it is still running (silently, having created
//! `new.txt` with `os.system`) after two seconds, then stops it.

use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn snippet_23_runs_until_stopped() {
    let dir = std::env::temp_dir().join(format!("pyco-chapter23-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/23_processpool_fcntl_log_filter.py");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyco"))
        .arg(&script)
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pyco");
    std::thread::sleep(Duration::from_secs(2));
    let still_running = child.try_wait().expect("poll pyco").is_none();
    let _ = child.kill();
    let out = child.wait_with_output().expect("collect pyco's output");
    assert!(
        still_running,
        "snippet 23 ended: stdout {:?}, stderr {:?}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "snippet 23 printed to stdout");
    assert!(out.stderr.is_empty(), "snippet 23 printed to stderr");
    assert!(dir.join("new.txt").exists(), "os.system(':>new.txt') ran");
    let _ = std::fs::remove_dir_all(&dir);
}
