//! The interactive prompt (`pyco` on a terminal, `pyco -i FILE`).
//!
//! Lines are read with rustyline and collected until the parser says the input is
//! complete (`parser::parse_interactive`); a blank line ends a compound statement.
//! Each input runs as its own little module (`File "<stdin>", line 1`) in one persistent
//! `__main__` namespace. Expression statements at the top level of an input are wrapped
//! in a call of a hidden built-in that does what CPython's `sys.displayhook` does: print
//! `repr(value)` unless it is None and bind `builtins._`.

mod complete;
mod editor;
pub mod interrupt;

use crate::ast::{Arg, Expr, ExprKind, Module, Name, Stmt, StmtKind};
use crate::object::{PyDict, PyErr, Value};
use crate::vm::Vm;
use complete::Completions;
use editor::{Input, LineEditor};
use std::collections::VecDeque;
use std::rc::Rc;

/// The hidden built-in that expression statements at the prompt are wrapped in.
pub const DISPLAY_HOOK: &str = "__pyco_displayhook__";

/// The file name of code typed at the prompt.
const STDIN: &str = "<stdin>";

/// `exit` and `quit` as CPython's `site` module makes them: their repr says how to leave.
const SITE_BUILTINS: &str = r#"
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
"#;

/// The first lines printed by the interactive prompt.
pub fn banner() -> String {
    format!(
        "pyco {} (Python 3.11 subset) on linux\n\
         Type \"exit()\" or Ctrl-D to leave; Tab completes, Ctrl-R searches the history.\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Run the interactive prompt and return the process's exit status. With a `script`
/// (`pyco -i FILE`), the script runs first as `__main__`, then the prompt opens in its
/// namespace without the banner.
pub fn run(vm: &Vm, script: Option<(&[u8], &str)>) -> i32 {
    interrupt::install();
    let globals = main_namespace(vm, script.map(|(_, name)| name));
    vm.depth.set(1);
    install_builtins(vm);
    match script {
        Some((bytes, filename)) => {
            if let Err(e) = crate::run_source_in(vm, bytes, filename, globals.clone()) {
                // With -i even `sys.exit()` only shows its traceback, as in CPython.
                if e.is_instance_of(&vm.exc_class("SystemExit")) {
                    vm.print_exception(&e);
                } else {
                    crate::report_uncaught(vm, &e);
                }
            }
            vm.flush_stdout();
        }
        None => vm.write_stderr(&banner()),
    }
    let code = Session::new(vm, globals).run();
    finish(vm, code)
}

/// A fresh `__main__` module, registered in `sys.modules`.
fn main_namespace(vm: &Vm, file: Option<&str>) -> Rc<PyDict> {
    let (main, globals) = crate::modules::new_module("__main__");
    for name in ["__package__", "__loader__", "__spec__"] {
        globals.set_str(name, Value::None);
    }
    globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    if let Some(file) = file {
        globals.set_str("__file__", Value::str(file));
    }
    vm.modules.set_str("__main__", main);
    globals
}

/// The interactive-mode built-ins: the display hook, `sys.displayhook`, `sys.ps1`/`ps2`,
/// and `exit`/`quit` objects whose repr tells how to leave.
fn install_builtins(vm: &Vm) {
    crate::builtins::reg(&vm.builtins, DISPLAY_HOOK, |vm, args, _| {
        let value = args.first().cloned().unwrap_or(Value::None);
        let hook = vm
            .modules
            .get_str("sys")
            .and_then(|sys| vm.getattr(&sys, "displayhook").ok());
        match hook {
            Some(h) => vm.call(&h, &[value], &[]),
            None => Err(vm.runtime_error("lost sys.displayhook")),
        }
    });
    if let Ok(Value::Module(sys)) = vm.import_module("sys") {
        crate::builtins::reg(&sys.dict, "displayhook", |vm, args, _| {
            let value = args.first().cloned().unwrap_or(Value::None);
            display(vm, &value)?;
            Ok(Value::None)
        });
        sys.dict.set_str("ps1", Value::str(">>> "));
        sys.dict.set_str("ps2", Value::str("... "));
    }
    let (_, site) = crate::modules::new_module("_sitebuiltins");
    if crate::run_source_in(
        vm,
        SITE_BUILTINS.as_bytes(),
        "<_sitebuiltins>",
        site.clone(),
    )
    .is_ok()
    {
        if let Some(quitter) = site.get_str("Quitter") {
            for name in ["exit", "quit"] {
                let args = [Value::str(name), Value::str("Ctrl-D (i.e. EOF)")];
                if let Ok(q) = vm.call(&quitter, &args, &[]) {
                    vm.builtins.set_str(name, q);
                }
            }
        }
    }
}

/// CPython's `sys.displayhook`: print `repr(value)` unless it is None, bind `builtins._`.
fn display(vm: &Vm, value: &Value) -> Result<(), PyErr> {
    if value.is_none() {
        return Ok(());
    }
    vm.builtins.set_str("_", Value::None);
    let text = vm.repr(value)?;
    vm.write_stdout(&text);
    vm.write_stdout("\n");
    vm.builtins.set_str("_", value.clone());
    Ok(())
}

/// Wrap the expression statements of one input's top level (not inside `def` or `class`)
/// in a call of the display hook, as CPython compiles them in interactive mode.
fn wrap_expressions(body: &mut [Stmt]) {
    for stmt in body {
        match &mut stmt.kind {
            StmtKind::Expr(_) => {
                let StmtKind::Expr(e) = std::mem::replace(&mut stmt.kind, StmtKind::Pass) else {
                    unreachable!()
                };
                let span = e.span;
                let hook = Expr {
                    kind: ExprKind::Name(Name::new(DISPLAY_HOOK.into())),
                    span,
                };
                stmt.kind = StmtKind::Expr(Expr {
                    kind: ExprKind::Call {
                        func: Box::new(hook),
                        args: vec![Arg::Positional(e)],
                    },
                    span,
                });
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                wrap_expressions(body);
                wrap_expressions(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                wrap_expressions(body);
                for h in handlers {
                    wrap_expressions(&mut h.body);
                }
                wrap_expressions(orelse);
                wrap_expressions(finalbody);
            }
            StmtKind::With { body, .. } => wrap_expressions(body),
            _ => {}
        }
    }
}

/// What one input did.
enum Step {
    Continue,
    /// `exit()`, `quit()`, `sys.exit(n)`: leave with this status.
    Exit(i32),
}

struct Session<'vm> {
    vm: &'vm Vm,
    globals: Rc<PyDict>,
}

impl<'vm> Session<'vm> {
    fn new(vm: &'vm Vm, globals: Rc<PyDict>) -> Session<'vm> {
        Session { vm, globals }
    }

    fn run(self) -> i32 {
        let editor = match LineEditor::start(history_path()) {
            Ok(e) => e,
            Err(e) => {
                self.vm
                    .write_stderr(&format!("pyco: cannot open the line editor: {e}\n"));
                return 1;
            }
        };
        self.read_eval_print(&editor)
    }

    /// Read one line with the editor; meanwhile other threads and the prompt's event loop
    /// run, and Tab is answered from the live namespaces.
    fn read_line(&self, editor: &LineEditor, prompt: &str) -> Input {
        let vm = self.vm;
        let completions = Completions {
            vm,
            globals: self.globals.clone(),
        };
        editor.read_line(
            prompt,
            |fd| repl_helper(vm, "wait_for_input", &[Value::Int(fd as i64)]).map(|_| ()),
            |line, pos| completions.complete(line, pos),
            |e: PyErr| {
                if e.is_instance_of(&vm.exc_class("KeyboardInterrupt")) {
                    vm.write_stderr("\nKeyboardInterrupt\n");
                } else {
                    vm.print_exception(&e);
                }
                vm.flush_stdout();
            },
        )
    }

    /// The loop: read lines until an input is complete, run it, repeat.
    fn read_eval_print(&self, editor: &LineEditor) -> i32 {
        let vm = self.vm;
        let mut source = String::new();
        // Lines still to handle from one multi-line read (a bracketed paste).
        let mut queued: VecDeque<String> = VecDeque::new();
        loop {
            let line = match queued.pop_front() {
                Some(l) => l,
                None => {
                    vm.flush_stdout();
                    let prompt = self.prompt(source.is_empty());
                    match self.read_line(editor, &prompt) {
                        Input::Line(text) => {
                            let mut lines = text.split('\n').map(|l| l.trim_end_matches('\r'));
                            let first = lines.next().unwrap_or("").to_string();
                            queued.extend(lines.map(str::to_string));
                            first
                        }
                        Input::Interrupted => {
                            vm.write_stderr("KeyboardInterrupt\n");
                            source.clear();
                            continue;
                        }
                        Input::Eof => {
                            vm.write_stdout("\n");
                            return 0;
                        }
                        Input::Retry => continue,
                        Input::Failed(e) => {
                            vm.write_stderr(&format!("pyco: cannot read input: {e}\n"));
                            return 1;
                        }
                    }
                }
            };
            if source.is_empty() && line.trim().is_empty() {
                continue;
            }
            source.push_str(&line);
            source.push('\n');
            match crate::parser::parse_interactive(&source) {
                Ok(None) => continue,
                Ok(Some(module)) => {
                    let text = std::mem::take(&mut source);
                    if let Step::Exit(code) = self.execute(module, &text) {
                        return code;
                    }
                }
                Err(e) => {
                    source.clear();
                    queued.clear();
                    vm.write_stderr(&e.render());
                }
            }
        }
    }

    /// `sys.ps1` / `sys.ps2` when they are set, else `>>> ` / `... `.
    fn prompt(&self, first: bool) -> String {
        let (name, default) = if first {
            ("ps1", ">>> ")
        } else {
            ("ps2", "... ")
        };
        self.vm
            .modules
            .get_str("sys")
            .and_then(|sys| self.vm.getattr(&sys, name).ok())
            .and_then(|p| self.vm.to_str(&p).ok())
            .unwrap_or_else(|| default.to_string())
    }

    /// Compile and run one complete input in `__main__`.
    fn execute(&self, mut module: Module, text: &str) -> Step {
        let vm = self.vm;
        wrap_expressions(&mut module.body);
        if let Err(e) = crate::compile::compile_interactive(&mut module, STDIN, text) {
            vm.write_stderr(&e.render());
            return Step::Continue;
        }
        // Functions defined here keep pointing into the tree: it lives as long as the process.
        let module: &'static Module = Box::leak(Box::new(module));
        // Like CPython, tracebacks show no source lines for code typed at the prompt.
        let source = crate::source::SourceFile::new(STDIN, "");
        interrupt::clear();
        let result = if module.scope.is_coroutine {
            run_awaiting(vm, module, source, self.globals.clone())
        } else {
            crate::eval::run_module(vm, module, source, self.globals.clone())
        };
        vm.flush_stdout();
        match result {
            Ok(()) => Step::Continue,
            Err(e) if e.is_instance_of(&vm.exc_class("SystemExit")) => {
                Step::Exit(crate::report_uncaught(vm, &e))
            }
            Err(e) => {
                vm.print_exception(&e);
                Step::Continue
            }
        }
    }
}

/// Run an input that awaits at its top level: as a coroutine, a task of the prompt's
/// event loop (`_pyco_repl.run_awaiting`). A traceback shows only the input's own frames,
/// not the loop's machinery it passed through.
fn run_awaiting(
    vm: &Vm,
    module: &'static Module,
    source: Rc<crate::source::SourceFile>,
    globals: Rc<PyDict>,
) -> Result<(), PyErr> {
    let frame = crate::eval::module_frame(module, source, globals);
    let coro = crate::object::generator::new_module_coroutine(module, frame);
    let result = repl_helper(vm, "run_awaiting", &[coro]);
    if let Err(e) = &result {
        let mut d = e.data();
        while d.traceback.last().is_some_and(|t| &*t.source.name != STDIN) {
            d.traceback.pop();
        }
    }
    result.map(|_| ())
}

/// Call a function of the `_pyco_repl` module.
fn repl_helper(vm: &Vm, name: &str, args: &[Value]) -> Result<Value, PyErr> {
    let module = vm.import_module("_pyco_repl")?;
    let f = vm.getattr(&module, name)?;
    vm.call(&f, args, &[])
}

/// `~/.pyco_history`.
fn history_path() -> Option<std::path::PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(std::path::Path::new(&home).join(".pyco_history"))
}

/// At exit: what the interpreter does after a program ends (`crate::shutdown`), then flush
/// the output.
fn finish(vm: &Vm, code: i32) -> i32 {
    let mut code = code;
    if let Err(e) = crate::shutdown(vm) {
        let c = crate::report_uncaught(vm, &e);
        if code == 0 {
            code = c;
        }
    }
    vm.flush_stdout();
    code
}
