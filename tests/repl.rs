//! The interactive prompt, driven through a pseudo-terminal as a person would use it: the
//! real `pyco` binary, keys sent to it, and what it shows on the terminal read back.

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::{spawn_with_options, Options, PtySession};
use std::path::PathBuf;
use std::process::Command;

/// Generous: the machine may be busy building or running other tests.
const TIMEOUT_MS: u64 = 30_000;

const PYCO: &str = env!("CARGO_BIN_EXE_pyco");

/// A fresh home directory (for `~/.pyco_history`) per test.
fn temp_home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyco-repl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn spawn(args: &[&str], home: &PathBuf) -> PtySession {
    let mut cmd = Command::new(PYCO);
    cmd.args(args)
        .env("HOME", home)
        .env("TERM", "xterm")
        .env_remove("PYCO_VIRTUAL_TIME");
    let options = Options::new()
        .timeout_ms(Some(TIMEOUT_MS))
        .strip_ansi_escape_codes(true);
    spawn_with_options(cmd, options).expect("spawn pyco in a pty")
}

/// The REPL with its banner, at its first prompt.
fn repl(home: &PathBuf) -> PtySession {
    let mut p = spawn(&[], home);
    p.exp_string("(Python 3.11 subset) on linux").unwrap();
    p.exp_string(">>> ").unwrap();
    p
}

/// Type a line and press Enter.
fn line(p: &mut PtySession, text: &str) {
    p.send(text).unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
}

fn expect(p: &mut PtySession, text: &str) -> String {
    match p.exp_string(text) {
        Ok(before) => before,
        Err(e) => panic!("expected {text:?} on the terminal: {e}"),
    }
}

/// Print a marker the typed text itself does not contain, and wait for it: everything
/// before it is the output of the lines typed so far.
fn output_until_marker(p: &mut PtySession) -> String {
    line(p, "print('MARK' + 'ER')");
    expect(p, "MARKER\r\n")
}

fn exit_status(p: &PtySession) -> WaitStatus {
    p.process().wait().expect("wait for pyco")
}

fn exited_with(p: &PtySession, code: i32) {
    match exit_status(p) {
        WaitStatus::Exited(_, c) => assert_eq!(c, code, "exit status"),
        other => panic!("pyco did not exit normally: {other:?}"),
    }
}

#[test]
fn banner_prompt_echo_and_underscore() {
    let home = temp_home("echo");
    let mut p = repl(&home);
    line(&mut p, "6 * 7");
    expect(&mut p, "42\r\n");
    line(&mut p, "_ + 1");
    expect(&mut p, "43\r\n");
    line(&mut p, "None");
    line(&mut p, "'text'");
    expect(&mut p, "'text'\r\n");
    line(&mut p, "x = 5");
    line(&mut p, "_");
    let out = output_until_marker(&mut p);
    // `None` and the assignment print nothing; `_` is the last value echoed.
    assert!(out.contains("'text'"), "{out:?}");
    assert!(!out.contains("None\r\n"), "{out:?}");
    line(&mut p, "for i in range(3): i * 10");
    line(&mut p, "");
    expect(&mut p, "0\r\n10\r\n20\r\n");
    line(&mut p, "exit");
    expect(&mut p, "Use exit() or Ctrl-D (i.e. EOF) to exit");
}

#[test]
fn multi_line_input_is_decided_by_the_parser() {
    let home = temp_home("multi");
    let mut p = repl(&home);
    line(&mut p, "def double(x):");
    expect(&mut p, "... ");
    line(&mut p, "    y = x * 2");
    line(&mut p, "    return y");
    line(&mut p, "");
    expect(&mut p, ">>> ");
    line(&mut p, "double(21)");
    expect(&mut p, "42\r\n");
    // An open bracket and an unterminated triple-quoted string continue too.
    line(&mut p, "(1,");
    expect(&mut p, "... ");
    line(&mut p, " 2)");
    expect(&mut p, "(1, 2)\r\n");
    line(&mut p, "s = '''a");
    expect(&mut p, "... ");
    line(&mut p, "b'''");
    line(&mut p, "s");
    expect(&mut p, "'a\\nb'\r\n");
    // A class keeps its methods between inputs.
    line(&mut p, "class C:");
    line(&mut p, "    def hi(self):");
    line(&mut p, "        return 'hi'");
    line(&mut p, "");
    line(&mut p, "C().hi()");
    expect(&mut p, "'hi'\r\n");
    // A match statement is a block; `match` as a name is not.
    line(&mut p, "match [1, 2]:");
    expect(&mut p, "... ");
    line(&mut p, "    case [a, b]:");
    line(&mut p, "        print('pair', a + b)");
    line(&mut p, "");
    expect(&mut p, "pair 3\r\n");
    // A header split over lines (inside brackets) is still a block header.
    line(&mut p, "match (");
    line(&mut p, "    3):");
    line(&mut p, "    case 3:");
    line(&mut p, "        print('three')");
    line(&mut p, "");
    expect(&mut p, "three\r\n");
    line(&mut p, "match = 5");
    line(&mut p, "match * 2");
    expect(&mut p, "10\r\n");
}

