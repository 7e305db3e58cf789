//! Chapter snippets 13 and 17 (`examples/13_asyncio_aiohttp_server.py` and
//! `examples/17_aiohttp_server.py`, the same program) serve `aiohttp.web` on
//! 127.0.0.1:8000 forever. This runs the real binary on each in turn (one test, so they
//! never compete for the port): it waits for `Server started at http://127.0.0.1:8000...`
//! on stdout, sends `GET /` and `GET /hello/世界` (the path in raw UTF-8, as curl sends
//! it, and percent-encoded) over a plain TCP connection, checks each status, header and
//! body and that each answer took the handler's 0.5 s sleep, then stops the server and
//! checks stderr holds the two DeprecationWarnings CPython with aiohttp prints.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const STARTED: &str = "Server started at http://127.0.0.1:8000...";

#[test]
fn snippets_13_and_17_serve_aiohttp() {
    for name in ["13_asyncio_aiohttp_server.py", "17_aiohttp_server.py"] {
        check_snippet(name);
    }
}

fn check_snippet(name: &str) {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyco"))
        .arg(&script)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pyco");
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        wait_for_start(&mut child, name);
        let (head, body) = get(b"/");
        assert_eq!(head[0], "HTTP/1.1 200 OK", "{name}: GET /");
        assert!(head.contains(&"Content-Type: application/octet-stream".to_string()));
        assert!(head.contains(&"Content-Length: 14".to_string()));
        assert!(head.contains(&"Server: Python/3.11 aiohttp/3.14.5".to_string()));
        assert!(head.iter().any(|h| h.starts_with("Date: ")));
        assert_eq!(body, "<h1>Index</h1>".as_bytes());
        for path in ["/hello/世界".as_bytes(), b"/hello/%E4%B8%96%E7%95%8C"] {
            let (head, body) = get(path);
            assert_eq!(head[0], "HTTP/1.1 200 OK", "{name}: GET /hello/...");
            assert!(head.contains(&"Content-Length: 23".to_string()));
            assert_eq!(body, "<h1>hello, 世界!</h1>".as_bytes());
        }
        let (head, body) = get(b"/nowhere");
        assert_eq!(head[0], "HTTP/1.1 404 Not Found");
        assert_eq!(body, b"404: Not Found");
    }));
    let _ = child.kill();
    let out = child.wait_with_output().expect("collect pyco's output");
    if let Err(e) = result {
        eprintln!("stderr of {name}: {}", String::from_utf8_lossy(&out.stderr));
        std::panic::resume_unwind(e);
    }
    let script = script.display();
    let expected = format!(
        "{script}:14: DeprecationWarning: loop argument is deprecated\n  \
         app = web.Application(loop=loop)\n\
         {script}:17: DeprecationWarning: Application.make_handler(...) is deprecated, \
         use AppRunner API instead\n  \
         srv = await loop.create_server(app.make_handler(), '127.0.0.1', 8000)\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        expected,
        "{name}: stderr"
    );
}

/// Waits (at most 20 s) for the start line on the child's stdout.
fn wait_for_start(child: &mut Child, name: &str) {
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx
        .recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|_| panic!("{name}: no start line within 20 s"));
    assert_eq!(line, format!("{STARTED}\n"), "{name}: stdout");
}

/// One `GET path` on a new connection: the head's lines and the body. Checks that the
/// answer took at least the handler's 0.5 s sleep (a 404 does not sleep).
fn get(path: &[u8]) -> (Vec<String>, Vec<u8>) {
    let started = Instant::now();
    let mut stream = TcpStream::connect(("127.0.0.1", 8000)).expect("connect to the server");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut request = b"GET ".to_vec();
    request.extend_from_slice(path);
    request.extend_from_slice(b" HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nConnection: close\r\n\r\n");
    stream.write_all(&request).expect("send the request");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("read the answer");
    let elapsed = started.elapsed();
    let split = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head: Vec<String> = String::from_utf8_lossy(&answer[..split])
        .split("\r\n")
        .map(str::to_string)
        .collect();
    if !head[0].contains("404") {
        assert!(
            elapsed >= Duration::from_millis(500),
            "answered in {elapsed:?}, before the handler's 0.5 s sleep"
        );
    }
    (head, answer[split + 4..].to_vec())
}
