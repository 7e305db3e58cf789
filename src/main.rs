//! The `pyco` command line: arguments to library calls, and exit statuses.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

const USAGE: &str = "usage: pyco [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// The interpreter runs on a thread with a large stack so deep Python recursion ends in
/// RecursionError rather than a crash.
const STACK_SIZE: usize = 1 << 30;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let handle = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(args));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code as u8),
        _ => {
            eprintln!("pyco: internal error");
            ExitCode::from(70)
        }
    }
}

enum Program {
    File(String),
    Code(String),
    Stdin,
}

fn run(args: Vec<String>) -> i32 {
    // Ctrl-C raises KeyboardInterrupt in the running code, as in CPython.
    pyco::repl::interrupt::install();
    let mut program = None;
    let mut argv: Vec<String> = Vec::new();
    let i = 0;
    if let Some(a) = args.first() {
        match a.as_str() {
            "-h" | "--help" | "-?" => {
                print!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!("pyco {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "--virtual-time" => {
                std::env::set_var("PYCO_VIRTUAL_TIME", "1");
                return run(args[1..].to_vec());
            }
            "-i" => return run_inspect(&args[1..]),
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option\n{USAGE}");
                    return 2;
                };
                program = Some(Program::Code(code.clone()));
                argv.push("-c".into());
                argv.extend(args[i + 2..].iter().cloned());
            }
            "-" => {
                program = Some(Program::Stdin);
                argv.push("-".into());
                argv.extend(args[i + 1..].iter().cloned());
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}\n{USAGE}");
                return 2;
            }
            _ => {
                program = Some(Program::File(a.clone()));
                argv.extend(args[i..].iter().cloned());
            }
        }
    }
    let program = match program {
        Some(p) => p,
        None => {
            if std::io::stdin().is_terminal() {
                let vm = new_vm(vec![String::new()], "<stdin>");
                return pyco::repl::run(&vm, None);
            }
            argv.push(String::new());
            Program::Stdin
        }
    };
    let (bytes, filename) = match program {
        Program::File(path) => match read_script(&path) {
            Ok(program) => program,
            Err(code) => return code,
        },
        Program::Code(c) => (c.into_bytes(), "<string>".to_string()),
        Program::Stdin => {
            let mut b = Vec::new();
            if std::io::stdin().read_to_end(&mut b).is_err() {
                return 2;
            }
            (b, "<stdin>".to_string())
        }
    };
    let vm = new_vm(argv, &filename);
    match pyco::run_main(&vm, &bytes, &filename) {
        pyco::Outcome::Ok => 0,
        pyco::Outcome::Exit(code) => code,
    }
}

/// `pyco -i [FILE | -c CMD] [arg ...]`: run the program, then the interactive prompt in
/// its namespace (with no program, the prompt alone).
fn run_inspect(args: &[String]) -> i32 {
    let (program, argv) = match args.first().map(String::as_str) {
        None => (None, vec![String::new()]),
        Some("-") => (None, args.to_vec()),
        Some("-c") => {
            let Some(code) = args.get(1) else {
                eprintln!("Argument expected for the -c option\n{USAGE}");
                return 2;
            };
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[2..].iter().cloned());
            (
                Some((code.clone().into_bytes(), "<string>".to_string())),
                argv,
            )
        }
        Some(s) if s.starts_with('-') => {
            eprintln!("Unknown option: {s}\n{USAGE}");
            return 2;
        }
        Some(path) => match read_script(path) {
            Ok(program) => (Some(program), args.to_vec()),
            Err(code) => return code,
        },
    };
    let filename = program.as_ref().map_or("<stdin>", |(_, f)| f.as_str());
    let vm = new_vm(argv, filename);
    let script = program.as_ref().map(|(b, f)| (b.as_slice(), f.as_str()));
    pyco::repl::run(&vm, script)
}

/// A script's bytes and the file name it is reported by; on failure, the exit status.
fn read_script(path: &str) -> Result<(Vec<u8>, String), i32> {
    match std::fs::read(path) {
        // CPython reports the script by its absolute (unnormalised) path.
        Ok(b) => Ok((b, absolute(path))),
        Err(e) => {
            let prog = std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| "pyco".into());
            eprintln!(
                "{prog}: can't open file '{path}': [Errno {}] {}",
                e.raw_os_error().unwrap_or(0),
                errno_text(&e)
            );
            Err(2)
        }
    }
}

/// An interpreter for a program reported as `filename`, with `sys.argv` and `sys.path[0]`.
fn new_vm(argv: Vec<String>, filename: &str) -> std::rc::Rc<pyco::vm::Vm> {
    let vm = pyco::vm::Vm::new();
    vm.stack_limit
        .set((psm::stack_pointer() as usize).saturating_sub(STACK_SIZE - (64 << 20)));
    *vm.argv.borrow_mut() = argv;
    let dir = std::path::Path::new(filename).parent().map(|p| {
        if p.as_os_str().is_empty() {
            std::path::PathBuf::from(".")
        } else {
            p.to_path_buf()
        }
    });
    *vm.script_dir.borrow_mut() = if filename.starts_with('<') {
        Some(".".into())
    } else {
        dir
    };
    vm
}

fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => format!("{}/{}", d.display(), path),
        Err(_) => path.to_string(),
    }
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}