#[test]
fn errors_show_a_traceback_and_the_prompt_goes_on() {
    let home = temp_home("errors");
    let mut p = repl(&home);
    line(&mut p, "1/0");
    expect(
        &mut p,
        "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n\
         ZeroDivisionError: division by zero\r\n",
    );
    // Line numbers count within each input.
    line(&mut p, "def boom():");
    line(&mut p, "    x = 1");
    line(&mut p, "    return x / 0");
    line(&mut p, "");
    line(&mut p, "boom()");
    expect(
        &mut p,
        "  File \"<stdin>\", line 1, in <module>\r\n  File \"<stdin>\", line 3, in boom\r\n\
         ZeroDivisionError: division by zero\r\n",
    );
    line(&mut p, "1 +");
    expect(&mut p, "SyntaxError: invalid syntax\r\n");
    line(&mut p, "undefined_name");
    expect(
        &mut p,
        "NameError: name 'undefined_name' is not defined\r\n",
    );
    line(&mut p, "40 + 2");
    expect(&mut p, "42\r\n");
}

#[test]
fn history_is_saved_and_loaded() {
    let home = temp_home("history");
    let mut p = repl(&home);
    line(&mut p, "history_value = 1234 * 2");
    line(&mut p, "history_value");
    expect(&mut p, "2468\r\n");
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    exited_with(&p, 0);
    let saved = std::fs::read_to_string(home.join(".pyco_history")).expect("history file");
    assert!(saved.contains("history_value = 1234 * 2"), "{saved:?}");

    // A new session recalls it with the Up arrow.
    let mut p = repl(&home);
    line(&mut p, "history_value = 'from' + '-second'");
    p.send("\x1b[A\x1b[A").unwrap(); // Up twice: `history_value` from the first session.
    p.send("\r").unwrap();
    p.flush().unwrap();
    expect(&mut p, "'from-second'\r\n");
}

#[test]
fn tab_completes_names_and_attributes_of_live_objects() {
    let home = temp_home("complete");
    let mut p = repl(&home);
    line(&mut p, "def gen_fn():");
    line(&mut p, "    yield 'sent-ok'");
    line(&mut p, "");
    line(&mut p, "gen = gen_fn()");
    // `gen.se<TAB>` becomes `gen.send(`; finishing the call proves what was inserted.
    p.send("gen.se\t").unwrap();
    p.flush().unwrap();
    expect(&mut p, "send(");
    line(&mut p, "None)");
    expect(&mut p, "'sent-ok'\r\n");
    // `gen.<TAB><TAB>` lists the generator's public methods.
    p.send("gen.\t\t").unwrap();
    p.flush().unwrap();
    let listing = expect(&mut p, "throw(");
    assert!(listing.contains("close("), "{listing:?}");
    p.send_control('u').unwrap();
    // A global name and a builtin complete too.
    p.send("gen_f\t").unwrap();
    p.flush().unwrap();
    expect(&mut p, "fn(");
    line(&mut p, ")");
    expect(&mut p, "<generator object gen_fn at ");
    p.send("isinst\t").unwrap();
    p.flush().unwrap();
    expect(&mut p, "ance(");
    line(&mut p, "gen, object)");
    expect(&mut p, "True\r\n");
}

#[test]
fn ctrl_c_at_the_prompt_cancels_the_line() {
    let home = temp_home("ctrlc");
    let mut p = repl(&home);
    p.send("never_run = 1").unwrap();
    p.flush().unwrap();
    expect(&mut p, "never_run = 1");
    p.send_control('c').unwrap();
    expect(&mut p, "KeyboardInterrupt\r\n");
    // A pending block is dropped as well.
    line(&mut p, "if True:");
    expect(&mut p, "... ");
    p.send_control('c').unwrap();
    expect(&mut p, "KeyboardInterrupt\r\n");
    line(&mut p, "'never_run' in globals()");
    expect(&mut p, "False\r\n");
}

