//! The line editor (rustyline) on its own OS thread, so that the interpreter goes on while
//! a line is typed: other green threads and the prompt's event loop keep running, as
//! under `python -m asyncio`.
//!
//! The two sides talk over channels. The editor thread sends each finished line, and each
//! Tab press (the interpreter answers with completions from the live namespaces), then
//! writes a byte to a pipe; the interpreter's main thread waits on the pipe's read end
//! like on any file descriptor, which lets the scheduler run everything else meanwhile.

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, Helper};
use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver, Sender, TryRecvError};
use std::thread::JoinHandle;

/// What one `read_line` gives back.
pub enum Input {
    Line(String),
    /// Ctrl-C while editing.
    Interrupted,
    /// Ctrl-D on an empty line.
    Eof,
    /// The editor was disturbed (e.g. the window resized): ask again.
    Retry,
    /// The terminal cannot be read.
    Failed(String),
}

enum ToEditor {
    ReadLine(String),
    Stop,
}

enum FromEditor {
    Input(Input),
    Complete {
        line: String,
        pos: usize,
        reply: Sender<(usize, Vec<Pair>)>,
    },
}

/// The interpreter's handle on the editor thread.
pub struct LineEditor {
    requests: Sender<ToEditor>,
    events: Receiver<FromEditor>,
    wake: WakePipe,
    thread: Option<JoinHandle<()>>,
}

impl LineEditor {
    /// Start the editor thread, with the history file loaded (and saved when it stops).
    pub fn start(history: Option<PathBuf>) -> Result<LineEditor, String> {
        let wake = WakePipe::new()?;
        let (requests, requests_rx) = channel::<ToEditor>();
        let (events_tx, events) = channel::<FromEditor>();
        let (ready_tx, ready_rx) = channel::<Result<(), String>>();
        let wake_write = wake.write;
        let thread = std::thread::Builder::new()
            .name("pyco-line-editor".into())
            .spawn(move || {
                block_sigint();
                let helper = ProxyHelper {
                    events: events_tx.clone(),
                    wake_write,
                };
                let mut editor = match new_editor(helper) {
                    Ok(e) => e,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                if let Some(path) = &history {
                    let _ = editor.load_history(path);
                }
                let _ = ready_tx.send(Ok(()));
                while let Ok(ToEditor::ReadLine(prompt)) = requests_rx.recv() {
                    let input = match editor.readline(&prompt) {
                        Ok(text) => {
                            if !text.trim().is_empty() {
                                let _ = editor.add_history_entry(text.as_str());
                            }
                            Input::Line(text)
                        }
                        Err(ReadlineError::Interrupted) => Input::Interrupted,
                        Err(ReadlineError::Eof) => Input::Eof,
                        Err(ReadlineError::Signal(_)) => Input::Retry,
                        Err(e) => Input::Failed(e.to_string()),
                    };
                    if events_tx.send(FromEditor::Input(input)).is_err() {
                        break;
                    }
                    wake_up(wake_write);
                }
                if let Some(path) = &history {
                    let _ = editor.save_history(path);
                }
            })
            .map_err(|e| e.to_string())?;
        match ready_rx.recv() {
            Ok(Ok(())) => Ok(LineEditor {
                requests,
                events,
                wake,
                thread: Some(thread),
            }),
            Ok(Err(e)) => Err(e),
            Err(_) => Err("the line editor stopped".into()),
        }
    }

    /// Read one line. `wait(fd)` blocks until `fd` is readable (running everything else
    /// meanwhile); `complete(line, pos)` answers a Tab press.
    pub fn read_line<E>(
        &self,
        prompt: &str,
        mut wait: impl FnMut(i32) -> Result<(), E>,
        complete: impl Fn(&str, usize) -> (usize, Vec<Pair>),
        mut on_wait_error: impl FnMut(E),
    ) -> Input {
        if self
            .requests
            .send(ToEditor::ReadLine(prompt.into()))
            .is_err()
        {
            return Input::Failed("the line editor stopped".into());
        }
        loop {
            self.wake.drain();
            loop {
                match self.events.try_recv() {
                    Ok(FromEditor::Input(input)) => return input,
                    Ok(FromEditor::Complete { line, pos, reply }) => {
                        let _ = reply.send(complete(&line, pos));
                    }
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        return Input::Failed("the line editor stopped".into())
                    }
                }
            }
            if let Err(e) = wait(self.wake.read) {
                on_wait_error(e);
            }
        }
    }
}

impl Drop for LineEditor {
    /// Stop the editor thread (it saves the history) and wait for it.
    fn drop(&mut self) {
        let _ = self.requests.send(ToEditor::Stop);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn new_editor(helper: ProxyHelper) -> Result<Editor<ProxyHelper, DefaultHistory>, String> {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .history_ignore_space(false)
        .max_history_size(1000)
        .map(|b| b.build())
        .unwrap_or_default();
    let mut editor = Editor::with_config(config).map_err(|e| e.to_string())?;
    editor.set_helper(Some(helper));
    Ok(editor)
}

/// SIGINT goes to the interpreter's thread, never to the editor's.
fn block_sigint() {
    // Safety: plain signal-mask calls on this thread with a local set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// The editor thread's rustyline helper: Tab asks the interpreter for completions.
struct ProxyHelper {
    events: Sender<FromEditor>,
    wake_write: i32,
}

impl Completer for ProxyHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (reply, answer) = channel();
        let asked = self.events.send(FromEditor::Complete {
            line: line.into(),
            pos,
            reply,
        });
        if asked.is_err() {
            return Ok((pos, Vec::new()));
        }
        wake_up(self.wake_write);
        Ok(answer.recv().unwrap_or((pos, Vec::new())))
    }
}

impl Hinter for ProxyHelper {
    type Hint = String;
}

impl Highlighter for ProxyHelper {}

impl Validator for ProxyHelper {}

impl Helper for ProxyHelper {}

fn wake_up(fd: i32) {
    // Safety: writing one byte from a valid buffer; a full pipe already means "wake up".
    unsafe { libc::write(fd, b"!".as_ptr().cast(), 1) };
}

/// A pipe whose read end becomes readable when the editor thread has news.
struct WakePipe {
    read: i32,
    write: i32,
}

impl WakePipe {
    fn new() -> Result<WakePipe, String> {
        let mut fds = [0i32; 2];
        // Safety: `fds` has room for the two descriptors.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } != 0 {
            return Err(std::io::Error::last_os_error().to_string());
        }
        Ok(WakePipe {
            read: fds[0],
            write: fds[1],
        })
    }

    /// Empty the pipe (it never blocks).
    fn drain(&self) {
        let mut buf = [0u8; 64];
        // Safety: reading into a local buffer of the given length.
        while unsafe { libc::read(self.read, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
    }
}

impl Drop for WakePipe {
    fn drop(&mut self) {
        // Safety: closing the descriptors this pipe owns, once.
        unsafe {
            libc::close(self.read);
            libc::close(self.write);
        }
    }
}