#[test]
fn ctrl_d_leaves_with_status_0() {
    let home = temp_home("ctrld");
    let mut p = repl(&home);
    line(&mut p, "1 + 1");
    expect(&mut p, "2\r\n");
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    exited_with(&p, 0);
}

#[test]
fn exit_and_quit_leave_with_their_status() {
    let home = temp_home("exit");
    let mut p = repl(&home);
    line(&mut p, "exit(3)");
    p.exp_eof().unwrap();
    exited_with(&p, 3);

    let mut p = repl(&home);
    line(&mut p, "quit()");
    p.exp_eof().unwrap();
    exited_with(&p, 0);

    let mut p = repl(&home);
    line(&mut p, "import sys");
    line(&mut p, "sys.exit('bye')");
    expect(&mut p, "bye");
    p.exp_eof().unwrap();
    exited_with(&p, 1);
}

#[test]
fn dash_i_runs_the_file_then_the_prompt_in_its_namespace() {
    let home = temp_home("inspect");
    let script = home.join("script.py");
    std::fs::write(
        &script,
        "x = 41\ndef h():\n    return 7\nprint('script ran', __name__)\n",
    )
    .unwrap();
    let mut p = spawn(&["-i", script.to_str().unwrap()], &home);
    let before = expect(&mut p, "script ran __main__\r\n");
    assert!(!before.contains("Python 3.11 subset"), "no banner with -i");
    expect(&mut p, ">>> ");
    line(&mut p, "x + h()");
    expect(&mut p, "48\r\n");
    // An error in the script is reported, and the prompt still opens.
    std::fs::write(&script, "y = 2\nraise ValueError('in script')\n").unwrap();
    let mut p = spawn(&["-i", script.to_str().unwrap()], &home);
    expect(&mut p, "ValueError: in script\r\n");
    expect(&mut p, ">>> ");
    line(&mut p, "y * 21");
    expect(&mut p, "42\r\n");
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    exited_with(&p, 0);
}

/// Chapter snippets 01 and 02 typed at the prompt (pasted line by line, blank line
/// included) print `True` twice, then once, as an interactive CPython 3.7 does.
#[test]
fn chapter_snippets_01_and_02_pasted() {
    let chapter = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/chapter");
    let read = |name: &str| {
        std::fs::read_to_string(chapter.join(name)).unwrap_or_else(|_| match name {
            // The snippets as the chapter prints them, for a checkout without shared/.
            "01_isinstance_iterable.py" => "from collections import Iterable\n\
                l = [1, 2, 3, 4]\nisinstance(l, Iterable)\n\n\
                from collections import Iterator\n\
                isinstance((x for x in range(10)), Iterator)\n"
                .to_string(),
            _ => "isinstance(iter('abc'), Iterator)\n".to_string(),
        })
    };
    let home = temp_home("chapter");
    let mut p = repl(&home);
    for (snippet, trues) in [
        ("01_isinstance_iterable.py", 2),
        ("02_iter_isinstance_iterator.py", 1),
    ] {
        for l in read(snippet).lines() {
            line(&mut p, l);
        }
        let out = output_until_marker(&mut p);
        assert_eq!(out.matches("True\r\n").count(), trues, "{snippet}: {out:?}");
        assert!(!out.contains("Traceback"), "{snippet}: {out:?}");
    }
}

/// A bracketed paste arrives as one multi-line read; its lines run one by one.
#[test]
fn bracketed_paste_of_several_statements() {
    let home = temp_home("paste");
    let mut p = repl(&home);
    p.send("\x1b[200~a = 20\nb = 22\na + b\n\x1b[201~\r")
        .unwrap();
    p.flush().unwrap();
    expect(&mut p, "42\r\n");
}

/// Not a terminal: the whole program is read from standard input, as `python3` does.
#[test]
fn stdin_that_is_not_a_terminal_is_a_program() {
    use std::io::Write;
    let mut child = Command::new(PYCO)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"x = 6 * 7\nx\nprint(x)\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    // No echo of expression statements outside the prompt.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
}

/// Ctrl-C while code runs raises KeyboardInterrupt in it and returns to the prompt.
/// Needs the interpreter to poll `pyco::repl::interrupt` between statements (docs/repl.md).
#[test]
fn ctrl_c_interrupts_running_code() {
    let home = temp_home("ctrlc-run");
    let mut p = repl(&home);
    line(&mut p, "while True: pass");
    line(&mut p, "");
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    expect(&mut p, "KeyboardInterrupt\r\n");
    line(&mut p, "import time");
    line(&mut p, "time.sleep(100)");
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    expect(&mut p, "KeyboardInterrupt\r\n");
    line(&mut p, "20 + 22");
    expect(&mut p, "42\r\n");
}

/// `pyco FILE` stopped by Ctrl-C: traceback, exit status 130.
#[test]
fn ctrl_c_stops_a_script_with_status_130() {
    let home = temp_home("ctrlc-file");
    let script = home.join("loop.py");
    std::fs::write(&script, "print('looping')\nwhile True:\n    pass\n").unwrap();
    let mut p = spawn(&[script.to_str().unwrap()], &home);
    expect(&mut p, "looping");
    std::thread::sleep(std::time::Duration::from_millis(200));
    p.process_mut().signal(Signal::SIGINT).unwrap();
    expect(&mut p, "Traceback (most recent call last):");
    expect(&mut p, "KeyboardInterrupt");
    p.exp_eof().unwrap();
    exited_with(&p, 130);
}

/// `await`, `async for`, `async with` and async comprehensions at the top level run in
/// the prompt's event loop (as under `python -m asyncio`); their tracebacks show only the
/// frames typed at the prompt.
#[test]
fn top_level_await_runs_in_the_prompts_loop() {
    let home = temp_home("await");
    let mut p = repl(&home);
    line(&mut p, "import asyncio");
    line(&mut p, "await asyncio.sleep(0.05, 'done')");
    expect(&mut p, "'done'\r\n");
    line(
        &mut p,
        "async def agen():\r    for i in range(3):\r        yield i\r",
    );
    line(&mut p, "[x * 10 async for x in agen()]");
    expect(&mut p, "[0, 10, 20]\r\n");
    line(&mut p, "async for x in agen(): print('got', x)\r");
    expect(&mut p, "got 2\r\n");
    line(&mut p, "lock = asyncio.Lock()");
    line(&mut p, "async with lock: print('locked', lock.locked())\r");
    expect(&mut p, "locked True\r\n");
    line(
        &mut p,
        "(await asyncio.sleep(0, asyncio.current_task())).get_coro()",
    );
    expect(&mut p, "<coroutine object <module> at 0x");
    line(&mut p, "async def bad():\r    raise ValueError('inner')\r");
    line(&mut p, "await bad()");
    let before = expect(&mut p, "ValueError: inner\r\n");
    assert!(
        before.contains(
            "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n  File \"<stdin>\", line 2, in bad\r\n"
        ),
        "traceback of a top-level await: {before:?}"
    );
    line(&mut p, "def f():\r    await bad()\r");
    expect(&mut p, "SyntaxError: 'await' outside async function");
    line(&mut p, "6 * 7");
    expect(&mut p, "42\r\n");
}

/// Tasks created at the prompt, and threads started there, keep running while the prompt
/// waits for input; Ctrl-C at such a prompt still cancels the line.
#[test]
fn tasks_and_threads_run_while_the_prompt_waits() {
    let home = temp_home("background");
    let mut p = repl(&home);
    line(&mut p, "import asyncio, threading, time");
    line(
        &mut p,
        "async def ticker():\r    for i in range(3):\r        await asyncio.sleep(0.1)\r        print('tick', i)\r",
    );
    line(&mut p, "t = asyncio.ensure_future(ticker())");
    // Nothing more is typed: the ticks come while the prompt waits.
    expect(&mut p, "tick 2\r\n");
    line(&mut p, "t.done()");
    expect(&mut p, "True\r\n");
    line(
        &mut p,
        "def work():\r    time.sleep(0.1)\r    print('thread done')\r",
    );
    line(&mut p, "threading.Thread(target=work).start()");
    expect(&mut p, "thread done\r\n");
    p.send_control('c').unwrap();
    expect(&mut p, "KeyboardInterrupt\r\n");
    line(&mut p, "20 + 22");
    expect(&mut p, "42\r\n");
}
